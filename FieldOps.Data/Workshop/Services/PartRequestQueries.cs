namespace FieldOps.Data.Workshop.Services;

/// <summary>The parts-request queue query (pending for the workshop manager, approved for the warehouse).</summary>
internal static class PartRequestQueries
{
    public static IQueryable<PartRequestRow> Queue(FieldOpsDbContext db, IQueryable<Job> visibleJobs, SparePartRequestStatus status, string currency) =>
        from request in db.Set<SparePartRequest>()
        join job in visibleJobs on request.JobId equals job.Id
        where request.Status == status
        orderby request.CreatedAt
        select new PartRequestRow(new PartRequestView(request.Id, job.Id, job.Number, request.WarehouseItemId, request.Item!.Sku, request.Item.Name,
            request.Quantity, request.Item.Unit, request.Status, request.RequestedByName, request.CreatedAt, request.Note,
            request.DecidedByName, request.DecisionNote, request.IssuedByName, request.IssuedAt, request.UnitPrice,
            request.Item.QuantityOnHand, currency) { Version = request.Version }, job.TechnicianId);
}

/// <summary>A queued request and the technician of its job (who alone may mark it fitted).</summary>
internal sealed record PartRequestRow(PartRequestView View, string? TechnicianId);
