using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Contracting.Services;

/// <summary>Admins hear of every new log and expense claim; a contractor hears of every decision on their records,
/// every change to their vouchers and every payment or ledger entry.</summary>
public sealed class ContractingNotifications(Notifier notifier)
{
    public async Task NewLogAsync(FieldOpsDbContext db, Subcontractor company, DailyLog log, CancellationToken ct) =>
        await notifier.NotifyAsync(db, await notifier.UsersInRoleAsync(db, Roles.Admin, ct), new NotificationMessage(
            $"Daily log from {company.CompanyName}",
            $"{log.LogDate:d MMM}: {log.WorkersCount} workers. {Short(log.WorkSummary)}",
            "/contracting/admin#logs", ContractingRecordTypes.DailyLog, log.Id), ct);

    public async Task NewExpenseAsync(FieldOpsDbContext db, Subcontractor company, Expense expense, string currency, CancellationToken ct) =>
        await notifier.NotifyAsync(db, await notifier.UsersInRoleAsync(db, Roles.Admin, ct), new NotificationMessage(
            $"Expense claim from {company.CompanyName}",
            $"{expense.Category}: {Currency.Of(currency).Format(expense.Amount)} on {expense.ExpenseDate:d MMM}. {Short(expense.Description)}",
            "/contracting/admin#expenses", ContractingRecordTypes.Expense, expense.Id), ct);

    public Task LogDecidedAsync(FieldOpsDbContext db, Guid subcontractorId, DailyLog log, CancellationToken ct) =>
        ToContractorAsync(db, subcontractorId, new NotificationMessage(
            $"Daily log of {log.LogDate:d MMM} {log.Status.ToString().ToLowerInvariant()}",
            log.ReviewNote ?? $"Reviewed by {log.ReviewedByName}.", "/contracting/logs", ContractingRecordTypes.DailyLog, log.Id), ct);

    public Task ExpenseDecidedAsync(FieldOpsDbContext db, Guid subcontractorId, Expense expense, string currency, CancellationToken ct) =>
        ToContractorAsync(db, subcontractorId, new NotificationMessage(
            $"Expense claim {expense.Status.ToString().ToLowerInvariant()}: {Currency.Of(currency).Format(expense.Amount)}",
            expense.ReviewNote ?? $"{expense.Description} — reviewed by {expense.ReviewedByName}.", "/contracting/expenses",
            ContractingRecordTypes.Expense, expense.Id), ct);

    public Task VoucherChangedAsync(FieldOpsDbContext db, Voucher voucher, CancellationToken ct) =>
        ToContractorAsync(db, voucher.SubcontractorId, new NotificationMessage(
            $"Voucher {voucher.Number} {Words(voucher.Status)}",
            voucher.Status switch
            {
                VoucherStatus.Paid => $"{voucher.Currency.Format(voucher.Total)} paid on {voucher.PaidOn:d MMM yyyy}{(voucher.PaymentReference is null ? "" : $", reference {voucher.PaymentReference}")}.",
                VoucherStatus.Rejected => voucher.RejectionReason ?? "",
                _ => $"{voucher.Currency.Format(voucher.Total)} for {voucher.PeriodStart:d MMM} – {voucher.PeriodEnd:d MMM}.",
            },
            "/contracting/vouchers", ContractingRecordTypes.Voucher, voucher.Id), ct);

    public Task LedgerEntryAsync(FieldOpsDbContext db, LedgerEntry entry, string currency, CancellationToken ct) =>
        ToContractorAsync(db, entry.PartyId, new NotificationMessage(
            $"{entry.EntryType} recorded: {Currency.Of(currency).Format(entry.Amount)}", entry.Description, "/contracting/ledger", null, null), ct);

    private async Task ToContractorAsync(FieldOpsDbContext db, Guid subcontractorId, NotificationMessage message, CancellationToken ct)
    {
        var userId = await db.Set<Subcontractor>().Where(s => s.Id == subcontractorId).Select(s => s.UserId).SingleOrDefaultAsync(ct);
        await notifier.NotifyAsync(db, [userId], message, ct);
    }

    private static string Words(VoucherStatus status) => status switch
    {
        VoucherStatus.Draft => "reopened as a draft",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string Short(string text) => text.Length <= 120 ? text : text[..117] + "…";
}
