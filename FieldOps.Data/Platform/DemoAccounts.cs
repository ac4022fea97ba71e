namespace FieldOps.Data.Platform;

/// <summary>The demo organizations and sign-ins seeded when FieldOps:SeedDemoData is true. Listed in the README.</summary>
public static class DemoAccounts
{
    public const string Password = "FieldOps!Demo2026";

    public const string DemoGarage = "Demo Garage";
    public const string SecondGarage = "Second Garage";
    public const string DemoContracting = "Demo Contracting";

    public sealed record DemoUser(string Email, string DisplayName, string Organization, params string[] Roles);

    public static readonly IReadOnlyList<DemoUser> Users =
    [
        new("admin@garage.demo", "Amina Odhiambo", DemoGarage, Platform.Roles.Admin),
        new("sitemanager@garage.demo", "Brian Kamau", DemoGarage, Platform.Roles.SiteManager),
        new("technician@garage.demo", "Peter Otieno", DemoGarage, Platform.Roles.Technician),
        new("technician2@garage.demo", "Grace Wanjiru", DemoGarage, Platform.Roles.Technician),
        new("workshopmanager@garage.demo", "David Mwangi", DemoGarage, Platform.Roles.WorkshopManager),
        new("warehouse@garage.demo", "Faith Njeri", DemoGarage, Platform.Roles.WarehouseManager),
        new("billing@garage.demo", "Joyce Achieng", DemoGarage, Platform.Roles.BillingStaff),
        new("admin@garage2.demo", "Hassan Al-Sabah", SecondGarage, Platform.Roles.Admin),
        new("technician@garage2.demo", "Yousef Haddad", SecondGarage, Platform.Roles.Technician),
        new("admin@contracting.demo", "Mercy Chebet", DemoContracting, Platform.Roles.Admin),
        new("contractor@contracting.demo", "Joseph Mutua", DemoContracting, Platform.Roles.Contractor),
        new("contractor2@contracting.demo", "Ann Wambui", DemoContracting, Platform.Roles.Contractor),
        new("unlinked@contracting.demo", "Kevin Omondi", DemoContracting, Platform.Roles.Contractor),
    ];
}
