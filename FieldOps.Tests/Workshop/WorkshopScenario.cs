using FieldOps.Data.Platform;
using FieldOps.Data.Workshop;
using FieldOps.Data.Workshop.Services;
using FieldOps.Tests.Support;

namespace FieldOps.Tests.Workshop;

/// <summary>Brings workshop records to any state through the real services, as the demo users of Demo Garage.</summary>
public sealed class WorkshopScenario(IActingHost host)
{
    public const string SiteManager = "sitemanager@garage.demo";
    public const string Peter = "technician@garage.demo";
    public const string Grace = "technician2@garage.demo";
    public const string Manager = "workshopmanager@garage.demo";
    public const string Warehouse = "warehouse@garage.demo";
    public const string Billing = "billing@garage.demo";
    public const string Admin = "admin@garage.demo";

    private static int _counter;

    public static string NextRegistration() => $"KTS {Interlocked.Increment(ref _counter):D3}{(char)('A' + Random.Shared.Next(26))}";

    public Task<TResult> As<TService, TResult>(string email, Func<TService, Task<TResult>> action) where TService : notnull =>
        host.AsAsync(email, action);

    /// <summary>A new item with the given stock.</summary>
    public async Task<WarehouseItemView> ItemAsync(int quantity, decimal price = 500m, int reorderPoint = 0) =>
        await As<WarehouseService, WarehouseItemView>(Warehouse, s => s.CreateAsync(new WarehouseItemInput
        {
            Sku = $"TST-{Guid.NewGuid():N}"[..20], Name = "Test part", Unit = "pcs", UnitCost = price / 2, UnitPrice = price, Quantity = quantity,
            ReorderPoint = reorderPoint,
        }, CancellationToken.None));

    /// <summary>A mechanical job for Peter brought to <paramref name="status"/> (with one completed task when it got that far).</summary>
    /// <summary>Opens <paramref name="count"/> jobs, then assigns them all at the same moment, spread over the
    /// technicians of the mechanical stream.</summary>
    public async Task<IReadOnlyList<Guid>> AssignManyAtOnceAsync(int count)
    {
        var ct = CancellationToken.None;
        var jobs = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            jobs.Add(await JobAsync(JobStatus.Received));
        }
        var technicians = (await As<JobService, IReadOnlyList<TechnicianOption>>(SiteManager, s => s.TechniciansAsync(OperationsStream.Mechanical, ct)))
            .Where(t => t.WorksInStream).ToList();
        await Task.WhenAll(jobs.Select((id, i) => Task.Run(() =>
            As<JobService, JobDetails>(SiteManager, s => s.AssignAsync(id, technicians[i % technicians.Count].Id, ct)))));
        return jobs;
    }

    public async Task<Guid> JobAsync(JobStatus status)
    {
        var ct = CancellationToken.None;
        var job = await As<JobService, JobDetails>(SiteManager, s => s.CreateAsync(new CreateJobInput
        {
            RegistrationNumber = NextRegistration(), OwnerName = "Scenario Owner", OperationsStream = OperationsStream.Mechanical,
            RevenueStream = RevenueStream.WalkIn, IssuesReported = "Scenario",
        }, ct));
        if (status == JobStatus.Received)
        {
            return job.Id;
        }
        var peterId = (await As<JobService, IReadOnlyList<TechnicianOption>>(SiteManager, s => s.TechniciansAsync(OperationsStream.Mechanical, ct)))
            .Single(t => t.Name == "Peter Otieno").Id;
        await As<JobService, JobDetails>(SiteManager, s => s.AssignAsync(job.Id, peterId, ct));
        if (status == JobStatus.Assigned)
        {
            return job.Id;
        }
        await As<JobService, JobDetails>(Peter, s => s.StartAsync(job.Id, ct));
        var oilChange = (await As<TaskActionService, IReadOnlyList<TaskActionView>>(Peter, s => s.ListAsync(OperationsStream.Mechanical, false, ct)))
            .Single(t => t.Name == "Oil change");
        var withTask = await As<TaskActionService, JobDetails>(Peter, s => s.AddToJobAsync(job.Id, new AddTaskInput { TaskActionId = oilChange.Id }, ct));
        await As<TaskActionService, JobDetails>(Peter, s => s.CompleteJobTaskAsync(job.Id, withTask.Tasks[0].Id, ct));
        await As<JobService, JobDetails>(Peter, s => s.UpdateAsync(job.Id, new UpdateJobInput { WorkDone = "Oil changed." }, ct));
        if (status == JobStatus.InProgress)
        {
            return job.Id;
        }
        if (status == JobStatus.AwaitingParts)
        {
            var item = await ItemAsync(5);
            await As<SparePartService, PartRequestView>(Peter, s => s.RequestAsync(job.Id, new PartRequestInput { WarehouseItemId = item.Id, Quantity = 1 }, ct));
            return job.Id;
        }
        await As<JobService, JobDetails>(Peter, s => s.CompleteAsync(job.Id, ct));
        if (status == JobStatus.Completed)
        {
            return job.Id;
        }
        await As<JobService, JobDetails>(Manager, s => s.ReviewAsync(job.Id, "Fine.", ct));
        if (status == JobStatus.ManagerReview)
        {
            return job.Id;
        }
        await As<JobService, JobDetails>(Manager, s => s.MoveToBillingAsync(job.Id, ct));
        if (status == JobStatus.Billing)
        {
            return job.Id;
        }
        await As<BillingService, InvoiceView>(Billing, s => s.AutoInvoiceAsync(job.Id, null, ct));
        return job.Id;
    }

    /// <summary>A parts request of a job in progress, brought to <paramref name="status"/>.</summary>
    public async Task<(Guid JobId, Guid RequestId, Guid ItemId)> RequestAsync(SparePartRequestStatus status, int quantity = 1, int stock = 10)
    {
        var ct = CancellationToken.None;
        var jobId = await JobAsync(JobStatus.InProgress);
        var item = await ItemAsync(stock);
        var request = await As<SparePartService, PartRequestView>(Peter,
            s => s.RequestAsync(jobId, new PartRequestInput { WarehouseItemId = item.Id, Quantity = quantity }, ct));
        if (status == SparePartRequestStatus.Rejected)
        {
            await As<SparePartService, PartRequestView>(Manager, s => s.RejectAsync(request.Id, "Not needed", ct));
        }
        if (status is SparePartRequestStatus.Approved or SparePartRequestStatus.Issued or SparePartRequestStatus.Completed)
        {
            await As<SparePartService, PartRequestView>(Manager, s => s.ApproveAsync(request.Id, null, ct));
        }
        if (status is SparePartRequestStatus.Issued or SparePartRequestStatus.Completed)
        {
            await As<SparePartService, PartRequestView>(Warehouse, s => s.IssueAsync(request.Id, ct));
        }
        if (status == SparePartRequestStatus.Completed)
        {
            await As<SparePartService, PartRequestView>(Peter, s => s.CompleteAsync(request.Id, ct));
        }
        return (jobId, request.Id, item.Id);
    }

    /// <summary>An invoice (issued or paid) for a new job.</summary>
    public async Task<InvoiceView> InvoiceAsync(bool paid = false)
    {
        var ct = CancellationToken.None;
        var jobId = await JobAsync(JobStatus.Billing);
        var invoice = await As<BillingService, InvoiceView>(Billing, s => s.AutoInvoiceAsync(jobId, null, ct));
        if (paid)
        {
            invoice = await As<BillingService, InvoiceView>(Billing, s => s.MarkPaidAsync(invoice.Id, new MarkPaidInput
            {
                PaidOn = DateOnly.FromDateTime(DateTime.UtcNow), Method = PaymentMethod.Cash,
            }, ct));
        }
        return invoice;
    }
}
