namespace FieldOps.Data.Platform.Summaries;

public static partial class SummaryCounts
{
    private const string CompletionMonthKey =
        "\"OrganizationId\", \"Month\", \"PropertyId\", \"OwnerUserId\", \"ExpenseTypeId\", \"VendorId\", \"EstimatedByName\"";

    /// <summary>The request columns a completion month reads: a change to any of them moves the request's share.</summary>
    private static readonly string[] CompletionColumns =
    [
        "CompletedOn", "ActualCost", "ApprovedBudget", "EstimatedCost", "StartedAt", "OnSiteDueAt", "PropertyId", "OwnerUserId", "ExpenseTypeId", "VendorId",
        "EstimatedByName",
    ];

    /// <summary>What one completed request adds to its month: each measure as SQL over the request <c>{r}</c>.</summary>
    private static (string Column, string Sql)[] JobMeasures(bool postgreSql, string r)
    {
        string Amount(string column) => ExactAmounts.TenThousandthsSql(postgreSql, $"{r}.\"{column}\"");
        return
        [
            ("Jobs", "1"),
            ("ActualTenThousandths", Amount("ActualCost")),
            ("Budgeted", $"CASE WHEN {r}.\"ApprovedBudget\" IS NOT NULL THEN 1 ELSE 0 END"),
            ("BudgetedTenThousandths", $"COALESCE({Amount("ApprovedBudget")}, 0)"),
            ("Estimated", $"CASE WHEN {r}.\"EstimatedCost\" IS NOT NULL THEN 1 ELSE 0 END"),
            ("EstimatedTenThousandths", $"COALESCE({Amount("EstimatedCost")}, 0)"),
            ("ActualOfEstimatedTenThousandths", $"CASE WHEN {r}.\"EstimatedCost\" IS NOT NULL THEN {Amount("ActualCost")} ELSE 0 END"),
            ("Started", $"CASE WHEN {r}.\"StartedAt\" IS NOT NULL THEN 1 ELSE 0 END"),
            ("StartedOnTime", $"CASE WHEN {r}.\"StartedAt\" <= {r}.\"OnSiteDueAt\" THEN 1 ELSE 0 END"),
        ];
    }

    /// <summary>What a tenant's rating <c>{x}</c> (a row, or the nulls of a left join without one) adds.</summary>
    private static (string Column, string Sql)[] RatingMeasures(string x) =>
    [
        ("Rated", $"CASE WHEN {x}.\"Overall\" IS NOT NULL THEN 1 ELSE 0 END"),
        ("OverallTotal", $"COALESCE({x}.\"Overall\", 0)"),
        ("QualityCount", $"CASE WHEN {x}.\"Quality\" IS NOT NULL THEN 1 ELSE 0 END"),
        ("QualityTotal", $"COALESCE({x}.\"Quality\", 0)"),
        ("ResponseCount", $"CASE WHEN {x}.\"ResponseTime\" IS NOT NULL THEN 1 ELSE 0 END"),
        ("ResponseTotal", $"COALESCE({x}.\"ResponseTime\", 0)"),
        ("RecommendAnswered", $"CASE WHEN {x}.\"WouldRecommend\" IS NOT NULL THEN 1 ELSE 0 END"),
        ("Recommended", $"CASE WHEN {x}.\"WouldRecommend\" THEN 1 ELSE 0 END"),
    ];

    private static string[] CompletionKey(bool postgreSql, string r)
    {
        var none = postgreSql ? "'00000000-0000-0000-0000-000000000000'::uuid" : "'00000000-0000-0000-0000-000000000000'";
        var month = postgreSql ? $"CAST(date_trunc('month', {r}.\"CompletedOn\") AS date)" : $"substr({r}.\"CompletedOn\", 1, 8) || '01'";
        return
        [
            $"{r}.\"OrganizationId\"", month, $"{r}.\"PropertyId\"", $"{r}.\"OwnerUserId\"", $"COALESCE({r}.\"ExpenseTypeId\", {none})",
            $"COALESCE({r}.\"VendorId\", {none})", $"COALESCE({r}.\"EstimatedByName\", '')",
        ];
    }

    private static string Counted(string r) => $"{r}.\"CompletedOn\" IS NOT NULL AND {r}.\"ActualCost\" IS NOT NULL";

    /// <summary>
    /// One statement that adds (<paramref name="sign"/> 1) or takes back (−1) a request's share of its month: the
    /// job's measures when <paramref name="job"/>, and its rating's (<paramref name="rating"/>: an alias or a trigger
    /// row). Taking back adds negatives to the row the share was added to, so one upsert serves both.
    /// </summary>
    private static string CompletionUpsert(bool postgreSql, string r, string from, string where, string rating, bool job, int sign)
    {
        string Signed(string sql) => sign < 0 ? $"-({sql})" : sql;
        var measures = JobMeasures(postgreSql, r).Select(m => (m.Column, Sql: job ? Signed(m.Sql) : "0"))
            .Concat(RatingMeasures(rating).Select(m => (m.Column, Sql: Signed(m.Sql)))).ToList();
        return AddToMonth(postgreSql, "MaintenanceCompletionMonths", CompletionMonthKey, CompletionKey(postgreSql, r), measures, from, where + Counted(r));
    }

    /// <summary>
    /// An upsert that adds each measure to a summary month's row (negatives take a share back), creating the row on
    /// the first share; <paramref name="latest"/>, when given, is a column that keeps the greatest value it is sent.
    /// </summary>
    private static string AddToMonth(bool postgreSql, string table, string key, IEnumerable<string> keyValues, IReadOnlyList<(string Column, string Sql)> measures,
        string from, string where, (string Column, string Sql)? latest = null)
    {
        var quoted = $"\"{table}\"";
        var excluded = postgreSql ? "EXCLUDED" : "excluded";
        var sets = measures.Select(m => $"\"{m.Column}\" = {quoted}.\"{m.Column}\" + {excluded}.\"{m.Column}\"").ToList();
        if (latest is { } last)
        {
            sets.Add($"\"{last.Column}\" = {(postgreSql ? "GREATEST" : "max")}({quoted}.\"{last.Column}\", {excluded}.\"{last.Column}\")");
        }
        var columns = measures.Select(m => $"\"{m.Column}\"").Concat(latest is { } l ? [$"\"{l.Column}\""] : []);
        var values = measures.Select(m => m.Sql).Concat(latest is { } v ? [v.Sql] : []);
        return $"""
            INSERT INTO {quoted} ({key}, {string.Join(", ", columns)})
                    SELECT {string.Join(", ", keyValues)}, {string.Join(", ", values)}
                    {from}
                    WHERE {where}
                    ON CONFLICT ({key}) DO UPDATE SET
                        {string.Join(", ", sets)};
            """;
    }

    // A request trigger reads the request's rating, if any, through a join; a rating trigger reads its request.
    private static string RequestShare(bool postgreSql, string row, int sign) => CompletionUpsert(postgreSql, row,
        $"FROM (SELECT 1) AS one LEFT JOIN \"MaintenanceRatings\" AS x ON x.\"RequestId\" = {row}.\"Id\"", "", "x", job: true, sign);

    private static string RatingShare(bool postgreSql, string row, int sign) => CompletionUpsert(postgreSql, "r",
        "FROM \"MaintenanceRequests\" AS r", $"r.\"Id\" = {row}.\"RequestId\" AND ", row, job: false, sign);

    public static string CreateCompletionMonthTriggersSql(bool postgreSql) => postgreSql ? PostgreSqlCompletionMonthTriggers() : SqliteCompletionMonthTriggers();

    public static string DropCompletionMonthTriggersSql(bool postgreSql) => postgreSql
        ? """
          DROP TRIGGER IF EXISTS maintenance_completion_months ON "MaintenanceRequests";
          DROP FUNCTION IF EXISTS maintenance_completion_months_maintain();
          DROP TRIGGER IF EXISTS maintenance_completion_month_ratings ON "MaintenanceRatings";
          DROP FUNCTION IF EXISTS maintenance_completion_month_ratings_maintain();
          """
        : """
          DROP TRIGGER IF EXISTS MaintenanceCompletionMonths_Insert;
          DROP TRIGGER IF EXISTS MaintenanceCompletionMonths_Update;
          DROP TRIGGER IF EXISTS MaintenanceCompletionMonths_Delete;
          DROP TRIGGER IF EXISTS MaintenanceCompletionMonths_RatingInsert;
          DROP TRIGGER IF EXISTS MaintenanceCompletionMonths_RatingUpdate;
          DROP TRIGGER IF EXISTS MaintenanceCompletionMonths_RatingDelete;
          """;

    /// <summary>Adds up the completed requests and their ratings into their months again, from scratch.</summary>
    public static string CompletionMonthsRebuildSql(bool postgreSql)
    {
        var key = CompletionKey(postgreSql, "r");
        var measures = JobMeasures(postgreSql, "r").Concat(RatingMeasures("x")).ToList();
        return $"""
            DELETE FROM "MaintenanceCompletionMonths";
            INSERT INTO "MaintenanceCompletionMonths" ({CompletionMonthKey}, {string.Join(", ", measures.Select(m => $"\"{m.Column}\""))})
                SELECT {string.Join(", ", key)}, {string.Join(", ", measures.Select(m => $"SUM({m.Sql})"))}
                FROM "MaintenanceRequests" AS r LEFT JOIN "MaintenanceRatings" AS x ON x."RequestId" = r."Id"
                WHERE {Counted("r")}
                GROUP BY {string.Join(", ", key)};
            """;
    }

    private static string SqliteCompletionMonthTriggers()
    {
        var changed = string.Join(" OR ", CompletionColumns.Select(c => $"OLD.\"{c}\" IS NOT NEW.\"{c}\""));
        var ratingChanged = string.Join(" OR ", new[] { "RequestId", "Overall", "Quality", "ResponseTime", "WouldRecommend" }.Select(c => $"OLD.\"{c}\" IS NOT NEW.\"{c}\""));
        return $"""
            CREATE TRIGGER MaintenanceCompletionMonths_Insert AFTER INSERT ON "MaintenanceRequests" WHEN {Counted("NEW")} BEGIN
                {RequestShare(false, "NEW", 1)}
            END;
            CREATE TRIGGER MaintenanceCompletionMonths_Update AFTER UPDATE OF {string.Join(", ", CompletionColumns.Select(c => $"\"{c}\""))} ON "MaintenanceRequests"
                WHEN {changed} BEGIN
                {RequestShare(false, "OLD", -1)}
                {RequestShare(false, "NEW", 1)}
            END;
            CREATE TRIGGER MaintenanceCompletionMonths_Delete AFTER DELETE ON "MaintenanceRequests" WHEN {Counted("OLD")} BEGIN
                {RequestShare(false, "OLD", -1)}
            END;
            CREATE TRIGGER MaintenanceCompletionMonths_RatingInsert AFTER INSERT ON "MaintenanceRatings" BEGIN
                {RatingShare(false, "NEW", 1)}
            END;
            CREATE TRIGGER MaintenanceCompletionMonths_RatingUpdate AFTER UPDATE ON "MaintenanceRatings" WHEN {ratingChanged} BEGIN
                {RatingShare(false, "OLD", -1)}
                {RatingShare(false, "NEW", 1)}
            END;
            CREATE TRIGGER MaintenanceCompletionMonths_RatingDelete AFTER DELETE ON "MaintenanceRatings" BEGIN
                {RatingShare(false, "OLD", -1)}
            END;
            """;
    }

    // As for the other summary rows: a request that moves months touches the two rows in key order, so two
    // transactions moving requests in opposite directions cannot deadlock each other.
    private static string PostgreSqlCompletionMonthTriggers()
    {
        string KeyText(string row) => string.Join(" || '|' || ", CompletionKey(postgreSql: true, row).Skip(1).Select(k => $"({k})::text"));
        string Tuple(string row) => $"ROW({string.Join(", ", CompletionColumns.Select(c => $"{row}.\"{c}\""))})";
        return $$"""
            CREATE FUNCTION maintenance_completion_months_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                old_key text := CASE WHEN TG_OP <> 'INSERT' AND {{Counted("OLD")}} THEN {{KeyText("OLD")}} END;
                new_key text := CASE WHEN TG_OP <> 'DELETE' AND {{Counted("NEW")}} THEN {{KeyText("NEW")}} END;
            BEGIN
                IF TG_OP = 'UPDATE' AND {{Tuple("OLD")}} IS NOT DISTINCT FROM {{Tuple("NEW")}} THEN
                    RETURN NULL;
                END IF;
                IF new_key IS NOT NULL AND (old_key IS NULL OR new_key < old_key) THEN
                    {{RequestShare(true, "NEW", 1)}}
                    new_key := NULL;
                END IF;
                IF old_key IS NOT NULL THEN
                    {{RequestShare(true, "OLD", -1)}}
                END IF;
                IF new_key IS NOT NULL THEN
                    {{RequestShare(true, "NEW", 1)}}
                END IF;
                RETURN NULL;
            END $$;
            CREATE TRIGGER maintenance_completion_months AFTER INSERT OR DELETE
                OR UPDATE OF {{string.Join(", ", CompletionColumns.Select(c => $"\"{c}\""))}} ON "MaintenanceRequests"
                FOR EACH ROW EXECUTE FUNCTION maintenance_completion_months_maintain();
            CREATE FUNCTION maintenance_completion_month_ratings_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'INSERT' THEN
                    {{RatingShare(true, "OLD", -1)}}
                END IF;
                IF TG_OP <> 'DELETE' THEN
                    {{RatingShare(true, "NEW", 1)}}
                END IF;
                RETURN NULL;
            END $$;
            CREATE TRIGGER maintenance_completion_month_ratings AFTER INSERT OR DELETE OR UPDATE ON "MaintenanceRatings"
                FOR EACH ROW EXECUTE FUNCTION maintenance_completion_month_ratings_maintain();
            """;
    }
}
