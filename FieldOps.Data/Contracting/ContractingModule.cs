using FieldOps.Data.Contracting.Services;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Access;
using FieldOps.Data.Platform.Modules;
using FieldOps.Data.Platform.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace FieldOps.Data.Contracting;

/// <summary>Construction subcontracting (seed 000): daily logs, expense claims, vouchers and ledgers.</summary>
public sealed class ContractingModule : FieldOpsModule
{
    public const string AdministrationPolicy = "contracting.admin";
    public const string PortalPolicy = "contracting.portal";
    public const string ClaimsPolicy = "contracting.claims";

    public static readonly ModulePolicy Administration = new(AdministrationPolicy, OrganizationModules.Contracting, [Platform.Roles.Admin]);
    public static readonly ModulePolicy Portal = new(PortalPolicy, OrganizationModules.Contracting, [ContractingRoles.Contractor]);

    /// <summary>An expense claim's page: its contractor, or the admin reviewing it.</summary>
    public static readonly ModulePolicy Claims = new(ClaimsPolicy, OrganizationModules.Contracting, [ContractingRoles.Contractor, Platform.Roles.Admin]);

    // After the policies its constructor reads: static fields initialize in order.
    public static readonly ContractingModule Instance = new();

    private ContractingModule()
    {
    }

    public override OrganizationModules Flag => OrganizationModules.Contracting;

    public override string Name => "Contracting";

    public override IReadOnlyList<ModuleRole> Roles { get; } = [new(ContractingRoles.Contractor, "Contractor")];

    public override IReadOnlyList<ModulePolicy> Policies { get; } = [Administration, Portal, Claims];

    public override IReadOnlyList<IWorkflowDefinition> Workflows { get; } =
        [DailyLogWorkflow.Definition, ExpenseWorkflow.Definition, VoucherWorkflow.Definition];

    public override void AddServices(IServiceCollection services)
    {
        services.AddScoped<ContractingGuard>();
        services.AddScoped<ContractingNotifications>();
        services.AddScoped<ContractorPortalService>();
        services.AddScoped<SubcontractorService>();
        services.AddScoped<ProjectService>();
        services.AddScoped<MaterialService>();
        services.AddScoped<ContractingReviewService>();
        services.AddScoped<VoucherService>();
        services.AddScoped<LedgerService>();
        services.AddScoped<ContractingDashboardService>();
        services.AddScoped<IRecordAccessPolicy, DailyLogAccessPolicy>();
        services.AddScoped<IRecordAccessPolicy, ExpenseAccessPolicy>();
        services.AddScoped<IRecordAccessPolicy, VoucherAccessPolicy>();
        services.AddScoped<IDemoDataSeeder, ContractingDemoSeeder>();
    }
}
