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

    public static ListRequest Page(int? page, int? pageSize, string? sortBy, bool? descending, string? search = null)
    {
        var size = Math.Clamp(pageSize ?? 20, 1, ListRequest.MaxTake);
        var number = Math.Max(1, page ?? 1);
        return new ListRequest((number - 1) * size, size, sortBy, descending ?? false, search);
    }

    public static PagedResponse<T> ToResponse<T>(this ListPage<T> page, ListRequest request) =>
        new(page.Items, page.Total, request.SafeSkip / request.SafeTake + 1, request.SafeTake);
}
