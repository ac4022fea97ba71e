using FieldOps.Data.Platform.Modules;
using FieldOps.Data.Workshop;
using FieldOps.Web.Api;
using FieldOps.Web.Platform.Exports;
using FieldOps.Web.Platform.Modules;
using FieldOps.Web.Platform.Navigation;
using MudBlazor;

namespace FieldOps.Web.Modules;

public sealed class WorkshopWebModule : WebModule
{
    public static readonly WorkshopWebModule Instance = new();

    private WorkshopWebModule()
    {
    }

    public override FieldOpsModule Module => WorkshopModule.Instance;

    public override IReadOnlyList<NavigationLink> Navigation { get; } =
    [
        new("Workshop admin", "/workshop/admin", Icons.Material.Filled.AdminPanelSettings, WorkshopModule.Administration, IsDashboard: true),
        new("Vehicle intake", "/workshop/site-manager", Icons.Material.Filled.DirectionsCar, WorkshopModule.Intake, IsDashboard: true),
        new("My jobs", "/workshop/technician", Icons.Material.Filled.Build, WorkshopModule.TechnicianDesk, IsDashboard: true),
        new("Workshop review", "/workshop/manager", Icons.Material.Filled.FactCheck, WorkshopModule.Review, IsDashboard: true),
        new("Warehouse", "/workshop/warehouse", Icons.Material.Filled.Inventory2, WorkshopModule.Warehouse, IsDashboard: true),
        new("Billing", "/workshop/billing", Icons.Material.Filled.ReceiptLong, WorkshopModule.Billing, IsDashboard: true),
    ];

    public override void AddServices(IServiceCollection services)
    {
        services.AddSingleton<IExportDefinition, JobsExport>();
        services.AddSingleton<IExportDefinition, WarehouseItemsExport>();
        services.AddSingleton<IExportDefinition, InvoicesExport>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app) => app.MapWorkshopEndpoints();
}
