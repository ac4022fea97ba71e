namespace FieldOps.Data.Platform.Notifications;

/// <summary>One message to one person about one record: "Job JOB-0042 was assigned to you".</summary>
public sealed class Notification : Entity, IOrganizationOwned
{
    private Notification()
    {
    }

    internal Notification(string recipientUserId, NotificationMessage message, DateTime createdAt)
    {
        RecipientUserId = recipientUserId;
        Title = message.Title;
        Message = message.Message;
        Link = message.Link;
        RecordType = message.RecordType;
        RecordId = message.RecordId;
        CreatedAt = createdAt;
    }

    public Guid OrganizationId { get; private set; }
    public string RecipientUserId { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";
    public string? Link { get; private set; }
    public string? RecordType { get; private set; }
    public Guid? RecordId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    public void MarkRead(DateTime at) => ReadAt ??= at;
}

/// <summary>What a notification says and which record it is about.</summary>
public sealed record NotificationMessage(string Title, string Message, string? Link, string? RecordType, Guid? RecordId);
