using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Platform.Numbering;
using FieldOps.Data.Platform.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Contracting.Services;

/// <summary>Payment vouchers for subcontractors' work: drafted (from approved daily logs, or by hand), submitted,
/// approved or rejected, and paid — paying records the ledger payment in the same transaction.</summary>
public sealed class VoucherService(
    IDbContextFactory<FieldOpsDbContext> contextFactory,
    ContractingGuard guard,
    ContractingNotifications notify,
    TimeProvider clock,
    IValidator<VoucherInput> validator,
    IValidator<VoucherLinesInput> linesValidator,
    IValidator<VoucherPaymentInput> paymentValidator)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<ListPage<VoucherSummary>> ListAsync(VoucherFilter filter, ListRequest request, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = ContractingQueries.Vouchers(db, filter);
        return new ListPage<VoucherSummary>(await query.Skip(request.SafeSkip).Take(request.SafeTake).ToListAsync(cancellationToken),
            await query.CountAsync(cancellationToken));
    }

    /// <summary>Every matching voucher, streamed (for exports).</summary>
    public async IAsyncEnumerable<VoucherSummary> StreamAsync(VoucherFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await foreach (var voucher in ContractingQueries.Vouchers(db, filter).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return voucher;
        }
    }

    public async Task<VoucherView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var voucher = await db.Set<Voucher>().Include(v => v.Lines).AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, cancellationToken)
            ?? throw new RecordNotFoundException("Voucher", id);
        return await ToViewAsync(db, voucher, cancellationToken);
    }

    /// <summary>Drafts a voucher for a period. Without lines, one line is drafted per approved daily log of the
    /// subcontractor in the period: workers × the company's daily rate.</summary>
    public async Task<VoucherView> CreateAsync(VoucherInput input, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        var id = await contextFactory.WriteAsync(async db =>
        {
            var company = await db.Set<Subcontractor>().SingleOrDefaultAsync(s => s.Id == input.SubcontractorId, cancellationToken)
                ?? throw new InputValidationException("subcontractorId", "Choose one of your subcontractors.");
            if (input.ProjectId is not null && !await db.Set<Project>().AnyAsync(p => p.Id == input.ProjectId, cancellationToken))
            {
                throw new InputValidationException("projectId", "Choose one of your projects, or none.");
            }
            var currency = await ContractingSupport.CurrencyAsync(db, cancellationToken);
            var number = await DocumentNumbers.NextAsync(db, "PV", input.PeriodEnd!.Value.Year, cancellationToken);
            var voucher = new Voucher(number, company, input.ProjectId, input.PeriodStart!.Value, input.PeriodEnd.Value, currency, input.Notes);
            var lines = input.Lines?.Select(ToDraft).ToList() ?? await LinesFromLogsAsync(db, company, input, cancellationToken);
            db.AddRange(voucher.ReplaceLines(lines));
            db.Add(voucher);
            return voucher.Id;
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    private static async Task<List<VoucherLineDraft>> LinesFromLogsAsync(FieldOpsDbContext db, Subcontractor company, VoucherInput input,
        CancellationToken cancellationToken)
    {
        var logs = await db.Set<DailyLog>()
            .Where(l => l.SubcontractorId == company.Id && l.Status == DailyLogStatus.Approved && l.WorkersCount > 0
                && l.LogDate >= input.PeriodStart && l.LogDate <= input.PeriodEnd && (input.ProjectId == null || l.ProjectId == input.ProjectId))
            .OrderBy(l => l.LogDate)
            .ToListAsync(cancellationToken);
        return logs.Select(l => new VoucherLineDraft($"{l.LogDate:ddd d MMM}: {Short(l.WorkSummary)}", l.WorkersCount, "worker-days",
            company.DailyRate ?? 0m)).ToList();
    }

    public async Task<VoucherView> ReplaceLinesAsync(Guid id, VoucherLinesInput input, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await linesValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(id, (db, voucher) =>
        {
            db.RemoveRange(voucher.ReplaceLines(input.Lines.Select(ToDraft)));
            return false;
        }, cancellationToken);
    }

    public Task<VoucherView> SubmitAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, (_, voucher) =>
        {
            voucher.Submit(Now);
            return true;
        }, cancellationToken);

    public Task<VoucherView> ApproveAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, (_, voucher) =>
        {
            voucher.Approve(guard.UserName, Now);
            return true;
        }, cancellationToken);

    public Task<VoucherView> RejectAsync(Guid id, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(id, (_, voucher) =>
        {
            voucher.Reject(reason);
            return true;
        }, cancellationToken);

    public Task<VoucherView> ReopenAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, (_, voucher) =>
        {
            voucher.Reopen();
            return true;
        }, cancellationToken);

    /// <summary>Pays an approved voucher and records the payment in the ledger, once: a second payment of the same
    /// voucher (even at the same moment) is refused.</summary>
    public async Task<VoucherView> PayAsync(Guid id, VoucherPaymentInput input, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await paymentValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(id, (db, voucher) =>
        {
            var entry = voucher.Pay(input.PaidOn!.Value, input.Method!.Value, input.Reference);
            entry.Stamp(Now, guard.UserName);
            db.Add(entry);
            return true;
        }, cancellationToken);
    }

    private async Task<VoucherView> ChangeAsync(Guid id, Func<FieldOpsDbContext, Voucher, bool> change, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await contextFactory.WriteAsync(async db =>
        {
            var voucher = await db.Set<Voucher>().Include(v => v.Lines).SingleOrDefaultAsync(v => v.Id == id, cancellationToken)
                ?? throw new RecordNotFoundException("Voucher", id);
            if (change(db, voucher))
            {
                await notify.VoucherChangedAsync(db, voucher, cancellationToken);
            }
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>The organization's name and letterhead, for the voucher PDF (admins and contractors).</summary>
    public async Task<(string Name, OrganizationSettings Settings)> LetterheadAsync(CancellationToken cancellationToken)
    {
        guard.RequireModule();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var organization = await db.Organizations.AsNoTracking().Select(o => new { o.Name, o.Settings }).SingleAsync(cancellationToken);
        return (organization.Name, organization.Settings);
    }

    internal static async Task<VoucherView> ToViewAsync(FieldOpsDbContext db, Voucher voucher, CancellationToken cancellationToken)
    {
        var company = await db.Set<Subcontractor>().Where(s => s.Id == voucher.SubcontractorId)
            .Select(s => new { s.CompanyName, s.TradeType }).SingleAsync(cancellationToken);
        var project = voucher.ProjectId is null
            ? null
            : await db.Set<Project>().Where(p => p.Id == voucher.ProjectId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
        return new VoucherView(voucher.Id, voucher.Number, voucher.SubcontractorId, company.CompanyName, company.TradeType, voucher.ProjectId, project,
            voucher.PeriodStart, voucher.PeriodEnd, voucher.Status,
            voucher.Lines.OrderBy(l => l.Position).Select(l => new VoucherLineView(l.Position, l.Description, l.Quantity, l.Unit, l.Rate, l.Amount)).ToList(),
            voucher.Total, voucher.CurrencyCode, voucher.CurrencyMinorUnits, voucher.Notes, voucher.CreatedAt, voucher.SubmittedAt, voucher.ApprovedByName,
            voucher.ApprovedAt, voucher.RejectionReason, voucher.PaidOn, voucher.PaymentMethod, voucher.PaymentReference);
    }

    private static VoucherLineDraft ToDraft(VoucherLineInput line) => new(line.Description, line.Quantity!.Value, line.Unit, line.Rate!.Value);

    private static string Short(string text) => text.Length <= 80 ? text : text[..77] + "…";
}

/// <summary>A subcontractor's ledger for the admin: manual deductions and advances, reversals, running balance.</summary>
public sealed class LedgerService(
    IDbContextFactory<FieldOpsDbContext> contextFactory,
    ContractingGuard guard,
    ContractingNotifications notify,
    TimeProvider clock,
    IValidator<LedgerEntryInput> validator)
{
    public async Task<LedgerView> LedgerAsync(Guid subcontractorId, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<Subcontractor>().AnyAsync(s => s.Id == subcontractorId, cancellationToken))
        {
            throw new RecordNotFoundException("Subcontractor", subcontractorId);
        }
        return await ContractingSupport.LedgerAsync(db, subcontractorId, cancellationToken);
    }

    public async Task<LedgerView> AddEntryAsync(Guid subcontractorId, LedgerEntryInput input, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        await contextFactory.WriteAsync(async db =>
        {
            if (!await db.Set<Subcontractor>().AnyAsync(s => s.Id == subcontractorId, cancellationToken))
            {
                throw new RecordNotFoundException("Subcontractor", subcontractorId);
            }
            var currency = await ContractingSupport.CurrencyAsync(db, cancellationToken);
            var entry = LedgerEntry.Manual(subcontractorId, input.EntryType!.Value, currency.Round(input.Amount!.Value), input.EntryDate!.Value,
                input.Reference, input.Description);
            entry.Stamp(clock.GetUtcNow().UtcDateTime, guard.UserName);
            db.Add(entry);
            await notify.LedgerEntryAsync(db, entry, currency.Code, cancellationToken);
        }, cancellationToken);
        return await LedgerAsync(subcontractorId, cancellationToken);
    }

    public async Task<LedgerView> ReverseAsync(Guid entryId, string reason, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        var partyId = await contextFactory.WriteAsync(async db =>
        {
            var entry = await db.Set<LedgerEntry>().SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken)
                ?? throw new RecordNotFoundException("Ledger entry", entryId);
            if (await db.Set<LedgerEntry>().AnyAsync(e => e.ReversesEntryId == entryId, cancellationToken))
            {
                throw new BusinessRuleException("This entry has already been reversed.");
            }
            if (entry.VoucherId is not null || entry.ExpenseId is not null)
            {
                throw new BusinessRuleException("Payments and expense entries follow their voucher or claim; correct those with a deduction instead.");
            }
            var reversal = entry.Reverse(await ContractingSupport.LocalTodayAsync(db, clock, cancellationToken), reason);
            reversal.Stamp(clock.GetUtcNow().UtcDateTime, guard.UserName);
            db.Add(reversal);
            return entry.PartyId;
        }, cancellationToken);
        return await LedgerAsync(partyId, cancellationToken);
    }
}

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
        var logs = await ContractingQueries.Logs(db, new DailyLogFilter(DailyLogStatus.Submitted)).Take(50).ToListAsync(cancellationToken);
        var expenses = await ContractingQueries.Expenses(db, new ExpenseFilter(ExpenseStatus.Pending), currency.Code).Take(50).ToListAsync(cancellationToken);
        return new ContractingAdminDashboard(counts.Logs, counts.Expenses, counts.ToApprove, counts.ToPay, logs, expenses, currency.Code);
    }
}
