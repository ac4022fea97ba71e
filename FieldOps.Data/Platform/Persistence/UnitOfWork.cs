using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Platform.Persistence;

/// <summary>
/// Runs a write as one transaction on a fresh context and saves it. When another writer got there first (an
/// optimistic-concurrency conflict or a unique-key race), the whole unit runs again on fresh data, so its rules are
/// checked against the winner's result: a second approval of the same request then fails as an illegal move
/// instead of silently overwriting.
/// </summary>
public static class UnitOfWork
{
    public static async Task<T> WriteAsync<T>(this IDbContextFactory<FieldOpsDbContext> factory,
        Func<FieldOpsDbContext, Task<T>> work, CancellationToken cancellationToken, int attempts = 4)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            // On SQLite this takes the write lock up front (BEGIN IMMEDIATE), so concurrent writers queue.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var result = await work(db);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (DbUpdateConcurrencyException) when (attempt < attempts)
            {
                // Someone else changed the record; run again on fresh data.
            }
            catch (DbUpdateException exception) when (attempt < attempts && IsUniqueViolation(exception))
            {
                // Someone else created the same key first; run again.
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException();
            }
        }
    }

    public static Task WriteAsync(this IDbContextFactory<FieldOpsDbContext> factory, Func<FieldOpsDbContext, Task> work,
        CancellationToken cancellationToken) =>
        factory.WriteAsync(async db =>
        {
            await work(db);
            return true;
        }, cancellationToken);

    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase),
        Npgsql.PostgresException postgres => postgres.SqlState == "23505",
        _ => false,
    };
}
