using FieldOps.Data.Platform;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Maintenance;

/// <summary>
/// Gives requests completed before <see cref="MaintenanceRequest.CompletedOn"/> was kept their day in their firm's
/// calendar. Neither engine's SQL can convert to every firm's time zone, so the upgrade does it here, once, at start-up;
/// the completion-month triggers then count each request as its day is set. A partial index holds only the requests
/// still without one, so on every later start the check reads an empty index.
/// </summary>
public static class CompletionDays
{
    private const int Batch = 500;

    /// <summary>Sets the missing days; returns how many requests it gave one.</summary>
    public static async Task<int> FillMissingAsync(FieldOpsDbContext db, CancellationToken cancellationToken)
    {
        var filled = 0;
        Dictionary<Guid, string>? zones = null;
        while (true)
        {
            var missing = await db.Set<MaintenanceRequest>().IgnoreQueryFilters().AsNoTracking()
                .Where(r => r.CompletedAt != null && r.CompletedOn == null)
                .OrderBy(r => r.Id).Take(Batch)
                .Select(r => new { r.Id, r.OrganizationId, CompletedAt = r.CompletedAt!.Value })
                .ToListAsync(cancellationToken);
            if (missing.Count == 0)
            {
                return filled;
            }
            zones ??= await db.Organizations.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Settings.TimeZoneId, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var request in missing)
            {
                var day = DateOnly.FromDateTime(OrganizationTime.ToLocal(request.CompletedAt, zones[request.OrganizationId]));
                await db.Set<MaintenanceRequest>().IgnoreQueryFilters().Where(r => r.Id == request.Id)
                    .ExecuteUpdateAsync(set => set.SetProperty(r => r.CompletedOn, day), cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            filled += missing.Count;
        }
    }
}
