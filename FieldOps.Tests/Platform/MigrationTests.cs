using FieldOps.Data;
using FieldOps.Data.Platform;
using FieldOps.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FieldOps.Tests.Platform;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_ApplyToAnEmptyDatabase_AndLeaveNothingPending()
    {
        var directory = TestDirectories.Create("migrate");
        using (var host = ServiceHarness.BuildHost(directory, seedDemoData: false, timeProvider: null))
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();

            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<FieldOpsDbContext>>().CreateDbContextAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges(), "The model has changes that no migration captures: add a migration.");
            Assert.Equal(Roles.All.Order(), (await db.Roles.Select(r => r.Name!).ToListAsync()).Order());
            Assert.Equal("wal", await ScalarAsync(db, "PRAGMA journal_mode;"));
            // The planner has statistics from the first start on: without them it reads whole organizations' rows.
            Assert.Equal("1", await ScalarAsync(db, "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'sqlite_stat1'"));
            // A writer that finds the write lock taken waits in SQLite, for up to the command timeout, and gets the
            // lock within milliseconds of its release (not after the driver's 150 ms retry sleep).
            await db.Database.OpenConnectionAsync();
            Assert.Equal("30000", await ScalarAsync(db, "PRAGMA busy_timeout;"));
        }
        SqliteConnection.ClearAllPools();
        Assert.True(File.Exists(Path.Combine(directory, "fieldops.db")));
    }

    [Fact]
    public async Task DemoSeeding_RunTwice_CreatesEverythingOnce()
    {
        var harness = new ServiceHarness();
        await harness.InitializeAsync();
        try
        {
            await using (var scope = harness.SystemScope())
            {
                var options = scope.ServiceProvider.GetRequiredService<IEnumerable<IDemoDataSeeder>>();
                foreach (var seeder in options.OrderBy(s => s.Order))
                {
                    await seeder.SeedAsync(CancellationToken.None);
                }
            }
            await using var db = await harness.SystemDbAsync();
            Assert.Equal(5, await db.Organizations.CountAsync());
            Assert.Equal(DemoAccounts.Users.Count, await db.Users.CountAsync());
            Assert.Equal(4, await db.Set<FieldOps.Data.Maintenance.Property>().IgnoreQueryFilters().CountAsync());
            Assert.Equal(1, await db.Set<FieldOps.Data.Maintenance.MaintenanceSettings>().IgnoreQueryFilters().CountAsync(s => s.OrganizationId
                == db.Organizations.Single(o => o.Name == DemoAccounts.DemoProperties).Id));
        }
        finally
        {
            await harness.DisposeAsync();
        }
    }

    private static async Task<string?> ScalarAsync(FieldOpsDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }

    /// <summary>Every length and precision limit is the same on both engines: the PostgreSQL migrations cannot fall
    /// behind the SQLite ones (or the other way round) without this failing.</summary>
    [Fact]
    public void BothEngines_HaveTheSameLimitsOnEveryColumn()
    {
        static Dictionary<string, string> Limits(Microsoft.EntityFrameworkCore.Infrastructure.ModelSnapshot snapshot) =>
            snapshot.Model.GetEntityTypes()
                .SelectMany(type => type.GetProperties().Select(p => (Key: $"{type.Name}.{p.Name}", Value: $"{p.GetMaxLength()}|{p.GetPrecision()}|{p.GetScale()}|{p.IsNullable}")))
                .ToDictionary(x => x.Key, x => x.Value);

        var sqlite = Limits((Microsoft.EntityFrameworkCore.Infrastructure.ModelSnapshot)Activator.CreateInstance(
            typeof(FieldOpsDbContext).Assembly.GetType("FieldOps.Data.Migrations.FieldOpsDbContextModelSnapshot", throwOnError: true)!, nonPublic: true)!);
        var postgres = Limits((Microsoft.EntityFrameworkCore.Infrastructure.ModelSnapshot)Activator.CreateInstance(
            typeof(FieldOpsDbContext).Assembly.GetType("FieldOps.Data.Migrations.PostgreSQL.FieldOpsDbContextPostgreSqlModelSnapshot", throwOnError: true)!, nonPublic: true)!);

        Assert.Equal(sqlite.Keys.Order(), postgres.Keys.Order());
        var different = sqlite.Where(c => postgres[c.Key] != c.Value).Select(c => $"{c.Key}: SQLite {c.Value}, PostgreSQL {postgres[c.Key]}").ToList();
        Assert.True(different.Count == 0, string.Join("\n", different));
        Assert.Contains(sqlite, c => c.Key.EndsWith("Voucher.PaymentReference", StringComparison.Ordinal) && c.Value.StartsWith("100|", StringComparison.Ordinal));
    }

    /// <summary>Before registrations had a key, "KDA 123A" and "KDA123A" could be two vehicles. Upgrading merges them
    /// into the first-recorded one, and no job is lost.</summary>
    [Fact]
    public Task Upgrading_MergesVehiclesTypedTwoWays_WithoutLosingAJob() =>
        UpgradeAcrossAsync("_VehicleRegistrationKeys", async (db, migrateUp) =>
        {

            var original = await ScalarAsync(db, "SELECT \"Id\" FROM \"Vehicles\" WHERE \"RegistrationNumber\" LIKE '% %' ORDER BY \"CreatedAt\" LIMIT 1");
            var registration = await ScalarAsync(db, $"SELECT \"RegistrationNumber\" FROM \"Vehicles\" WHERE \"Id\" = '{original}'");
            var jobsBefore = await ScalarAsync(db, "SELECT COUNT(*) FROM \"Jobs\"");
            var copy = Guid.NewGuid().ToString().ToUpperInvariant();
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"Vehicles\" (\"Id\", \"RegistrationNumber\", \"OwnerName\", \"OrganizationId\", \"CreatedAt\", \"Version\") " +
                "SELECT {0}, {1}, 'Same Car', \"OrganizationId\", '2099-01-01 00:00:00', 0 FROM \"Vehicles\" WHERE \"Id\" = {2}",
                copy, registration!.Replace(" ", "", StringComparison.Ordinal), original!);
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE \"Jobs\" SET \"VehicleId\" = {0} WHERE \"Id\" = (SELECT \"Id\" FROM \"Jobs\" WHERE \"VehicleId\" = {1} LIMIT 1)", copy, original!);

            await migrateUp();

            Assert.Equal("0", await ScalarAsync(db, $"SELECT COUNT(*) FROM \"Vehicles\" WHERE \"Id\" = '{copy}'"));
            Assert.Equal(jobsBefore, await ScalarAsync(db, "SELECT COUNT(*) FROM \"Jobs\""));
            Assert.Equal("0", await ScalarAsync(db, "SELECT COUNT(*) FROM \"Jobs\" WHERE \"VehicleId\" NOT IN (SELECT \"Id\" FROM \"Vehicles\")"));
            Assert.Equal(registration.Replace(" ", "", StringComparison.Ordinal),
                await ScalarAsync(db, $"SELECT \"RegistrationKey\" FROM \"Vehicles\" WHERE \"Id\" = '{original}'"));
        });

    /// <summary>Ledgers written before entries carried their place and totals get both on upgrade, in the order they
    /// were listed, with totals that add up exactly.</summary>
    [Fact]
    public Task Upgrading_PostsExistingLedgerEntries_WithExactRunningTotals() =>
        UpgradeAcrossAsync("_PostedLedger", async (db, migrateUp) =>
        {
            await migrateUp();

            var entries = await db.Set<Data.Contracting.LedgerEntry>().IgnoreQueryFilters().AsNoTracking().ToListAsync();
            Assert.NotEmpty(entries);
            foreach (var party in entries.GroupBy(e => e.PartyId))
            {
                var ordered = party.OrderBy(e => e.EntryDate).ThenBy(e => e.CreatedAt).ThenBy(e => e.Id).ToList();
                Assert.Equal(Enumerable.Range(1, ordered.Count).Select(i => (long)i), ordered.Select(e => e.Sequence));
                var balance = 0m;
                foreach (var entry in ordered)
                {
                    balance += entry.EntryType switch
                    {
                        Data.Contracting.LedgerEntryType.Payment => entry.Amount,
                        Data.Contracting.LedgerEntryType.Deduction or Data.Contracting.LedgerEntryType.Advance => -entry.Amount,
                        _ => 0m,
                    };
                    Assert.Equal(balance, entry.BalanceAfter);
                }
            }
        });

    /// <summary>A demo database taken back to just before <paramref name="migration"/>; the test changes what it needs
    /// there, then calls the second argument to upgrade it again.</summary>
    private static async Task UpgradeAcrossAsync(string migration, Func<FieldOpsDbContext, Func<Task>, Task> test)
    {
        var harness = new ServiceHarness();
        await harness.InitializeAsync();
        try
        {
            await using var db = await harness.SystemDbAsync();
            var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
            var migrations = db.Database.GetMigrations().ToList();
            var target = migrations.Single(m => m.EndsWith(migration, StringComparison.Ordinal));
            await migrator.MigrateAsync(migrations[migrations.IndexOf(target) - 1]);
            await test(db, () => migrator.MigrateAsync());
        }
        finally
        {
            await harness.DisposeAsync();
        }
    }
}
