using FieldOps.Data.Platform.Workflows;
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
    private static VoucherWorkflow Workflow => VoucherWorkflow.Definition;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<ListPage<VoucherSummary>> ListAsync(VoucherFilter filter, ListRequest request, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = ContractingQueries.Vouchers(db, filter);
        return ListPage<VoucherSummary>.Of((await query.Skip(request.SafeSkip).Take(request.SafeTake).ToListAsync(cancellationToken))
                .WithActions(ContractingActions.WithActions, guard.User),
                await ContractingQueries.VoucherTotalAsync(db, filter, cancellationToken));
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
        return (await ToViewAsync(db, voucher, cancellationToken)).WithActions(guard.User);
    }

    /// <summary>Today in the organization's time zone (the default period of a new voucher is the week before).</summary>
    public async Task<DateOnly> TodayAsync(CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await ContractingSupport.LocalTodayAsync(db, clock, cancellationToken);
    }

    /// <summary>What a voucher for this period would hold, before it is drafted: one line per approved daily log not
    /// yet on another voucher, and how many of the period's logs are already claimed.</summary>
    public async Task<VoucherPreview> PreviewAsync(VoucherInput input, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var draft = await DraftAsync(db, input, cancellationToken);
        var currency = await ContractingSupport.CurrencyAsync(db, cancellationToken);
        var lines = draft.Lines.Select((l, i) => new VoucherLineView(i + 1, l.Description, l.Quantity, l.Unit, l.Rate, currency.Round(l.Quantity * l.Rate)))
            .ToList();
        return new VoucherPreview(lines, lines.Sum(l => l.Amount), currency.Code, currency.MinorUnits, draft.AlreadyClaimed, draft.DailyRate);
    }

    /// <summary>Drafts a voucher for a period. Without lines, one line is drafted per approved daily log of the
    /// subcontractor in the period that no other voucher has claimed: workers × the company's daily rate. A voucher
    /// with nothing to pay is not drafted.</summary>
    public async Task<VoucherView> CreateAsync(VoucherInput input, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        var id = await contextFactory.WriteAsync(async db =>
        {
            var draft = await DraftAsync(db, input, cancellationToken);
            if (draft.Lines.Count == 0 || draft.Lines.All(l => l.Quantity * l.Rate == 0))
            {
                throw new InputValidationException("periodStart", draft.AlreadyClaimed > 0
                    ? $"Nothing left to claim in this period: its {Plural(draft.AlreadyClaimed, "approved daily log is", "approved daily logs are")} already on another voucher."
                    : draft.DailyRate is null or 0 && input.Lines is null
                        ? "Nothing to claim: set the company's rate per worker-day, or enter the lines by hand."
                        : "Nothing to claim in this period: there are no approved daily logs with workers on site.");
            }
            var currency = await ContractingSupport.CurrencyAsync(db, cancellationToken);
            var number = await DocumentNumbers.NextAsync(db, "PV", input.PeriodEnd!.Value.Year, cancellationToken);
            var voucher = new Voucher(number, draft.Company, input.ProjectId, input.PeriodStart!.Value, input.PeriodEnd.Value, currency, input.Notes);
            db.AddRange(voucher.ReplaceLines(draft.Lines));
            voucher.Claim(draft.ClaimedLogIds);
            db.Add(voucher);
            return voucher.Id;
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Deletes a draft voucher: its daily logs are free to be claimed again. The deletion stays in the
    /// voucher's history.</summary>
    public async Task DeleteAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        guard.Require(Workflow.Delete);
        InputLimits.CheckReason(reason);
        await contextFactory.WriteAsync(async db =>
        {
            var voucher = await db.Set<Voucher>().Include(v => v.Lines).Include(v => v.Claims).SingleOrDefaultAsync(v => v.Id == id, cancellationToken)
                ?? throw new RecordNotFoundException("Voucher", id);
            ExpectedVersion.Check(voucher, "voucher");
            voucher.Delete(reason);
            db.Remove(voucher);
        }, cancellationToken);
    }

    private sealed record Draft(Subcontractor Company, List<VoucherLineDraft> Lines, List<Guid> ClaimedLogIds, int AlreadyClaimed, decimal? DailyRate);

    private async Task<Draft> DraftAsync(FieldOpsDbContext db, VoucherInput input, CancellationToken cancellationToken)
    {
        var company = await db.Set<Subcontractor>().SingleOrDefaultAsync(s => s.Id == input.SubcontractorId, cancellationToken)
            ?? throw new InputValidationException("subcontractorId", "Choose one of your subcontractors.");
        if (input.ProjectId is not null && !await db.Set<Project>().AnyAsync(p => p.Id == input.ProjectId, cancellationToken))
        {
            throw new InputValidationException("projectId", "Choose one of your projects, or none.");
        }
        var today = await ContractingSupport.LocalTodayAsync(db, clock, cancellationToken);
        if (InputLimits.WhyNotAPastDate(input.PeriodStart!.Value, today, "period's first day") is { } startProblem)
        {
            throw new InputValidationException("periodStart", startProblem);
        }
        if (input.PeriodEnd!.Value > today.AddDays(7))
        {
            throw new InputValidationException("periodEnd", "The period cannot end more than a week from today.");
        }
        if (input.Lines is not null)
        {
            return new Draft(company, input.Lines.Select(ToDraft).ToList(), [], 0, company.DailyRate);
        }
        var logs = await db.Set<DailyLog>().AsNoTracking()
            .Where(l => l.SubcontractorId == company.Id && l.Status == DailyLogStatus.Approved && l.WorkersCount > 0
                && l.LogDate >= input.PeriodStart && l.LogDate <= input.PeriodEnd && (input.ProjectId == null || l.ProjectId == input.ProjectId))
            .OrderBy(l => l.LogDate)
            .Select(l => new { l.Id, l.LogDate, l.WorkSummary, l.WorkersCount, Claimed = db.Set<VoucherClaim>().Any(c => c.DailyLogId == l.Id) })
            .ToListAsync(cancellationToken);
        var unclaimed = logs.Where(l => !l.Claimed).ToList();
        return new Draft(company,
            unclaimed.Select(l => new VoucherLineDraft($"{l.LogDate:ddd d MMM}: {Short(l.WorkSummary)}", l.WorkersCount, "worker-days", company.DailyRate ?? 0m))
                .ToList(),
            unclaimed.Select(l => l.Id).ToList(), logs.Count - unclaimed.Count, company.DailyRate);
    }

    private static string Plural(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";

    public async Task<VoucherView> ReplaceLinesAsync(Guid id, VoucherLinesInput input, CancellationToken cancellationToken)
    {
        guard.Require(Workflow.EditLines);
        await linesValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(id, Workflow.EditLines, (db, voucher) =>
        {
            db.RemoveRange(voucher.ReplaceLines(input.Lines.Select(ToDraft)));
            // The new lines carry their own keys, so EF would take them for existing rows: say they are new.
            db.AddRange(voucher.Lines);
            return false;
        }, cancellationToken);
    }

    public Task<VoucherView> SubmitAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, Workflow.Submit, (_, voucher) =>
        {
            voucher.Submit(Now);
            return true;
        }, cancellationToken);

    public Task<VoucherView> ApproveAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, Workflow.Approve, async (db, voucher) =>
        {
            voucher.Approve(guard.UserId, guard.UserName, Now, await FourEyesAsync(db, cancellationToken));
            return true;
        }, cancellationToken);

    private static Task<bool> FourEyesAsync(FieldOpsDbContext db, CancellationToken cancellationToken) =>
        db.Organizations.Select(o => o.Settings.VoucherFourEyes).SingleAsync(cancellationToken);

    public Task<VoucherView> RejectAsync(Guid id, string reason, CancellationToken cancellationToken)
    {
        InputLimits.CheckReason(reason, "reason");
        return ChangeAsync(id, Workflow.Reject, (_, voucher) =>
        {
            voucher.Reject(reason);
            return true;
        }, cancellationToken);
    }

    public Task<VoucherView> ReopenAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, Workflow.Reopen, (_, voucher) =>
        {
            voucher.Reopen();
            return true;
        }, cancellationToken);

    /// <summary>Pays an approved voucher and records the payment in the ledger, once: a second payment of the same
    /// voucher (even at the same moment) is refused.</summary>
    public async Task<VoucherView> PayAsync(Guid id, VoucherPaymentInput input, CancellationToken cancellationToken)
    {
        guard.Require(Workflow.Pay);
        await paymentValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(id, Workflow.Pay, async (db, voucher) =>
        {
            var today = await ContractingSupport.LocalTodayAsync(db, clock, cancellationToken);
            if (InputLimits.WhyNotAPastDate(input.PaidOn!.Value, today, "payment date") is { } problem)
            {
                throw new InputValidationException("paidOn", problem);
            }
            var entry = voucher.Pay(input.PaidOn!.Value, input.Method!.Value, input.Reference, guard.UserId, await FourEyesAsync(db, cancellationToken));
            entry.Stamp(Now, guard.UserName);
            await LedgerPosting.PostAsync(db, entry, cancellationToken);
            return true;
        }, cancellationToken);
    }

    private Task<VoucherView> ChangeAsync(Guid id, WorkflowAction<Voucher, VoucherStatus> action, Func<FieldOpsDbContext, Voucher, bool> change,
        CancellationToken cancellationToken) =>
        ChangeAsync(id, action, (db, voucher) => Task.FromResult(change(db, voucher)), cancellationToken);

    private async Task<VoucherView> ChangeAsync(Guid id, WorkflowAction<Voucher, VoucherStatus> action, Func<FieldOpsDbContext, Voucher, Task<bool>> change,
        CancellationToken cancellationToken)
    {
        guard.Require(action);
        await contextFactory.WriteAsync(async db =>
        {
            var voucher = await db.Set<Voucher>().Include(v => v.Lines).SingleOrDefaultAsync(v => v.Id == id, cancellationToken)
                ?? throw new RecordNotFoundException("Voucher", id);
            ExpectedVersion.Check(voucher, "voucher");
            if (await change(db, voucher))
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
            voucher.ApprovedAt, voucher.RejectionReason, voucher.PaidOn, voucher.PaymentMethod, voucher.PaymentReference)
        {
            Version = voucher.Version,
        };
    }

    private static VoucherLineDraft ToDraft(VoucherLineInput line) => new(line.Description, line.Quantity!.Value, line.Unit, line.Rate!.Value);

    private static string Short(string text) => text.Length <= 80 ? text : text[..77] + "…";
}
