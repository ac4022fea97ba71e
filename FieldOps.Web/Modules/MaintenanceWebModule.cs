using FieldOps.Data.Maintenance;
using FieldOps.Data.Platform.Modules;
using FieldOps.Web.Api;
using FieldOps.Web.Platform.Modules;
using FieldOps.Web.Platform.Navigation;
using MudBlazor;

namespace FieldOps.Web.Modules;

public sealed class MaintenanceWebModule : WebModule
{
    public static readonly MaintenanceWebModule Instance = new();

    private MaintenanceWebModule()
    {
    }

    public override FieldOpsModule Module => MaintenanceModule.Instance;

    public override IReadOnlyList<NavigationLink> Navigation { get; } =
    [
        new("Maintenance desk", "/maintenance/manager", Icons.Material.Filled.HomeRepairService, MaintenanceModule.Management, IsDashboard: true),
        new("My properties", "/maintenance/landlord", Icons.Material.Filled.Apartment, MaintenanceModule.LandlordDesk, IsDashboard: true),
        new("My work orders", "/maintenance/work", Icons.Material.Filled.Handyman, MaintenanceModule.Work, IsDashboard: true),
        new("My home", "/maintenance/tenant", Icons.Material.Filled.House, MaintenanceModule.TenantDesk, IsDashboard: true),
        new("Thresholds and budgets", "/maintenance/landlord/settings", Icons.Material.Filled.Tune, MaintenanceModule.LandlordDesk),
        new("Maintenance costs", "/maintenance/costs", Icons.Material.Filled.InsertChart, MaintenanceModule.Analytics),
        new("Maintenance reports", "/maintenance/analytics", Icons.Material.Filled.TableChart, MaintenanceModule.Analytics),
        new("Properties and vendors", "/maintenance/setup", Icons.Material.Filled.Settings, MaintenanceModule.Setup),
    ];

    public override void AddServices(IServiceCollection services)
    {
    }

    public override void MapEndpoints(IEndpointRouteBuilder app) => app.MapMaintenanceEndpoints();
}
