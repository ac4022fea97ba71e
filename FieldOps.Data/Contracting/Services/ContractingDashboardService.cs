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
        var counts = await db.Organizations.Select(o => new
        {
            Logs = db.Set<DailyLog>().Count(l => l.Status == DailyLogStatus.Submitted),
            Expenses = db.Set<Expense>().Count(e => e.Status == ExpenseStatus.Pending),
            ToApprove = db.Set<Voucher>().Count(v => v.Status == VoucherStatus.Submitted),
            ToPay = db.Set<Voucher>().Count(v => v.Status == VoucherStatus.Approved),
        }).SingleAsync(cancellationToken);
        var logs = (await ContractingQueries.Logs(db, new DailyLogFilter(DailyLogStatus.Submitted)).Take(50).ToListAsync(cancellationToken))
            .WithActions(ContractingActions.WithActions, guard.User);
        var expenses = (await ContractingQueries.Expenses(db, new ExpenseFilter(ExpenseStatus.Pending), currency.Code).Take(50).ToListAsync(cancellationToken))
            .WithActions(ContractingActions.WithActions, guard.User);
        return new ContractingAdminDashboard(counts.Logs, counts.Expenses, counts.ToApprove, counts.ToPay, logs, expenses, currency.Code);
    }
}
