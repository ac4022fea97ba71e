namespace FieldOps.Web.Platform.Security;

/// <summary>
/// Response headers that keep a browser from being turned against the user: scripts only from this site (Blazor
/// Server and MudBlazor need neither inline scripts nor eval), no framing, no MIME sniffing, a short referrer, and no
/// caching of anything personal (API answers and signed-in pages).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>The policy of every page: scripts from this site, plus the page's one inline script (the import map
    /// that maps module names to fingerprinted files), allowed by a nonce made afresh for each response. Styles may
    /// be inline: MudBlazor positions popovers with style attributes.</summary>
    public static string ContentSecurityPolicy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    private const string NonceKey = "fieldops:csp-nonce";

    /// <summary>The nonce of this response's policy, for the page's inline import map.</summary>
    public static string Nonce(HttpContext context) => context.Items[NonceKey] as string ?? "";

    /// <summary>The API explorer page runs the Swagger UI's own inline start-up script.</summary>
    private const string ApiDocsPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var nonce = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var path = context.Request.Path;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            headers["Permissions-Policy"] = "camera=(self), microphone=(), geolocation=()";
            headers.ContentSecurityPolicy = path.StartsWithSegments("/api/docs") ? ApiDocsPolicy : ContentSecurityPolicy(nonce);
            var contentType = context.Response.ContentType ?? "";
            if (path.StartsWithSegments("/api") || contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
