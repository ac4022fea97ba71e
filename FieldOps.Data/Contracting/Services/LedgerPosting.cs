using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Contracting.Services;

/// <summary>
/// Every ledger entry is posted here: placed after its party's last entry with the running totals carried forward,
/// then added to the unit of work. Two postings at the same moment compute the same place; the database's unique
/// (party, sequence) refuses the second, and the unit of work runs again on fresh data.
/// </summary>
internal static class LedgerPosting
{
    public static async Task PostAsync(FieldOpsDbContext db, LedgerEntry entry, CancellationToken cancellationToken)
    {
        // An entry posted earlier in this same unit (a bulk approval) comes first; else the last one saved.
        var previous = db.ChangeTracker.Entries<LedgerEntry>()
            .Where(e => e.State == EntityState.Added && e.Entity.PartyType == entry.PartyType && e.Entity.PartyId == entry.PartyId && e.Entity.Sequence > 0)
            .Select(e => e.Entity)
            .MaxBy(e => e.Sequence)
            // The party's place in line is the same whoever posts: read past the organization filter (a party belongs to
            // one organization, and the entry is only read for its sequence and totals).
            ?? await db.Set<LedgerEntry>().AsNoTracking().IgnoreQueryFilters()
                .Where(e => e.PartyType == entry.PartyType && e.PartyId == entry.PartyId)
                .OrderByDescending(e => e.Sequence)
                .FirstOrDefaultAsync(cancellationToken);
        entry.Post(previous);
        db.Add(entry);
    }
}
