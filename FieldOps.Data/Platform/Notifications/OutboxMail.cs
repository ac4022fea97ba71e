namespace FieldOps.Data.Platform.Notifications;

public enum OutboxMailStatus
{
    Queued,
    Sent,
    Failed,
}

/// <summary>An e-mail waiting to be sent (or sent, or given up on). Written in the same transaction as the
/// notification it copies, delivered later by the background sender.</summary>
public sealed class OutboxMail : Entity, IOrganizationOwned
{
    public const int MaxAttempts = 6;

    private OutboxMail()
    {
    }

    internal OutboxMail(Guid? notificationId, string toAddress, string toName, string subject, string body, DateTime createdAt)
    {
        NotificationId = notificationId;
        ToAddress = toAddress;
        ToName = toName;
        Subject = subject;
        Body = body;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
        Status = OutboxMailStatus.Queued;
    }

    public Guid OrganizationId { get; private set; }
    /// <summary>The notification this mail copies; none for a document sent on purpose (an invoice to a customer).</summary>
    public Guid? NotificationId { get; private set; }
    public string ToAddress { get; private set; } = "";
    public string ToName { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public OutboxMailStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime NextAttemptAt { get; private set; }
    public DateTime? SentAt { get; private set; }
    public string? LastError { get; private set; }

    /// <summary>A document sent with the mail (an invoice PDF), kept as it was sent.</summary>
    public string? AttachmentFileName { get; private set; }

    public byte[]? AttachmentContent { get; private set; }

    /// <summary>A document mailed on purpose, e.g. an invoice to its customer: the PDF goes with it.</summary>
    public static OutboxMail WithDocument(string toAddress, string toName, string subject, string body, string fileName, byte[] content, DateTime createdAt)
    {
        if (content.Length > MaxAttachmentBytes)
        {
            throw new BusinessRuleException("The document is too large to send by e-mail.");
        }
        return new OutboxMail(null, toAddress, toName, subject, body, createdAt) { AttachmentFileName = fileName, AttachmentContent = content };
    }

    /// <summary>The largest document the outbox carries.</summary>
    public const int MaxAttachmentBytes = 5 * 1024 * 1024;

    public void MarkSent(DateTime at)
    {
        Attempts++;
        Status = OutboxMailStatus.Sent;
        SentAt = at;
        LastError = null;
    }

    /// <summary>Records a failed attempt and schedules the next with exponential back-off (30 s, 1 min, 2 min …);
    /// after <see cref="MaxAttempts"/> the mail is marked failed for an admin to look at.</summary>
    public void MarkAttemptFailed(DateTime at, string error)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        if (Attempts >= MaxAttempts)
        {
            Status = OutboxMailStatus.Failed;
            return;
        }
        NextAttemptAt = at + BackOff(Attempts);
    }

    public static TimeSpan BackOff(int attempts) => TimeSpan.FromSeconds(30 * Math.Pow(2, attempts - 1));
}
