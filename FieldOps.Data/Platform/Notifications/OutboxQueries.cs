using FieldOps.Data.Platform.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FieldOps.Data.Platform.Notifications;

public sealed record OutboxMailItem(Guid Id, string ToAddress, string Subject, OutboxMailStatus Status, int Attempts,
    DateTime CreatedAt, DateTime? SentAt, DateTime NextAttemptAt, string? LastError);

/// <summary>The organization's e-mail outbox, for admins: what is queued, sent or failed, and whether SMTP is set up.</summary>
public sealed class OutboxQueries(IDbContextFactory<FieldOpsDbContext> contextFactory, ICurrentUser currentUser, IOptions<FieldOpsOptions> options)
{
    public bool SmtpConfigured => options.Value.Smtp.IsConfigured;

    public async Task<(IReadOnlyList<OutboxMailItem> Items, int Total)> ListAsync(OutboxMailStatus? status, int skip, int take,
        CancellationToken cancellationToken)
    {
        if (!currentUser.IsInRole(Roles.Admin))
        {
            throw new AccessDeniedException("Only an admin can see the e-mail outbox.");
        }
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Set<OutboxMail>().AsQueryable();
        if (status is not null)
        {
            query = query.Where(m => m.Status == status);
        }
        var total = (await query.CountUpToLimitAsync(cancellationToken)).Count;
        var items = await query.OrderByDescending(m => m.CreatedAt).Skip(Math.Clamp(skip, 0, ListRequest.MaxSkip)).Take(Math.Clamp(take, 1, 200))
            .Select(m => new OutboxMailItem(m.Id, m.ToAddress, m.Subject, m.Status, m.Attempts, m.CreatedAt, m.SentAt, m.NextAttemptAt, m.LastError))
            .ToListAsync(cancellationToken);
        return (items, total);
    }
}
