using FieldOps.Data.Contracting;
using FieldOps.Data.Platform.Modules;
using FieldOps.Web.Api;
using FieldOps.Web.Platform.Exports;
using FieldOps.Web.Platform.Modules;
using FieldOps.Web.Platform.Navigation;
using MudBlazor;

namespace FieldOps.Web.Modules;

public sealed class ContractingWebModule : WebModule
{
    public static readonly ContractingWebModule Instance = new();

    private ContractingWebModule()
    {
    }

    public override FieldOpsModule Module => ContractingModule.Instance;

    public override IReadOnlyList<NavigationLink> Navigation { get; } =
    [
        new("Contracting admin", "/contracting/admin", Icons.Material.Filled.Engineering, ContractingModule.Administration, IsDashboard: true),
        new("Subcontractors", "/contracting/admin/subcontractors", Icons.Material.Filled.Groups, ContractingModule.Administration),
        new("Vouchers", "/contracting/admin/vouchers", Icons.Material.Filled.RequestQuote, ContractingModule.Administration),
        new("Projects", "/contracting/admin/projects", Icons.Material.Filled.Apartment, ContractingModule.Administration),
        new("Material stock", "/contracting/admin/materials", Icons.Material.Filled.Inventory2, ContractingModule.Administration),
        new("My workspace", "/contracting/workspace", Icons.Material.Filled.Construction, ContractingModule.Portal, IsDashboard: true),
        new("Daily logs", "/contracting/logs", Icons.Material.Filled.EditNote, ContractingModule.Portal),
        new("Expense claims", "/contracting/expenses", Icons.Material.Filled.Receipt, ContractingModule.Portal),
        new("Vouchers", "/contracting/vouchers", Icons.Material.Filled.RequestQuote, ContractingModule.Portal),
        new("Ledger", "/contracting/ledger", Icons.Material.Filled.AccountBalanceWallet, ContractingModule.Portal),
        new("Material stock", "/contracting/materials", Icons.Material.Filled.Inventory2, ContractingModule.Portal),
    ];

    public override void AddServices(IServiceCollection services)
    {
        services.AddSingleton<IExportDefinition, VouchersExport>();
        services.AddSingleton<IExportDefinition, DailyLogsExport>();
        services.AddSingleton<IExportDefinition, ExpensesExport>();
        services.AddSingleton<IExportDefinition, LedgerExport>();
        services.AddSingleton<IExportDefinition, MaterialsExport>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app) => app.MapContractingEndpoints();
}
