using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Platform.Persistence;
using FieldOps.Data.Platform.Workflows;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Workshop.Services;

/// <summary>Parts requests: asked for by the technician, decided by the workshop manager, issued by the warehouse
/// (taking the stock in the same transaction, never below zero), fitted by the technician.</summary>
public sealed class SparePartService(
    IDbContextFactory<FieldOpsDbContext> contextFactory,
    WorkshopGuard guard,
    JobService jobs,
    WorkshopNotifications notify,
    TimeProvider clock,
    IValidator<PartRequestInput> validator)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static SparePartRequestWorkflow Workflow => SparePartRequestWorkflow.Definition;

    public async Task<PartRequestView> RequestAsync(Guid jobId, PartRequestInput input, CancellationToken cancellationToken)
    {
        guard.RequireWorkshop();
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        Guid requestId = default;
        await jobs.WriteJobAsync(jobId, async (db, job) =>
        {
            var item = await db.Set<WarehouseItem>().SingleOrDefaultAsync(i => i.Id == input.WarehouseItemId, cancellationToken)
                ?? throw new InputValidationException("warehouseItemId", "Choose a part from the warehouse list.");
            guard.Require(JobWorkflow.Definition.RequestParts);
            var request = job.RequestPart(guard.UserId, guard.UserName, item, input.Quantity!.Value, input.Note);
            db.Add(request);
            requestId = request.Id;
            await notify.PartsRequestedAsync(db, job, request, item, cancellationToken);
        }, cancellationToken);
        return await GetAsync(requestId, cancellationToken);
    }

    public async Task<IReadOnlyList<PartRequestView>> ListForJobAsync(Guid jobId, CancellationToken cancellationToken) =>
        (await jobs.GetAsync(jobId, cancellationToken)).PartsRequests;

    /// <summary>Requests in a given state across the garage: pending ones for the workshop manager, approved ones for
    /// the warehouse. Technicians see only their own jobs' requests.</summary>
    public async Task<ListPage<PartRequestView>> QueueAsync(SparePartRequestStatus status, ListRequest page, CancellationToken cancellationToken)
    {
        guard.RequireWorkshop();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var currency = (await db.OrganizationAsync(cancellationToken)).Currency.Code;
        var queue = PartRequestQueries.Queue(db, guard.VisibleJobs(db), status, currency);
        var rows = await queue.Skip(page.SafeSkip).Take(page.SafeTake).ToListAsync(cancellationToken);
        return ListPage<PartRequestView>.Of(
            rows.Select(row => row.View with { AllowedActions = Workflow.AllowedFor(row.View.Status, guard.User, row.TechnicianId == guard.User.UserId) }).ToList(),
            await queue.CountUpToLimitAsync(cancellationToken));
    }

    public async Task<PartRequestView> GetAsync(Guid requestId, CancellationToken cancellationToken)
    {
        guard.RequireWorkshop();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var jobId = await JobOfAsync(db, requestId, cancellationToken);
        var job = await guard.LoadJobAsync(db, jobId, cancellationToken);
        var request = job.PartsRequests.Single(r => r.Id == requestId);
        var currency = (await db.OrganizationAsync(cancellationToken)).Currency.Code;
        return ToView(request, job, request.Item!, currency, guard.User);
    }

    public Task<PartRequestView> ApproveAsync(Guid requestId, string? note, CancellationToken cancellationToken)
    {
        InputLimits.CheckReason(note, "note");
        return DecideAsync(requestId, Workflow.Approve, async (db, job, request) =>
        {
            request.Approve(guard.UserName, note, Now);
            await notify.PartsApprovedAsync(db, job, request, request.Item!, cancellationToken);
        }, cancellationToken);
    }

    public Task<PartRequestView> RejectAsync(Guid requestId, string reason, CancellationToken cancellationToken)
    {
        InputLimits.CheckReason(reason, "reason");
        return DecideAsync(requestId, Workflow.Reject, async (db, job, request) =>
        {
            request.Reject(guard.UserName, reason, Now);
            job.PartsRequestResolved();
            await notify.PartsDecidedForTechnicianAsync(db, job, request, request.Item!, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Issues the parts: checks and takes the stock, records the movement and, once nothing is left open,
    /// lets the job continue. Concurrent issues of the same item queue on the database write lock (and on the
    /// item's version), so stock never goes below zero and each success records exactly one movement.</summary>
    public Task<PartRequestView> IssueAsync(Guid requestId, CancellationToken cancellationToken) =>
        DecideAsync(requestId, Workflow.Issue, async (db, job, request) =>
        {
            var item = request.Item!;
            var wasLow = item.IsLowStock;
            var movement = item.Issue(request, guard.UserName);
            request.MarkIssued(guard.UserName, item.UnitPrice, Now);
            db.Add(movement);
            job.PartsRequestResolved();
            await notify.PartsDecidedForTechnicianAsync(db, job, request, item, cancellationToken);
            if (!wasLow && item.IsLowStock)
            {
                await notify.LowStockAsync(db, item, cancellationToken);
            }
        }, cancellationToken);

    public Task<PartRequestView> CompleteAsync(Guid requestId, CancellationToken cancellationToken) =>
        DecideAsync(requestId, Workflow.Complete, (_, _, request) =>
        {
            request.Complete(guard.UserId, Now);
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task<PartRequestView> DecideAsync(Guid requestId, WorkflowAction<SparePartRequest, SparePartRequestStatus> action,
        Func<FieldOpsDbContext, Job, SparePartRequest, Task> decide, CancellationToken cancellationToken)
    {
        guard.RequireWorkshop();
        await contextFactory.WriteAsync(async db =>
        {
            var jobId = await JobOfAsync(db, requestId, cancellationToken);
            var job = await guard.LoadJobAsync(db, jobId, cancellationToken);
            guard.Require(action);
            var request = job.PartsRequests.Single(r => r.Id == requestId);
            ExpectedVersion.Check(request, "parts request");
            guard.Allow(Workflow, action, request);
            await decide(db, job, request);
        }, cancellationToken);
        return await GetAsync(requestId, cancellationToken);
    }

    private static async Task<Guid> JobOfAsync(FieldOpsDbContext db, Guid requestId, CancellationToken cancellationToken) =>
        await db.Set<SparePartRequest>().Where(r => r.Id == requestId).Select(r => (Guid?)r.JobId).SingleOrDefaultAsync(cancellationToken)
        ?? throw new RecordNotFoundException("Parts request", requestId);

    internal static PartRequestView ToView(SparePartRequest r, Job job, WarehouseItem item, string currency, ICurrentUser user) =>
        new(r.Id, job.Id, job.Number, item.Id, item.Sku, item.Name, r.Quantity, item.Unit, r.Status, r.RequestedByName, r.CreatedAt, r.Note,
            r.DecidedByName, r.DecisionNote, r.IssuedByName, r.IssuedAt, r.UnitPrice, item.QuantityOnHand, currency)
        {
            AllowedActions = Workflow.AllowedFor(r, user),
            Version = r.Version,
        };
}
