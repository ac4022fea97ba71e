using FieldOps.Data.Platform.Lists;
using Microsoft.AspNetCore.Components;

namespace FieldOps.Web.Components.Shared;

/// <summary>
/// A plain table's server-side paging and sorting, kept for the page that shows it: which page, which column and
/// direction, and the rows on screen. Sorting or narrowing the list starts again from its first page. The page's
/// filters stay with the page; <c>load</c> reads one page of rows through the list's service with them.
/// </summary>
/// <remarks>The sort and page callbacks name the page as their receiver, so the page redraws after each.</remarks>
public sealed class ServerList<T>
{
    private readonly Func<ListRequest, Task<ListPage<T>>> _load;

    public ServerList(IHandleEvent page, Func<ListRequest, Task<ListPage<T>>> load, int pageSize = 20)
    {
        _load = load;
        PageSize = pageSize;
        Sort = EventCallback.Factory.Create<(string Key, bool Descending)>(page, SortAsync);
        PageChanged = EventCallback.Factory.Create<int>(page, GoToAsync);
    }

    public int PageSize { get; }

    /// <summary>Zero-based.</summary>
    public int PageIndex { get; private set; }

    /// <summary>The column's sort key ("receivedAt"); null for the list's own default order.</summary>
    public string? SortBy { get; private set; }

    public bool Descending { get; private set; }

    /// <summary>The rows on screen; null until the first page has been read.</summary>
    public ListPage<T>? Rows { get; private set; }

    /// <summary>For a <see cref="SortHeader"/>: sorts by a column and shows the first page.</summary>
    public EventCallback<(string Key, bool Descending)> Sort { get; }

    /// <summary>For a <see cref="Pager"/>: shows another page in the same order.</summary>
    public EventCallback<int> PageChanged { get; }

    /// <summary>The page on screen, as the list's service takes it.</summary>
    public ListRequest Request => new(PageIndex * PageSize, PageSize, SortBy, Descending);

    /// <summary>The first page in the default order: what a page reads before anyone has sorted or paged.</summary>
    public ListRequest FirstRequest => new(0, PageSize);

    /// <summary>Rows read along with something else (a dashboard's counters), for the page on screen.</summary>
    public void Show(ListPage<T> rows) => Rows = rows;

    public async Task GoToAsync(int pageIndex)
    {
        PageIndex = pageIndex;
        Rows = await _load(Request);
    }

    /// <summary>After a filter or search changed: the first page of what now matches.</summary>
    public Task ReloadFromStartAsync() => GoToAsync(0);

    private Task SortAsync((string Key, bool Descending) sort)
    {
        (SortBy, Descending) = sort;
        return GoToAsync(0);
    }
}
