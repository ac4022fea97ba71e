using FieldOps.Data.Platform;
using FieldOps.Data.Workshop;

namespace FieldOps.Tests.Workshop;

/// <summary>Workshop entities in any state, built through their own methods (no database).</summary>
internal static class WorkshopBuilders
{
    public const string Technician = "technician-1";
    public const string OtherTechnician = "technician-2";
    public static readonly DateTime Now = new(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);

    public static Vehicle Vehicle() => new("KAA 001A", "Owner Name");

    public static TaskAction TaskAction(decimal cost = 1_000m) => new(OperationsStream.Mechanical, "Oil change", null, cost);

    public static WarehouseItem Item(int quantity = 10, decimal price = 200m)
    {
        var item = new WarehouseItem("SKU-1", "Oil filter", "pcs", 100m, price, reorderPoint: 2);
        if (quantity > 0)
        {
            item.Receive(quantity, null, "Opening stock", "Test");
        }
        return item;
    }

    /// <summary>A job brought to <paramref name="status"/> the way the workflow does it.</summary>
    public static Job JobIn(JobStatus status)
    {
        var job = new Job("JOB-2026-0001", Vehicle(), "site-manager", OperationsStream.Mechanical, RevenueStream.WalkIn, "Noise", 1000, Now);
        if (status == JobStatus.Received)
        {
            return job;
        }
        job.Assign(Technician, "Tech One", Now);
        if (status == JobStatus.Assigned)
        {
            return job;
        }
        job.Start(Technician, Now);
        job.UpdateWorkDone(Technician, "Work done.");
        if (status == JobStatus.InProgress)
        {
            return job;
        }
        if (status == JobStatus.AwaitingParts)
        {
            job.RequestPart(Technician, "Tech One", Item(), 1, null);
            return job;
        }
        job.Complete(Technician, Now);
        if (status == JobStatus.Completed)
        {
            return job;
        }
        job.Review("Fine.", Now);
        if (status == JobStatus.ManagerReview)
        {
            return job;
        }
        job.MoveToBilling(Now);
        if (status == JobStatus.Billing)
        {
            return job;
        }
        IssueInvoice(job);
        return job;
    }

    public static Invoice IssueInvoice(Job job, Currency? currency = null, decimal taxRate = 0.16m, params InvoiceLineDraft[] lines) =>
        Invoice.Issue("INV-2026-0001", job, job.Vehicle!, lines.Length > 0 ? lines : [new InvoiceLineDraft(InvoiceLineKind.Labour, "Labour", 1, 1_000m)],
            currency ?? Currency.Kes, taxRate, "VAT", Now, DateOnly.FromDateTime(Now).AddDays(14), null, isManual: true);
}
