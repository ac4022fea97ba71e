namespace FieldOps.Data.Platform.Summaries;

public static partial class SummaryCounts
{
    private const string InvoiceCountKey = "\"OrganizationId\", \"Status\", \"PaidMonth\"";

    /// <summary>The month an invoice <c>{i}</c> was paid in, or <see cref="Workshop.InvoiceCount.NoMonth"/>.</summary>
    private static string InvoicePaidMonth(bool postgreSql, string i) => postgreSql
        ? $"COALESCE(CAST(date_trunc('month', {i}.\"PaidOn\") AS date), DATE '0001-01-01')"
        : $"COALESCE(substr({i}.\"PaidOn\", 1, 8) || '01', '0001-01-01')";

    private static string InvoiceAdd(bool postgreSql, string i)
    {
        const string table = "\"InvoiceCounts\"";
        var excluded = postgreSql ? "EXCLUDED" : "excluded";
        return $"""
            INSERT INTO {table} ({InvoiceCountKey}, "Count", "TotalTenThousandths", "AmountPaidTenThousandths")
                    VALUES ({i}."OrganizationId", {i}."Status", {InvoicePaidMonth(postgreSql, i)}, 1,
                        {ExactAmounts.TenThousandthsSql(postgreSql, $"{i}.\"Total\"")}, {ExactAmounts.TenThousandthsSql(postgreSql, $"{i}.\"AmountPaid\"")})
                    ON CONFLICT ({InvoiceCountKey}) DO UPDATE SET "Count" = {table}."Count" + 1,
                        "TotalTenThousandths" = {table}."TotalTenThousandths" + {excluded}."TotalTenThousandths",
                        "AmountPaidTenThousandths" = {table}."AmountPaidTenThousandths" + {excluded}."AmountPaidTenThousandths";
            """;
    }

    private static string InvoiceSubtract(bool postgreSql, string i) => $"""
        UPDATE "InvoiceCounts" SET "Count" = "Count" - 1,
                    "TotalTenThousandths" = "TotalTenThousandths" - {ExactAmounts.TenThousandthsSql(postgreSql, $"{i}.\"Total\"")},
                    "AmountPaidTenThousandths" = "AmountPaidTenThousandths" - {ExactAmounts.TenThousandthsSql(postgreSql, $"{i}.\"AmountPaid\"")}
                WHERE "OrganizationId" = {i}."OrganizationId" AND "Status" = {i}."Status" AND "PaidMonth" = {InvoicePaidMonth(postgreSql, i)};
        """;

    public static string CreateInvoiceCountTriggersSql(bool postgreSql) => postgreSql
        ? $$"""
            CREATE FUNCTION invoice_counts_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'INSERT' THEN
                    {{InvoiceSubtract(true, "OLD")}}
                END IF;
                IF TG_OP <> 'DELETE' THEN
                    {{InvoiceAdd(true, "NEW")}}
                END IF;
                RETURN NULL;
            END $$;
            CREATE TRIGGER invoice_counts AFTER INSERT OR DELETE OR UPDATE OF "OrganizationId", "Status", "PaidOn", "Total", "AmountPaid" ON "Invoices"
                FOR EACH ROW EXECUTE FUNCTION invoice_counts_maintain();
            """
        : $"""
            CREATE TRIGGER InvoiceCounts_Insert AFTER INSERT ON "Invoices" BEGIN
                {InvoiceAdd(false, "NEW")}
            END;
            CREATE TRIGGER InvoiceCounts_Update AFTER UPDATE OF "OrganizationId", "Status", "PaidOn", "Total", "AmountPaid" ON "Invoices" BEGIN
                {InvoiceSubtract(false, "OLD")}
                {InvoiceAdd(false, "NEW")}
            END;
            CREATE TRIGGER InvoiceCounts_Delete AFTER DELETE ON "Invoices" BEGIN
                {InvoiceSubtract(false, "OLD")}
            END;
            """;

    public static string DropInvoiceCountTriggersSql(bool postgreSql) => postgreSql
        ? """
          DROP TRIGGER IF EXISTS invoice_counts ON "Invoices";
          DROP FUNCTION IF EXISTS invoice_counts_maintain();
          """
        : """
          DROP TRIGGER IF EXISTS InvoiceCounts_Insert;
          DROP TRIGGER IF EXISTS InvoiceCounts_Update;
          DROP TRIGGER IF EXISTS InvoiceCounts_Delete;
          """;

    /// <summary>Adds up the invoices per status and month paid again, from scratch.</summary>
    public static string InvoiceCountsRebuildSql(bool postgreSql)
    {
        var month = InvoicePaidMonth(postgreSql, "i");
        return $"""
            DELETE FROM "InvoiceCounts";
            INSERT INTO "InvoiceCounts" ({InvoiceCountKey}, "Count", "TotalTenThousandths", "AmountPaidTenThousandths")
                SELECT i."OrganizationId", i."Status", {month}, COUNT(*), SUM({ExactAmounts.TenThousandthsSql(postgreSql, "i.\"Total\"")}),
                    SUM({ExactAmounts.TenThousandthsSql(postgreSql, "i.\"AmountPaid\"")})
                FROM "Invoices" AS i
                GROUP BY i."OrganizationId", i."Status", {month};
            """;
    }
}
