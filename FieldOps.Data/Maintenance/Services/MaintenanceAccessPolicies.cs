using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Access;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Maintenance.Services;

/// <summary>A request's photos, receipts and history: whoever sees the request sees them; the tenant, the assignee
/// and the firm's staff add photos.</summary>
public sealed class MaintenanceRequestAccessPolicy(MaintenanceGuard guard) : IRecordAccessPolicy
{
    public string RecordType => MaintenanceRecordTypes.Request;

    public async Task EnsureCanViewAsync(FieldOpsDbContext db, Guid recordId, CancellationToken cancellationToken) =>
        await guard.LoadAsync(db, recordId, cancellationToken);

    public async Task EnsureCanAttachAsync(FieldOpsDbContext db, Guid recordId, CancellationToken cancellationToken)
    {
        var request = await guard.LoadAsync(db, recordId, cancellationToken);
        if (!MaintenanceRequest.AcceptsFiles(request.Status))
        {
            throw new BusinessRuleException($"Request {request.Number} is {MaintenanceRequestWorkflow.Definition.LabelOf(request.Status).ToLowerInvariant()}: no more files can be added.");
        }
    }
}

/// <summary>A quote's own document (the vendor's PDF): seen by whoever sees its request, added by whoever may add quotes.</summary>
public sealed class QuoteAccessPolicy(MaintenanceGuard guard) : IRecordAccessPolicy
{
    public string RecordType => MaintenanceRecordTypes.Quote;

    public async Task EnsureCanViewAsync(FieldOpsDbContext db, Guid recordId, CancellationToken cancellationToken) =>
        await LoadAsync(db, recordId, cancellationToken);

    public async Task EnsureCanAttachAsync(FieldOpsDbContext db, Guid recordId, CancellationToken cancellationToken)
    {
        var (quote, request) = await LoadAsync(db, recordId, cancellationToken);
        if (!MaintenanceRequestWorkflow.AssigneeOrManager.Holds(request, guard.User))
        {
            throw new AccessDeniedException("Only the person the work order is assigned to or a property manager can attach a quote's documents.");
        }
        if (quote.Status != QuoteStatus.Pending)
        {
            throw new BusinessRuleException($"Quote {quote.Number} is decided: its documents can no longer change.");
        }
    }

    private async Task<(Quote Quote, MaintenanceRequest Request)> LoadAsync(FieldOpsDbContext db, Guid quoteId, CancellationToken cancellationToken)
    {
        var quote = await db.Set<Quote>().AsNoTracking().SingleOrDefaultAsync(q => q.Id == quoteId, cancellationToken)
            ?? throw new RecordNotFoundException("Quote", quoteId);
        var request = await guard.Visible(db).AsNoTracking().SingleOrDefaultAsync(r => r.Id == quote.RequestId, cancellationToken)
            ?? throw new RecordNotFoundException("Quote", quoteId);
        return (quote, request);
    }
}
