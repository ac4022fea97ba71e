using System.Globalization;
using FieldOps.Data.Platform.Persistence;

namespace FieldOps.Web.Platform.Api;

/// <summary>
/// Stale edits refused, for every endpoint of a group: a response carrying a versioned record gets its version as
/// the <c>ETag</c>; a change sent with <c>If-Match</c> runs only if the record still has that version, else 412 and
/// nothing saved. Without <c>If-Match</c> a change applies to whatever is current, as before.
/// </summary>
public sealed class VersionPreconditions : IEndpointFilter
{
    /// <summary>An <c>If-Match</c> that names no version (a malformed value) can never match.</summary>
    private const int NoVersion = -1;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var expected = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) ? null : IfMatch(http.Request);
        object? result;
        using (ExpectedVersion.Expect(expected))
        {
            result = await next(context);
        }
        if (result is IValueHttpResult { Value: IVersionedView view })
        {
            http.Response.Headers.ETag = ETag(view.Version);
        }
        return result;
    }

    public static string ETag(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The version an <c>If-Match</c> header names: <c>"7"</c> or <c>W/"7"</c>; null for none or <c>*</c>.</summary>
    public static int? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return null;
        }
        var tag = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return int.TryParse(tag.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : NoVersion;
    }
}

public static class VersionPreconditionExtensions
{
    /// <summary>ETags on versioned records and If-Match on changes, for every endpoint of the group.</summary>
    public static RouteGroupBuilder WithVersionPreconditions(this RouteGroupBuilder group) =>
        group.AddEndpointFilter<VersionPreconditions>();
}
