using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Platform.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Contracting.Services;

/// <summary>A subcontractor's ledger for the admin: manual deductions and advances, reversals, running balance.</summary>
public sealed class LedgerService(
    IDbContextFactory<FieldOpsDbContext> contextFactory,
    ContractingGuard guard,
    ContractingNotifications notify,
    TimeProvider clock,
    IValidator<LedgerEntryInput> validator)
{
    public Task<LedgerView> LedgerAsync(Guid subcontractorId, CancellationToken cancellationToken) =>
        LedgerAsync(subcontractorId, ContractingSupport.FirstLedgerPage, cancellationToken);

    /// <summary>A page of a subcontractor's ledger, newest first.</summary>
    public async Task<LedgerView> LedgerAsync(Guid subcontractorId, ListRequest page, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<Subcontractor>().AnyAsync(s => s.Id == subcontractorId, cancellationToken))
        {
            throw new RecordNotFoundException("Subcontractor", subcontractorId);
        }
        return await ContractingSupport.LedgerAsync(db, subcontractorId, page, cancellationToken);
    }

    /// <summary>A subcontractor's whole ledger in posting order, streamed (for exports).</summary>
    public async IAsyncEnumerable<LedgerEntryView> StreamLedgerAsync(Guid subcontractorId,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<Subcontractor>().AnyAsync(s => s.Id == subcontractorId, cancellationToken))
        {
            throw new RecordNotFoundException("Subcontractor", subcontractorId);
        }
        await foreach (var entry in ContractingSupport.Stream(db, subcontractorId).WithCancellation(cancellationToken))
        {
            yield return entry;
        }
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
            if (InputLimits.WhyNotAPastDate(input.EntryDate!.Value, await ContractingSupport.LocalTodayAsync(db, clock, cancellationToken), "entry date")
                is { } problem)
            {
                throw new InputValidationException("entryDate", problem);
            }
            var currency = await ContractingSupport.CurrencyAsync(db, cancellationToken);
            var entry = LedgerEntry.Manual(subcontractorId, input.EntryType!.Value, currency.Round(input.Amount!.Value), input.EntryDate!.Value,
                input.Reference, input.Description);
            entry.Stamp(clock.GetUtcNow().UtcDateTime, guard.UserName);
            await LedgerPosting.PostAsync(db, entry, cancellationToken);
            await notify.LedgerEntryAsync(db, entry, currency.Code, cancellationToken);
        }, cancellationToken);
        return await LedgerAsync(subcontractorId, cancellationToken);
    }

    public async Task<LedgerView> ReverseAsync(Guid entryId, string reason, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        InputLimits.CheckReason(reason);
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
            await LedgerPosting.PostAsync(db, reversal, cancellationToken);
            return entry.PartyId;
        }, cancellationToken);
        return await LedgerAsync(partyId, cancellationToken);
    }
}
