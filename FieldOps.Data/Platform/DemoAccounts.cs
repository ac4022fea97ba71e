namespace FieldOps.Data.Platform;

/// <summary>The demo organizations and sign-ins seeded when FieldOps:SeedDemoData is true. Listed in the README.</summary>
public static class DemoAccounts
{
    public const string Password = "FieldOps!Demo2026";

    public const string DemoGarage = "Demo Garage";
    public const string SecondGarage = "Second Garage";
    public const string DemoContracting = "Demo Contracting";
    public const string DemoProperties = "Demo Properties";
    public const string GulfProperties = "Gulf Properties";

    public sealed record DemoUser(string Email, string DisplayName, string Organization, params string[] Roles);

    public static readonly IReadOnlyList<DemoUser> Users =
    [
        new("admin@garage.demo", "Amina Odhiambo", DemoGarage, Platform.Roles.Admin),
        new("sitemanager@garage.demo", "Brian Kamau", DemoGarage, Workshop.WorkshopRoles.SiteManager),
        new("technician@garage.demo", "Peter Otieno", DemoGarage, Workshop.WorkshopRoles.Technician),
        new("technician2@garage.demo", "Grace Wanjiru", DemoGarage, Workshop.WorkshopRoles.Technician),
        new("workshopmanager@garage.demo", "David Mwangi", DemoGarage, Workshop.WorkshopRoles.WorkshopManager),
        new("warehouse@garage.demo", "Faith Njeri", DemoGarage, Workshop.WorkshopRoles.WarehouseManager),
        new("billing@garage.demo", "Joyce Achieng", DemoGarage, Workshop.WorkshopRoles.BillingStaff),
        new("admin@garage2.demo", "Hassan Al-Sabah", SecondGarage, Platform.Roles.Admin),
        new("technician@garage2.demo", "Yousef Haddad", SecondGarage, Workshop.WorkshopRoles.Technician),
        new("admin@properties.demo", "Wanjiku Kariuki", DemoProperties, Platform.Roles.Admin),
        new("manager@properties.demo", "Samuel Kiprop", DemoProperties, Maintenance.MaintenanceRoles.PropertyManager),
        new("landlord@properties.demo", "Esther Njoroge", DemoProperties, Maintenance.MaintenanceRoles.Landlord),
        new("landlord2@properties.demo", "Daniel Ochieng", DemoProperties, Maintenance.MaintenanceRoles.Landlord),
        new("staff@properties.demo", "Moses Wekesa", DemoProperties, Maintenance.MaintenanceRoles.MaintenanceStaff),
        new("vendor@properties.demo", "Alice Mumbi", DemoProperties, Maintenance.MaintenanceRoles.Vendor),
        new("tenant@properties.demo", "Lucy Atieno", DemoProperties, Maintenance.MaintenanceRoles.Tenant),
        new("tenant2@properties.demo", "James Kibet", DemoProperties, Maintenance.MaintenanceRoles.Tenant),
        new("admin@gulf.demo", "Fatima Al-Rashid", GulfProperties, Platform.Roles.Admin, Maintenance.MaintenanceRoles.Landlord),
        new("admin@contracting.demo", "Mercy Chebet", DemoContracting, Platform.Roles.Admin),
        new("contractor@contracting.demo", "Joseph Mutua", DemoContracting, Contracting.ContractingRoles.Contractor),
        new("contractor2@contracting.demo", "Ann Wambui", DemoContracting, Contracting.ContractingRoles.Contractor),
        new("unlinked@contracting.demo", "Kevin Omondi", DemoContracting, Contracting.ContractingRoles.Contractor),
    ];
}
