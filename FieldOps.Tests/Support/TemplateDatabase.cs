using FieldOps.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FieldOps.Tests.Support;

/// <summary>
/// A database migrated and seeded with the demo data once per test run. Each fixture gets its own copy of the file,
/// so tests run against the real schema and real demo records without paying for seeding again.
/// </summary>
public static class TemplateDatabase
{
    private static readonly Lazy<Task<string>> Template = new(CreateAsync);

    public const string FileName = "fieldops.db";

    public static async Task CopyToAsync(string dataDirectory)
    {
        var template = await Template.Value;
        File.Copy(template, Path.Combine(dataDirectory, FileName), overwrite: true);
    }

    public static void CopyTo(string dataDirectory) => CopyToAsync(dataDirectory).GetAwaiter().GetResult();

    private static async Task<string> CreateAsync()
    {
        var directory = TestDirectories.Create("template");
        using (var host = ServiceHarness.BuildHost(directory, seedDemoData: true, timeProvider: null))
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            // The seeders ran side by side, on several pooled connections; leaving the journal mode needs the only one.
            SqliteConnection.ClearAllPools();
            var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<FieldOpsDbContext>>();
            await using var db = await factory.CreateDbContextAsync();
            // Fold the write-ahead log into the main file so a plain file copy is complete.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=DELETE;");
        }
        SqliteConnection.ClearAllPools();
        return Path.Combine(directory, FileName);
    }
}
