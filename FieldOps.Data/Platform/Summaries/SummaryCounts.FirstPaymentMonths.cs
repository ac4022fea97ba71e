namespace FieldOps.Data.Platform.Summaries;

// The payment months' first shape (month, property, landlord, category name; count and sum), kept as the migration
// that created them wrote it; SummaryCounts.PaymentMonths.cs has the current one.
public static partial class SummaryCounts
{
    // The month a payment counts in: the first day of its (local) payment day's month.
    private const string SqliteMonth = "substr({0}.PaidOn, 1, 8) || '01'";
    private const string PostgreSqlMonth = "CAST(date_trunc('month', {0}.\"PaidOn\") AS date)";

    public static string CreateFirstPaymentMonthTriggersSql(bool postgreSql) => postgreSql ? PostgreSqlFirstPaymentMonthTriggers() : SqliteFirstPaymentMonthTriggers();

    public static string DropPaymentMonthTriggersSql(bool postgreSql) => postgreSql
        ? """
          DROP TRIGGER IF EXISTS maintenance_payment_months ON "MaintenancePayments";
          DROP FUNCTION IF EXISTS maintenance_payment_months_maintain();
          """
        : """
          DROP TRIGGER IF EXISTS MaintenancePaymentMonths_Insert;
          DROP TRIGGER IF EXISTS MaintenancePaymentMonths_Update;
          DROP TRIGGER IF EXISTS MaintenancePaymentMonths_Delete;
          """;

    public static string FirstPaymentMonthsRebuildSql(bool postgreSql)
    {
        var month = string.Format(postgreSql ? PostgreSqlMonth : SqliteMonth, "p");
        return $"""
            DELETE FROM "MaintenancePaymentMonths";
            INSERT INTO "MaintenancePaymentMonths" ("OrganizationId", "Month", "PropertyId", "LandlordUserId", "CategoryName", "Count", "AmountTenThousandths")
                SELECT p."OrganizationId", {month}, p."PropertyId", p."LandlordUserId", COALESCE(p."CategoryName", ''), COUNT(*),
                    SUM({ExactAmounts.TenThousandthsSql(postgreSql, "p.\"Amount\"")})
                FROM "MaintenancePayments" AS p
                GROUP BY p."OrganizationId", {month}, p."PropertyId", p."LandlordUserId", COALESCE(p."CategoryName", '');
            """;
    }

    private static string SqliteFirstPaymentMonthTriggers()
    {
        const string key = "OrganizationId, Month, PropertyId, LandlordUserId, CategoryName";
        string Add(string row) => $"""
            INSERT INTO MaintenancePaymentMonths ({key}, Count, AmountTenThousandths)
                    VALUES ({row}.OrganizationId, {string.Format(SqliteMonth, row)}, {row}.PropertyId, {row}.LandlordUserId, COALESCE({row}.CategoryName, ''), 1,
                        {ExactAmounts.TenThousandthsSql(postgreSql: false, $"{row}.Amount")})
                    ON CONFLICT ({key}) DO UPDATE SET Count = Count + 1, AmountTenThousandths = AmountTenThousandths + excluded.AmountTenThousandths;
            """;
        var subtract = $"""
            UPDATE MaintenancePaymentMonths SET Count = Count - 1,
                        AmountTenThousandths = AmountTenThousandths - {ExactAmounts.TenThousandthsSql(postgreSql: false, "OLD.Amount")}
                    WHERE OrganizationId = OLD.OrganizationId AND Month = {string.Format(SqliteMonth, "OLD")} AND PropertyId = OLD.PropertyId
                        AND LandlordUserId = OLD.LandlordUserId AND CategoryName = COALESCE(OLD.CategoryName, '');
            """;
        // Payments are append-only; the update and delete triggers keep the months right should one ever be corrected.
        return $"""
            CREATE TRIGGER MaintenancePaymentMonths_Insert AFTER INSERT ON MaintenancePayments BEGIN
                {Add("NEW")}
            END;
            CREATE TRIGGER MaintenancePaymentMonths_Update AFTER UPDATE OF Amount, PaidOn, PropertyId, LandlordUserId, CategoryName ON MaintenancePayments
                WHEN OLD.Amount IS NOT NEW.Amount OR OLD.PaidOn IS NOT NEW.PaidOn OR OLD.PropertyId IS NOT NEW.PropertyId
                    OR OLD.LandlordUserId IS NOT NEW.LandlordUserId OR OLD.CategoryName IS NOT NEW.CategoryName BEGIN
                {subtract}
                {Add("NEW")}
            END;
            CREATE TRIGGER MaintenancePaymentMonths_Delete AFTER DELETE ON MaintenancePayments BEGIN
                {subtract}
            END;
            """;
    }

    // Payments are added, not moved, so two transactions touch at most one month row each and cannot deadlock; a
    // correction takes the old row before the new one in key order, as the other summary rows do.
    private static string PostgreSqlFirstPaymentMonthTriggers()
    {
        const string key = "\"OrganizationId\", \"Month\", \"PropertyId\", \"LandlordUserId\", \"CategoryName\"";
        const string add = $"""
            INSERT INTO "MaintenancePaymentMonths" ({key}, "Count", "AmountTenThousandths")
                        VALUES (NEW."OrganizationId", new_month, NEW."PropertyId", NEW."LandlordUserId", COALESCE(NEW."CategoryName", ''), 1, new_amount)
                        ON CONFLICT ({key}) DO UPDATE SET "Count" = "MaintenancePaymentMonths"."Count" + 1,
                            "AmountTenThousandths" = "MaintenancePaymentMonths"."AmountTenThousandths" + new_amount;
            """;
        return $$"""
            CREATE FUNCTION maintenance_payment_months_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                old_month date := CASE WHEN TG_OP <> 'INSERT' THEN {{string.Format(PostgreSqlMonth, "OLD")}} END;
                new_month date := CASE WHEN TG_OP <> 'DELETE' THEN {{string.Format(PostgreSqlMonth, "NEW")}} END;
                old_key text := CASE WHEN TG_OP <> 'INSERT' THEN old_month::text || '|' || OLD."PropertyId"::text || '|' || OLD."LandlordUserId"
                    || '|' || COALESCE(OLD."CategoryName", '') END;
                new_key text := CASE WHEN TG_OP <> 'DELETE' THEN new_month::text || '|' || NEW."PropertyId"::text || '|' || NEW."LandlordUserId"
                    || '|' || COALESCE(NEW."CategoryName", '') END;
                old_amount bigint := CASE WHEN TG_OP <> 'INSERT' THEN {{ExactAmounts.TenThousandthsSql(postgreSql: true, "OLD.\"Amount\"")}} END;
                new_amount bigint := CASE WHEN TG_OP <> 'DELETE' THEN {{ExactAmounts.TenThousandthsSql(postgreSql: true, "NEW.\"Amount\"")}} END;
            BEGIN
                IF TG_OP = 'UPDATE' AND old_key = new_key AND old_amount = new_amount THEN
                    RETURN NULL;
                END IF;
                IF new_key IS NOT NULL AND (old_key IS NULL OR new_key < old_key) THEN
                    {{add}}
                    new_key := NULL;
                END IF;
                IF old_key IS NOT NULL THEN
                    UPDATE "MaintenancePaymentMonths" SET "Count" = "Count" - 1, "AmountTenThousandths" = "AmountTenThousandths" - old_amount
                        WHERE "OrganizationId" = OLD."OrganizationId" AND "Month" = old_month AND "PropertyId" = OLD."PropertyId"
                            AND "LandlordUserId" = OLD."LandlordUserId" AND "CategoryName" = COALESCE(OLD."CategoryName", '');
                END IF;
                IF new_key IS NOT NULL THEN
                    {{add}}
                END IF;
                RETURN NULL;
            END $$;
            CREATE TRIGGER maintenance_payment_months AFTER INSERT OR DELETE
                OR UPDATE OF "Amount", "PaidOn", "PropertyId", "LandlordUserId", "CategoryName" ON "MaintenancePayments"
                FOR EACH ROW EXECUTE FUNCTION maintenance_payment_months_maintain();
            """;
    }
}
