using System.Text;

namespace FieldOps.Data.Platform.Summaries;

public static partial class SummaryCounts
{
    /// <summary>The tables <see cref="Contracting.ContractingCount"/> counts, each with the record name it is kept under
    /// and the column it adds up (none for daily logs).</summary>
    private static readonly (string Table, string Record, string? Amount)[] ContractingTables =
    [
        ("DailyLogs", nameof(Contracting.ContractingRecord.DailyLog), null),
        ("Expenses", nameof(Contracting.ContractingRecord.Expense), "Amount"),
        ("Vouchers", nameof(Contracting.ContractingRecord.Voucher), "Total"),
    ];

    public static string CreateContractingTriggersSql(bool postgreSql)
    {
        var sql = new StringBuilder();
        foreach (var (table, record, amount) in ContractingTables)
        {
            sql.AppendLine(postgreSql ? PostgreSqlContractingTrigger(table, record, amount) : SqliteContractingTriggers(table, record, amount));
        }
        return sql.ToString();
    }

    public static string DropContractingTriggersSql(bool postgreSql)
    {
        var sql = new StringBuilder();
        foreach (var (table, _, _) in ContractingTables)
        {
            sql.AppendLine(postgreSql
                ? $"""
                   DROP TRIGGER IF EXISTS contracting_counts ON "{table}";
                   DROP FUNCTION IF EXISTS contracting_counts_{table.ToLowerInvariant()}();
                   """
                : $"""
                   DROP TRIGGER IF EXISTS ContractingCounts_{table}_Insert;
                   DROP TRIGGER IF EXISTS ContractingCounts_{table}_Update;
                   DROP TRIGGER IF EXISTS ContractingCounts_{table}_Delete;
                   """);
        }
        return sql.ToString();
    }

    /// <summary>Recounts the contracting summary rows from the logs, claims and vouchers themselves.</summary>
    public static string ContractingRebuildSql(bool postgreSql)
    {
        var sql = new StringBuilder("""DELETE FROM "ContractingCounts";""").AppendLine();
        foreach (var (table, record, amount) in ContractingTables)
        {
            var sum = amount is null ? "0" : $"SUM({ExactAmounts.TenThousandthsSql(postgreSql, $"\"{amount}\"")})";
            sql.AppendLine($"""
                INSERT INTO "ContractingCounts" ("OrganizationId", "Record", "Status", "SubcontractorId", "Count", "AmountTenThousandths")
                    SELECT "OrganizationId", '{record}', "Status", "SubcontractorId", COUNT(*), {sum} FROM "{table}"
                    GROUP BY "OrganizationId", "Status", "SubcontractorId";
                """);
        }
        return sql.ToString();
    }

    private static string SqliteContractingTriggers(string table, string record, string? amount)
    {
        string Amount(string row) => amount is null ? "0" : ExactAmounts.TenThousandthsSql(postgreSql: false, $"{row}.{amount}");
        var key = "OrganizationId, Record, Status, SubcontractorId";
        string Add(string row) => $"""
            INSERT INTO ContractingCounts ({key}, Count, AmountTenThousandths)
                    VALUES ({row}.OrganizationId, '{record}', {row}.Status, {row}.SubcontractorId, 1, {Amount(row)})
                    ON CONFLICT ({key}) DO UPDATE SET Count = Count + 1, AmountTenThousandths = AmountTenThousandths + excluded.AmountTenThousandths;
            """;
        var subtract = $"""
            UPDATE ContractingCounts SET Count = Count - 1, AmountTenThousandths = AmountTenThousandths - {Amount("OLD")}
                    WHERE OrganizationId = OLD.OrganizationId AND Record = '{record}' AND Status = OLD.Status AND SubcontractorId = OLD.SubcontractorId;
            """;
        var columns = amount is null ? "Status, SubcontractorId" : $"Status, SubcontractorId, {amount}";
        var changed = "OLD.Status IS NOT NEW.Status OR OLD.SubcontractorId IS NOT NEW.SubcontractorId"
            + (amount is null ? "" : $" OR OLD.{amount} IS NOT NEW.{amount}");
        return $"""
            CREATE TRIGGER ContractingCounts_{table}_Insert AFTER INSERT ON {table} BEGIN
                {Add("NEW")}
            END;
            CREATE TRIGGER ContractingCounts_{table}_Update AFTER UPDATE OF {columns} ON {table} WHEN {changed} BEGIN
                {subtract}
                {Add("NEW")}
            END;
            CREATE TRIGGER ContractingCounts_{table}_Delete AFTER DELETE ON {table} BEGIN
                {subtract}
            END;
            """;
    }

    // As for jobs: the old row's counter and the new one's are touched in key order, so two transactions moving records
    // in opposite directions lock them in the same order and cannot deadlock each other.
    private static string PostgreSqlContractingTrigger(string table, string record, string? amount)
    {
        string Amount(string row) => amount is null ? "0" : ExactAmounts.TenThousandthsSql(postgreSql: true, $"{row}.\"{amount}\"");
        var function = $"contracting_counts_{table.ToLowerInvariant()}";
        var columns = amount is null ? "\"Status\", \"SubcontractorId\"" : $"\"Status\", \"SubcontractorId\", \"{amount}\"";
        const string key = "\"OrganizationId\", \"Record\", \"Status\", \"SubcontractorId\"";
        var add = $"""
            INSERT INTO "ContractingCounts" ({key}, "Count", "AmountTenThousandths")
                        VALUES (NEW."OrganizationId", '{record}', NEW."Status", NEW."SubcontractorId", 1, new_amount)
                        ON CONFLICT ({key}) DO UPDATE SET "Count" = "ContractingCounts"."Count" + 1,
                            "AmountTenThousandths" = "ContractingCounts"."AmountTenThousandths" + new_amount;
            """;
        return $$"""
            CREATE FUNCTION {{function}}() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                old_key text := CASE WHEN TG_OP <> 'INSERT' THEN OLD."Status" || '|' || OLD."SubcontractorId"::text END;
                new_key text := CASE WHEN TG_OP <> 'DELETE' THEN NEW."Status" || '|' || NEW."SubcontractorId"::text END;
                old_amount bigint := CASE WHEN TG_OP <> 'INSERT' THEN {{Amount("OLD")}} END;
                new_amount bigint := CASE WHEN TG_OP <> 'DELETE' THEN {{Amount("NEW")}} END;
            BEGIN
                IF TG_OP = 'UPDATE' AND old_key = new_key THEN
                    IF old_amount <> new_amount THEN
                        UPDATE "ContractingCounts" SET "AmountTenThousandths" = "AmountTenThousandths" - old_amount + new_amount
                            WHERE "OrganizationId" = OLD."OrganizationId" AND "Record" = '{{record}}' AND "Status" = OLD."Status"
                                AND "SubcontractorId" = OLD."SubcontractorId";
                    END IF;
                    RETURN NULL;
                END IF;
                IF new_key IS NOT NULL AND (old_key IS NULL OR new_key < old_key) THEN
                    {{add}}
                    new_key := NULL;
                END IF;
                IF old_key IS NOT NULL THEN
                    UPDATE "ContractingCounts" SET "Count" = "Count" - 1, "AmountTenThousandths" = "AmountTenThousandths" - old_amount
                        WHERE "OrganizationId" = OLD."OrganizationId" AND "Record" = '{{record}}' AND "Status" = OLD."Status"
                            AND "SubcontractorId" = OLD."SubcontractorId";
                END IF;
                IF new_key IS NOT NULL THEN
                    {{add}}
                END IF;
                RETURN NULL;
            END $$;
            CREATE TRIGGER contracting_counts AFTER INSERT OR DELETE OR UPDATE OF {{columns}} ON "{{table}}"
                FOR EACH ROW EXECUTE FUNCTION {{function}}();
            """;
    }
}
