namespace FieldOps.Data.Platform;

/// <summary>A business record with a status governed by a transition table. Every change goes through
/// <see cref="Run{TEntity}"/>, which takes a declared workflow action, refuses illegal moves and queues the change for the history.</summary>
public abstract class StatefulEntity<TStatus> : OrganizationEntity, IHasStatusHistory where TStatus : struct, Enum
{
    private readonly List<PendingTransition> _pending = [];

    /// <summary>For EF Core materialization: a loaded record has no pending transitions.</summary>
    protected StatefulEntity()
    {
    }

    protected StatefulEntity(TStatus initialStatus, string? note = null)
    {
        Status = initialStatus;
        _pending.Add(new PendingTransition(null, initialStatus.ToString(), note));
    }

    public TStatus Status { get; private set; }

    protected abstract StateMachine<TStatus> Transitions { get; }

    public virtual string HistoryEntityType => GetType().Name;

    IReadOnlyList<PendingTransition> IHasStatusHistory.PendingTransitions => _pending;

    void IHasStatusHistory.ClearPendingTransitions() => _pending.Clear();

    public bool CanMoveTo(TStatus to) => Transitions.CanMove(Status, to);

    /// <summary>Records that the record is being deleted (a draft thrown away): the history outlives the record.</summary>
    protected void RecordDeletion(string note) => _pending.Add(new PendingTransition(Status.ToString(), "Deleted", note));

    /// <summary>Records something that happened without a status change ("Reassigned to …").</summary>
    protected void RecordEvent(string note) => _pending.Add(new PendingTransition(Status.ToString(), Status.ToString(), note));

    /// <summary>Takes a declared workflow action: refuses it (409) unless it starts from the current status, then moves
    /// where it leads, or records <paramref name="note"/> as an event when it stays.</summary>
    protected void Run<TEntity>(Workflows.WorkflowAction<TEntity, TStatus> action, string? note = null)
    {
        if (!action.StartsFrom(Status))
        {
            var to = action.Edges.Select(e => e.To).FirstOrDefault(t => t is not null) ?? Status;
            throw new InvalidTransitionException(HistoryEntityType, Status.ToString(), to.ToString());
        }
        var target = action.TargetFrom(Status);
        if (target is null)
        {
            if ((note ?? action.History) is { } wording)
            {
                RecordEvent(wording);
            }
            return;
        }
        Transitions.EnsureCanMove(HistoryEntityType, Status, target.Value);
        _pending.Add(new PendingTransition(Status.ToString(), target.Value.ToString(), note ?? action.History));
        Status = target.Value;
    }
}
