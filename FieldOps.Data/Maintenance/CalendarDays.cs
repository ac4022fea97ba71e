using System.Linq.Expressions;
using FieldOps.Data.Platform;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Maintenance;

/// <summary>
/// Gives requests made or completed before <see cref="MaintenanceRequest.RequestedOn"/> and
/// <see cref="MaintenanceRequest.CompletedOn"/> were kept their days in their firm's calendar. Neither engine's SQL can
/// convert to every firm's time zone, so the upgrade does it here, once, at start-up; the month triggers then count
/// each request as its day is set. Partial indexes hold only the requests still without a day, so on every later start
/// the check reads two empty indexes.
/// </summary>
public static class CalendarDays
{
    private const int Batch = 500;

    /// <summary>Sets the missing days; returns how many days it set.</summary>
    public static async Task<int> FillMissingAsync(FieldOpsDbContext db, CancellationToken cancellationToken)
    {
        var zones = new Lazy<Task<Dictionary<Guid, string>>>(() =>
            db.Organizations.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Settings.TimeZoneId, cancellationToken));
        return await FillAsync(db, r => r.RequestedOn == null, r => r.RequestedAt, r => r.RequestedOn, zones, cancellationToken)
            + await FillAsync(db, r => r.CompletedAt != null && r.CompletedOn == null, r => r.CompletedAt!.Value, r => r.CompletedOn, zones, cancellationToken);
    }

    private static async Task<int> FillAsync(FieldOpsDbContext db, Expression<Func<MaintenanceRequest, bool>> missing,
        Expression<Func<MaintenanceRequest, DateTime>> at, Expression<Func<MaintenanceRequest, DateOnly?>> day,
        Lazy<Task<Dictionary<Guid, string>>> zones, CancellationToken cancellationToken)
    {
        var filled = 0;
        var requests = db.Set<MaintenanceRequest>().IgnoreQueryFilters();
        var read = at.Compile();
        while (true)
        {
            var batch = await requests.AsNoTracking().Where(missing).OrderBy(r => r.Id).Take(Batch).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return filled;
            }
            var zoneOf = await zones.Value;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var request in batch)
            {
                DateOnly? local = DateOnly.FromDateTime(OrganizationTime.ToLocal(read(request), zoneOf[request.OrganizationId]));
                await requests.Where(r => r.Id == request.Id).ExecuteUpdateAsync(set => set.SetProperty(day, local), cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            filled += batch.Count;
        }
    }
}
