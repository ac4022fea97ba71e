using FieldOps.Data.Platform;

namespace FieldOps.Data.Workshop;

/// <summary>A technician's request for parts from the warehouse for a job: approved or rejected by the workshop
/// manager, issued by the warehouse (which takes the stock), then completed when fitted.</summary>
public sealed class SparePartRequest : StatefulEntity<SparePartRequestStatus>
{
    /// <summary>The transition table, derived from <see cref="SparePartRequestWorkflow"/>.</summary>
    public static StateMachine<SparePartRequestStatus> Workflow => SparePartRequestWorkflow.Definition.Transitions;

    private static SparePartRequestWorkflow Actions => SparePartRequestWorkflow.Definition;

    private SparePartRequest()
    {
    }

    internal SparePartRequest(Job job, WarehouseItem item, int quantity, string requestedById, string requestedByName, string? note)
        : base(SparePartRequestStatus.Pending, $"Requested {quantity} × {item.Name}")
    {
        if (quantity <= 0)
        {
            throw new InputValidationException("quantity", "Request at least one.");
        }
        if (!item.IsActive)
        {
            throw new BusinessRuleException($"{item.Name} is no longer stocked.");
        }
        JobId = job.Id;
        Job = job;
        WarehouseItemId = item.Id;
        Item = item;
        Quantity = quantity;
        RequestedById = requestedById;
        RequestedByName = requestedByName;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    protected override StateMachine<SparePartRequestStatus> Transitions => Workflow;

    public Guid JobId { get; private set; }
    public Job? Job { get; private set; }
    public Guid WarehouseItemId { get; private set; }
    public WarehouseItem? Item { get; private set; }
    public int Quantity { get; private set; }
    public string RequestedById { get; private set; } = "";
    public string RequestedByName { get; private set; } = "";
    public string? Note { get; private set; }
    public string? DecidedByName { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? DecisionNote { get; private set; }
    public string? IssuedByName { get; private set; }
    public DateTime? IssuedAt { get; private set; }

    /// <summary>The item's unit price when it was issued: what the customer is charged.</summary>
    public decimal? UnitPrice { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public void Approve(string byName, string? note, DateTime at)
    {
        Run(Actions.Approve, note);
        Decide(byName, note, at);
    }

    public void Reject(string byName, string reason, DateTime at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InputValidationException("reason", "Say why the request is rejected, so the technician knows what to do.");
        }
        Run(Actions.Reject, reason.Trim());
        Decide(byName, reason, at);
    }

    /// <summary>Hands the parts over; the stock is taken by <see cref="WarehouseItem.Issue"/> in the same transaction.</summary>
    internal void MarkIssued(string byName, decimal unitPrice, DateTime at)
    {
        Run(Actions.Issue, $"Issued by {byName}");
        IssuedByName = byName;
        IssuedAt = at;
        UnitPrice = unitPrice;
    }

    public void Complete(string userId, DateTime at)
    {
        if (Job?.TechnicianId != userId)
        {
            throw new AccessDeniedException("Only the technician assigned to the job can mark its parts as fitted.");
        }
        Run(Actions.Complete);
        CompletedAt = at;
    }

    /// <summary>The workshop manager's decision, once there is one.</summary>
    public Decision? Decision => DecidedAt is { } at ? new Decision(DecidedByName ?? "", at, DecisionNote) : null;

    private void Decide(string byName, string? note, DateTime at)
    {
        var decision = Platform.Decision.Of(byName, at, note);
        (DecidedByName, DecidedAt, DecisionNote) = (decision.ByName, decision.At, decision.Note);
    }
}
