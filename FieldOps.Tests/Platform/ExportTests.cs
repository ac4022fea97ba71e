using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FieldOps.Web.Platform.Exports;

namespace FieldOps.Tests.Platform;

public sealed class ExportTests
{
    private sealed record Row(string Name, decimal Amount, DateOnly Day);

    private static readonly IReadOnlyList<ExportColumn<Row>> Columns =
    [
        new("Name", r => r.Name),
        new("Amount", r => r.Amount),
        new("Day", r => r.Day),
    ];

    private static async IAsyncEnumerable<Row> RowsAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (i % 10_000 == 0)
            {
                await Task.Yield();
            }
            yield return new Row($"Row {i}", i + 0.5m, new DateOnly(2026, 1, 1).AddDays(i % 365));
        }
    }

    [Fact]
    public async Task Csv_QuotesCommasAndQuotes_AndKeepsNumbersExact()
    {
        using var output = new MemoryStream();
        await TabularExport.WriteCsvAsync(output, Columns, Single(new Row("Brake pads, \"front\"", 1234.565m, new DateOnly(2026, 11, 21))), CancellationToken.None);
        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("Name,Amount,Day", lines[0]);
        Assert.Equal("\"Brake pads, \"\"front\"\"\",1234.565,2026-11-21", lines[1]);
    }

    [Fact]
    public async Task Csv_Streams100000Rows()
    {
        var path = Path.GetTempFileName();
        try
        {
            await using (var file = File.Create(path))
            {
                await TabularExport.WriteCsvAsync(file, Columns, RowsAsync(100_000), CancellationToken.None);
            }
            Assert.Equal(100_001, File.ReadLines(path).Count());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Xlsx_IsAValidWorkbook_WithNumbersAsNumbers()
    {
        using var output = new MemoryStream();
        await TabularExport.WriteXlsxAsync(output, "Jobs", Columns, RowsAsync(3), CancellationToken.None);
        output.Position = 0;

        using var document = SpreadsheetDocument.Open(output, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal("Name", rows[0].Descendants<Text>().First().Text);
        var amount = rows[2].Elements<Cell>().ElementAt(1);
        Assert.Equal(CellValues.Number, amount.DataType!.Value);
        Assert.Equal("1.5", amount.CellValue!.Text);
        Assert.Equal("Jobs", document.WorkbookPart.Workbook.Descendants<Sheet>().Single().Name!.Value);
    }

    private static async IAsyncEnumerable<Row> Single(Row row)
    {
        await Task.Yield();
        yield return row;
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@A1", "'@A1")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("Plain text", "Plain text")]
    [InlineData("", "")]
    public void ACellThatCouldStartAFormula_GetsALeadingApostrophe(string text, string expected) =>
        Assert.Equal(expected, FieldOps.Web.Platform.Exports.TabularExport.NeutralizeFormula(text));
}
