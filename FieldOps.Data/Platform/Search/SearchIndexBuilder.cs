using FieldOps.Data.Workshop;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FieldOps.Data.Platform.Search;

/// <summary>
/// Indexes the records that were saved before search terms existed (an upgraded database, or one filled by the bulk
/// scale generator): at start-up, when no term is stored but there are records to find. Records saved since keep
/// their own terms in the same transaction as the change.
/// </summary>
public static class SearchIndexBuilder
{
    private const int Batch = 5_000;

    public static async Task EnsureAsync(FieldOpsDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        if (await db.Set<SearchTerm>().IgnoreQueryFilters().AnyAsync(cancellationToken)
            || !await db.Set<Job>().IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return;
        }
        logger.LogInformation("Building the search index of existing vehicles and jobs");
        var vehicles = await db.Set<Vehicle>().IgnoreQueryFilters().AsNoTracking()
            .Select(v => new { v.Id, v.OrganizationId, v.RegistrationNumber, v.OwnerName }).ToListAsync(cancellationToken);
        var jobs = await db.Set<Job>().IgnoreQueryFilters().AsNoTracking()
            .Select(j => new { j.Id, j.OrganizationId, j.Number }).ToListAsync(cancellationToken);
        var records = vehicles.Select(v => (v.Id, v.OrganizationId, Terms: Vehicle.SearchTermsOf(v.RegistrationNumber, v.OwnerName)))
            .Concat(jobs.Select(j => (j.Id, j.OrganizationId, Terms: Job.SearchTermsOf(j.Number))));
        foreach (var chunk in records.Chunk(Batch))
        {
            db.AddRange(chunk.SelectMany(r => r.Terms.Select(t => new SearchTerm(t, r.Id, r.OrganizationId))));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
