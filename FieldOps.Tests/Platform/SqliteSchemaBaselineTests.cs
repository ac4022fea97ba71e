using System.Runtime.CompilerServices;
using FieldOps.Data;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Persistence;
using FieldOps.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FieldOps.Tests.Platform;

/// <summary>
/// A new SQLite database gets its schema from a recorded script instead of the migrations one by one. These tests
/// record the script again and compare it with the one in the repository, and prove that a database made from it is
/// the database the migrations make, table for table, index for index, with the same history.
/// </summary>
public sealed class SqliteSchemaBaselineTests
{
    /// <summary>Set to 1 to write a fresh recording into the repository instead of failing when it differs.</summary>
    private const string WriteVariable = "FIELDOPS_WRITE_SCHEMA_BASELINE";

    [Fact]
    public async Task TheBaselineInTheRepository_IsWhatTheMigrationsRunOnAnEmptyDatabase()
    {
        var recorded = (await RecordMigrationsAsync()).Format();
        var source = SourcePath();
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            await File.WriteAllTextAsync(source, recorded);
        }
        var embedded = SqliteSchemaBaseline.Load().Format();
        Assert.True(recorded == embedded,
            $"Migrations/SqliteSchemaBaseline.sql is not what the migrations run on an empty database (a migration was added or changed, or EF Core was upgraded). Record it again: {WriteVariable}=1 dotnet test FieldOps.Tests --filter SqliteSchemaBaselineTests, then rebuild.");
        Assert.Equal(recorded, (await File.ReadAllTextAsync(source)).ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task ADatabaseMadeFromTheBaseline_IsTheDatabaseTheMigrationsMake()
    {
        var migrated = NewContext("migrated");
        await migrated.Database.MigrateAsync();
        var fromBaseline = NewContext("baseline");

        Assert.True(await SqliteSchemaBaseline.TryCreateAsync(fromBaseline, CancellationToken.None));

        var expected = await SchemaAsync(migrated);
        Assert.True(expected.Count > 100, $"Only {expected.Count} schema entries: the comparison would prove little.");
        Assert.Contains(expected, e => e.StartsWith("table|Jobs|", StringComparison.Ordinal));
        Assert.Contains(expected, e => e.StartsWith("trigger|", StringComparison.Ordinal));
        var made = await SchemaAsync(fromBaseline);
        var missing = expected.Except(made).ToList();
        var extra = made.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"The migrations made:\n{string.Join('\n', missing)}\n\nThe baseline made instead:\n{string.Join('\n', extra)}");
        Assert.Equal(expected, made);
        Assert.Equal(await migrated.Database.GetAppliedMigrationsAsync(), await fromBaseline.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await fromBaseline.Database.GetPendingMigrationsAsync());
        Assert.Equal(await ScalarAsync(migrated, "PRAGMA user_version;"), await ScalarAsync(fromBaseline, "PRAGMA user_version;"));

        // Once there is a table the baseline is never applied again: a second start migrates, finding nothing to do.
        Assert.False(await SqliteSchemaBaseline.TryCreateAsync(fromBaseline, CancellationToken.None));
        Assert.Equal(expected, await SchemaAsync(fromBaseline));
        await migrated.DisposeAsync();
        await fromBaseline.DisposeAsync();
    }

    [Fact]
    public async Task ADatabaseWithATableAlready_IsLeftToTheMigrations()
    {
        await using var db = NewContext("not-empty");
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE \"Something\" (\"Id\" INTEGER PRIMARY KEY);");

        Assert.False(await SqliteSchemaBaseline.TryCreateAsync(db, CancellationToken.None));

        Assert.Equal(["table|Something|Something"], (await SchemaAsync(db)).Select(e => string.Join('|', e.Split('|').Take(3))));
    }

    [Fact]
    public void TheScriptFormat_KeepsEveryCommandWhole()
    {
        var script = new SqliteSchemaBaseline.Script("20260101000000_Last",
        [
            "CREATE TABLE \"A\" (\"Id\" INTEGER);",
            "CREATE TRIGGER \"T\" AFTER INSERT ON \"A\" BEGIN\n    UPDATE \"A\" SET \"Id\" = 1;\n    SELECT '{0}';\nEND;",
        ]);

        var parsed = SqliteSchemaBaseline.Script.Parse(script.Format());

        Assert.Equal("20260101000000_Last", parsed.NewestMigration);
        Assert.Equal(script.Commands, parsed.Commands);
    }

    /// <summary>
    /// What the migrations execute on a new database, less what is not schema: EF Core's reads of the history, its
    /// migration lock row (which carries the time), and pragmas (the journal mode is set at start-up; switching foreign
    /// keys off around a table rebuild changes nothing in an empty database, and in one transaction it is ignored).
    /// </summary>
    private static async Task<SqliteSchemaBaseline.Script> RecordMigrationsAsync()
    {
        var recorder = new CommandCounter();
        await using var db = NewContext("record", recorder);
        await db.Database.MigrateAsync();
        var commands = recorder.Recorded.Select(command => command.Sql.Trim())
            .Where(text => !text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase))
            .Where(text => !text.Contains("__EFMigrationsLock", StringComparison.Ordinal) || text.StartsWith("CREATE TABLE", StringComparison.Ordinal))
            .ToList();
        return new SqliteSchemaBaseline.Script(db.Database.GetMigrations().Last(), commands);
    }

    private static FieldOpsDbContext NewContext(string name, IInterceptor? interceptor = null)
    {
        var directory = TestDirectories.Create($"schema-{name}");
        var builder = new DbContextOptionsBuilder<FieldOpsDbContext>();
        DependencyInjection.ConfigureProvider(builder, new FieldOpsOptions { DatabaseProvider = "Sqlite", DataDirectory = directory },
            new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "fieldops.db"), Pooling = false }.ToString());
        if (interceptor is not null)
        {
            builder.AddInterceptors(interceptor);
        }
        return new FieldOpsDbContext(builder.Options, SystemCurrentUser.Instance);
    }

    /// <summary>Every table, index, trigger and view with its full definition, sorted. Line ends are compared as one kind:
    /// EF Core writes its lock table's definition with Windows line ends, and the recorded script keeps one kind.</summary>
    private static async Task<List<string>> SchemaAsync(FieldOpsDbContext db) =>
        (await db.Database.SqlQueryRaw<string>(
            "SELECT type || '|' || name || '|' || tbl_name || '|' || coalesce(sql, '') AS \"Value\" FROM sqlite_master").ToListAsync())
        .Select(entry => entry.ReplaceLineEndings("\n")).Order(StringComparer.Ordinal).ToList();

    private static async Task<string?> ScalarAsync(FieldOpsDbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string SourcePath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "FieldOps.Data", "Migrations", "SqliteSchemaBaseline.sql"));
}
