using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Platform.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Contracting.Services;

/// <summary>
/// The contractor's portal. Everything is resolved through the subcontractor linked to the signed-in user: daily
/// logs and expenses are filed for that company whatever the request says, and vouchers and ledger are that
/// company's. With no company linked, lists are empty and the workspace says so.
/// </summary>
public sealed class ContractorPortalService(
    IDbContextFactory<FieldOpsDbContext> contextFactory,
    ContractingGuard guard,
    ContractingNotifications notify,
    TimeProvider clock,
    IValidator<DailyLogInput> logValidator,
    IValidator<ExpenseInput> expenseValidator)
{
    private const string NotLinked = "Your account is not linked to a subcontractor company yet. Ask your admin to link it; until then there is nothing to show.";

    public async Task<WorkspaceView> WorkspaceAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var company = await guard.MySubcontractorAsync(db, cancellationToken);
        var currency = await ContractingSupport.CurrencyAsync(db, cancellationToken);
        var projects = await ActiveProjectsAsync(db, cancellationToken);
        var today = await ContractingSupport.LocalTodayAsync(db, clock, cancellationToken);
        if (company is null)
        {
            return new WorkspaceView(false, NotLinked, null, LedgerSummary.Empty(currency.Code), [], null, projects, today, StillOwed.Nothing);
        }
        var summary = await ContractingSupport.SummaryAsync(db, company.Id, cancellationToken);
        var logs = await db.Set<DailyLog>().Where(l => l.SubcontractorId == company.Id).OrderByDescending(l => l.CreatedAt).Take(5)
            .Select(l => new { l.LogDate, l.Status, l.CreatedAt, l.UpdatedAt, l.ProjectId }).ToListAsync(cancellationToken);
        var expenses = await db.Set<Expense>().Where(e => e.SubcontractorId == company.Id).OrderByDescending(e => e.CreatedAt).Take(5)
            .Select(e => new { e.Category, e.Amount, e.Status, e.CreatedAt, e.UpdatedAt }).ToListAsync(cancellationToken);
        // A voucher the contractor can see has been submitted, so it has been updated: its last change is UpdatedAt.
        var vouchers = await db.Set<Voucher>().Where(v => v.SubcontractorId == company.Id && v.Status != VoucherStatus.Draft)
            .OrderByDescending(v => v.UpdatedAt).Take(5)
            .Select(v => new { v.Number, v.Status, v.Total, At = v.UpdatedAt ?? v.CreatedAt }).ToListAsync(cancellationToken);
        var activity = logs.Select(l => new ActivityItem("daily_log", $"Daily log for {l.LogDate:ddd d MMM}", l.Status.ToString(), l.UpdatedAt ?? l.CreatedAt, "/contracting/logs"))
            .Concat(expenses.Select(e => new ActivityItem("expense", $"{e.Category} claim: {currency.Format(e.Amount)}", e.Status.ToString(), e.UpdatedAt ?? e.CreatedAt, "/contracting/expenses")))
            .Concat(vouchers.Select(v => new ActivityItem("voucher", $"Voucher {v.Number}: {currency.Format(v.Total)}", v.Status.ToString(), v.At, "/contracting/vouchers")))
            .OrderByDescending(a => a.At).Take(5).ToList();
        return new WorkspaceView(true, null, await ViewAsync(db, company, cancellationToken), summary, activity, logs.FirstOrDefault()?.ProjectId, projects, today,
            await ContractingSupport.StillOwedAsync(db, company.Id, summary, cancellationToken));
    }

    public async Task<DailyLogView> SubmitLogAsync(DailyLogInput input, CancellationToken cancellationToken)
    {
        guard.RequireContractor();
        await logValidator.ValidateAndThrowAsync(input, cancellationToken);
        var id = await contextFactory.WriteAsync(async db =>
        {
            var company = await RequireCompanyAsync(db, cancellationToken);
            var today = await ContractingSupport.LocalTodayAsync(db, clock, cancellationToken);
            if (input.LogDate > today)
            {
                throw new InputValidationException("logDate", "A daily log records work already done: the date cannot be in the future.");
            }
            if (InputLimits.WhyNotAPastDate(input.LogDate!.Value, today, "date of the work") is { } tooOld)
            {
                throw new InputValidationException("logDate", tooOld);
            }
            await EnsureProjectAsync(db, input.ProjectId, cancellationToken);
            var log = new DailyLog(company.Id, input.ProjectId, input.LogDate!.Value, input.WorkSummary, input.WorkersCount ?? 0);
            db.Add(log);
            await notify.NewLogAsync(db, company, log, cancellationToken);
            return log.Id;
        }, cancellationToken);
        await using var read = await contextFactory.CreateDbContextAsync(cancellationToken);
        return (await ContractingQueries.Logs(read, new DailyLogFilter()).SingleAsync(l => l.Id == id, cancellationToken)).WithActions(guard.User);
    }

    public async Task<ListPage<DailyLogView>> LogsAsync(ListRequest request, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var company = await guard.MySubcontractorAsync(db, cancellationToken);
        if (company is null)
        {
            return new ListPage<DailyLogView>([], 0);
        }
        var query = ContractingQueries.Logs(db, new DailyLogFilter(SubcontractorId: company.Id));
        return ListPage<DailyLogView>.Of((await query.Skip(request.SafeSkip).Take(request.SafeTake).ToListAsync(cancellationToken))
                .WithActions(ContractingActions.WithActions, guard.User),
                await ContractingQueries.LogTotalAsync(db, new DailyLogFilter(SubcontractorId: company.Id), cancellationToken));
    }

    /// <summary>One of the company's daily logs; another company's is reported as not found.</summary>
    public async Task<DailyLogView> LogAsync(Guid logId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var company = await guard.MySubcontractorAsync(db, cancellationToken);
        var log = await ContractingQueries.Logs(db, new DailyLogFilter(SubcontractorId: company?.Id ?? Guid.Empty))
            .SingleOrDefaultAsync(l => l.Id == logId, cancellationToken) ?? throw new RecordNotFoundException("Daily log", logId);
        return log.WithActions(guard.User);
    }

    /// <summary>One of the company's expense claims; another company's is reported as not found.</summary>
    public async Task<ExpenseView> ExpenseAsync(Guid expenseId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var company = await guard.MySubcontractorAsync(db, cancellationToken);
        var currency = await ContractingSupport.CurrencyAsync(db, cancellationToken);
        var expense = await ContractingQueries.Expenses(db, new ExpenseFilter(SubcontractorId: company?.Id ?? Guid.Empty), currency.Code)
            .SingleOrDefaultAsync(e => e.Id == expenseId, cancellationToken) ?? throw new RecordNotFoundException("Expense", expenseId);
        return expense.WithActions(guard.User);
    }

    public async Task<ExpenseView> SubmitExpenseAsync(ExpenseInput input, CancellationToken cancellationToken)
    {
        guard.RequireContractor();
        await expenseValidator.ValidateAndThrowAsync(input, cancellationToken);
        var id = await contextFactory.WriteAsync(async db =>
        {
            var company = await RequireCompanyAsync(db, cancellationToken);
            if (InputLimits.WhyNotAPastDate(input.ExpenseDate!.Value, await ContractingSupport.LocalTodayAsync(db, clock, cancellationToken),
                    "expense date") is { } problem)
            {
                throw new InputValidationException("expenseDate", problem);
            }
            await EnsureProjectAsync(db, input.ProjectId, cancellationToken);
            var currency = await ContractingSupport.CurrencyAsync(db, cancellationToken);
            var expense = new Expense(company.Id, input.ProjectId, input.Category!.Value, currency.Round(input.Amount!.Value), input.ExpenseDate!.Value, input.Description);
            db.Add(expense);
            await notify.NewExpenseAsync(db, company, expense, currency.Code, cancellationToken);
            return expense.Id;
        }, cancellationToken);
        await using var read = await contextFactory.CreateDbContextAsync(cancellationToken);
        var code = (await ContractingSupport.CurrencyAsync(read, cancellationToken)).Code;
        return (await ContractingQueries.Expenses(read, new ExpenseFilter(), code).SingleAsync(e => e.Id == id, cancellationToken)).WithActions(guard.User);
    }

    public async Task<ListPage<ExpenseView>> ExpensesAsync(ListRequest request, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var company = await guard.MySubcontractorAsync(db, cancellationToken);
        if (company is null)
        {
            return new ListPage<ExpenseView>([], 0);
        }
        var currency = await ContractingSupport.CurrencyAsync(db, cancellationToken);
        var query = ContractingQueries.Expenses(db, new ExpenseFilter(SubcontractorId: company.Id), currency.Code);
        return ListPage<ExpenseView>.Of((await query.Skip(request.SafeSkip).Take(request.SafeTake).ToListAsync(cancellationToken))
                .WithActions(ContractingActions.WithActions, guard.User),
                await ContractingQueries.ExpenseTotalAsync(db, new ExpenseFilter(SubcontractorId: company.Id), cancellationToken));
    }

    public async Task<IReadOnlyList<MaterialView>> MaterialsAsync(CancellationToken cancellationToken)
    {
        guard.RequireContractor();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await MaterialService.ListQuery(db).ToListAsync(cancellationToken);
    }

    /// <summary>A page of the company's vouchers, latest period first; empty when no company is linked.</summary>
    public async Task<ListPage<VoucherSummary>> VouchersAsync(ListRequest page, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var company = await guard.MySubcontractorAsync(db, cancellationToken);
        if (company is null)
        {
            return new ListPage<VoucherSummary>([], 0);
        }
        var vouchers = ContractingQueries.Vouchers(db, new VoucherFilter(SubcontractorId: company.Id));
        return ListPage<VoucherSummary>.Of((await vouchers.Skip(page.SafeSkip).Take(page.SafeTake).ToListAsync(cancellationToken))
                .WithActions(ContractingActions.WithActions, guard.User),
                await ContractingQueries.VoucherTotalAsync(db, new VoucherFilter(SubcontractorId: company.Id), cancellationToken));
    }

    /// <summary>One of the contractor's vouchers; another company's is reported as not found.</summary>
    public async Task<VoucherView> VoucherAsync(Guid voucherId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var company = await guard.MySubcontractorAsync(db, cancellationToken);
        var voucher = await db.Set<Voucher>().Include(v => v.Lines).AsNoTracking()
            .SingleOrDefaultAsync(v => v.Id == voucherId && company != null && v.SubcontractorId == company.Id, cancellationToken)
            ?? throw new RecordNotFoundException("Voucher", voucherId);
        return (await VoucherService.ToViewAsync(db, voucher, cancellationToken)).WithActions(guard.User);
    }

    public Task<LedgerView> LedgerAsync(CancellationToken cancellationToken) => LedgerAsync(ContractingSupport.FirstLedgerPage, cancellationToken);

    /// <summary>A page of the company's ledger, newest first; empty when no company is linked.</summary>
    public async Task<LedgerView> LedgerAsync(ListRequest page, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var company = await guard.MySubcontractorAsync(db, cancellationToken);
        if (company is null)
        {
            var currency = await ContractingSupport.CurrencyAsync(db, cancellationToken);
            return new LedgerView([], LedgerSummary.Empty(currency.Code), StillOwed.Nothing, 0);
        }
        return await ContractingSupport.LedgerAsync(db, company.Id, page, cancellationToken);
    }

    /// <summary>The company's whole ledger in posting order, streamed (for exports); nothing when no company is linked.</summary>
    public async IAsyncEnumerable<LedgerEntryView> StreamLedgerAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var company = await guard.MySubcontractorAsync(db, cancellationToken);
        if (company is null)
        {
            yield break;
        }
        await foreach (var entry in ContractingSupport.Stream(db, company.Id).WithCancellation(cancellationToken))
        {
            yield return entry;
        }
    }

    public async Task<IReadOnlyList<ProjectView>> ProjectsAsync(CancellationToken cancellationToken)
    {
        guard.RequireContractor();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await ActiveProjectsAsync(db, cancellationToken);
    }

    private static Task<List<ProjectView>> ActiveProjectsAsync(FieldOpsDbContext db, CancellationToken cancellationToken) =>
        db.Set<Project>().Where(p => p.IsActive).OrderBy(p => p.Name)
            .Select(p => new ProjectView(p.Id, p.Code, p.Name, p.Site, p.IsActive)).ToListAsync(cancellationToken);

    private async Task<Subcontractor> RequireCompanyAsync(FieldOpsDbContext db, CancellationToken cancellationToken) =>
        await guard.MySubcontractorAsync(db, cancellationToken) ?? throw new BusinessRuleException(NotLinked);

    private static async Task EnsureProjectAsync(FieldOpsDbContext db, Guid? projectId, CancellationToken cancellationToken)
    {
        if (projectId is not null && !await db.Set<Project>().AnyAsync(p => p.Id == projectId && p.IsActive, cancellationToken))
        {
            throw new InputValidationException("projectId", "Choose one of the active projects, or none.");
        }
    }

    internal static async Task<SubcontractorView> ViewAsync(FieldOpsDbContext db, Subcontractor company, CancellationToken cancellationToken)
    {
        var user = company.UserId is null
            ? null
            : await db.Users.Where(u => u.Id == company.UserId).Select(u => new { u.Email, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        return new SubcontractorView(company.Id, company.CompanyName, company.TradeType, company.ContactPerson, company.Phone, company.Email,
            company.DailyRate, company.UserId, user?.Email, user?.DisplayName, company.IsActive);
    }
}
