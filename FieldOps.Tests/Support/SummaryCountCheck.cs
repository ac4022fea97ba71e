using FieldOps.Data;
using FieldOps.Data.Platform.Notifications;
using FieldOps.Data.Platform.Summaries;
using FieldOps.Data.Workshop;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Tests.Support;

/// <summary>Recounts the tables the summary rows stand for and compares, row by row, across every organization.</summary>
public static class SummaryCountCheck
{
    public static async Task AssertMatchesRecountAsync(FieldOpsDbContext db)
    {
        var (expectedJobs, expectedNotifications) = await RecountAsync(db);
        Assert.NotEmpty(expectedJobs);
        Assert.NotEmpty(expectedNotifications);
        Assert.Equal(expectedJobs, await StoredJobCountsAsync(db));
        Assert.Equal(expectedNotifications, await StoredNotificationCountsAsync(db));

        // Rebuilding from scratch gives the same rows: the triggers missed nothing and counted nothing twice.
        await SummaryCounts.RebuildAsync(db, CancellationToken.None);
        Assert.Equal(expectedJobs, await StoredJobCountsAsync(db));
        Assert.Equal(expectedNotifications, await StoredNotificationCountsAsync(db));
    }

    private static async Task<(List<string> Jobs, List<string> Notifications)> RecountAsync(FieldOpsDbContext db)
    {
        var jobs = (await db.Set<Job>().IgnoreQueryFilters()
                .GroupBy(j => new { j.OrganizationId, TechnicianId = j.TechnicianId ?? "", j.Status })
                .Select(g => new { g.Key.OrganizationId, g.Key.TechnicianId, g.Key.Status, Count = g.Count() })
                .ToListAsync())
            .Select(r => $"{r.OrganizationId}/{r.TechnicianId}/{r.Status}={r.Count}").Order(StringComparer.Ordinal).ToList();
        var notifications = (await db.Set<Notification>().IgnoreQueryFilters()
                .GroupBy(n => new { n.OrganizationId, n.RecipientUserId })
                .Select(g => new { g.Key.OrganizationId, g.Key.RecipientUserId, Total = g.Count(), Unread = g.Count(n => n.ReadAt == null) })
                .ToListAsync())
            .Select(r => $"{r.OrganizationId}/{r.RecipientUserId}={r.Total}/{r.Unread}").Order(StringComparer.Ordinal).ToList();
        return (jobs, notifications);
    }

    // Rows that fell to zero stay behind as zero; they say the same as a missing row.
    private static async Task<List<string>> StoredJobCountsAsync(FieldOpsDbContext db) =>
        (await db.Set<JobCount>().IgnoreQueryFilters().AsNoTracking().Where(c => c.Count != 0).ToListAsync())
        .Select(c => $"{c.OrganizationId}/{c.TechnicianId}/{c.Status}={c.Count}").Order(StringComparer.Ordinal).ToList();

    private static async Task<List<string>> StoredNotificationCountsAsync(FieldOpsDbContext db) =>
        (await db.Set<NotificationCount>().IgnoreQueryFilters().AsNoTracking().Where(c => c.Total != 0).ToListAsync())
        .Select(c => $"{c.OrganizationId}/{c.RecipientUserId}={c.Total}/{c.Unread}").Order(StringComparer.Ordinal).ToList();
}
