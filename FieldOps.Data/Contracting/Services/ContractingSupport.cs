using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Contracting.Services;

/// <summary>Small shared reads: the organization's currency and local date, and a party's ledger with its running balance.</summary>
internal static class ContractingSupport
{
    public static async Task<Platform.Currency> CurrencyAsync(FieldOpsDbContext db, CancellationToken cancellationToken)
    {
        var settings = await db.Organizations.Select(o => new { o.Settings.CurrencyCode, o.Settings.CurrencyMinorUnits }).SingleAsync(cancellationToken);
        return new Platform.Currency(settings.CurrencyCode, settings.CurrencyMinorUnits);
    }

    /// <summary>Today in the organization's time zone: a log for "today" is not in the future because the server runs on UTC.</summary>
    public static async Task<DateOnly> LocalTodayAsync(FieldOpsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var zone = await db.Organizations.Select(o => o.Settings.TimeZoneId).SingleAsync(cancellationToken);
        return Platform.OrganizationSettings.LocalDate(zone, clock.GetUtcNow().UtcDateTime);
    }

    public static async Task<LedgerView> LedgerAsync(FieldOpsDbContext db, Guid subcontractorId, CancellationToken cancellationToken)
    {
        var currency = await CurrencyAsync(db, cancellationToken);
        var entries = await db.Set<LedgerEntry>().AsNoTracking()
            .Where(e => e.PartyType == LedgerPartyType.Subcontractor && e.PartyId == subcontractorId)
            .OrderBy(e => e.EntryDate).ThenBy(e => e.CreatedAt)
            .ToListAsync(cancellationToken);
        var reversed = entries.Where(e => e.ReversesEntryId is not null).Select(e => e.ReversesEntryId!.Value).ToHashSet();
        var balance = 0m;
        var views = new List<LedgerEntryView>();
        foreach (var entry in entries)
        {
            balance += entry.EntryType switch
            {
                LedgerEntryType.Payment => entry.Amount,
                LedgerEntryType.Deduction or LedgerEntryType.Advance => -entry.Amount,
                _ => 0m,
            };
            views.Add(new LedgerEntryView(entry.Id, entry.EntryType, entry.Amount, entry.EntryDate, entry.Reference, entry.Description, entry.VoucherId,
                entry.ExpenseId, entry.ReversesEntryId, reversed.Contains(entry.Id), balance, entry.CreatedAt, entry.CreatedByName));
        }
        var summary = LedgerSummary.From(entries.Select(e => (e.EntryType, e.Amount)), currency.Code);
        // Few at a time: approved vouchers wait only until they are paid.
        var approved = await db.Set<Voucher>().Where(v => v.SubcontractorId == subcontractorId && v.Status == VoucherStatus.Approved)
            .Select(v => v.Total).ToListAsync(cancellationToken);
        return new LedgerView(views, summary, new StillOwed(approved.Sum(), approved.Count, summary.ExpensesApproved));
    }
}
