namespace FieldOps.Data.Platform;

/// <summary>One recorded status change of any record: from, to, who, when and why. Written by the save
/// interceptor from the transitions an entity queued; never changed afterwards.</summary>
public sealed class StatusChange : Entity, IOrganizationOwned, IAppendOnly
{
    private StatusChange()
    {
    }

    public StatusChange(Guid organizationId, string entityType, Guid entityId, string? fromStatus, string toStatus, string? note,
        string? changedByUserId, string changedByName, DateTime changedAt)
    {
        OrganizationId = organizationId;
        EntityType = entityType;
        EntityId = entityId;
        FromStatus = fromStatus;
        ToStatus = toStatus;
        Note = note;
        ChangedByUserId = changedByUserId;
        ChangedByName = changedByName;
        ChangedAt = changedAt;
    }

    public Guid OrganizationId { get; private set; }
    public string EntityType { get; private set; } = "";
    public Guid EntityId { get; private set; }
    public string? FromStatus { get; private set; }
    public string ToStatus { get; private set; } = "";
    public string? Note { get; private set; }
    public string? ChangedByUserId { get; private set; }
    public string ChangedByName { get; private set; } = "";
    public DateTime ChangedAt { get; private set; }
}

/// <summary>A status change an entity has made in memory and that the next save records.</summary>
public sealed record PendingTransition(string? From, string To, string? Note);

public interface IHasStatusHistory
{
    /// <summary>The name the history is filed under ("Job", "SparePartRequest").</summary>
    string HistoryEntityType { get; }

    IReadOnlyList<PendingTransition> PendingTransitions { get; }

    void ClearPendingTransitions();
}
