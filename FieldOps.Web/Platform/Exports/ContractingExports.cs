using FieldOps.Data.Contracting;
using FieldOps.Data.Contracting.Services;
using FieldOps.Data.Platform;

namespace FieldOps.Web.Platform.Exports;

/// <summary>/api/exports/contracting-vouchers.csv?status=approved&amp;subcontractorId=…</summary>
public sealed class VouchersExport : ExportDefinition<VoucherSummary>
{
    public override string Name => "contracting-vouchers";
    public override string Title => "Vouchers";

    protected override IReadOnlyList<ExportColumn<VoucherSummary>> Columns { get; } =
    [
        new("Voucher", v => v.Number),
        new("Status", v => v.Status),
        new("Subcontractor", v => v.CompanyName),
        new("From", v => v.PeriodStart),
        new("To", v => v.PeriodEnd),
        new("Total", v => v.Total),
        new("Currency", v => v.Currency),
        new("Paid on", v => v.PaidOn),
    ];

    protected override IAsyncEnumerable<VoucherSummary> RowsAsync(IServiceProvider services, IQueryCollection query, CancellationToken cancellationToken) =>
        services.GetRequiredService<VoucherService>().StreamAsync(
            new VoucherFilter(Api.ApiQuery.Enum<VoucherStatus>(Text(query, "status"), "status"), Id(query, "subcontractorId")), cancellationToken);

    internal static Guid? Id(IQueryCollection query, string name) => Guid.TryParse(Text(query, name), out var id) ? id : null;
}

/// <summary>/api/exports/contracting-daily-logs.csv?status=submitted</summary>
public sealed class DailyLogsExport : ExportDefinition<DailyLogView>
{
    public override string Name => "contracting-daily-logs";
    public override string Title => "Daily logs";

    protected override IReadOnlyList<ExportColumn<DailyLogView>> Columns { get; } =
    [
        new("Date", l => l.LogDate),
        new("Subcontractor", l => l.CompanyName),
        new("Project", l => l.ProjectName),
        new("Workers", l => l.WorkersCount),
        new("Work done", l => l.WorkSummary),
        new("Status", l => l.Status),
        new("Reviewed by", l => l.ReviewedByName),
        new("Review note", l => l.ReviewNote),
        new("Submitted", l => l.SubmittedAt),
    ];

    protected override IAsyncEnumerable<DailyLogView> RowsAsync(IServiceProvider services, IQueryCollection query, CancellationToken cancellationToken) =>
        services.GetRequiredService<ContractingReviewService>().StreamLogsAsync(new DailyLogFilter(
            Api.ApiQuery.Enum<DailyLogStatus>(Text(query, "status"), "status"), VouchersExport.Id(query, "subcontractorId"),
            VouchersExport.Id(query, "projectId")), cancellationToken);
}

/// <summary>/api/exports/contracting-expenses.xlsx?status=pending</summary>
public sealed class ExpensesExport : ExportDefinition<ExpenseView>
{
    public override string Name => "contracting-expenses";
    public override string Title => "Expense claims";

    protected override IReadOnlyList<ExportColumn<ExpenseView>> Columns { get; } =
    [
        new("Date", e => e.ExpenseDate),
        new("Subcontractor", e => e.CompanyName),
        new("Category", e => e.Category),
        new("Description", e => e.Description),
        new("Project", e => e.ProjectName),
        new("Amount", e => e.Amount),
        new("Currency", e => e.Currency),
        new("Status", e => e.Status),
        new("Receipts", e => e.Receipts),
        new("Reviewed by", e => e.ReviewedByName),
        new("Review note", e => e.ReviewNote),
    ];

    protected override IAsyncEnumerable<ExpenseView> RowsAsync(IServiceProvider services, IQueryCollection query, CancellationToken cancellationToken) =>
        services.GetRequiredService<ContractingReviewService>().StreamExpensesAsync(new ExpenseFilter(
            Api.ApiQuery.Enum<ExpenseStatus>(Text(query, "status"), "status"), VouchersExport.Id(query, "subcontractorId"),
            Api.ApiQuery.Enum<ExpenseCategory>(Text(query, "category"), "category")), cancellationToken);
}

/// <summary>/api/exports/contracting-ledger.csv — the contractor's own ledger, or (for an admin) ?subcontractorId=….
/// A company's ledger is read whole to work out its running balance.</summary>
public sealed class LedgerExport : ExportDefinition<LedgerEntryView>
{
    public override string Name => "contracting-ledger";
    public override string Title => "Ledger";

    protected override IReadOnlyList<ExportColumn<LedgerEntryView>> Columns { get; } =
    [
        new("Date", e => e.EntryDate),
        new("Type", e => e.EntryType),
        new("Reference", e => e.Reference),
        new("Description", e => e.Description),
        new("Amount", e => e.Amount),
        new("Balance due", e => e.BalanceDue),
        new("Reversed", e => e.IsReversed),
        new("Recorded by", e => e.RecordedByName),
        new("Recorded", e => e.RecordedAt),
    ];

    protected override async IAsyncEnumerable<LedgerEntryView> RowsAsync(IServiceProvider services, IQueryCollection query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var user = services.GetRequiredService<ICurrentUser>();
        var entries = user.IsInRole(ContractingRoles.Contractor)
            ? services.GetRequiredService<ContractorPortalService>().StreamLedgerAsync(cancellationToken)
            : services.GetRequiredService<LedgerService>().StreamLedgerAsync(VouchersExport.Id(query, "subcontractorId")
                ?? throw new InputValidationException("subcontractorId", "Say whose ledger to export."), cancellationToken);
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            yield return entry;
        }
    }
}

/// <summary>/api/exports/contracting-materials.csv — the material stock (admins, and contractors read-only).</summary>
public sealed class MaterialsExport : ExportDefinition<MaterialView>
{
    public override string Name => "contracting-materials";
    public override string Title => "Material stock";

    protected override IReadOnlyList<ExportColumn<MaterialView>> Columns { get; } =
    [
        new("Material", m => m.ItemName),
        new("Quantity", m => m.Quantity),
        new("Unit", m => m.Unit),
        new("Where", m => m.Location),
        new("Notes", m => m.Notes),
        new("Updated", m => m.UpdatedAt),
    ];

    protected override async IAsyncEnumerable<MaterialView> RowsAsync(IServiceProvider services, IQueryCollection query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var materials = services.GetRequiredService<ICurrentUser>().IsInRole(ContractingRoles.Contractor)
            ? await services.GetRequiredService<ContractorPortalService>().MaterialsAsync(cancellationToken)
            : await services.GetRequiredService<MaterialService>().ListAsync(cancellationToken);
        foreach (var material in materials)
        {
            yield return material;
        }
    }
}
