using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Access;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Workshop.Services;

/// <summary>Who may see a job's files and history, and attach photos to it.</summary>
public sealed class JobAccessPolicy(WorkshopGuard guard) : IRecordAccessPolicy
{
    public string RecordType => WorkshopRecordTypes.Job;

    public async Task EnsureCanViewAsync(FieldOpsDbContext db, Guid recordId, CancellationToken cancellationToken) =>
        await guard.LoadJobAsync(db, recordId, cancellationToken, withWork: false);

    public async Task EnsureCanAttachAsync(FieldOpsDbContext db, Guid recordId, CancellationToken cancellationToken)
    {
        var job = await guard.LoadJobAsync(db, recordId, cancellationToken, withWork: false);
        if (guard.IsIn(Roles.Admin, WorkshopRoles.SiteManager, WorkshopRoles.WorkshopManager))
        {
            return;
        }
        if (job.TechnicianId != guard.UserId)
        {
            throw new AccessDeniedException($"Only the assigned technician or a manager can add photos to job {job.Number}.");
        }
    }
}

public sealed class SparePartRequestAccessPolicy(WorkshopGuard guard) : IRecordAccessPolicy
{
    public string RecordType => WorkshopRecordTypes.SparePartRequest;

    public async Task EnsureCanViewAsync(FieldOpsDbContext db, Guid recordId, CancellationToken cancellationToken)
    {
        guard.RequireWorkshop();
        var jobId = await db.Set<SparePartRequest>().Where(r => r.Id == recordId).Select(r => (Guid?)r.JobId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new RecordNotFoundException("Parts request", recordId);
        await guard.LoadJobAsync(db, jobId, cancellationToken, withWork: false);
    }

    public Task EnsureCanAttachAsync(FieldOpsDbContext db, Guid recordId, CancellationToken cancellationToken) =>
        throw new AccessDeniedException("Attach photos to the job rather than to one of its parts requests.");
}

public sealed class InvoiceAccessPolicy(WorkshopGuard guard) : IRecordAccessPolicy
{
    public string RecordType => WorkshopRecordTypes.Invoice;

    public async Task EnsureCanViewAsync(FieldOpsDbContext db, Guid recordId, CancellationToken cancellationToken)
    {
        guard.Require("see invoices", BillingService.InvoiceReaders);
        _ = await db.Set<Invoice>().Where(i => i.Id == recordId).Select(i => (Guid?)i.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new RecordNotFoundException("Invoice", recordId);
    }

    public async Task EnsureCanAttachAsync(FieldOpsDbContext db, Guid recordId, CancellationToken cancellationToken)
    {
        guard.Require("attach documents to invoices", Roles.Admin, WorkshopRoles.BillingStaff);
        await EnsureCanViewAsync(db, recordId, cancellationToken);
    }
}
