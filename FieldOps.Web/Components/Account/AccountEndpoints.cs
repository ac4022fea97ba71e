using FieldOps.Data.Platform;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace FieldOps.Web.Components.Account;

public static class AccountEndpoints
{
    /// <summary>Form endpoints used by the account pages. Sign-out is a POST with an antiforgery token.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/Account/Logout", async Task<IResult> (HttpContext http, SignInManager<AppUser> signInManager, IAntiforgery antiforgery) =>
        {
            // Signing out is a change: another site must not be able to do it for the user.
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request",
                    detail: "Sign out from a FieldOps page: the request lacked its antiforgery token.");
            }
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login?signedOut=true");
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>Keeps redirects on this site: anything that is not a local path goes to the home page.</summary>
    public static string SafeLocalUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
