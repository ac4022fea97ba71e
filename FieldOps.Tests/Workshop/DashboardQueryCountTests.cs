using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Workshop;
using FieldOps.Data.Workshop.Services;
using FieldOps.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace FieldOps.Tests.Workshop;

/// <summary>Each dashboard loads with a fixed, small number of SQL commands, however many jobs the garage has.</summary>
public sealed class DashboardQueryCountTests(CountingServiceHarness harness, ITestOutputHelper output) : IClassFixture<CountingServiceHarness>
{
    private const string Admin = "admin@garage2.demo";
    private const string Technician = "technician@garage2.demo";

    [Fact]
    public async Task EveryDashboard_LoadsInAtMostFiveCommands_At10And1000Jobs()
    {
        await GrowSecondGarageToAsync(10);
        var atTen = await MeasureAsync();
        await GrowSecondGarageToAsync(1000);
        var atThousand = await MeasureAsync();

        foreach (var (dashboard, commands) in atTen)
        {
            output.WriteLine($"{dashboard}: {commands} commands at 10 jobs, {atThousand[dashboard]} at 1,000");
            Assert.True(commands > 0, $"{dashboard}: no SQL command was counted; the counter is not attached");
            Assert.True(commands <= 5, $"{dashboard} used {commands} SQL commands at 10 jobs");
            Assert.True(atThousand[dashboard] == commands,
                $"{dashboard} used {commands} commands at 10 jobs but {atThousand[dashboard]} at 1,000");
        }
    }

    [Fact]
    public async Task TheManagersQueues_ShowTheOldestTwenty_AndCountEveryJobAndRequestInThem()
    {
        await GrowSecondGarageToAsync(1000);
        var dashboard = await harness.AsAsync<WorkshopDashboardService, ManagerDashboard>(Admin, s => s.ManagerAsync(CancellationToken.None));
        var organizationId = await harness.OrganizationIdAsync(DemoAccounts.SecondGarage);
        await using var db = await harness.SystemDbAsync();
        var jobs = db.Set<Job>().IgnoreQueryFilters().Where(j => j.OrganizationId == organizationId);
        var toReview = await jobs.CountAsync(j => j.Status == JobStatus.Completed);
        var readyForBilling = await jobs.CountAsync(j => j.Status == JobStatus.ManagerReview);
        var pending = await db.Set<SparePartRequest>().IgnoreQueryFilters()
            .CountAsync(r => r.OrganizationId == organizationId && r.Status == SparePartRequestStatus.Pending);
        Assert.True(toReview > ManagerDashboard.ListLimit && readyForBilling > ManagerDashboard.ListLimit && pending > ManagerDashboard.ListLimit,
            $"The grown garage has {toReview} jobs to review, {readyForBilling} ready for billing and {pending} parts requests pending.");

        Assert.Equal((toReview, readyForBilling, new ListTotal(pending, false)),
            (dashboard.ToReviewTotal, dashboard.ReadyForBillingTotal, dashboard.PendingTotal));
        Assert.Equal(ManagerDashboard.ListLimit, dashboard.PendingRequests.Count);
        Assert.All(dashboard.ToReview, j => Assert.Equal(JobStatus.Completed, j.Status));
        Assert.All(dashboard.ReadyForBilling, j => Assert.Equal(JobStatus.ManagerReview, j.Status));
        Assert.InRange(dashboard.ToReview.Count + dashboard.ReadyForBilling.Count, ManagerDashboard.ListLimit, 2 * ManagerDashboard.ListLimit);
        var oldestToReview = await jobs.Where(j => j.Status == JobStatus.Completed).OrderBy(j => j.ReceivedAt).Select(j => j.Id).FirstAsync();
        Assert.Equal(oldestToReview, dashboard.ToReview[0].Id);
    }

    [Fact]
    public async Task TheTechniciansBillingAndWarehouseQueues_CountEveryJobAndRequest_PastTheRowsTheyList()
    {
        await GrowSecondGarageToAsync(1000);
        var ct = CancellationToken.None;
        var technician = await harness.AsAsync<WorkshopDashboardService, TechnicianDashboard>(Technician, s => s.TechnicianAsync(ct));
        var billing = await harness.AsAsync<WorkshopDashboardService, BillingDashboard>(Admin,
            s => s.BillingAsync(new InvoiceFilter(), new ListRequest(0, 20), ct));
        var warehouse = await harness.AsAsync<WorkshopDashboardService, WarehouseDashboard>(Admin,
            s => s.WarehouseAsync(new WarehouseFilter(), new ListRequest(0, 20), ct));

        var organizationId = await harness.OrganizationIdAsync(DemoAccounts.SecondGarage);
        await using var db = await harness.SystemDbAsync();
        var technicianId = await db.Users.Where(u => u.Email == Technician).Select(u => u.Id).SingleAsync();
        var jobs = db.Set<Job>().IgnoreQueryFilters().Where(j => j.OrganizationId == organizationId);
        var active = await jobs.CountAsync(j => j.TechnicianId == technicianId
            && (j.Status == JobStatus.Assigned || j.Status == JobStatus.InProgress || j.Status == JobStatus.AwaitingParts));
        var inBilling = await jobs.CountAsync(j => j.Status == JobStatus.Billing);
        var approved = await db.Set<SparePartRequest>().IgnoreQueryFilters()
            .CountAsync(r => r.OrganizationId == organizationId && r.Status == SparePartRequestStatus.Approved);
        Assert.True(active > 50 && inBilling > BillingDashboard.QueuePageSize && approved > WarehouseDashboard.ListLimit,
            $"The grown garage has {active} open jobs of the technician, {inBilling} in billing and {approved} approved parts requests.");

        Assert.Equal((50, active), (technician.ActiveJobs.Count, technician.ActiveTotal));
        Assert.Equal((BillingDashboard.QueuePageSize, inBilling), (billing.Queue.Count, billing.QueueTotal));
        Assert.Equal((WarehouseDashboard.ListLimit, new ListTotal(approved, false)), (warehouse.ToIssue.Count, warehouse.ToIssueTotal));

        // The billing queue's pages follow on from the dashboard's first: together, the oldest jobs in order.
        const int size = BillingDashboard.QueuePageSize;
        var second = await harness.AsAsync<WorkshopDashboardService, IReadOnlyList<JobSummary>>(Admin,
            s => s.BillingQueueAsync(new ListRequest(size, size), ct));
        var oldest = await jobs.Where(j => j.Status == JobStatus.Billing).OrderBy(j => j.ReceivedAt).ThenBy(j => j.Number)
            .Select(j => j.Id).Take(2 * size).ToListAsync();
        Assert.Equal(oldest, billing.Queue.Concat(second).Select(j => j.Id));
        // Only billing (and the admin) read the queue, a page at a time as much as on the dashboard.
        await Assert.ThrowsAsync<AccessDeniedException>(() => harness.AsAsync<WorkshopDashboardService, IReadOnlyList<JobSummary>>(Technician,
            s => s.BillingQueueAsync(new ListRequest(size, size), ct)));
    }

    private async Task<Dictionary<string, int>> MeasureAsync()
    {
        var ct = CancellationToken.None;
        var counts = new Dictionary<string, int>
        {
            ["site manager"] = await CountAsync<WorkshopDashboardService>(Admin, s => s.SiteManagerAsync(new JobFilter(), new ListRequest(0, 20), ct)),
            ["technician"] = await CountAsync<WorkshopDashboardService>(Technician, s => s.TechnicianAsync(ct)),
            ["workshop manager"] = await CountAsync<WorkshopDashboardService>(Admin, s => s.ManagerAsync(ct)),
            ["warehouse"] = await CountAsync<WorkshopDashboardService>(Admin, s => s.WarehouseAsync(new WarehouseFilter(), new ListRequest(0, 20), ct)),
            ["billing"] = await CountAsync<WorkshopDashboardService>(Admin, s => s.BillingAsync(new InvoiceFilter(), new ListRequest(0, 20), ct)),
        };
        return counts;
    }

    private Task<int> CountAsync<TService>(string email, Func<TService, Task> load) where TService : notnull =>
        harness.CountCommandsAsync(email, load);

    /// <summary>Adds jobs in every status (with parts requests and invoices) straight through the entities.</summary>
    private async Task GrowSecondGarageToAsync(int jobs)
    {
        var organizationId = await harness.OrganizationIdAsync(DemoAccounts.SecondGarage);
        var technicianId = await harness.UserIdAsync(Technician);
        var now = DateTime.UtcNow;
        await using var db = await harness.SystemDbAsync();
        var existing = await db.Set<Job>().IgnoreQueryFilters().CountAsync(j => j.OrganizationId == organizationId);
        var item = new WarehouseItem($"BULK-{Guid.NewGuid():N}"[..16], "Bulk part", "pcs", 1m, 2m, 5);
        item.AssignOrganization(organizationId);
        var receipt = item.Receive(100_000, null, "Bulk", "Test");
        receipt.AssignOrganization(organizationId);
        db.AddRange(item, receipt);
        var taskAction = new TaskAction(OperationsStream.Mechanical, $"Bulk {Guid.NewGuid():N}"[..20], null, 10m);
        taskAction.AssignOrganization(organizationId);
        db.Add(taskAction);

        for (var i = existing; i < jobs; i++)
        {
            var vehicle = new Vehicle($"BLK {i:D5}", "Bulk Owner");
            vehicle.AssignOrganization(organizationId);
            var job = new Job($"BULK-{i:D5}", vehicle, technicianId, OperationsStream.Mechanical, RevenueStream.WalkIn, "Bulk", null, now);
            job.AssignOrganization(organizationId);
            db.AddRange(vehicle, job);
            var status = (JobStatus)(i % 8);
            if (status == JobStatus.Received)
            {
                continue;
            }
            job.Assign(technicianId, "Tech", now);
            if (status == JobStatus.Assigned)
            {
                continue;
            }
            job.Start(technicianId, now);
            job.UpdateWorkDone(technicianId, "Done");
            var task = job.AddTask(technicianId, taskAction, null);
            task.AssignOrganization(organizationId);
            db.Add(task);
            job.CompleteTask(technicianId, "Tech", task.Id, now);
            var request = job.RequestPart(technicianId, "Tech", item, 1, null);
            request.AssignOrganization(organizationId);
            db.Add(request);
            if (status == JobStatus.AwaitingParts)
            {
                continue;
            }
            request.Approve("Admin", null, now);
            if (status == JobStatus.InProgress)
            {
                // An approved request still to issue: leave the job waiting, counted as in progress by the warehouse queue.
                continue;
            }
            var movement = item.Issue(request, "Admin");
            movement.AssignOrganization(organizationId);
            db.Add(movement);
            request.MarkIssued("Admin", item.UnitPrice, now);
            job.PartsRequestResolved();
            job.Complete(technicianId, now);
            if (status == JobStatus.Completed)
            {
                continue;
            }
            job.Review(null, now);
            if (status == JobStatus.ManagerReview)
            {
                continue;
            }
            job.MoveToBilling(now);
            if (status == JobStatus.Billing)
            {
                continue;
            }
            var invoice = Invoice.Issue($"BULK-INV-{i:D5}", job, vehicle, [new InvoiceLineDraft(InvoiceLineKind.Labour, "Bulk", 1, 10m)],
                new Currency("KWD", 3), 0m, "Tax", now, DateOnly.FromDateTime(now), null, true);
            invoice.AssignOrganization(organizationId);
            foreach (var line in invoice.Lines)
            {
                db.Entry(line).Property(nameof(IOrganizationOwned.OrganizationId)).CurrentValue = organizationId;
            }
            db.Add(invoice);
        }
        await db.SaveChangesAsync();
    }
}
