using FieldOps.Data.Platform.Lists;

namespace FieldOps.Web.Components.Shared;

/// <summary>
/// A dashboard's review or work queue shown a page at a time. The dashboard's own read brings the first page (and the
/// queue's length, from its counts); a later page is read when asked for, through the queue's service.
/// </summary>
public sealed class QueuePages<T>(int pageSize, Func<ListRequest, Task<IReadOnlyList<T>>> readPage)
{
    private IReadOnlyList<T>? _later;

    public int PageSize => pageSize;

    /// <summary>Zero-based.</summary>
    public int Page { get; private set; }

    /// <summary>The rows on screen: the dashboard's first page, or the later page read.</summary>
    public IReadOnlyList<T> Rows(IReadOnlyList<T> firstPage) => _later ?? firstPage;

    public async Task ShowAsync(int page)
    {
        Page = page;
        _later = page == 0 ? null : await readPage(new ListRequest(page * pageSize, pageSize));
    }

    /// <summary>After the dashboard was read again: the page on screen read again too, or the last page there still is
    /// when decisions have shortened the queue to <paramref name="total"/>.</summary>
    public Task RefreshAsync(int total) => ShowAsync(Math.Min(Page, Math.Max(0, (total - 1) / pageSize)));
}
