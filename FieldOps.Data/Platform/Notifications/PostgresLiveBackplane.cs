using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FieldOps.Data.Platform.Notifications;

/// <summary>
/// Live updates across instances over the database already in use: each instance sends its committed updates with
/// PostgreSQL <c>NOTIFY</c> and <c>LISTEN</c>s for the others', raising them on its own open pages. No other server is
/// needed. On SQLite (one instance) it does nothing.
/// </summary>
public sealed class PostgresLiveBackplane(LiveUpdates liveUpdates, IOptions<FieldOpsOptions> options, IConfiguration configuration,
    ILogger<PostgresLiveBackplane> logger) : BackgroundService
{
    public const string Channel = "fieldops_live";

    /// <summary>PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more; larger batches are split.</summary>
    private const int MaxPayload = 7_000;

    private readonly Guid _instance = Guid.NewGuid();
    private readonly Channel<string> _outgoing = System.Threading.Channels.Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Whether this instance is listening (so updates from others reach its pages).</summary>
    public bool IsListening { get; private set; }

    private sealed record Message(Guid Instance, IReadOnlyList<LiveNotification> Notifications, IReadOnlyList<LiveRecordChange> Changes);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.DatabaseProvider != "PostgreSQL")
        {
            return;
        }
        liveUpdates.Forward = Enqueue;
        try
        {
            await Task.WhenAll(ListenAsync(stoppingToken), SendAsync(stoppingToken));
        }
        finally
        {
            liveUpdates.Forward = null;
        }
    }

    private void Enqueue(IReadOnlyCollection<LiveNotification> notifications, IReadOnlyCollection<LiveRecordChange> changes)
    {
        foreach (var payload in Payloads(notifications.ToList(), changes.ToList()))
        {
            _outgoing.Writer.TryWrite(payload);
        }
    }

    private IEnumerable<string> Payloads(List<LiveNotification> notifications, List<LiveRecordChange> changes)
    {
        var payload = JsonSerializer.Serialize(new Message(_instance, notifications, changes));
        if (payload.Length < MaxPayload || notifications.Count + changes.Count <= 1)
        {
            yield return payload;
            yield break;
        }
        foreach (var notification in notifications)
        {
            yield return JsonSerializer.Serialize(new Message(_instance, [notification], []));
        }
        foreach (var change in changes)
        {
            yield return JsonSerializer.Serialize(new Message(_instance, [], [change]));
        }
    }

    private string ConnectionString => new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("FieldOps"))
    {
        Pooling = false,
        KeepAlive = 30,
    }.ConnectionString;

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => Receive(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                IsListening = true;
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                IsListening = false;
                logger.LogWarning(exception, "Live updates from other instances are paused; listening again shortly.");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    private void Receive(string payload)
    {
        try
        {
            var message = JsonSerializer.Deserialize<Message>(payload);
            if (message is not null && message.Instance != _instance)
            {
                liveUpdates.Raise(message.Notifications, message.Changes);
            }
        }
        catch (JsonException exception)
        {
            logger.LogWarning(exception, "A live update from another instance could not be read.");
        }
    }

    private async Task SendAsync(CancellationToken stoppingToken)
    {
        NpgsqlConnection? connection = null;
        try
        {
            await foreach (var payload in _outgoing.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    if (connection is null)
                    {
                        connection = new NpgsqlConnection(ConnectionString);
                        await connection.OpenAsync(stoppingToken);
                    }
                    await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
                    notify.Parameters.AddWithValue("channel", Channel);
                    notify.Parameters.AddWithValue("payload", payload);
                    await notify.ExecuteNonQueryAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
                {
                    // This update reaches only this instance's pages; the next one opens a new connection.
                    logger.LogWarning(exception, "A live update could not be sent to the other instances.");
                    if (connection is not null)
                    {
                        await connection.DisposeAsync();
                        connection = null;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }
}
