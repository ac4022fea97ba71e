using FieldOps.Tests.Support;
using FieldOps.Web.Documents;

namespace FieldOps.Tests.Platform;

public sealed class PdfComposerTests
{
    [Fact]
    public async Task ADocument_HasExtractableNumberLinesAndTotals_AndPagesItsTable()
    {
        using var composer = new PdfComposer("Invoice", "INV-2026-0042",
            new Letterhead("Demo Garage", ["Plot 42, Enterprise Road", "Nairobi, Kenya", "VAT P051234567X"]));
        composer.Header([("Date", "20 Nov 2026"), ("Due", "4 Dec 2026")]);
        composer.Blocks("Bill to", ["Wanjiku Kamau", "+254 700 000 001"], "Vehicle", ["KDA 123A", "Toyota Hilux 2019"]);
        var rows = Enumerable.Range(1, 60).Select(i => (IReadOnlyList<string>)
            [$"Line item number {i} with a description long enough to wrap onto a second line inside its cell", "1", "1,000.00", "1,000.00"]);
        composer.Table([new PdfColumn("Description", 5), new PdfColumn("Qty", 1, ColumnAlign.Right), new PdfColumn("Unit price", 2, ColumnAlign.Right),
            new PdfColumn("Amount", 2, ColumnAlign.Right)], rows);
        composer.Totals([new PdfTotal("Subtotal", "KES 60,000.00"), new PdfTotal("VAT 16%", "KES 9,600.00"), new PdfTotal("Total", "KES 69,600.00", Emphasis: true)]);

        var pdf = composer.Finish();
        var text = await PdfText.ExtractAsync(pdf);

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        Assert.Contains("INV-2026-0042", text, StringComparison.Ordinal);
        Assert.Contains("Line item number 1 ", text, StringComparison.Ordinal);
        Assert.Contains("Line item number 60 ", text, StringComparison.Ordinal);
        Assert.Contains("KES 69,600.00", text, StringComparison.Ordinal);
        Assert.Contains("Wanjiku Kamau", text, StringComparison.Ordinal);
        var pages = PdfText.PageCount(text);
        Assert.True(pages >= 3, $"60 wrapped lines should need several pages, got {pages}");
        Assert.Contains($"Page 1 of {pages}", text, StringComparison.Ordinal);
        Assert.Contains($"Page {pages} of {pages}", text, StringComparison.Ordinal);
        // Every page that carries table rows repeats the table heading.
        var pagesWithRows = text.Split('\f').Where(page => page.Contains("Line item", StringComparison.Ordinal)).ToList();
        Assert.True(pagesWithRows.Count >= 3);
        Assert.All(pagesWithRows, page => Assert.Contains("Description", page, StringComparison.Ordinal));
    }
}
