using FieldOps.Data.Maintenance;
using FieldOps.Data.Maintenance.Services;
using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Platform.Notifications;
using FieldOps.Data.Workshop;
using FieldOps.Data.Workshop.Services;
using FieldOps.Tests.Maintenance;
using FieldOps.Tests.Support;
using FieldOps.Tests.Workshop;

namespace FieldOps.Tests.Platform;

/// <summary>
/// The summary rows behind the jobs board, the list totals and the bell are kept by triggers in the same transaction
/// as the change. Whatever happens (workflow moves, reassignment, reading one or all notifications, many writers at
/// once) they equal a recount from scratch.
/// </summary>
public sealed class SummaryCountTests(ServiceHarness harness) : IClassFixture<ServiceHarness>
{
    private readonly WorkshopScenario _scenario = new(harness);

    [Fact]
    public async Task AfterJobsMoveAndNotificationsAreRead_TheSummaryRowsEqualARecount()
    {
        var ct = CancellationToken.None;
        foreach (var status in new[] { JobStatus.Received, JobStatus.Assigned, JobStatus.InProgress, JobStatus.Billing })
        {
            await _scenario.JobAsync(status);
        }
        var peterInbox = await _scenario.As<NotificationInbox, NotificationPage>(WorkshopScenario.Peter, s => s.ListAsync(0, 5, unreadOnly: true, ct));
        Assert.NotEmpty(peterInbox.Items);
        await harness.AsAsync<NotificationInbox>(WorkshopScenario.Peter, s => s.MarkReadAsync(peterInbox.Items[0].Id, ct));
        await harness.AsAsync<NotificationInbox>(WorkshopScenario.Manager, s => s.MarkAllReadAsync(ct));

        var afterRead = await _scenario.As<NotificationInbox, NotificationPage>(WorkshopScenario.Peter, s => s.ListAsync(0, 5, unreadOnly: true, ct));
        Assert.Equal(peterInbox.Unread - 1, afterRead.Unread);
        Assert.Equal(0, await _scenario.As<NotificationInbox, int>(WorkshopScenario.Manager, s => s.UnreadCountAsync(ct)));

        // The board and the list totals read the summary rows; they agree with the rows the list pages through.
        var board = await _scenario.As<JobService, IReadOnlyDictionary<JobStatus, int>>(WorkshopScenario.SiteManager, s => s.CountByStatusAsync(ct));
        foreach (var (status, count) in board)
        {
            var page = await _scenario.As<JobService, ListPage<JobSummary>>(WorkshopScenario.SiteManager,
                s => s.ListAsync(new JobFilter(Status: status), new ListRequest(0, ListRequest.MaxTake), ct));
            Assert.Equal((count, false), (page.Total, page.TotalIsAtLeast));
            Assert.Equal(Math.Min(count, ListRequest.MaxTake), page.Items.Count);
        }
        var petersOwn = await _scenario.As<JobService, ListPage<JobSummary>>(WorkshopScenario.Peter,
            s => s.ListAsync(new JobFilter(), new ListRequest(0, ListRequest.MaxTake), ct));
        Assert.Equal(petersOwn.Items.Count, petersOwn.Total);

        await using var db = await harness.SystemDbAsync();
        await SummaryCountCheck.AssertMatchesRecountAsync(db);
    }

    [Fact]
    public async Task FiftyJobsAssignedAtOnce_AndTheirNotificationsReadAtOnce_KeepTheCountsExact()
    {
        var ct = CancellationToken.None;
        await _scenario.AssignManyAtOnceAsync(50);

        var unread = await _scenario.As<NotificationInbox, NotificationPage>(WorkshopScenario.Peter, s => s.ListAsync(0, 50, unreadOnly: true, ct));
        await Task.WhenAll(unread.Items.Select(n => Task.Run(() =>
            harness.AsAsync<NotificationInbox>(WorkshopScenario.Peter, s => s.MarkReadAsync(n.Id, ct)))));

        await using var db = await harness.SystemDbAsync();
        await SummaryCountCheck.AssertMatchesRecountAsync(db);
    }

    [Fact]
    public async Task AfterRequestsMoveThroughTheirWorkflow_EachRolesBoardAndListTotals_EqualTheRequestsTheyPageThrough()
    {
        var ct = CancellationToken.None;
        var maintenance = new MaintenanceScenario(harness);
        var vendor = await maintenance.VendorIdAsync("ABC Plumbing Services");
        foreach (var status in new[] { MaintenanceStatus.Pending, MaintenanceStatus.Assigned, MaintenanceStatus.InProgress, MaintenanceStatus.Completed,
                     MaintenanceStatus.Closed, MaintenanceStatus.Rejected })
        {
            await maintenance.RequestAsync(status);
        }
        await maintenance.RequestAsync(MaintenanceStatus.Assigned, vendorId: vendor);

        foreach (var user in new[] { MaintenanceScenario.Manager, MaintenanceScenario.Landlord, MaintenanceScenario.Tenant, MaintenanceScenario.Staff,
                     MaintenanceScenario.VendorUser })
        {
            var board = await maintenance.As<MaintenanceRequestService, RequestBoard>(user, s => s.BoardAsync(ct));
            foreach (var (status, count) in board.Counts)
            {
                var page = await maintenance.As<MaintenanceRequestService, ListPage<RequestSummary>>(user,
                    s => s.ListAsync(new RequestFilter(Status: status), new ListRequest(0, ListRequest.MaxTake), ct));
                Assert.True((count, false) == (page.Total, page.TotalIsAtLeast), $"{user}, {status}: board {count}, list total {page.Total}");
                Assert.Equal(Math.Min(count, ListRequest.MaxTake), page.Items.Count);
            }
            var open = await maintenance.As<MaintenanceRequestService, ListPage<RequestSummary>>(user,
                s => s.ListAsync(new RequestFilter(OpenOnly: true), new ListRequest(0, ListRequest.MaxTake), ct));
            Assert.Equal(MaintenanceQueries.Open.Sum(s => board.Counts[s]), open.Total);
        }

        await using var db = await harness.SystemDbAsync();
        await SummaryCountCheck.AssertMatchesRecountAsync(db);
    }
}
