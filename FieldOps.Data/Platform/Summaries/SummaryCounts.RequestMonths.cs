namespace FieldOps.Data.Platform.Summaries;

public static partial class SummaryCounts
{
    private const string RequestMonthKey =
        "\"OrganizationId\", \"Month\", \"PropertyId\", \"OwnerUserId\", \"ExpenseTypeId\", \"RequestorType\", \"RequestedById\", \"RequestedByName\"";

    /// <summary>The request columns a request month reads: a change to any of them moves the request's share.</summary>
    private static readonly string[] RequestMonthColumns =
    [
        "RequestedOn", "IsOpen", "Status", "Priority", "ActualCost", "EstimatedCost", "EstimateNeedsOwner", "PropertyId", "OwnerUserId", "ExpenseTypeId", "RequestorType", "RequestedById",
        "RequestedByName",
    ];

    private static string[] RequestMonthKeyValues(bool postgreSql, string r)
    {
        var none = postgreSql ? "'00000000-0000-0000-0000-000000000000'::uuid" : "'00000000-0000-0000-0000-000000000000'";
        var month = postgreSql ? $"CAST(date_trunc('month', {r}.\"RequestedOn\") AS date)" : $"substr({r}.\"RequestedOn\", 1, 8) || '01'";
        return
        [
            $"{r}.\"OrganizationId\"", month, $"{r}.\"PropertyId\"", $"{r}.\"OwnerUserId\"", $"COALESCE({r}.\"ExpenseTypeId\", {none})", $"{r}.\"RequestorType\"",
            $"{r}.\"RequestedById\"", $"{r}.\"RequestedByName\"",
        ];
    }

    /// <summary>What one request adds to its month, each measure as SQL over the request <c>{r}</c>.</summary>
    private static (string Column, string Sql)[] RequestMonthMeasures(bool postgreSql, string r)
    {
        var awaiting = $"{r}.\"Status\" IN ({string.Join(", ", Maintenance.Services.MaintenanceQueries.AwaitingApproval.Select(s => $"'{s}'"))})";
        return
        [
            ("Requests", "1"),
            ("Open", $"CASE WHEN {r}.\"IsOpen\" THEN 1 ELSE 0 END"),
            ("Emergencies", $"CASE WHEN {r}.\"Priority\" = 'Emergency' THEN 1 ELSE 0 END"),
            ("Closed", $"CASE WHEN {r}.\"Status\" = 'Closed' THEN 1 ELSE 0 END"),
            ("ActualTenThousandths", $"COALESCE({ExactAmounts.TenThousandthsSql(postgreSql, $"{r}.\"ActualCost\"")}, 0)"),
            ("AwaitingApproval", $"CASE WHEN {awaiting} THEN 1 ELSE 0 END"),
            ("AwaitingEmergencies", $"CASE WHEN {awaiting} AND {r}.\"Priority\" = 'Emergency' THEN 1 ELSE 0 END"),
            ("AwaitingOwner", $"CASE WHEN {awaiting} AND {r}.\"EstimateNeedsOwner\" THEN 1 ELSE 0 END"),
            ("AwaitingEstimatedTenThousandths",
                $"CASE WHEN {awaiting} THEN COALESCE({ExactAmounts.TenThousandthsSql(postgreSql, $"{r}.\"EstimatedCost\"")}, 0) ELSE 0 END"),
        ];
    }

    /// <summary>Adds (<paramref name="sign"/> 1) or takes back (−1) a request's share of its month. The latest request
    /// only moves forward: a request's key is fixed when it is made, so taking one back never removes the latest.</summary>
    private static string RequestMonthShare(bool postgreSql, string r, int sign)
    {
        var measures = RequestMonthMeasures(postgreSql, r).Select(m => (m.Column, Sql: sign < 0 ? $"-({m.Sql})" : m.Sql)).ToList();
        return AddToMonth(postgreSql, "MaintenanceRequestMonths", RequestMonthKey, RequestMonthKeyValues(postgreSql, r), measures, "",
            $"{r}.\"RequestedOn\" IS NOT NULL", ("LatestRequestedAt", $"{r}.\"RequestedAt\""));
    }

    public static string CreateRequestMonthTriggersSql(bool postgreSql)
    {
        var columns = string.Join(", ", RequestMonthColumns.Select(c => $"\"{c}\""));
        if (postgreSql)
        {
            var tuple = (string row) => $"ROW({string.Join(", ", RequestMonthColumns.Select(c => $"{row}.\"{c}\""))})";
            return $$"""
                CREATE FUNCTION maintenance_request_months_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'UPDATE' AND {{tuple("OLD")}} IS NOT DISTINCT FROM {{tuple("NEW")}} THEN
                        RETURN NULL;
                    END IF;
                    IF TG_OP <> 'INSERT' THEN
                        {{RequestMonthShare(true, "OLD", -1)}}
                    END IF;
                    IF TG_OP <> 'DELETE' THEN
                        {{RequestMonthShare(true, "NEW", 1)}}
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER maintenance_request_months AFTER INSERT OR DELETE OR UPDATE OF {{columns}} ON "MaintenanceRequests"
                    FOR EACH ROW EXECUTE FUNCTION maintenance_request_months_maintain();
                """;
        }
        var changed = string.Join(" OR ", RequestMonthColumns.Select(c => $"OLD.\"{c}\" IS NOT NEW.\"{c}\""));
        return $"""
            CREATE TRIGGER MaintenanceRequestMonths_Insert AFTER INSERT ON "MaintenanceRequests" BEGIN
                {RequestMonthShare(false, "NEW", 1)}
            END;
            CREATE TRIGGER MaintenanceRequestMonths_Update AFTER UPDATE OF {columns} ON "MaintenanceRequests" WHEN {changed} BEGIN
                {RequestMonthShare(false, "OLD", -1)}
                {RequestMonthShare(false, "NEW", 1)}
            END;
            CREATE TRIGGER MaintenanceRequestMonths_Delete AFTER DELETE ON "MaintenanceRequests" BEGIN
                {RequestMonthShare(false, "OLD", -1)}
            END;
            """;
    }

    public static string DropRequestMonthTriggersSql(bool postgreSql) => postgreSql
        ? """
          DROP TRIGGER IF EXISTS maintenance_request_months ON "MaintenanceRequests";
          DROP FUNCTION IF EXISTS maintenance_request_months_maintain();
          """
        : """
          DROP TRIGGER IF EXISTS MaintenanceRequestMonths_Insert;
          DROP TRIGGER IF EXISTS MaintenanceRequestMonths_Update;
          DROP TRIGGER IF EXISTS MaintenanceRequestMonths_Delete;
          """;

    /// <summary>Adds up the requests into their months again, from scratch.</summary>
    public static string RequestMonthsRebuildSql(bool postgreSql)
    {
        var key = RequestMonthKeyValues(postgreSql, "r");
        var measures = RequestMonthMeasures(postgreSql, "r");
        return $"""
            DELETE FROM "MaintenanceRequestMonths";
            INSERT INTO "MaintenanceRequestMonths" ({RequestMonthKey}, {string.Join(", ", measures.Select(m => $"\"{m.Column}\""))}, "LatestRequestedAt")
                SELECT {string.Join(", ", key)}, {string.Join(", ", measures.Select(m => $"SUM({m.Sql})"))}, MAX(r."RequestedAt")
                FROM "MaintenanceRequests" AS r
                WHERE r."RequestedOn" IS NOT NULL
                GROUP BY {string.Join(", ", key)};
            """;
    }
}
