using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FieldOps.Data.Platform.Persistence;

/// <summary>The right to do one piece of background work (sending the e-mail outbox) while it is held.</summary>
public interface IWorkLease : IAsyncDisposable
{
    /// <summary>False once the lease is lost (its holder's connection to the database broke): stop and ask again.</summary>
    Task<bool> StillHeldAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Work that exactly one instance of the app may do at a time. On PostgreSQL, where several instances can share one
/// database, a lease is a session advisory lock held on a connection of its own: whoever holds it does the work, the
/// others keep asking, and when the holder stops or crashes its session ends, the lock with it, and another instance
/// takes over at its next ask. On SQLite the database file belongs to one process, which always holds the lease.
/// </summary>
public sealed class WorkLeases(IOptions<FieldOpsOptions> options, IConfiguration configuration, ILogger<WorkLeases> logger)
{
    /// <summary>The lease on <paramref name="work"/>, or null while another instance holds it.</summary>
    public async Task<IWorkLease?> TryAcquireAsync(string work, CancellationToken cancellationToken)
    {
        if (options.Value.DatabaseProvider != "PostgreSQL")
        {
            return ProcessLease.Instance;
        }
        // Not pooled: a session lock must end with its connection, never linger in a pool.
        var connectionString = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("FieldOps")) { Pooling = false }.ConnectionString;
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var key = Key(work);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", key);
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                logger.LogInformation("This instance now does the {Work} work.", work);
                return new AdvisoryLease(connection, key);
            }
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            logger.LogWarning(exception, "Could not ask for the {Work} lease; will ask again.", work);
        }
        await connection.DisposeAsync();
        return null;
    }

    /// <summary>A fixed 64-bit key per kind of work, the same on every instance.</summary>
    public static long Key(string work) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("fieldops:" + work)), 0);

    private sealed class ProcessLease : IWorkLease
    {
        public static readonly ProcessLease Instance = new();

        public Task<bool> StillHeldAsync(CancellationToken cancellationToken) => Task.FromResult(true);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class AdvisoryLease(NpgsqlConnection connection, long key) : IWorkLease
    {
        public async Task<bool> StillHeldAsync(CancellationToken cancellationToken)
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT 1", connection);
                await command.ExecuteScalarAsync(cancellationToken);
                return true;
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                return false;
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", key);
                await command.ExecuteScalarAsync();
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
            {
                // The session is gone already, and its lock with it.
            }
            await connection.DisposeAsync();
        }
    }
}
