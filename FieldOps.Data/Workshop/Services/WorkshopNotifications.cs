using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Notifications;

namespace FieldOps.Data.Workshop.Services;

/// <summary>The notifications of every workshop hand-off, addressed by role or by relation to the job.</summary>
public sealed class WorkshopNotifications(Notifier notifier)
{
    private static string JobLink(Job job) => $"/workshop/jobs/{job.Id}";

    public Task JobAssignedAsync(FieldOpsDbContext db, Job job, CancellationToken ct) =>
        notifier.NotifyAsync(db, [job.TechnicianId], new NotificationMessage(
            $"Job {job.Number} assigned to you",
            $"{job.Vehicle?.RegistrationNumber} ({job.Vehicle?.Description}): {Short(job.IssuesReported)}",
            JobLink(job), WorkshopRecordTypes.Job, job.Id), ct);

    public async Task PartsRequestedAsync(FieldOpsDbContext db, Job job, SparePartRequest request, WarehouseItem item, CancellationToken ct) =>
        await notifier.NotifyAsync(db, await notifier.UsersInRoleAsync(db, WorkshopRoles.WorkshopManager, ct), new NotificationMessage(
            $"Parts requested for job {job.Number}",
            $"{request.RequestedByName} asks for {request.Quantity} × {item.Name} ({item.Sku}). Approve or reject it.",
            "/workshop/manager", WorkshopRecordTypes.SparePartRequest, request.Id), ct);

    public async Task PartsApprovedAsync(FieldOpsDbContext db, Job job, SparePartRequest request, WarehouseItem item, CancellationToken ct) =>
        await notifier.NotifyAsync(db, await notifier.UsersInRoleAsync(db, WorkshopRoles.WarehouseManager, ct), new NotificationMessage(
            $"Parts to issue for job {job.Number}",
            $"{request.Quantity} × {item.Name} ({item.Sku}) approved; {item.QuantityOnHand} in stock.",
            "/workshop/warehouse", WorkshopRecordTypes.SparePartRequest, request.Id), ct);

    public Task PartsDecidedForTechnicianAsync(FieldOpsDbContext db, Job job, SparePartRequest request, WarehouseItem item, CancellationToken ct)
    {
        var (title, message) = request.Status switch
        {
            SparePartRequestStatus.Issued => ($"Parts issued for job {job.Number}", $"{request.Quantity} × {item.Name} is ready to collect from the warehouse."),
            SparePartRequestStatus.Rejected => ($"Parts request rejected for job {job.Number}", $"{request.Quantity} × {item.Name}: {request.DecisionNote}"),
            _ => ($"Parts request updated for job {job.Number}", $"{request.Quantity} × {item.Name} is {request.Status}."),
        };
        return notifier.NotifyAsync(db, [job.TechnicianId], new NotificationMessage(title, message, JobLink(job), WorkshopRecordTypes.Job, job.Id), ct);
    }

    public async Task LowStockAsync(FieldOpsDbContext db, WarehouseItem item, CancellationToken ct) =>
        await notifier.NotifyAsync(db, await notifier.UsersInRoleAsync(db, WorkshopRoles.WarehouseManager, ct), new NotificationMessage(
            $"Low stock: {item.Name}",
            $"{item.Sku} is down to {item.QuantityOnHand} {item.Unit} (reorder point {item.ReorderPoint}). Time to order more.",
            "/workshop/warehouse?lowStock=true", WorkshopRecordTypes.WarehouseItem, item.Id), ct);

    public async Task JobCompletedAsync(FieldOpsDbContext db, Job job, CancellationToken ct) =>
        await notifier.NotifyAsync(db, await notifier.UsersInRoleAsync(db, WorkshopRoles.WorkshopManager, ct), new NotificationMessage(
            $"Job {job.Number} completed",
            $"{job.Vehicle?.RegistrationNumber} is ready for review.",
            JobLink(job), WorkshopRecordTypes.Job, job.Id), ct);

    public Task ReturnedForReworkAsync(FieldOpsDbContext db, Job job, string reason, CancellationToken ct) =>
        notifier.NotifyAsync(db, [job.TechnicianId], new NotificationMessage(
            $"Job {job.Number} returned for rework",
            reason, JobLink(job), WorkshopRecordTypes.Job, job.Id), ct);

    public async Task MovedToBillingAsync(FieldOpsDbContext db, Job job, CancellationToken ct) =>
        await notifier.NotifyAsync(db, await notifier.UsersInRoleAsync(db, WorkshopRoles.BillingStaff, ct), new NotificationMessage(
            $"Job {job.Number} ready to invoice",
            $"{job.Vehicle?.RegistrationNumber} for {job.Vehicle?.OwnerName} is in the billing queue.",
            "/workshop/billing", WorkshopRecordTypes.Job, job.Id), ct);

    private static string Short(string text) => text.Length <= 120 ? text : text[..117] + "…";
}
