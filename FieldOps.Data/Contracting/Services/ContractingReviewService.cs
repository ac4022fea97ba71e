using FieldOps.Data.Platform.Workflows;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Contracting.Services;

/// <summary>The admin's review of daily logs and expense claims: one at a time or in bulk, with a note. Approving a
/// claim writes its ledger entry in the same transaction.</summary>
public sealed class ContractingReviewService(
    IDbContextFactory<FieldOpsDbContext> contextFactory,
    ContractingGuard guard,
    ContractingNotifications notify,
    TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<ListPage<DailyLogView>> LogsAsync(DailyLogFilter filter, ListRequest request, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = ContractingQueries.Logs(db, filter);
        return ListPage<DailyLogView>.Of((await query.Skip(request.SafeSkip).Take(request.SafeTake).ToListAsync(cancellationToken))
                .WithActions(ContractingActions.WithActions, guard.User),
                await ContractingQueries.LogTotalAsync(db, filter, cancellationToken));
    }

    public async Task<ListPage<ExpenseView>> ExpensesAsync(ExpenseFilter filter, ListRequest request, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var currency = await ContractingSupport.CurrencyAsync(db, cancellationToken);
        var query = ContractingQueries.Expenses(db, filter, currency.Code);
        return ListPage<ExpenseView>.Of((await query.Skip(request.SafeSkip).Take(request.SafeTake).ToListAsync(cancellationToken))
                .WithActions(ContractingActions.WithActions, guard.User),
                await ContractingQueries.ExpenseTotalAsync(db, filter, cancellationToken));
    }

    /// <summary>Every matching daily log, streamed (for exports).</summary>
    public async IAsyncEnumerable<DailyLogView> StreamLogsAsync(DailyLogFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await foreach (var log in ContractingQueries.Logs(db, filter).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return log;
        }
    }

    /// <summary>Every matching expense claim, streamed (for exports).</summary>
    public async IAsyncEnumerable<ExpenseView> StreamExpensesAsync(ExpenseFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var currency = await ContractingSupport.CurrencyAsync(db, cancellationToken);
        await foreach (var expense in ContractingQueries.Expenses(db, filter, currency.Code).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return expense;
        }
    }

    public async Task<DailyLogView> LogAsync(Guid logId, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var log = await ContractingQueries.Logs(db, new DailyLogFilter()).SingleOrDefaultAsync(l => l.Id == logId, cancellationToken)
            ?? throw new RecordNotFoundException("Daily log", logId);
        return log.WithActions(guard.User);
    }

    public async Task<ExpenseView> ExpenseAsync(Guid expenseId, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var currency = await ContractingSupport.CurrencyAsync(db, cancellationToken);
        var expense = await ContractingQueries.Expenses(db, new ExpenseFilter(), currency.Code).SingleOrDefaultAsync(e => e.Id == expenseId, cancellationToken)
            ?? throw new RecordNotFoundException("Expense", expenseId);
        return expense.WithActions(guard.User);
    }

    public Task ApproveLogAsync(Guid logId, string? note, CancellationToken cancellationToken)
    {
        InputLimits.CheckReason(note, "note");
        return DecideLogsAsync([logId], DailyLogWorkflow.Definition.Approve, log => log.Approve(guard.UserName, note, Now), cancellationToken);
    }

    public Task RejectLogAsync(Guid logId, string note, CancellationToken cancellationToken)
    {
        InputLimits.CheckReason(note, "reason");
        return DecideLogsAsync([logId], DailyLogWorkflow.Definition.Reject, log => log.Reject(guard.UserName, note, Now), cancellationToken);
    }

    /// <summary>Approves several submitted logs at once; all or none.</summary>
    public Task BulkApproveLogsAsync(IReadOnlyCollection<Guid> logIds, CancellationToken cancellationToken) =>
        DecideLogsAsync(logIds, DailyLogWorkflow.Definition.Approve, log => log.Approve(guard.UserName, null, Now), cancellationToken);

    private async Task DecideLogsAsync(IReadOnlyCollection<Guid> ids, WorkflowAction<DailyLog, DailyLogStatus> action, Action<DailyLog> decide,
        CancellationToken cancellationToken)
    {
        guard.Require(action);
        RequireSome(ids);
        await contextFactory.WriteAsync(async db =>
        {
            var logs = await db.Set<DailyLog>().Where(l => ids.Contains(l.Id)).ToListAsync(cancellationToken);
            foreach (var missing in ids.Except(logs.Select(l => l.Id)))
            {
                throw new RecordNotFoundException("Daily log", missing);
            }
            foreach (var log in logs)
            {
                ExpectedVersion.Check(log, "daily log");
                decide(log);
                await notify.LogDecidedAsync(db, log.SubcontractorId, log, cancellationToken);
            }
        }, cancellationToken);
    }

    public Task ApproveExpenseAsync(Guid expenseId, string? note, CancellationToken cancellationToken)
    {
        InputLimits.CheckReason(note, "note");
        return DecideExpensesAsync([expenseId], approve: true, note, cancellationToken);
    }

    public Task RejectExpenseAsync(Guid expenseId, string note, CancellationToken cancellationToken)
    {
        InputLimits.CheckReason(note, "reason");
        return DecideExpensesAsync([expenseId], approve: false, note, cancellationToken);
    }

    public Task BulkApproveExpensesAsync(IReadOnlyCollection<Guid> expenseIds, CancellationToken cancellationToken) =>
        DecideExpensesAsync(expenseIds, approve: true, null, cancellationToken);

    private async Task DecideExpensesAsync(IReadOnlyCollection<Guid> ids, bool approve, string? note, CancellationToken cancellationToken)
    {
        guard.Require(approve ? ExpenseWorkflow.Definition.Approve : ExpenseWorkflow.Definition.Reject);
        RequireSome(ids);
        await contextFactory.WriteAsync(async db =>
        {
            var expenses = await db.Set<Expense>().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
            foreach (var missing in ids.Except(expenses.Select(e => e.Id)))
            {
                throw new RecordNotFoundException("Expense", missing);
            }
            var currency = await ContractingSupport.CurrencyAsync(db, cancellationToken);
            var today = await ContractingSupport.LocalTodayAsync(db, clock, cancellationToken);
            foreach (var expense in expenses)
            {
                ExpectedVersion.Check(expense, "expense claim");
                if (approve)
                {
                    var entry = expense.Approve(guard.UserName, note, today, Now);
                    entry.Stamp(Now, guard.UserName);
                    await LedgerPosting.PostAsync(db, entry, cancellationToken);
                }
                else
                {
                    expense.Reject(guard.UserName, note ?? "", Now);
                }
                await notify.ExpenseDecidedAsync(db, expense.SubcontractorId, expense, currency.Code, cancellationToken);
            }
        }, cancellationToken);
    }

    private static void RequireSome(IReadOnlyCollection<Guid> ids)
    {
        if (ids.Count == 0)
        {
            throw new InputValidationException("ids", "Choose at least one.");
        }
    }
}
