using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Platform.Notifications;

public sealed record NotificationItem(Guid Id, string Title, string Message, string? Link, string? RecordType, Guid? RecordId,
    DateTime CreatedAt, bool IsRead);

public sealed record NotificationPage(IReadOnlyList<NotificationItem> Items, int Total, int Unread);

/// <summary>The signed-in user's notifications: newest first, unread count, marking read.</summary>
public sealed class NotificationInbox(IDbContextFactory<FieldOpsDbContext> contextFactory, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<NotificationPage> ListAsync(int skip, int take, bool unreadOnly, CancellationToken cancellationToken)
    {
        var userId = RequireUser();
        take = Math.Clamp(take, 1, 100);
        skip = Math.Clamp(skip, 0, Lists.ListRequest.MaxSkip);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var mine = db.Set<Notification>().Where(n => n.RecipientUserId == userId);
        var filtered = unreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
        var items = await filtered.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip(skip).Take(take)
            .Select(n => new NotificationItem(n.Id, n.Title, n.Message, n.Link, n.RecordType, n.RecordId, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(cancellationToken);
        var counts = await CountsAsync(db, userId, cancellationToken);
        return new NotificationPage(items, unreadOnly ? counts.Unread : counts.Total, counts.Unread);
    }

    public async Task<int> UnreadCountAsync(CancellationToken cancellationToken)
    {
        var userId = RequireUser();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return (await CountsAsync(db, userId, cancellationToken)).Unread;
    }

    /// <summary>The recipient's totals from their summary row (kept by triggers), never by counting notifications.</summary>
    private static async Task<(int Total, int Unread)> CountsAsync(FieldOpsDbContext db, string userId, CancellationToken cancellationToken)
    {
        var row = await db.Set<NotificationCount>().Where(c => c.RecipientUserId == userId)
            .Select(c => new { c.Total, c.Unread }).SingleOrDefaultAsync(cancellationToken);
        return (row?.Total ?? 0, row?.Unread ?? 0);
    }

    public async Task MarkReadAsync(Guid notificationId, CancellationToken cancellationToken)
    {
        var userId = RequireUser();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var notification = await db.Set<Notification>().SingleOrDefaultAsync(n => n.Id == notificationId, cancellationToken)
            ?? throw new RecordNotFoundException("Notification", notificationId);
        if (notification.RecipientUserId != userId)
        {
            throw new AccessDeniedException("This notification is addressed to someone else.");
        }
        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task MarkAllReadAsync(CancellationToken cancellationToken)
    {
        var userId = RequireUser();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<Notification>().Where(n => n.RecipientUserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    private string RequireUser() => currentUser.UserId ?? throw new AccessDeniedException("Sign in to see notifications.");
}
