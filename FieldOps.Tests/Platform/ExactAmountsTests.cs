using FieldOps.Data.Platform.Summaries;
using Microsoft.Data.Sqlite;

namespace FieldOps.Tests.Platform;

/// <summary>Summary rows add money as whole ten-thousandths; on SQLite these are read from the decimal's text.</summary>
public sealed class ExactAmountsTests
{
    [Theory]
    [InlineData("1250.5", 12_505_000L)]
    [InlineData("7", 70_000L)]
    [InlineData("0.0001", 1L)]
    [InlineData("99999999999999.9999", 999_999_999_999_999_999L)]
    [InlineData("-20000.01", -200_000_100L)]
    [InlineData("0.0", 0L)]
    public void OnSqlite_TheTextOfADecimal_IsReadAsExactTenThousandths(string stored, long expected)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ExactAmounts.TenThousandthsSql(postgreSql: false, "$amount")}";
        command.Parameters.AddWithValue("$amount", stored);

        Assert.Equal(expected, (long)command.ExecuteScalar()!);
        Assert.Equal(decimal.Parse(stored, System.Globalization.CultureInfo.InvariantCulture), ExactAmounts.FromTenThousandths(expected));
    }
}
