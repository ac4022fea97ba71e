using Microsoft.Extensions.Logging;

namespace FieldOps.Data.Platform.Notifications;

/// <summary>A new notification for a user, pushed to their open pages.</summary>
public sealed record LiveNotification(string RecipientUserId, Guid NotificationId, string Title);

/// <summary>A record was created or changed; open dashboards showing that kind of record reload.</summary>
public sealed record LiveRecordChange(Guid OrganizationId, string RecordType, Guid RecordId);

/// <summary>
/// In-process publish/subscribe between a change and every open Blazor circuit. Changes are published after they
/// are committed. Subscribers must be quick (they marshal to their renderer and return) and must unsubscribe.
/// </summary>
public sealed class LiveUpdates(ILogger<LiveUpdates> logger)
{
    public event Action<LiveNotification>? NotificationAdded;
    public event Action<LiveRecordChange>? RecordChanged;

    /// <summary>Carries this instance's updates to the other instances over one database (PostgreSQL), when it runs.</summary>
    internal Action<IReadOnlyCollection<LiveNotification>, IReadOnlyCollection<LiveRecordChange>>? Forward { get; set; }

    internal void Publish(IReadOnlyCollection<LiveNotification> notifications, IReadOnlyCollection<LiveRecordChange> changes)
    {
        Raise(notifications, changes);
        if (notifications.Count + changes.Count > 0)
        {
            Forward?.Invoke(notifications, changes);
        }
    }

    /// <summary>Raises updates made on this instance or received from another.</summary>
    internal void Raise(IReadOnlyCollection<LiveNotification> notifications, IReadOnlyCollection<LiveRecordChange> changes)
    {
        foreach (var notification in notifications)
        {
            Raise(NotificationAdded, notification);
        }
        foreach (var change in changes)
        {
            Raise(RecordChanged, change);
        }
    }

    private void Raise<T>(Action<T>? handlers, T value)
    {
        if (handlers is null)
        {
            return;
        }
        // One broken subscriber must not stop the others.
        foreach (var handler in handlers.GetInvocationList().Cast<Action<T>>())
        {
            try
            {
                handler(value);
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "A live-update subscriber failed for {Update}", value);
            }
        }
    }
}

/// <summary>Wakes the e-mail sender when new mail is queued, instead of waiting for its next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            _signal.Release();
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
