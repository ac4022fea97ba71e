using System.Data.Common;
using FieldOps.Data.Platform.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FieldOps.Data.Platform.Persistence;

/// <summary>Publishes the live updates of a save once it is committed: straight after the save, or when the
/// surrounding transaction commits. A failed save or a rollback publishes nothing.</summary>
public sealed class LiveUpdateSaveInterceptor(LiveUpdates liveUpdates, OutboxSignal outbox) : SaveChangesInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        PublishUnlessInTransaction(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        PublishUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Discard(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    private void PublishUnlessInTransaction(DbContext? context)
    {
        if (context is FieldOpsDbContext db && db.Database.CurrentTransaction is null)
        {
            Publish(db, liveUpdates, outbox);
        }
    }

    internal static void Publish(FieldOpsDbContext db, LiveUpdates liveUpdates, OutboxSignal outbox)
    {
        var notifications = db.PendingLiveNotifications.ToList();
        var changes = db.PendingLiveChanges.DistinctBy(c => (c.RecordType, c.RecordId)).ToList();
        var mail = db.PendingMail;
        Discard(db);
        liveUpdates.Publish(notifications, changes);
        if (mail)
        {
            outbox.Notify();
        }
    }

    internal static void Discard(DbContext? context)
    {
        if (context is FieldOpsDbContext db)
        {
            db.PendingLiveNotifications.Clear();
            db.PendingLiveChanges.Clear();
            db.PendingMail = false;
        }
    }
}

/// <summary>The transaction half of <see cref="LiveUpdateSaveInterceptor"/>.</summary>
public sealed class LiveUpdateTransactionInterceptor(LiveUpdates liveUpdates, OutboxSignal outbox) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is FieldOpsDbContext db)
        {
            LiveUpdateSaveInterceptor.Publish(db, liveUpdates, outbox);
        }
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        LiveUpdateSaveInterceptor.Discard(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        LiveUpdateSaveInterceptor.Discard(eventData.Context);
        return Task.CompletedTask;
    }
}
