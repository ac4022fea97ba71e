namespace FieldOps.Data.Workshop;

/// <summary>The roles of the garage. The admin is the platform's.</summary>
public static class WorkshopRoles
{
    public const string SiteManager = "SiteManager";
    public const string Technician = "Technician";
    public const string WorkshopManager = "WorkshopManager";
    public const string WarehouseManager = "WarehouseManager";
    public const string BillingStaff = "BillingStaff";
}
