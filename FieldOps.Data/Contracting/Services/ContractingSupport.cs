using FieldOps.Data.Platform.Lists;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Contracting.Services;

/// <summary>Small shared reads: the organization's currency and local date, and a party's ledger with its running balance.</summary>
internal static class ContractingSupport
{
    public static async Task<Platform.Currency> CurrencyAsync(FieldOpsDbContext db, CancellationToken cancellationToken)
    {
        return (await db.OrganizationAsync(cancellationToken)).Currency;
    }

    /// <summary>Today in the organization's time zone: a log for "today" is not in the future because the server runs on UTC.</summary>
    public static async Task<DateOnly> LocalTodayAsync(FieldOpsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        return (await db.OrganizationAsync(cancellationToken)).Today(clock);
    }

    /// <summary>The first page a ledger shows: its latest entries.</summary>
    public static readonly ListRequest FirstLedgerPage = new(0, 50);

    /// <summary>One page of a party's ledger, newest first, each entry with the balance due after it. The entries are
    /// posted with their running totals, so page 500 costs what page 1 does, and the summary is read from the latest
    /// entry instead of adding up the whole ledger.</summary>
    public static async Task<LedgerView> LedgerAsync(FieldOpsDbContext db, Guid subcontractorId, ListRequest page, CancellationToken cancellationToken)
    {
        var currency = await CurrencyAsync(db, cancellationToken);
        var latest = await Latest(db, subcontractorId).FirstOrDefaultAsync(cancellationToken);
        // A party's entries are numbered 1, 2, 3… without gaps, so the page is a range of numbers read from the unique
        // (party, sequence) index: page 5,000 costs what page 1 does, and each entry carries its balance after it.
        var newest = (latest?.Sequence ?? 0) - Math.Max(0L, page.Skip);
        var oldest = newest - page.SafeTake;
        var entries = await Party(db, subcontractorId)
            .Where(e => e.Sequence <= newest && e.Sequence > oldest)
            .OrderByDescending(e => e.Sequence)
            .Select(e => new LedgerEntryView(e.Id, e.EntryType, e.Amount, e.EntryDate, e.Reference, e.Description, e.VoucherId, e.ExpenseId,
                e.ReversesEntryId, db.Set<LedgerEntry>().Any(r => r.ReversesEntryId == e.Id), e.BalanceAfter, e.CreatedAt, e.CreatedByName))
            .ToListAsync(cancellationToken);
        var summary = latest?.SummaryAfter(currency.Code) ?? LedgerSummary.Empty(currency.Code);
        return new LedgerView(entries, summary, await StillOwedAsync(db, subcontractorId, summary, cancellationToken), (int)(latest?.Sequence ?? 0));
    }

    /// <summary>A party's totals, from its latest entry.</summary>
    public static async Task<LedgerSummary> SummaryAsync(FieldOpsDbContext db, Guid subcontractorId, CancellationToken cancellationToken)
    {
        var currency = await CurrencyAsync(db, cancellationToken);
        var latest = await Latest(db, subcontractorId).FirstOrDefaultAsync(cancellationToken);
        return latest?.SummaryAfter(currency.Code) ?? LedgerSummary.Empty(currency.Code);
    }

    /// <summary>Every entry of a party's ledger in posting order, streamed (for exports).</summary>
    public static IAsyncEnumerable<LedgerEntryView> Stream(FieldOpsDbContext db, Guid subcontractorId) =>
        Party(db, subcontractorId)
            .OrderBy(e => e.Sequence)
            .Select(e => new LedgerEntryView(e.Id, e.EntryType, e.Amount, e.EntryDate, e.Reference, e.Description, e.VoucherId, e.ExpenseId,
                e.ReversesEntryId, db.Set<LedgerEntry>().Any(r => r.ReversesEntryId == e.Id), e.BalanceAfter, e.CreatedAt, e.CreatedByName))
            .AsAsyncEnumerable();

    public static async Task<StillOwed> StillOwedAsync(FieldOpsDbContext db, Guid subcontractorId, LedgerSummary summary, CancellationToken cancellationToken)
    {
        // Approved vouchers waiting for payment, from the summary row: one row however long the backlog.
        var approved = await ContractingQueries.Counts(db, ContractingRecord.Voucher, nameof(VoucherStatus.Approved), subcontractorId)
            .Select(c => new { c.Count, c.AmountTenThousandths }).FirstOrDefaultAsync(cancellationToken);
        return new StillOwed(Platform.Summaries.ExactAmounts.FromTenThousandths(approved?.AmountTenThousandths ?? 0), approved?.Count ?? 0, summary.ExpensesApproved);
    }

    private static IQueryable<LedgerEntry> Party(FieldOpsDbContext db, Guid subcontractorId) =>
        db.Set<LedgerEntry>().AsNoTracking().Where(e => e.PartyType == LedgerPartyType.Subcontractor && e.PartyId == subcontractorId);

    private static IQueryable<LedgerEntry> Latest(FieldOpsDbContext db, Guid subcontractorId) =>
        Party(db, subcontractorId).OrderByDescending(e => e.Sequence).Take(1);
}
