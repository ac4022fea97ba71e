using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace FieldOps.Data.Platform.Persistence;

/// <summary>
/// Creates a new SQLite database's schema in one transaction from <c>Migrations/SqliteSchemaBaseline.sql</c>: the
/// commands the migrations run on an empty database, with their history rows, as a test recorded them
/// (<c>SqliteSchemaBaselineTests</c>, which also proves the result is the schema the migrations make). Applying the
/// migrations one by one has EF Core build every migration's target model first, most of a first start's schema
/// time; the recorded commands are the same statements without that work. Used only on a database without a single
/// table, and only while the script ends at the app's newest migration; otherwise the migrations run as always.
/// </summary>
public static class SqliteSchemaBaseline
{
    internal const string ResourceName = "FieldOps.Data.Migrations.SqliteSchemaBaseline.sql";
    private const string NewestMigrationLine = "-- newest migration: ";
    private const string CommandLine = "--@command";

    /// <summary>The recorded commands and the migration they end at.</summary>
    public sealed record Script(string NewestMigration, IReadOnlyList<string> Commands)
    {
        public string Format()
        {
            var text = new StringBuilder()
                .AppendLine("-- The commands the SQLite migrations run on an empty database, in order, for a new database's schema in one")
                .AppendLine("-- transaction (Platform/Persistence/SqliteSchemaBaseline.cs). Recorded by SqliteSchemaBaselineTests; do not edit.")
                .Append(NewestMigrationLine).AppendLine(NewestMigration);
            foreach (var command in Commands)
            {
                text.AppendLine(CommandLine).AppendLine(command.Trim());
            }
            return text.ToString().ReplaceLineEndings("\n");
        }

        public static Script Parse(string text)
        {
            var lines = text.ReplaceLineEndings("\n").Split('\n');
            var newest = lines.FirstOrDefault(l => l.StartsWith(NewestMigrationLine, StringComparison.Ordinal))?[NewestMigrationLine.Length..].Trim()
                ?? throw new InvalidDataException("The schema baseline does not say which migration it ends at.");
            var commands = new List<string>();
            StringBuilder? command = null;
            foreach (var line in lines)
            {
                if (line == CommandLine)
                {
                    AddTo(commands, command);
                    command = new StringBuilder();
                }
                else
                {
                    command?.AppendLine(line);
                }
            }
            AddTo(commands, command);
            return new Script(newest, commands);
        }

        private static void AddTo(List<string> commands, StringBuilder? command)
        {
            if (command is not null && command.ToString().Trim() is { Length: > 0 } text)
            {
                commands.Add(text);
            }
        }
    }

    public static Script Load()
    {
        using var stream = typeof(SqliteSchemaBaseline).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Script.Parse(reader.ReadToEnd());
    }

    /// <summary>
    /// Creates the schema when the database has no table yet and the baseline ends at the newest migration: true when
    /// it did, false (nothing changed) when the migrations are to run instead.
    /// </summary>
    public static async Task<bool> TryCreateAsync(FieldOpsDbContext db, CancellationToken cancellationToken)
    {
        var script = Load();
        if (db.Database.GetMigrations().LastOrDefault() != script.NewestMigration)
        {
            return false;
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // The write lock first: a second process starting on the same new file waits here, then finds the tables.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            await using (var count = connection.CreateCommand())
            {
                count.Transaction = transaction.GetDbTransaction();
                count.CommandText = "SELECT count(*) FROM sqlite_master;";
                if (Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0)
                {
                    return false;
                }
            }
            foreach (var text in script.Commands)
            {
                // Run as written, through the connection: EF Core's raw-SQL methods would read braces as placeholders.
                await using var command = connection.CreateCommand();
                command.Transaction = transaction.GetDbTransaction();
                command.CommandText = text;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
