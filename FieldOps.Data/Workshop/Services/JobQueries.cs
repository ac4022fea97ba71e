using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Platform.Search;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Workshop.Services;

/// <summary>The jobs list query, shared by the jobs API, the dashboards and the export.</summary>
internal static class JobQueries
{
    public static readonly SortKeys<JobSummary> Sorts = new SortKeys<JobSummary>()
        .Add("number", j => j.Number)
        .Add("receivedAt", j => j.ReceivedAt, isDefault: true, defaultDescending: true)
        .Add("status", j => j.Status)
        .Add("registrationNumber", j => j.RegistrationNumber)
        .Add("technicianName", j => j.TechnicianName)
        .Add("operationsStream", j => j.OperationsStream);

    /// <summary>One page of the jobs the user may see that match the filter, with its total: by the cursor of the page
    /// before (newest first), or by offset in the requested order. The default order is newest first with the number
    /// breaking ties, so that cursors and offsets agree. The jobs API and the vehicle-intake dashboard both read it.</summary>
    public static async Task<ListPage<JobSummary>> PageAsync(FieldOpsDbContext db, JobFilter filter, ListRequest request, WorkshopGuard guard,
        CancellationToken cancellationToken)
    {
        filter = await PrepareAsync(db, filter, cancellationToken);
        var query = Summaries(db, guard.VisibleJobs(db), filter, guard);
        List<JobSummary> items;
        if (request.After is not null)
        {
            var (at, number) = JobCursor.Decode(request.After);
            items = await query.Where(j => j.ReceivedAt <= at && (j.ReceivedAt < at || string.Compare(j.Number, number) < 0))
                .OrderByDescending(j => j.ReceivedAt).ThenByDescending(j => j.Number).Take(request.SafeTake).ToListAsync(cancellationToken);
        }
        else if (request.SortBy is null && request.SafeSkip > 0)
        {
            // A deeper page in the default order: the page's jobs are found from the index alone (number and id are
            // in it), and only they are read in full, so the skipped jobs cost an index entry each, not a row, a
            // vehicle and a technician.
            var pageIds = Filter(db, guard.VisibleJobs(db), filter, guard)
                .OrderByDescending(j => j.ReceivedAt).ThenByDescending(j => j.Number)
                .Skip(request.SafeSkip).Take(request.SafeTake).Select(j => j.Id);
            items = await Project(db, guard.VisibleJobs(db).Where(j => pageIds.Contains(j.Id)))
                .OrderByDescending(j => j.ReceivedAt).ThenByDescending(j => j.Number).ToListAsync(cancellationToken);
        }
        else
        {
            var ordered = request.SortBy is null
                ? query.OrderByDescending(j => j.ReceivedAt).ThenByDescending(j => j.Number)
                : Sorts.Apply(query, request);
            items = await ordered.Skip(request.SafeSkip).Take(request.SafeTake).ToListAsync(cancellationToken);
        }
        var next = request.SortBy is null && items.Count == request.SafeTake ? JobCursor.Encode(items[^1]) : null;
        return ListPage<JobSummary>.Of(items, await TotalAsync(db, filter, guard, cancellationToken), next);
    }

    public static IQueryable<JobSummary> Summaries(FieldOpsDbContext db, IQueryable<Job> jobs, JobFilter filter, WorkshopGuard guard) =>
        Project(db, Filter(db, jobs, filter, guard));

    /// <summary>The jobs matching the filter, without the names the list shows: what the list's count reads. A search
    /// finds jobs by a word prefix of their number, or of their vehicle's registration or owner, through the search
    /// index (no row's text is read).</summary>
    public static IQueryable<Job> Filter(FieldOpsDbContext db, IQueryable<Job> jobs, JobFilter filter, WorkshopGuard guard)
    {
        if (filter.Status is not null)
        {
            jobs = jobs.Where(j => j.Status == filter.Status);
        }
        if (filter.Stream is not null)
        {
            jobs = jobs.Where(j => j.OperationsStream == filter.Stream);
        }
        if (filter.TechnicianId is not null)
        {
            jobs = jobs.Where(j => j.TechnicianId == filter.TechnicianId);
        }
        if (filter.MineOnly)
        {
            var me = guard.UserId;
            jobs = jobs.Where(j => j.TechnicianId == me);
        }
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            if (filter.SearchIsBroad)
            {
                // Thousands match: walk the jobs newest first and keep each whose vehicle or number has a matching
                // term (a probe of that record's few terms), until the page is full. One probe for both records:
                // two probes joined by OR are read by PostgreSQL as two whole sets of matching terms, hashed.
                var (from, to) = SearchTerms.Range(filter.Search);
                var terms = db.Set<SearchTerm>();
                jobs = jobs.Where(j => terms.Any(t => (t.RecordId == j.VehicleId || t.RecordId == j.Id)
                    && string.Compare(t.Term, from) >= 0 && string.Compare(t.Term, to) < 0));
            }
            else
            {
                // Few match: read them from the term index (the jobs found by their number, then those found by their
                // vehicle), then sort them. A union, not an OR of two lookups, which PostgreSQL would answer by testing
                // every job of the organization.
                var matches = SearchTerms.Matching(db, filter.Search);
                var all = db.Set<Job>();
                var found = all.Where(j => matches.Contains(j.Id)).Select(j => j.Id)
                    .Concat(all.Where(j => matches.Contains(j.VehicleId)).Select(j => j.Id));
                jobs = jobs.Where(j => found.Contains(j.Id));
            }
        }
        return jobs;
    }

    /// <summary>More matching terms than this and a search is read as broad (see <see cref="JobFilter.SearchIsBroad"/>).</summary>
    public const int BroadSearchTerms = 500;

    /// <summary>A broad search's total is counted this far ("200+"): such a list is narrowed, not paged through.</summary>
    public const int BroadSearchCountLimit = 200;

    /// <summary>Decides how the filter's search is read: by its matches (few) or by walking the jobs (many), from one
    /// bounded count of the matching terms.</summary>
    private static async Task<JobFilter> PrepareAsync(FieldOpsDbContext db, JobFilter filter, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(filter.Search) || filter.SearchIsBroad)
        {
            return filter;
        }
        var matching = await SearchTerms.Matching(db, filter.Search).Take(BroadSearchTerms + 1).CountAsync(cancellationToken);
        return matching > BroadSearchTerms ? filter with { SearchIsBroad = true } : filter;
    }

    /// <summary>How many jobs match the filter. Status, technician and "mine" filters are answered from the summary
    /// rows (<see cref="JobCount"/>) exactly, at any size; a search or a stream filter is counted up to the list limit.</summary>
    private static async Task<ListTotal> TotalAsync(FieldOpsDbContext db, JobFilter filter, WorkshopGuard guard, CancellationToken cancellationToken)
    {
        if (filter.SearchIsBroad)
        {
            // Most broad searches match vehicles (an owner's name, a registration's letters): the matching vehicles'
            // jobs, read from the term index up to the limit, usually reach it at once. Only when they do not are the
            // jobs walked and each one's terms probed, which also finds jobs by their number.
            var jobs = Filter(db, guard.VisibleJobs(db), filter with { Search = null, SearchIsBroad = false }, guard);
            var byVehicle = await (from recordId in SearchTerms.Matching(db, filter.Search!)
                                   join j in jobs on recordId equals j.VehicleId
                                   select j.Id)
                .Distinct().Take(BroadSearchCountLimit + 1).CountAsync(cancellationToken);
            var count = byVehicle > BroadSearchCountLimit
                ? byVehicle
                : await Filter(db, guard.VisibleJobs(db), filter, guard).Take(BroadSearchCountLimit + 1).CountAsync(cancellationToken);
            return count > BroadSearchCountLimit ? new ListTotal(BroadSearchCountLimit, true) : ListTotal.Exact(count);
        }
        if (!string.IsNullOrWhiteSpace(filter.Search) || filter.Stream is not null)
        {
            return await Filter(db, guard.VisibleJobs(db), filter, guard).CountUpToLimitAsync(cancellationToken);
        }
        return ListTotal.Exact(await Counts(db, guard, filter.TechnicianId, filter.MineOnly)
            .Where(c => filter.Status == null || c.Status == filter.Status)
            .SumAsync(c => c.Count, cancellationToken));
    }

    /// <summary>How many visible jobs are in each status, from the summary rows.</summary>
    public static async Task<IReadOnlyDictionary<JobStatus, int>> CountByStatusAsync(FieldOpsDbContext db, WorkshopGuard guard,
        CancellationToken cancellationToken)
    {
        var counts = await Counts(db, guard, technicianId: null, mineOnly: false)
            .GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Sum(c => c.Count) }).ToListAsync(cancellationToken);
        return Enum.GetValues<JobStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    private static IQueryable<JobCount> Counts(FieldOpsDbContext db, WorkshopGuard guard, string? technicianId, bool mineOnly)
    {
        guard.RequireWorkshop();
        var counts = db.Set<JobCount>().AsQueryable();
        if (guard.IsTechnicianOnly || mineOnly)
        {
            var me = guard.UserId;
            counts = counts.Where(c => c.TechnicianId == me);
        }
        if (technicianId is not null)
        {
            counts = counts.Where(c => c.TechnicianId == technicianId);
        }
        return counts;
    }

    private static IQueryable<JobSummary> Project(FieldOpsDbContext db, IQueryable<Job> jobs) =>
               from job in jobs
               join technician in db.Users on job.TechnicianId equals technician.Id into technicians
               from technician in technicians.DefaultIfEmpty()
               select new JobSummary
               {
                   Id = job.Id,
                   Number = job.Number,
                   Status = job.Status,
                   RegistrationNumber = job.Vehicle!.RegistrationNumber,
                   VehicleDescription = (job.Vehicle.Make ?? "") + " " + (job.Vehicle.Model ?? ""),
                   OwnerName = job.Vehicle.OwnerName,
                   OperationsStream = job.OperationsStream,
                   RevenueStream = job.RevenueStream,
                   TechnicianId = job.TechnicianId,
                   TechnicianName = technician != null ? technician.DisplayName : null,
                   IssuesReported = job.IssuesReported,
                   ReceivedAt = job.ReceivedAt,
                   OpenPartsRequests = db.Set<SparePartRequest>().Count(r => r.JobId == job.Id
                       && (r.Status == SparePartRequestStatus.Pending || r.Status == SparePartRequestStatus.Approved)),
               };
}
