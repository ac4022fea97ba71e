using System.Security.Claims;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Modules;
using FieldOps.Web.Modules;
using FieldOps.Web.Platform.Security;
using MudBlazor;

namespace FieldOps.Web.Platform.Navigation;

/// <summary>A page in the navigation menu, shown to those its <see cref="Policy"/> lets in.</summary>
public sealed record NavigationLink(string Title, string Route, string Icon, ModulePolicy Policy, bool IsDashboard = false)
{
    public bool IsFor(ClaimsPrincipal user) => ModuleClaims.Uses(user, Policy.Module) && Policy.Roles.Any(user.IsInRole);
}

/// <summary>Every page reachable from the menu, and which dashboard each role lands on after signing in.</summary>
public static class NavigationCatalog
{
    /// <summary>The platform's own pages, for every organization.</summary>
    private static readonly IReadOnlyList<NavigationLink> PlatformLinks =
    [
        new("Notifications", "/notifications", Icons.Material.Filled.Notifications, PlatformPolicies.Everyone),
        new("Users", "/admin/users", Icons.Material.Filled.Group, PlatformPolicies.Administration),
        new("E-mail outbox", "/admin/outbox", Icons.Material.Filled.Outbox, PlatformPolicies.Administration),
    ];

    public static readonly IReadOnlyList<NavigationLink> Links = [.. WebModules.All.SelectMany(m => m.Navigation), .. PlatformLinks];

    public static OrganizationModules ModulesOf(ClaimsPrincipal user) => ModuleClaims.Of(user);

    /// <summary>The links this user may see, in menu order.</summary>
    public static IEnumerable<NavigationLink> For(ClaimsPrincipal user)
    {
        return Links.Where(link => link.IsFor(user));
    }

    /// <summary>Where the user lands after signing in: the dashboard of their first role, or the home page.</summary>
    public static string LandingRoute(ClaimsPrincipal user) =>
        For(user).FirstOrDefault(link => link.IsDashboard)?.Route ?? "/";
}
