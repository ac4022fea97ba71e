using FieldOps.Data.Platform.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FieldOps.Data.Platform.Persistence;

/// <summary>
/// Runs before every save: stamps audit fields, bumps concurrency versions, writes queued status changes to the
/// history, fills in and checks the owning organization, and refuses to change append-only records.
/// </summary>
public sealed class AuditSaveChangesInterceptor(ICurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not null)
        {
            Apply(eventData.Context);
        }
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not null)
        {
            Apply(eventData.Context);
        }
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Apply(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow().UtcDateTime;
        var userName = currentUser.IsAuthenticated ? currentUser.DisplayName : "System";
        var history = new List<StatusChange>();

        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.State is EntityState.Detached or EntityState.Unchanged)
            {
                continue;
            }

            if (entry.Entity is IAppendOnly && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new BusinessRuleException(
                    $"{entry.Metadata.ClrType.Name} records are permanent: they cannot be changed or deleted. Record a correcting entry instead.");
            }

            if (entry.Entity is IPartlyImmutable partly && entry.State == EntityState.Modified)
            {
                var changed = entry.Properties.Where(p => p.IsModified && !partly.MutableProperties.Contains(p.Metadata.Name)).Select(p => p.Metadata.Name).ToList();
                if (changed.Count > 0)
                {
                    throw new BusinessRuleException(
                        $"An issued {entry.Metadata.ClrType.Name.ToLowerInvariant()} cannot be edited ({string.Join(", ", changed)}). Void it and issue a new one.");
                }
            }
            if (entry.Entity is IPartlyImmutable && entry.State == EntityState.Deleted)
            {
                throw new BusinessRuleException($"An issued {entry.Metadata.ClrType.Name.ToLowerInvariant()} cannot be deleted. Void it instead.");
            }

            if (entry.Entity is IOrganizationOwned owned)
            {
                EnsureOrganization(entry, owned);
            }

            if (entry.Entity is Organization organization && entry.State == EntityState.Added)
            {
                organization.StampCreated(now);
            }

            if (entry.Entity is IAuditable)
            {
                StampAudit(entry, now);
            }

            if (entry.Entity is IVersioned && entry.State == EntityState.Modified)
            {
                var version = entry.Property(nameof(IVersioned.Version));
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }

            CollectLiveUpdate(context, entry);

            if (entry.Entity is IHasStatusHistory stateful && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                var organizationId = ((IOrganizationOwned)entry.Entity).OrganizationId;
                var entityId = ((Entity)entry.Entity).Id;
                history.AddRange(stateful.PendingTransitions.Select(t => new StatusChange(organizationId,
                    stateful.HistoryEntityType, entityId, t.From, t.To, t.Note, currentUser.UserId, userName, now)));
                stateful.ClearPendingTransitions();
            }
        }

        if (history.Count > 0)
        {
            context.AddRange(history);
        }
    }

    private static void CollectLiveUpdate(DbContext context, EntityEntry entry)
    {
        if (context is not FieldOpsDbContext fieldOps)
        {
            return;
        }
        switch (entry.Entity)
        {
            case Notification notification when entry.State == EntityState.Added:
                fieldOps.PendingLiveNotifications.Add(new LiveNotification(notification.RecipientUserId, notification.Id, notification.Title));
                break;
            case OutboxMail when entry.State == EntityState.Added:
                fieldOps.PendingMail = true;
                break;
            case Search.SearchTerm:
                break; // bookkeeping of the record it belongs to, which reports its own change
            case Entity record and IOrganizationOwned owned:
                var type = record is IHasStatusHistory stateful ? stateful.HistoryEntityType : entry.Metadata.ClrType.Name;
                fieldOps.PendingLiveChanges.Add(new LiveRecordChange(owned.OrganizationId, type, record.Id));
                break;
        }
    }

    private void EnsureOrganization(EntityEntry entry, IOrganizationOwned owned)
    {
        var current = currentUser.OrganizationId;
        if (entry.State == EntityState.Added && owned.OrganizationId == Guid.Empty)
        {
            if (current is null)
            {
                throw new InvalidOperationException(
                    $"A new {entry.Metadata.ClrType.Name} has no organization and there is no signed-in user to take it from.");
            }
            entry.Property(nameof(IOrganizationOwned.OrganizationId)).CurrentValue = current.Value;
        }
        else if (current is not null && owned.OrganizationId != current.Value)
        {
            // Defence in depth: the query filters already hide other organizations' records.
            throw new AccessDeniedException("A record of another organization cannot be changed.");
        }
    }

    private void StampAudit(EntityEntry entry, DateTime now)
    {
        var who = currentUser.UserId ?? "system";
        if (entry.State == EntityState.Added)
        {
            entry.Property(nameof(IAuditable.CreatedAt)).CurrentValue = now;
            entry.Property(nameof(IAuditable.CreatedBy)).CurrentValue = who;
        }
        else if (entry.State == EntityState.Modified)
        {
            entry.Property(nameof(IAuditable.UpdatedAt)).CurrentValue = now;
            entry.Property(nameof(IAuditable.UpdatedBy)).CurrentValue = who;
        }
    }
}
