using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FieldOps.Data.Platform.Notifications;

/// <summary>
/// Creates notifications (and their e-mail copies) inside the caller's unit of work, so they are saved, or not,
/// together with the change they announce. Recipients are named by the caller: by role in the organization or by
/// their relation to the record; the person acting is never notified of their own action.
/// </summary>
public sealed class Notifier(ICurrentUser currentUser, TimeProvider clock, IOptions<FieldOpsOptions> options)
{
    public async Task NotifyAsync(FieldOpsDbContext db, IEnumerable<string?> recipientUserIds, NotificationMessage message,
        CancellationToken cancellationToken, bool evenTheActor = false)
    {
        // A warning about the state of things (a budget passing its alert share) reaches its recipient even when their
        // own action caused it; an announcement of an action does not go back to whoever took it.
        var ids = recipientUserIds.OfType<string>().Where(id => evenTheActor || id != currentUser.UserId).Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }
        var recipients = await db.Users.Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.DisplayName })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var recipient in recipients)
        {
            var notification = new Notification(recipient.Id, message, now);
            db.Add(notification);
            if (!string.IsNullOrWhiteSpace(recipient.Email))
            {
                db.Add(new OutboxMail(notification.Id, recipient.Email, recipient.DisplayName, message.Title,
                    MailBody(recipient.DisplayName, message), now));
            }
        }
    }

    /// <summary>The ids of the organization's users holding <paramref name="role"/>.</summary>
    public Task<List<string>> UsersInRoleAsync(FieldOpsDbContext db, string role, CancellationToken cancellationToken) =>
        db.UsersInRole(role).Select(user => user.Id).ToListAsync(cancellationToken);

    private string MailBody(string name, NotificationMessage message)
    {
        var link = message.Link is null ? "" : $"\n\nOpen it in FieldOps: {options.Value.PublicBaseUrl.TrimEnd('/')}{message.Link}";
        return $"Hello {name},\n\n{message.Message}{link}\n\n— FieldOps";
    }
}
