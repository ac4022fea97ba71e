using FieldOps.Data.Platform.Lists;
using Radzen;

namespace FieldOps.Web.Components.Shared;

public static class GridRequests
{
    /// <summary>A Radzen grid's page/sort request as a domain <see cref="ListRequest"/>: paging and sorting happen in
    /// the database, never in memory.</summary>
    public static ListRequest ToListRequest(this LoadDataArgs args, string? search = null)
    {
        var sort = args.Sorts?.FirstOrDefault(s => s.SortOrder is not null);
        return new ListRequest(args.Skip ?? 0, args.Top ?? 20, sort?.Property, sort?.SortOrder == SortOrder.Descending,
            string.IsNullOrWhiteSpace(search) ? null : search.Trim());
    }
}
