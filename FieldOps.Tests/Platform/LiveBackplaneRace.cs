using System.Diagnostics;
using FieldOps.Data;
using FieldOps.Data.Platform.Notifications;
using FieldOps.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FieldOps.Tests.Platform;

/// <summary>Live updates between two instances over one PostgreSQL database: a change published on one reaches the
/// other's subscribers (median of 50 under two seconds), a notification the other way too, and nobody hears their own
/// update twice.</summary>
public static class LiveBackplaneRace
{
    public static async Task RunAsync(ServiceHarness harness)
    {
        var options = harness.Services.GetRequiredService<IOptions<FieldOpsOptions>>();
        var configuration = harness.Services.GetRequiredService<IConfiguration>();
        var a = new LiveUpdates(NullLogger<LiveUpdates>.Instance);
        var b = new LiveUpdates(NullLogger<LiveUpdates>.Instance);
        var backplaneA = new PostgresLiveBackplane(a, options, configuration, NullLogger<PostgresLiveBackplane>.Instance);
        var backplaneB = new PostgresLiveBackplane(b, options, configuration, NullLogger<PostgresLiveBackplane>.Instance);
        await backplaneA.StartAsync(CancellationToken.None);
        await backplaneB.StartAsync(CancellationToken.None);
        try
        {
            var ready = Stopwatch.StartNew();
            while (!(backplaneA.IsListening && backplaneB.IsListening))
            {
                Assert.True(ready.Elapsed < TimeSpan.FromSeconds(30), "The instances did not start listening.");
                await Task.Delay(50);
            }
            var organization = Guid.NewGuid();
            var heardOnA = 0;
            a.RecordChanged += _ => Interlocked.Increment(ref heardOnA);
            var latencies = new List<double>();
            for (var i = 0; i < 50; i++)
            {
                var id = Guid.NewGuid();
                var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                void OnChange(LiveRecordChange change)
                {
                    if (change.RecordId == id)
                    {
                        arrived.TrySetResult();
                    }
                }
                b.RecordChanged += OnChange;
                var clock = Stopwatch.StartNew();
                a.Publish([], [new LiveRecordChange(organization, "Job", id)]);
                await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
                latencies.Add(clock.Elapsed.TotalMilliseconds);
                b.RecordChanged -= OnChange;
            }
            latencies.Sort();
            var median = latencies[latencies.Count / 2];
            Console.WriteLine($"Cross-instance live update: median {median:N1} ms, slowest {latencies[^1]:N1} ms over 50.");
            Assert.True(median < 2_000, $"median {median} ms");

            // The other way: a notification for a user made on B reaches A's pages.
            var notified = new TaskCompletionSource<LiveNotification>(TaskCreationOptions.RunContinuationsAsynchronously);
            a.NotificationAdded += n => notified.TrySetResult(n);
            var notification = new LiveNotification("user-1", Guid.NewGuid(), "Job assigned");
            b.Publish([notification], []);
            Assert.Equal(notification, await notified.Task.WaitAsync(TimeSpan.FromSeconds(10)));

            // A heard its own 50 changes once each, locally, and not again through the database.
            await Task.Delay(500);
            Assert.Equal(50, heardOnA);
        }
        finally
        {
            await backplaneA.StopAsync(CancellationToken.None);
            await backplaneB.StopAsync(CancellationToken.None);
        }
    }
}
