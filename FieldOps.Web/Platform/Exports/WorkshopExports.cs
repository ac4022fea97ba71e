using FieldOps.Data.Workshop;
using FieldOps.Data.Workshop.Services;

namespace FieldOps.Web.Platform.Exports;

/// <summary>/api/exports/workshop-jobs.csv?status=in_progress&amp;operationsStream=mechanical&amp;search=KDA</summary>
public sealed class JobsExport : ExportDefinition<JobSummary>
{
    public override string Name => "workshop-jobs";
    public override string Title => "Jobs";

    protected override IReadOnlyList<ExportColumn<JobSummary>> Columns { get; } =
    [
        new("Job", j => j.Number),
        new("Status", j => j.Status),
        new("Registration", j => j.RegistrationNumber),
        new("Vehicle", j => j.VehicleDescription.Trim()),
        new("Owner", j => j.OwnerName),
        new("Operations stream", j => j.OperationsStream),
        new("Revenue stream", j => j.RevenueStream),
        new("Technician", j => j.TechnicianName),
        new("Issues reported", j => j.IssuesReported),
        new("Received", j => j.ReceivedAt),
        new("Open parts requests", j => j.OpenPartsRequests),
    ];

    protected override IAsyncEnumerable<JobSummary> RowsAsync(IServiceProvider services, IQueryCollection query, CancellationToken cancellationToken) =>
        services.GetRequiredService<JobService>().StreamAsync(new JobFilter(
            Api.ApiQuery.Enum<JobStatus>(Text(query, "status"), "status"),
            Api.ApiQuery.Enum<OperationsStream>(Text(query, "operationsStream"), "operationsStream"),
            Text(query, "technicianId"), Text(query, "search")), cancellationToken);
}

/// <summary>/api/exports/warehouse-items.xlsx?lowStock=true</summary>
public sealed class WarehouseItemsExport : ExportDefinition<WarehouseItemView>
{
    public override string Name => "warehouse-items";
    public override string Title => "Stock";

    protected override IReadOnlyList<ExportColumn<WarehouseItemView>> Columns { get; } =
    [
        new("SKU", i => i.Sku),
        new("Name", i => i.Name),
        new("Unit", i => i.Unit),
        new("Quantity", i => i.Quantity),
        new("Reorder point", i => i.ReorderPoint),
        new("Low stock", i => i.IsLowStock),
        new("Unit cost", i => i.UnitCost),
        new("Unit price", i => i.UnitPrice),
        new("Currency", i => i.Currency),
        new("Location", i => i.Location),
        new("Active", i => i.IsActive),
    ];

    protected override IAsyncEnumerable<WarehouseItemView> RowsAsync(IServiceProvider services, IQueryCollection query, CancellationToken cancellationToken) =>
        services.GetRequiredService<WarehouseService>().StreamAsync(
            new WarehouseFilter(Text(query, "search"), Bool(query, "lowStock") ?? false, Bool(query, "includeInactive") ?? false), cancellationToken);
}

/// <summary>/api/exports/invoices.csv?paid=false</summary>
public sealed class InvoicesExport : ExportDefinition<InvoiceSummary>
{
    public override string Name => "invoices";
    public override string Title => "Invoices";

    protected override IReadOnlyList<ExportColumn<InvoiceSummary>> Columns { get; } =
    [
        new("Invoice", i => i.Number),
        new("Status", i => i.Status),
        new("Job", i => i.JobNumber),
        new("Customer", i => i.CustomerName),
        new("Registration", i => i.VehicleRegistration),
        new("Issued", i => i.IssuedAt),
        new("Due", i => i.DueDate),
        new("Total", i => i.Total),
        new("Currency", i => i.Currency),
        new("Paid on", i => i.PaidOn),
        new("Overdue", i => i.IsOverdue),
    ];

    protected override IAsyncEnumerable<InvoiceSummary> RowsAsync(IServiceProvider services, IQueryCollection query, CancellationToken cancellationToken) =>
        services.GetRequiredService<BillingService>().StreamAsync(
            new InvoiceFilter(Api.ApiQuery.Enum<InvoiceStatus>(Text(query, "status"), "status"), Bool(query, "paid"), Text(query, "search")), cancellationToken);
}
