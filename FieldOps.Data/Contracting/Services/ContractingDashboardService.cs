using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Contracting.Services;

/// <summary>The admin's overview: what is waiting for review, approval or payment.</summary>
public sealed class ContractingDashboardService(IDbContextFactory<FieldOpsDbContext> contextFactory, ContractingGuard guard)
{
    public async Task<ContractingAdminDashboard> AdminAsync(CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var currency = await ContractingSupport.CurrencyAsync(db, cancellationToken);
        // The backlogs come from the summary rows (a few per subcontractor), not from counting the queues.
        var waiting = await db.Set<ContractingCount>().AsNoTracking()
            .Where(c => (c.Record == ContractingRecord.DailyLog && c.Status == nameof(DailyLogStatus.Submitted))
                || (c.Record == ContractingRecord.Expense && c.Status == nameof(ExpenseStatus.Pending))
                || (c.Record == ContractingRecord.Voucher && (c.Status == nameof(VoucherStatus.Submitted) || c.Status == nameof(VoucherStatus.Approved))))
            .GroupBy(c => new { c.Record, c.Status })
            .Select(g => new { g.Key.Record, g.Key.Status, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        int Waiting(ContractingRecord record, string status) => waiting.Where(w => w.Record == record && w.Status == status).Sum(w => w.Count);
        const int page = ContractingAdminDashboard.QueuePageSize;
        var logs = (await ContractingQueries.Logs(db, new DailyLogFilter(DailyLogStatus.Submitted)).Take(page).ToListAsync(cancellationToken))
            .WithActions(ContractingActions.WithActions, guard.User);
        var expenses = (await ContractingQueries.Expenses(db, new ExpenseFilter(ExpenseStatus.Pending), currency.Code).Take(page).ToListAsync(cancellationToken))
            .WithActions(ContractingActions.WithActions, guard.User);
        return new ContractingAdminDashboard(Waiting(ContractingRecord.DailyLog, nameof(DailyLogStatus.Submitted)),
            Waiting(ContractingRecord.Expense, nameof(ExpenseStatus.Pending)), Waiting(ContractingRecord.Voucher, nameof(VoucherStatus.Submitted)),
            Waiting(ContractingRecord.Voucher, nameof(VoucherStatus.Approved)), logs, expenses, currency.Code);
    }
}
