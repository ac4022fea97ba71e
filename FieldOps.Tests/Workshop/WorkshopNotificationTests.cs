using FieldOps.Data.Platform.Notifications;
using FieldOps.Data.Workshop;
using FieldOps.Data.Workshop.Services;
using FieldOps.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static FieldOps.Tests.Workshop.WorkshopScenario;

namespace FieldOps.Tests.Workshop;

/// <summary>Every hand-off notifies exactly the people who act next — by role or by relation to the job.</summary>
public sealed class WorkshopNotificationTests(ServiceHarness harness) : IClassFixture<ServiceHarness>
{
    private readonly WorkshopScenario _scenario = new(harness);

    [Fact]
    public async Task Assignment_NotifiesTheTechnician()
    {
        var job = await _scenario.JobAsync(JobStatus.Received);
        var peter = await harness.UserIdAsync(Peter);
        var recipients = await RecipientsOfAsync(() => _scenario.As<JobService, JobDetails>(SiteManager, s => s.AssignAsync(job, peter, default)));
        Assert.Equal([Peter], recipients);
    }

    [Fact]
    public async Task APartsRequest_NotifiesTheWorkshopManager()
    {
        var job = await _scenario.JobAsync(JobStatus.InProgress);
        var item = await _scenario.ItemAsync(5);
        var recipients = await RecipientsOfAsync(() => _scenario.As<SparePartService, PartRequestView>(Peter,
            s => s.RequestAsync(job, new PartRequestInput { WarehouseItemId = item.Id, Quantity = 1 }, default)));
        Assert.Equal([Manager], recipients);
    }

    [Fact]
    public async Task Approval_NotifiesTheWarehouse()
    {
        var (_, request, _) = await _scenario.RequestAsync(Data.Workshop.SparePartRequestStatus.Pending);
        var recipients = await RecipientsOfAsync(() => _scenario.As<SparePartService, PartRequestView>(Manager, s => s.ApproveAsync(request, null, default)));
        Assert.Equal([Warehouse], recipients);
    }

    [Fact]
    public async Task IssueAndRejection_NotifyTheTechnician()
    {
        var (_, approved, _) = await _scenario.RequestAsync(Data.Workshop.SparePartRequestStatus.Approved);
        Assert.Equal([Peter], await RecipientsOfAsync(() => _scenario.As<SparePartService, PartRequestView>(Warehouse, s => s.IssueAsync(approved, default))));

        var (_, pending, _) = await _scenario.RequestAsync(Data.Workshop.SparePartRequestStatus.Pending);
        Assert.Equal([Peter], await RecipientsOfAsync(() => _scenario.As<SparePartService, PartRequestView>(Manager, s => s.RejectAsync(pending, "No", default))));
    }

    [Fact]
    public async Task Completion_NotifiesTheWorkshopManager_AndReworkTheTechnician()
    {
        var job = await _scenario.JobAsync(JobStatus.InProgress);
        Assert.Equal([Manager], await RecipientsOfAsync(() => _scenario.As<JobService, JobDetails>(Peter, s => s.CompleteAsync(job, default))));
        Assert.Equal([Peter], await RecipientsOfAsync(() => _scenario.As<JobService, JobDetails>(Manager, s => s.ReturnForReworkAsync(job, "Redo", default))));
    }

    [Fact]
    public async Task MovingToBilling_NotifiesBillingStaff()
    {
        var job = await _scenario.JobAsync(JobStatus.ManagerReview);
        Assert.Equal([Billing], await RecipientsOfAsync(() => _scenario.As<JobService, JobDetails>(Manager, s => s.MoveToBillingAsync(job, default))));
    }

    [Fact]
    public async Task AnItemFallingToItsReorderPoint_NotifiesTheWarehouse_Once()
    {
        var item = await _scenario.ItemAsync(quantity: 4, reorderPoint: 2);
        Task<WarehouseItemView> TakeOne(string who) => _scenario.As<WarehouseService, WarehouseItemView>(who,
            s => s.AdjustAsync(item.Id, new StockAdjustmentInput { QuantityChange = -1, Reason = "Stock-take" }, default));

        Assert.Empty(await RecipientsOfAsync(() => TakeOne(Admin)));            // 3 left: above the reorder point
        Assert.Equal([Warehouse], await RecipientsOfAsync(() => TakeOne(Admin))); // 2 left: at the reorder point
        Assert.Empty(await RecipientsOfAsync(() => TakeOne(Admin)));            // 1 left: already reported
    }

    [Fact]
    public async Task LowStockAfterAnIssue_NotifiesTheWarehouseManager()
    {
        var (_, request, _) = await _scenario.RequestAsync(Data.Workshop.SparePartRequestStatus.Approved, quantity: 3, stock: 3);
        var recipients = await RecipientsOfAsync(() => _scenario.As<SparePartService, PartRequestView>(Admin, s => s.IssueAsync(request, default)));
        Assert.Equal([Peter, Warehouse], recipients.Order().ToList());
    }

    /// <summary>The e-mails of everyone notified by <paramref name="action"/>.</summary>
    private async Task<List<string>> RecipientsOfAsync<T>(Func<Task<T>> action)
    {
        await using var before = await harness.SystemDbAsync();
        var known = (await before.Set<Notification>().IgnoreQueryFilters().Select(n => n.Id).ToListAsync()).ToHashSet();
        await action();
        await using var after = await harness.SystemDbAsync();
        var ids = await after.Set<Notification>().IgnoreQueryFilters().Select(n => new { n.Id, n.RecipientUserId }).ToListAsync();
        var recipients = ids.Where(n => !known.Contains(n.Id)).Select(n => n.RecipientUserId).ToList();
        return await after.Users.IgnoreQueryFilters().Where(u => recipients.Contains(u.Id)).Select(u => u.Email!).OrderBy(e => e).ToListAsync();
    }
}
