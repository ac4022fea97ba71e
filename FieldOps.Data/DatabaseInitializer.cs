using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FieldOps.Data;

/// <summary>Seeds demo records. Each module contributes one; they run in ascending <see cref="Order"/>, those of the
/// same order side by side, and must be idempotent (running twice changes nothing).</summary>
public interface IDemoDataSeeder
{
    /// <summary>When this seeder runs: after every seeder of a lower order. Seeders of one order share no records
    /// (each seeds its own organizations), so they run concurrently.</summary>
    int Order { get; }
    Task SeedAsync(CancellationToken cancellationToken);
}

/// <summary>Brings the database up to date at start-up in two steps: the schema (<see cref="MigrateAsync"/>), then the
/// roles, demo data and statistics (<see cref="CompleteAsync"/>), after which it marks the database ready.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<FieldOpsDbContext> contextFactory,
    RoleManager<IdentityRole> roleManager,
    IEnumerable<IDemoDataSeeder> seeders,
    IOptions<FieldOpsOptions> options,
    Platform.Persistence.DatabaseReadiness readiness,
    ILogger<DatabaseInitializer> logger)
{
    private readonly List<string> _phases = [];
    private readonly System.Diagnostics.Stopwatch _clock = new();

    /// <summary>Both steps, one after the other: <see cref="MigrateAsync"/> then <see cref="CompleteAsync"/>.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await MigrateAsync(cancellationToken);
        await CompleteAsync(cancellationToken);
    }

    /// <summary>Creates the data folder, brings the schema up to date and switches SQLite to WAL: after this the schema
    /// is complete (the app's own start-up reads from it: the data-protection key ring). A new SQLite database gets its
    /// schema from the recorded baseline in one step (<see cref="SqliteSchemaBaseline"/>); any other database is
    /// migrated, when a migration is pending.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        Directory.CreateDirectory(settings.DataDirectory);
        _clock.Restart();
        var how = "migrations";
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (settings.MigrateOnStartup)
            {
                if (db.Database.IsSqlite() && await SqliteSchemaBaseline.TryCreateAsync(db, cancellationToken))
                {
                    how = "schema from the baseline";
                    logger.LogInformation("Created the new database's schema from the baseline of its {Count} migrations", db.Database.GetMigrations().Count());
                }
                else
                {
                    var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                    // With nothing pending a migration run changes nothing, yet takes EF Core most of a second.
                    if (pending.Count > 0)
                    {
                        logger.LogInformation("Applying {Count} database migrations: {Migrations}", pending.Count, pending);
                        await db.Database.MigrateAsync(cancellationToken);
                    }
                }
            }
            if (db.Database.IsSqlite())
            {
                // WAL lets readers work while a write is in progress; the setting is stored in the database file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
        }
        Phase(how);
        logger.LogInformation("Database schema is up to date: {Phase}", _phases[^1]);
    }

    /// <summary>Creates the roles, gives an upgraded database's maintenance requests their calendar days and, when
    /// configured, adds the demo data; brings the search index and the planner's statistics up to date; then marks the
    /// database ready.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        _clock.Restart();
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole(role));
            }
        }
        Phase("roles");

        // An upgraded database's requests get their days in the firm's calendar while the server already answers
        // "starting": on a large firm's first start after the upgrade it takes a while (175,000 days in 50 s).
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var filled = await Maintenance.CalendarDays.FillMissingAsync(db, cancellationToken);
            if (filled > 0)
            {
                logger.LogInformation("Gave maintenance requests {Count} days in the firm's calendar (made or completed before those were kept)", filled);
                Phase("calendar days");
            }
        }

        if (options.Value.SeedDemoData)
        {
            // Most of a first start is spent here, one core busy compiling the queries and code each workflow uses for
            // the first time. The modules seed different organizations, so they run side by side on every core.
            foreach (var stage in seeders.GroupBy(s => s.Order).OrderBy(g => g.Key))
            {
                var timings = await Task.WhenAll(stage.Select(seeder => Task.Run(async () =>
                {
                    var own = System.Diagnostics.Stopwatch.StartNew();
                    await seeder.SeedAsync(cancellationToken);
                    return $"{seeder.GetType().Name} {own.Elapsed.TotalSeconds:N2} s";
                }, cancellationToken)));
                Phase("demo data", $" ({string.Join(", ", timings)})");
            }
            logger.LogInformation("Demo data is in place");
        }

        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            await Platform.Search.SearchIndexBuilder.EnsureAsync(db, logger, cancellationToken);
            Phase("search index");
            await Platform.Persistence.SqliteStatistics.RefreshAsync(db, cancellationToken);
            Phase("statistics");
        }
        // Where start-up time goes, logged once: a slow first start is measured, not guessed.
        logger.LogInformation("Database ready; start-up took: {Phases}; the process so far compiled {Methods} methods in {JitSeconds:N2} s of JIT time, paused {GcPauseSeconds:N2} s for {Collections} garbage collections, spent {CpuSeconds:N2} s of CPU",
            string.Join(", ", _phases), System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime().TotalSeconds,
            GC.GetTotalPauseDuration().TotalSeconds, GC.CollectionCount(0), System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds);
        readiness.MarkReady();
    }

    private void Phase(string name, string detail = "")
    {
        _phases.Add($"{name} {_clock.Elapsed.TotalSeconds:N2} s{detail}");
        _clock.Restart();
    }
}
