using FieldOps.Data.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FieldOps.Data;

/// <summary>Seeds demo records. Each module contributes one; they run in <see cref="Order"/> and must be
/// idempotent (running twice changes nothing).</summary>
public interface IDemoDataSeeder
{
    int Order { get; }
    Task SeedAsync(CancellationToken cancellationToken);
}

/// <summary>Brings the database up to date at start-up: creates the data folder, applies migrations, switches
/// SQLite to WAL, creates the roles and, when configured, the demo data.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<FieldOpsDbContext> contextFactory,
    RoleManager<IdentityRole> roleManager,
    IEnumerable<IDemoDataSeeder> seeders,
    IOptions<FieldOpsOptions> options,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        Directory.CreateDirectory(settings.DataDirectory);
        // Where start-up time goes, logged once: a slow first start is measured, not guessed.
        var phases = new List<string>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Phase(string name)
        {
            phases.Add($"{name} {clock.Elapsed.TotalSeconds:N2} s");
            clock.Restart();
        }

        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (settings.MigrateOnStartup)
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                if (pending.Count > 0)
                {
                    logger.LogInformation("Applying {Count} database migrations: {Migrations}", pending.Count, pending);
                }
                await db.Database.MigrateAsync(cancellationToken);
            }
            if (db.Database.IsSqlite())
            {
                // WAL lets readers work while a write is in progress; the setting is stored in the database file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
        }
        Phase("migrations");

        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole(role));
            }
        }
        Phase("roles");

        if (settings.SeedDemoData)
        {
            foreach (var seeder in seeders.OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(cancellationToken);
                Phase(seeder.GetType().Name);
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
        logger.LogInformation("Database ready; start-up took: {Phases}", string.Join(", ", phases));
    }
}
