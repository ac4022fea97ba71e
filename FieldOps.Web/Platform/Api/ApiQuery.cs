using System.Text.Json;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;

namespace FieldOps.Web.Platform.Api;

/// <summary>A page of a list as the API returns it.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

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

    /// <summary>The largest page number accepted: deep enough for any list, small enough that the offset it makes
    /// can never overflow.</summary>
    public const int MaxPage = 100_000;

    public static ListRequest Page(int? page, int? pageSize, string? sortBy, bool? descending, string? search = null)
    {
        if (page is < 1 or > MaxPage)
        {
            throw new InputValidationException("page", $"Pages are numbered from 1 to {MaxPage:N0}.");
        }
        if (pageSize is < 1 or > ListRequest.MaxTake)
        {
            throw new InputValidationException("pageSize", $"A page holds 1 to {ListRequest.MaxTake} items.");
        }
        if (search?.Length > 100)
        {
            throw new InputValidationException("search", "Search for at most 100 characters.");
        }
        var size = pageSize ?? 20;
        return new ListRequest(((page ?? 1) - 1) * size, size, sortBy, descending ?? false, search);
    }

    public static PagedResponse<T> ToResponse<T>(this ListPage<T> page, ListRequest request) =>
        new(page.Items, page.Total, request.SafeSkip / request.SafeTake + 1, request.SafeTake);
}
