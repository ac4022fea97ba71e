using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Platform.Summaries;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Workshop.Services;

/// <summary>
/// The first screenful of each role's dashboard, each in a fixed number of SQL commands (at most five) however many
/// jobs, requests or items the garage has: counts and pages are computed in the database, never by loading rows.
/// </summary>
public sealed class WorkshopDashboardService(IDbContextFactory<FieldOpsDbContext> contextFactory, WorkshopGuard guard, TimeProvider clock)
{
    // A technician's open jobs listed on their dashboard, the oldest first.
    private const int ListLimit = 50;

    public async Task<SiteManagerDashboard> SiteManagerAsync(JobFilter filter, ListRequest page, CancellationToken cancellationToken)
    {
        guard.RequireWorkshop();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var counts = await JobQueries.CountByStatusAsync(db, guard, cancellationToken);
        return new SiteManagerDashboard(counts, await JobQueries.PageAsync(db, filter, page, guard, cancellationToken));
    }

    public async Task<TechnicianDashboard> TechnicianAsync(CancellationToken cancellationToken)
    {
        guard.RequireWorkshop();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var me = guard.UserId;
        var mine = db.Set<Job>().Where(j => j.TechnicianId == me);
        var active = await JobQueries.Summaries(db, mine.Where(j => j.Status == JobStatus.Assigned || j.Status == JobStatus.InProgress
                || j.Status == JobStatus.AwaitingParts), new JobFilter(), guard)
            .OrderBy(j => j.Status).ThenBy(j => j.ReceivedAt).Take(ListLimit).ToListAsync(cancellationToken);
        var weekAgo = clock.GetUtcNow().UtcDateTime.AddDays(-7);
        var completed = await mine.CountAsync(j => j.CompletedAt != null && j.CompletedAt >= weekAgo, cancellationToken);
        // The list stops at its limit; how many are open comes from the job counts (three rows).
        var activeTotal = await db.Set<JobCount>().Where(c => c.TechnicianId == me && (c.Status == JobStatus.Assigned
            || c.Status == JobStatus.InProgress || c.Status == JobStatus.AwaitingParts)).SumAsync(c => c.Count, cancellationToken);
        return new TechnicianDashboard(active, activeTotal, completed);
    }

    public async Task<ManagerDashboard> ManagerAsync(CancellationToken cancellationToken)
    {
        guard.Require("see the workshop review queues", [.. WorkshopModule.Review.Roles]);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var currency = await CurrencyAsync(db, cancellationToken);
        const int limit = ManagerDashboard.ListLimit;
        var pending = await RequestsAsync(db, SparePartRequestStatus.Pending, currency, cancellationToken, limit);
        // The review roles see every job of the garage, so the queue's size is the status's count (an index range).
        var pendingTotal = await db.Set<SparePartRequest>().Where(r => r.Status == SparePartRequestStatus.Pending).CountUpToLimitAsync(cancellationToken);
        var jobCounts = await JobQueries.CountByStatusAsync(db, guard, cancellationToken);
        // The oldest of both queues in one read; each list shows up to the limit of its own.
        var jobs = await JobQueries.Summaries(db, db.Set<Job>().Where(j => j.Status == JobStatus.Completed || j.Status == JobStatus.ManagerReview),
                new JobFilter(), guard)
            .OrderBy(j => j.ReceivedAt).Take(limit * 2).ToListAsync(cancellationToken);
        return new ManagerDashboard(pending, jobs.Where(j => j.Status == JobStatus.Completed).Take(limit).ToList(),
            jobs.Where(j => j.Status == JobStatus.ManagerReview).Take(limit).ToList(), pendingTotal, jobCounts[JobStatus.Completed],
            jobCounts[JobStatus.ManagerReview]);
    }

    public async Task<WarehouseDashboard> WarehouseAsync(WarehouseFilter filter, ListRequest page, CancellationToken cancellationToken)
    {
        guard.RequireWorkshop();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var currency = await CurrencyAsync(db, cancellationToken);
        var toIssue = await RequestsAsync(db, SparePartRequestStatus.Approved, currency, cancellationToken, WarehouseDashboard.ListLimit);
        // Both counters in one statement. The warehouse sees every job of the garage, so the queue's size is the status's
        // count (an index range, up to the list limit: "2,000+").
        var counters = await db.Organizations.AsNoTracking().Select(_ => new
        {
            ToIssue = db.Set<SparePartRequest>().Where(r => r.Status == SparePartRequestStatus.Approved).Take(ListCounts.Limit + 1).Count(),
            LowStock = db.Set<WarehouseItem>().Count(i => i.IsActive && i.QuantityOnHand <= i.ReorderPoint),
        }).SingleAsync(cancellationToken);
        var toIssueTotal = counters.ToIssue > ListCounts.Limit ? new ListTotal(ListCounts.Limit, true) : ListTotal.Exact(counters.ToIssue);
        var query = WarehouseQueries.Views(db, filter, currency);
        var items = await WarehouseQueries.Sorts.Apply(query, page).Skip(page.SafeSkip).Take(page.SafeTake).ToListAsync(cancellationToken);
        var stock = ListPage<WarehouseItemView>.Of(items, await query.CountUpToLimitAsync(cancellationToken));
        return new WarehouseDashboard(toIssue, toIssueTotal, counters.LowStock, stock);
    }

    public async Task<BillingDashboard> BillingAsync(InvoiceFilter filter, ListRequest page, CancellationToken cancellationToken)
    {
        guard.Require("see the billing queue", [.. WorkshopModule.Billing.Roles]);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var queue = await BillingQueue(db).Take(BillingDashboard.QueuePageSize).ToListAsync(cancellationToken);
        var today = OrganizationTime.Today(clock, guard.User.TimeZoneId);
        var invoices = InvoiceQueries.Summaries(db, filter, today);
        var items = await InvoiceQueries.Sorts.Apply(invoices, page).Skip(page.SafeSkip).Take(page.SafeTake).ToListAsync(cancellationToken);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        // From the invoice counts the triggers keep: a few rows, however many invoices are unpaid. What is still to come
        // in: part payments already received are not outstanding.
        var counts = await db.Set<InvoiceCount>().AsNoTracking()
            .Where(c => c.Status == InvoiceStatus.Issued || (c.Status == InvoiceStatus.Paid && c.PaidMonth == monthStart))
            .Select(c => new { c.Status, c.Count, c.TotalTenThousandths, c.AmountPaidTenThousandths })
            .ToListAsync(cancellationToken);
        var issued = counts.Where(c => c.Status == InvoiceStatus.Issued).ToList();
        var money = new
        {
            OpenCount = issued.Sum(c => c.Count),
            Due = ExactAmounts.FromTenThousandths(issued.Sum(c => c.TotalTenThousandths - c.AmountPaidTenThousandths)),
            PaidThisMonth = ExactAmounts.FromTenThousandths(counts.Where(c => c.Status == InvoiceStatus.Paid).Sum(c => c.TotalTenThousandths)),
        };
        // The currency and the billing queue's size (from the job counts: billing sees every job) in one statement.
        var organization = await db.Organizations.AsNoTracking().Select(o => new
        {
            o.Settings.CurrencyCode,
            QueueTotal = db.Set<JobCount>().Where(c => c.Status == JobStatus.Billing).Sum(c => c.Count),
        }).SingleAsync(cancellationToken);
        var invoicePage = ListPage<InvoiceSummary>.Of(items, await invoices.CountUpToLimitAsync(cancellationToken));
        return new BillingDashboard(queue, organization.QueueTotal, invoicePage, money.Due, money.OpenCount, money.PaidThisMonth,
            organization.CurrencyCode);
    }

    /// <summary>A page of the jobs ready to invoice, in the dashboard's order (the first page is the dashboard's).</summary>
    public async Task<IReadOnlyList<JobSummary>> BillingQueueAsync(ListRequest page, CancellationToken cancellationToken)
    {
        guard.Require("see the billing queue", [.. WorkshopModule.Billing.Roles]);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await BillingQueue(db).Skip(page.SafeSkip).Take(page.SafeTake).ToListAsync(cancellationToken);
    }

    // Oldest first, then by number (unique): the order of an index on (organization, status, received, number).
    private IQueryable<JobSummary> BillingQueue(FieldOpsDbContext db) =>
        JobQueries.Summaries(db, db.Set<Job>().Where(j => j.Status == JobStatus.Billing), new JobFilter(), guard)
            .OrderBy(j => j.ReceivedAt).ThenBy(j => j.Number);

    private static async Task<string> CurrencyAsync(FieldOpsDbContext db, CancellationToken cancellationToken) =>
        (await db.OrganizationAsync(cancellationToken)).Currency.Code;

    private async Task<List<PartRequestView>> RequestsAsync(FieldOpsDbContext db, SparePartRequestStatus status, string currency,
        CancellationToken cancellationToken, int limit)
    {
        var rows = await PartRequestQueries.Queue(db, guard.VisibleJobs(db), status, currency).Take(limit).ToListAsync(cancellationToken);
        return rows.Select(row => row.View with
        {
            AllowedActions = SparePartRequestWorkflow.Definition.AllowedFor(row.View.Status, guard.User, row.TechnicianId == guard.User.UserId),
        }).ToList();
    }
}
