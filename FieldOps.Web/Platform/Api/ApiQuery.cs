using System.Text.Json;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;

namespace FieldOps.Web.Platform.Api;

/// <summary>A page of a list as the API returns it. When <paramref name="TotalIsAtLeast"/> is true, more than
/// <paramref name="Total"/> items match: the count stops where offset paging stops.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, bool TotalIsAtLeast, string? Next);

/// <summary>Query-string helpers that follow the API's conventions: enums in snake_case (any case), 1-based pages.</summary>
public static class ApiQuery
{
    public static T? Enum<T>(string? value, string field) where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var key = value.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return System.Enum.TryParse<T>(key, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed)
            ? parsed
            : throw new InputValidationException(field, $"Use one of: {string.Join(", ", System.Enum.GetNames<T>().Select(n => JsonNamingPolicy.SnakeCaseLower.ConvertName(n)))}.");
    }

    /// <summary>The deepest page of a list that finds its page by position instead of stepping over rows (a ledger):
    /// far beyond any real ledger, and small enough that the offset cannot overflow.</summary>
    public const int MaxPositionedPage = 1_000_000;

    /// <summary>Reads the paging parameters. <paramref name="seeksByPosition"/>: the list reads any page at the same cost
    /// (see the ledger), so it is not held to the offset-paging depth.</summary>
    public static ListRequest Page(int? page, int? pageSize, string? sortBy, bool? descending, string? search = null, bool seeksByPosition = false)
    {
        if (pageSize is < 1 or > ListRequest.MaxTake)
        {
            throw new InputValidationException("pageSize", $"A page holds 1 to {ListRequest.MaxTake} items.");
        }
        var size = pageSize ?? 20;
        // Offset paging stops at a fixed depth so that no page costs more as the data grows (see ListRequest.MaxSkip).
        var lastPage = seeksByPosition ? MaxPositionedPage : ListRequest.MaxSkip / size + 1;
        if (page is < 1 || page > lastPage)
        {
            throw new InputValidationException("page",
                $"Pages of {size} are numbered from 1 to {lastPage:N0}: lists page {ListRequest.MaxSkip:N0} items deep. Narrow the list with its filters or search.");
        }
        if (search?.Length > 100)
        {
            throw new InputValidationException("search", "Search for at most 100 characters.");
        }
        return new ListRequest(((page ?? 1) - 1) * size, size, sortBy, descending ?? false, search);
    }

    /// <summary>A keyset cursor from the query string: it continues the default order from the page it came from, so
    /// it goes with neither a page number nor a sort.</summary>
    public static string? Cursor(string? after, int? page, string? sortBy)
    {
        if (after is null)
        {
            return null;
        }
        if (page is not null || sortBy is not null)
        {
            throw new InputValidationException("after", "A cursor continues the list where its page ended: send it without page or sortBy.");
        }
        return after.Length <= 200 ? after : throw new InputValidationException("after", "This is not a cursor of this list.");
    }

    public static PagedResponse<T> ToResponse<T>(this ListPage<T> page, ListRequest request) =>
        new(page.Items, page.Total, request.SafeSkip / request.SafeTake + 1, request.SafeTake, page.TotalIsAtLeast, page.Next);
}
