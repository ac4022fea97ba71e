using FieldOps.Data.Platform.Lists;
using MudBlazor;

namespace FieldOps.Web.Components.Shared;

public static class GridRequests
{
    /// <summary>A MudBlazor grid's page/sort state as a domain <see cref="ListRequest"/>: paging and sorting happen
    /// in the database, never in memory. A column's property name is the sort key, in camel case
    /// (<c>RegistrationNumber</c> sorts by <c>registrationNumber</c>).</summary>
    public static ListRequest ToListRequest<T>(this GridState<T> state, string? search = null)
    {
        var sort = state.SortDefinitions.OrderBy(s => s.Index).FirstOrDefault();
        return new ListRequest(state.Page * state.PageSize, state.PageSize, SortKey(sort?.SortBy), sort?.Descending == true,
            string.IsNullOrWhiteSpace(search) ? null : search.Trim());
    }

    /// <summary>A page of a list as the grid's data. The grid pages only as deep as offset paging reaches
    /// (<see cref="ListRequest.MaxSkip"/>); past that the list is narrowed by its filters or search.</summary>
    public static GridData<T> ToGridData<T>(this ListPage<T> page, int pageSize) =>
        new() { Items = page.Items, TotalItems = Math.Min(page.Total, ListRequest.MaxSkip + pageSize) };

    /// <summary>True for the grid's very first request: page one, default order.</summary>
    public static bool IsFirstPage<T>(this GridState<T> state) => state.Page == 0 && state.SortDefinitions.Count == 0;

    private static string? SortKey(string? propertyName) =>
        string.IsNullOrEmpty(propertyName) ? null : char.ToLowerInvariant(propertyName[0]) + propertyName[1..];
}
