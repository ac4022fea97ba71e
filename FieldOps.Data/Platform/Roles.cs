namespace FieldOps.Data.Platform;

/// <summary>The roles of FieldOps. A user may hold several; each role has its own dashboard.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string SiteManager = "SiteManager";
    public const string Technician = "Technician";
    public const string WorkshopManager = "WorkshopManager";
    public const string WarehouseManager = "WarehouseManager";
    public const string BillingStaff = "BillingStaff";
    public const string Landlord = "Landlord";
    public const string PropertyManager = "PropertyManager";
    public const string MaintenanceStaff = "MaintenanceStaff";
    public const string Tenant = "Tenant";
    public const string Vendor = "Vendor";
    public const string Contractor = "Contractor";

    public static readonly IReadOnlyList<string> All =
    [
        Admin, SiteManager, Technician, WorkshopManager, WarehouseManager, BillingStaff,
        Landlord, PropertyManager, MaintenanceStaff, Tenant, Vendor, Contractor,
    ];

    /// <summary>Roles that manage others' work and may see the organization's user directory.</summary>
    public static readonly IReadOnlyList<string> Managers =
        [Admin, SiteManager, WorkshopManager, WarehouseManager, BillingStaff, Landlord, PropertyManager];

    /// <summary>The roles that make sense in an organization using <paramref name="modules"/>.</summary>
    public static IReadOnlyList<string> ForModules(OrganizationModules modules)
    {
        var roles = new List<string> { Admin };
        if (modules.HasFlag(OrganizationModules.Workshop))
        {
            roles.AddRange([SiteManager, Technician, WorkshopManager, WarehouseManager, BillingStaff]);
        }
        if (modules.HasFlag(OrganizationModules.Maintenance))
        {
            roles.AddRange([Landlord, PropertyManager, MaintenanceStaff, Tenant, Vendor]);
        }
        if (modules.HasFlag(OrganizationModules.Contracting))
        {
            roles.Add(Contractor);
        }
        return roles;
    }

    public static string DisplayName(string role) => role switch
    {
        SiteManager => "Site manager",
        WorkshopManager => "Workshop manager",
        WarehouseManager => "Warehouse manager",
        BillingStaff => "Billing staff",
        PropertyManager => "Property manager",
        MaintenanceStaff => "Maintenance staff",
        _ => role,
    };
}
