using FieldOps.Data.Platform.Lists;
using MudBlazor;

namespace FieldOps.Web.Components.Shared;

/// <summary>
/// A server-paged grid's pages and its pager's words, kept in step: the pager says "1-20 of 12,345", or "of 2,000+"
/// when the count stopped at the list limit. <paramref name="infoChanged"/> re-renders the page that holds the pager.
/// </summary>
public sealed class GridPaging(Action infoChanged)
{
    public string Info { get; private set; } = "{first_item}-{last_item} of {all_items}";

    public GridData<T> Show<T>(ListPage<T> page, int pageSize)
    {
        var info = "{first_item}-{last_item} of " + DisplayFormats.Count(page.Total, page.TotalIsAtLeast);
        if (info != Info)
        {
            Info = info;
            infoChanged();
        }
        return page.ToGridData(pageSize);
    }
}
