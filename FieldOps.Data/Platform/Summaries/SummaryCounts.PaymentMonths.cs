namespace FieldOps.Data.Platform.Summaries;

public static partial class SummaryCounts
{
    private const string PaymentMonthKey =
        "\"OrganizationId\", \"Month\", \"PropertyId\", \"LandlordUserId\", \"CategoryName\", \"ExpenseTypeId\", \"PaidTo\", \"Method\", \"Emergency\"";

    /// <summary>A payment's month row key, as SQL over the payment <c>{p}</c> and its request <c>r</c>.</summary>
    private static string[] PaymentKey(bool postgreSql, string p)
    {
        var none = postgreSql ? "'00000000-0000-0000-0000-000000000000'::uuid" : "'00000000-0000-0000-0000-000000000000'";
        return
        [
            $"{p}.\"OrganizationId\"", string.Format(postgreSql ? PostgreSqlMonth : SqliteMonth, p), $"{p}.\"PropertyId\"", $"{p}.\"LandlordUserId\"",
            $"COALESCE({p}.\"CategoryName\", '')", $"COALESCE(r.\"ExpenseTypeId\", {none})", $"{p}.\"PaidTo\"", $"{p}.\"Method\"",
            "(r.\"Priority\" = 'Emergency')",
        ];
    }

    private static string PaymentAdd(bool postgreSql, string p)
    {
        var amount = ExactAmounts.TenThousandthsSql(postgreSql, $"{p}.\"Amount\"");
        var (least, greatest, excluded) = postgreSql ? ("LEAST", "GREATEST", "EXCLUDED") : ("min", "max", "excluded");
        const string table = "\"MaintenancePaymentMonths\"";
        return $"""
            INSERT INTO {table} ({PaymentMonthKey}, "Count", "AmountTenThousandths", "SmallestTenThousandths", "LargestTenThousandths", "FirstPaidOn", "LastPaidOn")
                    SELECT {string.Join(", ", PaymentKey(postgreSql, p))}, 1, {amount}, {amount}, {amount}, {p}."PaidOn", {p}."PaidOn"
                    FROM "MaintenanceRequests" AS r WHERE r."Id" = {p}."RequestId"
                    ON CONFLICT ({PaymentMonthKey}) DO UPDATE SET "Count" = {table}."Count" + 1,
                        "AmountTenThousandths" = {table}."AmountTenThousandths" + {excluded}."AmountTenThousandths",
                        "SmallestTenThousandths" = {least}({table}."SmallestTenThousandths", {excluded}."SmallestTenThousandths"),
                        "LargestTenThousandths" = {greatest}({table}."LargestTenThousandths", {excluded}."LargestTenThousandths"),
                        "FirstPaidOn" = {least}({table}."FirstPaidOn", {excluded}."FirstPaidOn"),
                        "LastPaidOn" = {greatest}({table}."LastPaidOn", {excluded}."LastPaidOn");
            """;
    }

    // Payments are append-only (the app refuses to change or delete one), so a row's smallest, largest, first and
    // last payment only ever widen. Should one be corrected by hand, the count and sum follow at once; the extremes
    // come back exact with the rebuild (SummaryCounts.RebuildAsync).
    private static string PaymentSubtract(bool postgreSql, string p)
    {
        var key = PaymentMonthKey.Split(", ");
        var values = PaymentKey(postgreSql, p);
        return $"""
            UPDATE "MaintenancePaymentMonths" SET "Count" = "Count" - 1,
                        "AmountTenThousandths" = "AmountTenThousandths" - {ExactAmounts.TenThousandthsSql(postgreSql, $"{p}.\"Amount\"")}
                    WHERE ({string.Join(", ", key)}) = (SELECT {string.Join(", ", values)} FROM "MaintenanceRequests" AS r WHERE r."Id" = {p}."RequestId");
            """;
    }

    public static string CreatePaymentMonthTriggersSql(bool postgreSql) => postgreSql
        ? $$"""
            CREATE FUNCTION maintenance_payment_months_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'INSERT' THEN
                    {{PaymentSubtract(true, "OLD")}}
                END IF;
                IF TG_OP <> 'DELETE' THEN
                    {{PaymentAdd(true, "NEW")}}
                END IF;
                RETURN NULL;
            END $$;
            CREATE TRIGGER maintenance_payment_months AFTER INSERT OR DELETE
                OR UPDATE OF "Amount", "PaidOn", "PropertyId", "LandlordUserId", "CategoryName", "PaidTo", "Method", "RequestId" ON "MaintenancePayments"
                FOR EACH ROW EXECUTE FUNCTION maintenance_payment_months_maintain();
            """
        : $"""
            CREATE TRIGGER MaintenancePaymentMonths_Insert AFTER INSERT ON "MaintenancePayments" BEGIN
                {PaymentAdd(false, "NEW")}
            END;
            CREATE TRIGGER MaintenancePaymentMonths_Update
                AFTER UPDATE OF "Amount", "PaidOn", "PropertyId", "LandlordUserId", "CategoryName", "PaidTo", "Method", "RequestId" ON "MaintenancePayments" BEGIN
                {PaymentSubtract(false, "OLD")}
                {PaymentAdd(false, "NEW")}
            END;
            CREATE TRIGGER MaintenancePaymentMonths_Delete AFTER DELETE ON "MaintenancePayments" BEGIN
                {PaymentSubtract(false, "OLD")}
            END;
            """;

    /// <summary>Adds up the payments into their months again, from scratch.</summary>
    public static string PaymentMonthsRebuildSql(bool postgreSql)
    {
        var key = PaymentKey(postgreSql, "p");
        var amount = ExactAmounts.TenThousandthsSql(postgreSql, "p.\"Amount\"");
        return $"""
            DELETE FROM "MaintenancePaymentMonths";
            INSERT INTO "MaintenancePaymentMonths" ({PaymentMonthKey}, "Count", "AmountTenThousandths", "SmallestTenThousandths", "LargestTenThousandths",
                    "FirstPaidOn", "LastPaidOn")
                SELECT {string.Join(", ", key)}, COUNT(*), SUM({amount}), MIN({amount}), MAX({amount}), MIN(p."PaidOn"), MAX(p."PaidOn")
                FROM "MaintenancePayments" AS p JOIN "MaintenanceRequests" AS r ON r."Id" = p."RequestId"
                GROUP BY {string.Join(", ", key)};
            """;
    }
}
