using FieldOps.Data.Platform;
using FieldOps.Web.Platform.Navigation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing.Patterns;

namespace FieldOps.Web.Api;

public static class PlatformEndpoints
{
    public sealed record OrganizationSummary(Guid Id, string Name);

    public sealed record MeResponse(string UserId, string Email, string DisplayName, IReadOnlyCollection<string> Roles,
        OrganizationSummary Organization, string Dashboard);

    public static IEndpointRouteBuilder MapPlatformEndpoints(this IEndpointRouteBuilder app)
    {
        // Identity's token endpoints: POST /api/auth/login, /refresh and account self-service. Accounts are created
        // by an organization's admin, so self-registration is switched off.
        app.MapGroup("/api/auth")
            .WithTags("Authentication")
            .MapIdentityApi<AppUser>()
            .Add(endpoint =>
            {
                if (endpoint is RouteEndpointBuilder route && IsRegistration(route.RoutePattern))
                {
                    route.RequestDelegate = context => Results.Problem(
                        statusCode: StatusCodes.Status404NotFound,
                        title: "Not found",
                        detail: "Self-service registration is not available. Ask your organization's admin for an account.")
                        .ExecuteAsync(context);
                }
            });

        app.MapGet("/api/me", (HttpContext http, ICurrentUser user) =>
            {
                var organizationName = http.User.FindFirst(FieldOpsClaimTypes.OrganizationName)?.Value ?? "";
                return TypedResults.Ok(new MeResponse(user.UserId!, user.Email ?? "", user.DisplayName,
                    user.Roles, new OrganizationSummary(user.OrganizationId!.Value, organizationName),
                    NavigationCatalog.LandingRoute(http.User)));
            })
            .RequireAuthorization()
            .WithTags("Account")
            .WithSummary("The signed-in user: e-mail, roles, organization and landing dashboard.")
            .Produces<MeResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        return app;
    }

    private static bool IsRegistration(RoutePattern pattern) =>
        pattern.RawText?.EndsWith("/register", StringComparison.OrdinalIgnoreCase) == true;
}
