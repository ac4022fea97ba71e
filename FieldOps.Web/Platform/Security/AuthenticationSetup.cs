using FieldOps.Data.Platform;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;

namespace FieldOps.Web.Platform.Security;

public static class AuthenticationSetup
{
    /// <summary>Chooses the bearer scheme when the request carries a bearer token, the cookie otherwise.</summary>
    public const string CookieOrBearerScheme = "CookieOrBearer";

    public static IServiceCollection AddFieldOpsAuthentication(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<WebPrincipalAccessor>();
        services.AddScoped<IPrincipalAccessor>(sp => sp.GetRequiredService<WebPrincipalAccessor>());
        services.AddScoped<CircuitHandler, PrincipalCircuitHandler>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityAuthenticationStateProvider>();

        // The cookie is checked against the account's security stamp every few seconds, so a lock, a role change or a
        // new password ends other sessions at once (bearer tokens: see BearerTokenRevocation).
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromSeconds(10));

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrBearerScheme;
                options.DefaultChallengeScheme = CookieOrBearerScheme;
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(CookieOrBearerScheme, "Cookie or bearer token", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? IdentityConstants.BearerScheme
                        : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options =>
            {
                options.BearerTokenExpiration = TimeSpan.FromHours(1);
                options.RefreshTokenExpiration = TimeSpan.FromDays(14);
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(options =>
            {
                options.LoginPath = "/Account/Login";
                options.LogoutPath = "/Account/Logout";
                options.AccessDeniedPath = "/Account/AccessDenied";
                options.Cookie.Name = "FieldOps.Auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                // Secure whenever the site is served over HTTPS (plain HTTP stays usable on a developer's machine).
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = TimeSpan.FromHours(10);
                // The API answers with status codes, never with a redirect to the login page.
                options.Events.OnRedirectToLogin = context => RedirectOrStatus(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
            }));

        // Identity's API endpoints (/api/auth/login, /refresh, ...) and their bearer-token plumbing.
        new IdentityBuilder(typeof(AppUser), typeof(IdentityRole), services).AddApiEndpoints();
        // AddApiEndpoints registers Identity's own sign-in manager again: put back the one that gives no account away.
        services.AddScoped<SignInManager<AppUser>, FieldOps.Data.Platform.Users.FieldOpsSignInManager>();
        // One authorization policy per module policy: pages, the menu and the services read the same declaration.
        services.AddAuthorization(options =>
        {
            foreach (var policy in FieldOps.Data.FieldOpsModules.Policies)
            {
                options.AddPolicy(policy.Name, builder => builder
                    .RequireAuthenticatedUser()
                    .RequireRole(policy.Roles)
                    .RequireAssertion(context => ModuleClaims.Uses(context.User, policy.Module)));
            }
        });
        return services;
    }

    private static Task RedirectOrStatus(HttpContext context, string redirectUri, int statusCode)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = statusCode;
            return Task.CompletedTask;
        }
        context.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }
}
