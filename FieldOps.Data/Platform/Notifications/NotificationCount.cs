namespace FieldOps.Data.Platform.Notifications;

/// <summary>
/// A recipient's notification totals (all and unread), kept by database triggers in the same transaction as every
/// notification added, read, unread or deleted — including "mark all read", which updates in bulk. The bell and the
/// inbox read this row instead of counting the notifications table. Never written by the application.
/// </summary>
public sealed class NotificationCount : IOrganizationOwned
{
    public Guid OrganizationId { get; private set; }
    public string RecipientUserId { get; private set; } = "";
    public int Total { get; private set; }
    public int Unread { get; private set; }
}
