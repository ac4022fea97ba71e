using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace FieldOps.Web.Platform.Api;

/// <summary>
/// API answers never show an HTML page: for <c>/api</c> requests this switches off the app's status-code pages and
/// gives every bodiless error (401, 403, 404, 405 …) a problem-details body instead.
/// </summary>
public sealed class ApiStatusCodeProblems(RequestDelegate next, IProblemDetailsService problemDetails)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        var statusCodePages = context.Features.Get<IStatusCodePagesFeature>();
        if (statusCodePages is not null)
        {
            statusCodePages.Enabled = false;
        }

        await next(context);

        var response = context.Response;
        if (response.StatusCode >= 400 && !response.HasStarted && response.ContentLength is null
            && string.IsNullOrEmpty(response.ContentType))
        {
            await problemDetails.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails { Status = response.StatusCode },
            });
        }
    }
}
