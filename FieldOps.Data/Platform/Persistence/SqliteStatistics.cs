using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FieldOps.Data.Platform.Persistence;

/// <summary>
/// SQLite's query planner chooses indexes well only when it knows how the data is spread. Without statistics it
/// takes the organization index of a table and reads all of an organization's rows. As SQLite's documentation
/// advises, <c>PRAGMA optimize</c> runs at start-up (after migrations and demo data) and then every few hours; a
/// bounded analysis limit keeps each run short on a large database. PostgreSQL keeps its own statistics (autovacuum).
/// </summary>
public static class SqliteStatistics
{
    public static async Task RefreshAsync(FieldOpsDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }
        // 0x10002: also analyze tables that have never been analyzed (a new or just-upgraded database). Each index is
        // sampled up to 10,000 rows: from 1,000 the estimate cannot tell one organization's 100,000 requests from a
        // hundred organizations' thousand each, and the planner then counts a tenant's requests through the whole
        // firm's index instead of the tenant's own (about a second for the 2 GB benchmark database).
        await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=10000; PRAGMA optimize=0x10002;", cancellationToken);
    }
}

/// <summary>Refreshes SQLite's statistics every few hours while the app runs.</summary>
public sealed class SqliteStatisticsRefresher(IServiceScopeFactory scopes, ILogger<SqliteStatisticsRefresher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<FieldOpsDbContext>>().CreateDbContextAsync(stoppingToken);
                await SqliteStatistics.RefreshAsync(db, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Refreshing the SQLite statistics failed; trying again later");
            }
        }
    }
}
