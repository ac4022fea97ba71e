using FieldOps.Data;
using FieldOps.Data.Platform;
using FieldOps.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
            Assert.Equal(3, await db.Organizations.CountAsync());
            Assert.Equal(DemoAccounts.Users.Count, await db.Users.CountAsync());
        }
        finally
        {
            await harness.DisposeAsync();
        }
    }

    private static async Task<string?> ScalarAsync(FieldOpsDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
