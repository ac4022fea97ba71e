namespace FieldOps.Data.Platform.Summaries;

/// <summary>
/// Money kept in summary rows as a whole number of ten-thousandths: the four decimals every amount column has
/// (decimal(18, 4)), so that converting loses nothing and triggers add and subtract in exact integer arithmetic on both
/// engines. SQLite keeps decimals as text ("1250.5") and its arithmetic on them goes through floating point, so there
/// the digits are read from the text instead.
/// </summary>
public static class ExactAmounts
{
    public const decimal Scale = 10_000m;

    public static decimal FromTenThousandths(long tenThousandths) => tenThousandths / Scale;

    /// <summary>SQL for <paramref name="column"/> (an expression such as <c>NEW."Amount"</c>) in ten-thousandths.</summary>
    public static string TenThousandthsSql(bool postgreSql, string column) => postgreSql
        ? $"CAST(ROUND({column} * 10000) AS bigint)"
        : $"(CASE WHEN substr({column}, 1, 1) = '-' THEN -{Unsigned($"substr({column}, 2)")} ELSE {Unsigned(column)} END)";

    // "1250.5" → 1250 * 10000 + 5000; "7" → 70000. Amounts are stored with at most four decimals.
    private static string Unsigned(string text) =>
        $"(CASE WHEN instr({text}, '.') = 0 THEN CAST({text} AS INTEGER) * 10000 "
        + $"ELSE CAST(substr({text}, 1, instr({text}, '.') - 1) AS INTEGER) * 10000 "
        + $"+ CAST(substr(substr({text}, instr({text}, '.') + 1) || '0000', 1, 4) AS INTEGER) END)";
}
