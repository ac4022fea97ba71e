using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Access;
using FieldOps.Data.Platform.Modules;
using FieldOps.Data.Platform.Workflows;
using FieldOps.Data.Workshop.Services;
using Microsoft.Extensions.DependencyInjection;
using static FieldOps.Data.Workshop.WorkshopRoles;

namespace FieldOps.Data.Workshop;

/// <summary>The garage (seed 001): intake, jobs, parts, warehouse and billing.</summary>
public sealed class WorkshopModule : FieldOpsModule
{
    public const string StaffPolicy = "workshop.staff";
    public const string IntakePolicy = "workshop.intake";
    public const string TechnicianPolicy = "workshop.technician";
    public const string ReviewPolicy = "workshop.review";
    public const string WarehousePolicy = "workshop.warehouse";
    public const string BillingPolicy = "workshop.billing";
    public const string InvoicesPolicy = "workshop.invoices";
    public const string AdministrationPolicy = "workshop.admin";

    /// <summary>Who sees the garage's jobs: every role of the workshop.</summary>
    public static readonly ModulePolicy Staff = new(StaffPolicy, OrganizationModules.Workshop,
        [Platform.Roles.Admin, SiteManager, Technician, WorkshopManager, WarehouseManager, BillingStaff]);

    public static readonly ModulePolicy Intake = new(IntakePolicy, OrganizationModules.Workshop, [SiteManager, Platform.Roles.Admin]);
    public static readonly ModulePolicy TechnicianDesk = new(TechnicianPolicy, OrganizationModules.Workshop, [Technician]);
    public static readonly ModulePolicy Review = new(ReviewPolicy, OrganizationModules.Workshop, [WorkshopManager, Platform.Roles.Admin]);
    public static readonly ModulePolicy Warehouse = new(WarehousePolicy, OrganizationModules.Workshop, [WarehouseManager, Platform.Roles.Admin]);
    public static readonly ModulePolicy Billing = new(BillingPolicy, OrganizationModules.Workshop, InvoiceWorkflow.Billers);

    /// <summary>Who reads invoices: billing, and the managers who follow a job to its end.</summary>
    public static readonly ModulePolicy Invoices = new(InvoicesPolicy, OrganizationModules.Workshop,
        [BillingStaff, Platform.Roles.Admin, WorkshopManager, SiteManager]);

    public static readonly ModulePolicy Administration = new(AdministrationPolicy, OrganizationModules.Workshop, [Platform.Roles.Admin]);

    // After the policies its constructor reads: static fields initialize in order.
    public static readonly WorkshopModule Instance = new();

    private WorkshopModule()
    {
    }

    public override OrganizationModules Flag => OrganizationModules.Workshop;

    public override string Name => "Workshop";

    public override IReadOnlyList<ModuleRole> Roles { get; } =
    [
        new(SiteManager, "Site manager", IsManager: true),
        new(Technician, "Technician"),
        new(WorkshopManager, "Workshop manager", IsManager: true),
        new(WarehouseManager, "Warehouse manager", IsManager: true),
        new(BillingStaff, "Billing staff", IsManager: true),
    ];

    public override IReadOnlyList<ModulePolicy> Policies { get; } = [Staff, Intake, TechnicianDesk, Review, Warehouse, Billing, Invoices, Administration];

    public override IReadOnlyList<IWorkflowDefinition> Workflows { get; } =
        [JobWorkflow.Definition, SparePartRequestWorkflow.Definition, InvoiceWorkflow.Definition];

    public override void AddServices(IServiceCollection services)
    {
        services.AddScoped<WorkshopGuard>();
        services.AddScoped<WorkshopNotifications>();
        services.AddScoped<JobService>();
        services.AddScoped<TaskActionService>();
        services.AddScoped<SparePartService>();
        services.AddScoped<WarehouseService>();
        services.AddScoped<BillingService>();
        services.AddScoped<WorkshopDashboardService>();
        services.AddScoped<IRecordAccessPolicy, JobAccessPolicy>();
        services.AddScoped<IRecordAccessPolicy, SparePartRequestAccessPolicy>();
        services.AddScoped<IRecordAccessPolicy, InvoiceAccessPolicy>();
        services.AddScoped<IDemoDataSeeder, WorkshopDemoSeeder>();
    }
}
