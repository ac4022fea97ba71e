using System.Globalization;
using System.Security.Claims;
using FieldOps.Data.Platform;
using MudBlazor;

namespace FieldOps.Web.Platform.Navigation;

/// <summary>A page in the navigation menu, shown to users holding one of <see cref="Roles"/> in an organization
/// that uses <see cref="Module"/>.</summary>
public sealed record NavigationLink(string Title, string Route, string Icon, OrganizationModules Module, string[] Roles,
    bool IsDashboard = false);

/// <summary>Every page reachable from the menu, and which dashboard each role lands on after signing in.</summary>
public static class NavigationCatalog
{
    public static readonly IReadOnlyList<NavigationLink> Links =
    [
        new("Workshop admin", "/workshop/admin", Icons.Material.Filled.AdminPanelSettings, OrganizationModules.Workshop, [Roles.Admin], IsDashboard: true),
        new("Vehicle intake", "/workshop/site-manager", Icons.Material.Filled.DirectionsCar, OrganizationModules.Workshop, [Roles.SiteManager, Roles.Admin], IsDashboard: true),
        new("My jobs", "/workshop/technician", Icons.Material.Filled.Build, OrganizationModules.Workshop, [Roles.Technician], IsDashboard: true),
        new("Workshop review", "/workshop/manager", Icons.Material.Filled.FactCheck, OrganizationModules.Workshop, [Roles.WorkshopManager, Roles.Admin], IsDashboard: true),
        new("Warehouse", "/workshop/warehouse", Icons.Material.Filled.Inventory2, OrganizationModules.Workshop, [Roles.WarehouseManager, Roles.Admin], IsDashboard: true),
        new("Billing", "/workshop/billing", Icons.Material.Filled.ReceiptLong, OrganizationModules.Workshop, [Roles.BillingStaff, Roles.Admin], IsDashboard: true),
        new("Contracting admin", "/contracting/admin", Icons.Material.Filled.Engineering, OrganizationModules.Contracting, [Roles.Admin], IsDashboard: true),
        new("Subcontractors", "/contracting/admin/subcontractors", Icons.Material.Filled.Groups, OrganizationModules.Contracting, [Roles.Admin]),
        new("Vouchers", "/contracting/admin/vouchers", Icons.Material.Filled.RequestQuote, OrganizationModules.Contracting, [Roles.Admin]),
        new("Projects", "/contracting/admin/projects", Icons.Material.Filled.Apartment, OrganizationModules.Contracting, [Roles.Admin]),
        new("Material stock", "/contracting/admin/materials", Icons.Material.Filled.Inventory2, OrganizationModules.Contracting, [Roles.Admin]),
        new("My workspace", "/contracting/workspace", Icons.Material.Filled.Construction, OrganizationModules.Contracting, [Roles.Contractor], IsDashboard: true),
        new("Daily logs", "/contracting/logs", Icons.Material.Filled.EditNote, OrganizationModules.Contracting, [Roles.Contractor]),
        new("Expense claims", "/contracting/expenses", Icons.Material.Filled.Receipt, OrganizationModules.Contracting, [Roles.Contractor]),
        new("Vouchers", "/contracting/vouchers", Icons.Material.Filled.RequestQuote, OrganizationModules.Contracting, [Roles.Contractor]),
        new("Ledger", "/contracting/ledger", Icons.Material.Filled.AccountBalanceWallet, OrganizationModules.Contracting, [Roles.Contractor]),
        new("Material stock", "/contracting/materials", Icons.Material.Filled.Inventory2, OrganizationModules.Contracting, [Roles.Contractor]),
        new("Notifications", "/notifications", Icons.Material.Filled.Notifications, OrganizationModules.None, [.. Roles.All]),
        new("Users", "/admin/users", Icons.Material.Filled.Group, OrganizationModules.None, [Roles.Admin]),
        new("E-mail outbox", "/admin/outbox", Icons.Material.Filled.Outbox, OrganizationModules.None, [Roles.Admin]),
    ];

    public static OrganizationModules ModulesOf(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(FieldOpsClaimTypes.Modules), NumberStyles.Integer, CultureInfo.InvariantCulture, out var modules)
            ? (OrganizationModules)modules
            : OrganizationModules.None;

    /// <summary>The links this user may see, in menu order.</summary>
    public static IEnumerable<NavigationLink> For(ClaimsPrincipal user)
    {
        var modules = ModulesOf(user);
        return Links.Where(link => (modules & link.Module) == link.Module && link.Roles.Any(user.IsInRole));
    }

    /// <summary>Where the user lands after signing in: the dashboard of their first role, or the home page.</summary>
    public static string LandingRoute(ClaimsPrincipal user) =>
        For(user).FirstOrDefault(link => link.IsDashboard)?.Route ?? "/";
}
