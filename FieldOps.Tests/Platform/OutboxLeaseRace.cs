using System.Diagnostics;
using FieldOps.Data;
using FieldOps.Data.Platform.Notifications;
using FieldOps.Data.Platform.Persistence;
using FieldOps.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FieldOps.Tests.Platform;

/// <summary>
/// Two instances' e-mail senders over one PostgreSQL database: one holds the outbox lease and sends, so 20 mails queued
/// while both run go out exactly once; when the holder's session dies (a crashed instance) the other takes over.
/// </summary>
public static class OutboxLeaseRace
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task RunAsync(ServiceHarness harness)
    {
        await using var smtp = new FakeSmtpServer();
        var options = new FieldOpsOptions
        {
            DatabaseProvider = harness.Services.GetRequiredService<IOptions<FieldOpsOptions>>().Value.DatabaseProvider,
            Smtp = new SmtpOptions
            {
                Host = "127.0.0.1", Port = smtp.Port, EnableSsl = false, PollInterval = TimeSpan.FromMilliseconds(200),
                LeaseRetryInterval = TimeSpan.FromMilliseconds(300),
            },
        };
        OutboxMailSender Instance() => new(harness.Services.GetRequiredService<IServiceScopeFactory>(), new FixedOptions(options), new OutboxSignal(),
            TimeProvider.System, new WorkLeases(Options.Create(options), harness.Services.GetRequiredService<IConfiguration>(), NullLogger<WorkLeases>.Instance),
            harness.Services.GetRequiredService<DatabaseReadiness>(), NullLogger<OutboxMailSender>.Instance);
        var a = Instance();
        var b = Instance();
        await a.StartAsync(CancellationToken.None);
        await b.StartAsync(CancellationToken.None);
        try
        {
            var batch = $"lease-{Guid.NewGuid():N}";
            await QueueAsync(harness, batch, 20);
            await WaitAsync(() => Count(smtp, batch) >= 20);
            await Task.Delay(1_000); // time enough for a second sender to repeat a mail, were there one
            Assert.Equal(20, Count(smtp, batch));
            Assert.Equal(20, smtp.Received.Where(m => m.Text.Contains(batch, StringComparison.Ordinal)).Select(m => m.Text).Distinct().Count());
            Assert.True(a.HoldsLease ^ b.HoldsLease, "Exactly one sender holds the outbox lease.");

            // The holder's instance dies: its database session ends, and the other instance takes the lease and the mail.
            var (holder, other) = a.HoldsLease ? (a, b) : (b, a);
            await using (var db = await harness.SystemDbAsync())
            {
                await db.Database.ExecuteSqlRawAsync(
                    "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()");
            }
            await holder.StopAsync(CancellationToken.None);
            var after = $"takeover-{Guid.NewGuid():N}";
            await QueueAsync(harness, after, 5);
            await WaitAsync(() => Count(smtp, after) >= 5);
            Assert.Equal(5, Count(smtp, after));
            Assert.True(other.HoldsLease);
        }
        finally
        {
            await a.StopAsync(CancellationToken.None);
            await b.StopAsync(CancellationToken.None);
        }
    }

    private static int Count(FakeSmtpServer smtp, string batch) => smtp.Received.Count(m => m.Text.Contains(batch, StringComparison.Ordinal));

    private static async Task QueueAsync(ServiceHarness harness, string batch, int count)
    {
        var recipient = await harness.UserIdAsync("technician@garage.demo");
        await using var scope = await harness.ScopeAsAsync("sitemanager@garage.demo");
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<FieldOpsDbContext>>().CreateDbContextAsync();
        for (var i = 0; i < count; i++)
        {
            await notifier.NotifyAsync(db, [recipient], new NotificationMessage($"{batch} mail {i}", "Please look at it.", "/workshop/technician", "Job",
                Guid.NewGuid()), CancellationToken.None);
        }
        await db.SaveChangesAsync();
    }

    private static async Task WaitAsync(Func<bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (!done())
        {
            Assert.True(clock.Elapsed < Patience, "The mail was not sent in time.");
            await Task.Delay(100);
        }
    }

    private sealed class FixedOptions(FieldOpsOptions value) : IOptionsMonitor<FieldOpsOptions>
    {
        public FieldOpsOptions CurrentValue => value;

        public FieldOpsOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<FieldOpsOptions, string?> listener) => null;
    }
}
