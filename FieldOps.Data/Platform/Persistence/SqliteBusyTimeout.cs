using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FieldOps.Data.Platform.Persistence;

/// <summary>
/// Lets SQLite itself wait for the write lock. SQLite has one writer at a time; without a busy timeout a second
/// writer's <c>BEGIN IMMEDIATE</c> fails at once and Microsoft.Data.Sqlite retries it after sleeping 150 ms, so a
/// write that waited a millisecond for another one took 150. SQLite's own busy handler retries within milliseconds
/// of the lock coming free. The limit is the command timeout: a writer still gives up after as long as before.
/// </summary>
public sealed class SqliteBusyTimeout(TimeSpan timeout) : DbConnectionInterceptor
{
    private readonly string _pragma = $"PRAGMA busy_timeout = {(int)timeout.TotalMilliseconds};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        // A pragma is answered from memory: there is nothing to wait for asynchronously.
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return;
        }
        using var command = sqlite.CreateCommand();
        command.CommandText = _pragma;
        command.ExecuteNonQuery();
    }
}
