using FieldOps.Data.Maintenance.Services;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Access;
using FieldOps.Data.Platform.Modules;
using FieldOps.Data.Platform.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace FieldOps.Data.Maintenance;

/// <summary>Property maintenance (seeds 002 and 003): tenants' requests, estimates and competing quotes, approvals,
/// work orders for staff and vendors, verification, ratings and payments.</summary>
public sealed class MaintenanceModule : FieldOpsModule
{
    public const string EveryonePolicy = "maintenance.everyone";
    public const string ManagementPolicy = "maintenance.management";
    public const string LandlordPolicy = "maintenance.landlord";
    public const string TenantPolicy = "maintenance.tenant";
    public const string WorkPolicy = "maintenance.work";
    public const string SetupPolicy = "maintenance.setup";
    public const string AnalyticsPolicy = "maintenance.analytics";

    /// <summary>Every role of the module: a request's page is open to anyone who may see the request.</summary>
    public static readonly ModulePolicy Everyone = new(EveryonePolicy, OrganizationModules.Maintenance,
        [Platform.Roles.Admin, MaintenanceRoles.PropertyManager, MaintenanceRoles.Landlord, MaintenanceRoles.MaintenanceStaff, MaintenanceRoles.Tenant, MaintenanceRoles.Vendor]);

    public static readonly ModulePolicy Management = new(ManagementPolicy, OrganizationModules.Maintenance, [MaintenanceRoles.PropertyManager, Platform.Roles.Admin]);
    public static readonly ModulePolicy LandlordDesk = new(LandlordPolicy, OrganizationModules.Maintenance, [MaintenanceRoles.Landlord]);
    public static readonly ModulePolicy TenantDesk = new(TenantPolicy, OrganizationModules.Maintenance, [MaintenanceRoles.Tenant]);
    public static readonly ModulePolicy Work = new(WorkPolicy, OrganizationModules.Maintenance, [MaintenanceRoles.MaintenanceStaff, MaintenanceRoles.Vendor]);
    public static readonly ModulePolicy Setup = new(SetupPolicy, OrganizationModules.Maintenance, [MaintenanceRoles.PropertyManager, Platform.Roles.Admin]);

    /// <summary>Those who pay for maintenance read its figures: the firm's managers all of them, landlords their own.</summary>
    public static readonly ModulePolicy Analytics = new(AnalyticsPolicy, OrganizationModules.Maintenance,
        [MaintenanceRoles.PropertyManager, Platform.Roles.Admin, MaintenanceRoles.Landlord]);

    // After the policies its constructor reads: static fields initialize in order.
    public static readonly MaintenanceModule Instance = new();

    private MaintenanceModule()
    {
    }

    public override OrganizationModules Flag => OrganizationModules.Maintenance;

    public override string Name => "Property maintenance";

    public override IReadOnlyList<ModuleRole> Roles { get; } =
    [
        new(MaintenanceRoles.PropertyManager, "Property manager", IsManager: true),
        new(MaintenanceRoles.Landlord, "Landlord"),
        new(MaintenanceRoles.MaintenanceStaff, "Maintenance staff"),
        new(MaintenanceRoles.Tenant, "Tenant"),
        new(MaintenanceRoles.Vendor, "Vendor"),
    ];

    public override IReadOnlyList<ModulePolicy> Policies { get; } = [Everyone, Management, LandlordDesk, TenantDesk, Work, Setup, Analytics];

    public override IReadOnlyList<IWorkflowDefinition> Workflows { get; } = [MaintenanceRequestWorkflow.Definition, QuoteWorkflow.Definition];

    public override void AddServices(IServiceCollection services)
    {
        services.AddScoped<MaintenanceGuard>();
        services.AddScoped<MaintenanceNotifications>();
        services.AddScoped<MaintenanceBudgets>();
        services.AddScoped<MaintenanceRequestService>();
        services.AddScoped<MaintenanceCatalogService>();
        services.AddScoped<MaintenanceAnalytics>();
        services.AddScoped<IRecordAccessPolicy, MaintenanceRequestAccessPolicy>();
        services.AddScoped<IRecordAccessPolicy, QuoteAccessPolicy>();
        services.AddScoped<IDemoDataSeeder, MaintenanceDemoSeeder>();
    }
}
