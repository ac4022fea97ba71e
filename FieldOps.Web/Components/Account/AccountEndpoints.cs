using FieldOps.Data.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace FieldOps.Web.Components.Account;

public static class AccountEndpoints
{
    /// <summary>Form endpoints used by the account pages. Sign-out is a POST with an antiforgery token.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/Account/Logout", async (SignInManager<AppUser> signInManager) =>
        {
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
