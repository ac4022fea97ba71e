using FieldOps.Data.Platform.Persistence;

namespace FieldOps.Web.Platform.Health;

/// <summary>
/// While the database is still being brought up to date, every request but the health checks gets a 503 with
/// Retry-After: a short page that reloads itself for a browser, problem details for the API. Once the database is
/// ready this is one boolean read per request.
/// </summary>
public sealed class StartingUpGate(RequestDelegate next, DatabaseReadiness readiness)
{
    /// <summary>Seconds a client is asked to wait before it tries again.</summary>
    public const int RetryAfterSeconds = 2;

    public Task InvokeAsync(HttpContext context)
    {
        if (readiness.IsReady || context.Request.Path.StartsWithSegments("/health"))
        {
            return next(context);
        }
        var failed = readiness.HasFailed;
        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        var detail = failed
            ? "Its database could not be brought up to date. The server's log says why."
            : "Its database is being brought up to date. This takes a few seconds.";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            return Results.Problem(title: failed ? "FieldOps could not start" : "FieldOps is starting", detail: detail,
                statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
        }
        response.ContentType = "text/html; charset=utf-8";
        var refresh = failed ? "" : $"""<meta http-equiv="refresh" content="{RetryAfterSeconds}">""";
        return response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            {refresh}<title>FieldOps is starting</title></head>
            <body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 4rem auto; padding: 0 1rem; color: #1f2937">
            <h1 style="font-size: 1.5rem">{(failed ? "FieldOps could not start" : "FieldOps is starting")}</h1>
            <p>{detail}</p>{(failed ? "" : "<p>This page reloads itself.</p>")}
            </body></html>
            """);
    }
}
