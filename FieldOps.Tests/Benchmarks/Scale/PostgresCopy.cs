using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace FieldOps.Benchmarks.Scale;

/// <summary>
/// Fills a PostgreSQL database, already migrated by the app, with every row of a FieldOps SQLite database: the same
/// data on both engines, so their figures compare. Each table is emptied and loaded with binary COPY, each value
/// converted from SQLite's storage (text GUIDs, dates and decimals; integer booleans) to the PostgreSQL column's type.
/// Triggers and foreign-key checks are off while loading (the rows, summary rows included, are already consistent);
/// identity sequences are moved past the loaded keys, and the tables vacuumed and analysed, as after any bulk load.
/// </summary>
public static class PostgresCopy
{
    private sealed record Column(string Name, string Type);

    public static async Task CopyAsync(string sqlitePath, string postgresConnectionString)
    {
        var clock = Stopwatch.StartNew();
        await using var source = new SqliteConnection($"Data Source={sqlitePath};Mode=ReadOnly;Pooling=False");
        await source.OpenAsync();
        await using var target = new NpgsqlConnection(postgresConnectionString);
        await target.OpenAsync();

        var tables = await TablesAsync(target);
        await ExecuteAsync(target, "SET session_replication_role = replica");
        await ExecuteAsync(target, $"TRUNCATE {string.Join(", ", tables.Keys.Select(Quote))}");
        long rows = 0;
        foreach (var (table, allColumns) in tables)
        {
            var present = await SqliteColumnsAsync(source, table);
            if (present.Count == 0)
            {
                throw new InvalidOperationException($"The SQLite database has no table {table}: the two engines' migrations differ.");
            }
            var columns = allColumns.Where(c => present.Contains(c.Name)).ToList();
            await using var read = source.CreateCommand();
            read.CommandText = $"SELECT {string.Join(", ", columns.Select(c => Quote(c.Name)))} FROM {Quote(table)}";
            await using var reader = await read.ExecuteReaderAsync();
            await using var writer = await target.BeginBinaryImportAsync(
                $"COPY {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)");
            while (await reader.ReadAsync())
            {
                await writer.StartRowAsync();
                for (var i = 0; i < columns.Count; i++)
                {
                    var value = reader.GetValue(i);
                    if (value is DBNull)
                    {
                        await writer.WriteNullAsync();
                    }
                    else
                    {
                        var (converted, type) = Convert(value, columns[i], table);
                        await writer.WriteAsync(converted, type);
                    }
                }
                rows++;
            }
            await writer.CompleteAsync();
        }
        await ExecuteAsync(target, "SET session_replication_role = DEFAULT");
        await MoveIdentitySequencesAsync(target);
        // What autovacuum does to a table that has settled: statistics for the planner, and the visibility map that
        // lets an index answer a count without visiting the table.
        await ExecuteAsync(target, "VACUUM ANALYZE");
        Console.WriteLine($"  {rows:N0} rows in {tables.Count} tables copied to PostgreSQL in {clock.Elapsed.TotalSeconds:N0} s");
    }

    private static (object Value, NpgsqlDbType Type) Convert(object value, Column column, string table)
    {
        var text = value as string;
        var invariant = CultureInfo.InvariantCulture;
        return column.Type switch
        {
            "uuid" => (Guid.Parse(text!), NpgsqlDbType.Uuid),
            "timestamp with time zone" => (DateTimeOffset.Parse(text!, invariant, DateTimeStyles.AssumeUniversal).UtcDateTime, NpgsqlDbType.TimestampTz),
            "timestamp without time zone" => (DateTime.Parse(text!, invariant, DateTimeStyles.None), NpgsqlDbType.Timestamp),
            "date" => (DateOnly.FromDateTime(DateTime.Parse(text!, invariant, DateTimeStyles.None)), NpgsqlDbType.Date),
            "time without time zone" => (TimeOnly.Parse(text!, invariant), NpgsqlDbType.Time),
            "interval" => (TimeSpan.Parse(text!, invariant), NpgsqlDbType.Interval),
            "numeric" => (text is null ? System.Convert.ToDecimal(value, invariant) : decimal.Parse(text, NumberStyles.Float, invariant), NpgsqlDbType.Numeric),
            "integer" => (System.Convert.ToInt32(value, invariant), NpgsqlDbType.Integer),
            "bigint" => (System.Convert.ToInt64(value, invariant), NpgsqlDbType.Bigint),
            "smallint" => (System.Convert.ToInt16(value, invariant), NpgsqlDbType.Smallint),
            "boolean" => (System.Convert.ToInt64(value, invariant) != 0, NpgsqlDbType.Boolean),
            "double precision" => (System.Convert.ToDouble(value, invariant), NpgsqlDbType.Double),
            "real" => (System.Convert.ToSingle(value, invariant), NpgsqlDbType.Real),
            "text" or "character varying" or "character" => (System.Convert.ToString(value, invariant)!, NpgsqlDbType.Text),
            "jsonb" => (text!, NpgsqlDbType.Jsonb),
            "bytea" => ((byte[])value, NpgsqlDbType.Bytea),
            _ => throw new NotSupportedException($"{table}.{column.Name}: no conversion to PostgreSQL's {column.Type}."),
        };
    }

    /// <summary>The app's tables (not the migrations history) and their writable columns, in order.</summary>
    private static async Task<Dictionary<string, List<Column>>> TablesAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("""
            SELECT c.table_name, c.column_name, c.data_type
            FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
            WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> '__EFMigrationsHistory'
              AND c.is_generated = 'NEVER'
            ORDER BY c.table_name, c.ordinal_position
            """, connection);
        var tables = new Dictionary<string, List<Column>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var table = reader.GetString(0);
            if (!tables.TryGetValue(table, out var columns))
            {
                tables[table] = columns = [];
            }
            columns.Add(new Column(reader.GetString(1), reader.GetString(2)));
        }
        return tables;
    }

    private static async Task<HashSet<string>> SqliteColumnsAsync(SqliteConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info($table)";
        command.Parameters.AddWithValue("$table", table);
        var columns = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }
        return columns;
    }

    private static async Task MoveIdentitySequencesAsync(NpgsqlConnection connection)
    {
        var identities = new List<(string Table, string Column)>();
        await using (var command = new NpgsqlCommand("""
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = 'public' AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                identities.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        foreach (var (table, column) in identities)
        {
            await ExecuteAsync(connection, $"SELECT setval(pg_get_serial_sequence('{Quote(table)}', '{column}'), "
                + $"COALESCE(MAX({Quote(column)}), 0) + 1, false) FROM {Quote(table)}");
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
