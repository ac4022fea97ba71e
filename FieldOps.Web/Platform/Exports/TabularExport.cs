using System.Globalization;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FieldOps.Web.Platform.Exports;

/// <summary>A column of an export: its heading and how to read its value from a row.</summary>
public sealed record ExportColumn<T>(string Heading, Func<T, object?> Value);

/// <summary>
/// Writes rows to CSV or Excel as they arrive from the database, so an export of 100,000 rows never holds them all
/// in memory. Numbers stay numbers in Excel; dates are written as ISO text (yyyy-MM-dd HH:mm).
/// </summary>
public static class TabularExport
{
    public static async Task WriteCsvAsync<T>(Stream output, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows,
        CancellationToken cancellationToken)
    {
        // CsvHelper writes synchronously, and a response stream allows only asynchronous writes: rows are written to a
        // small in-memory chunk that is sent asynchronously every thousand rows, so memory stays flat.
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken); // lets Excel read UTF-8
        var chunk = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var csv = CsvWriter.Create(chunk, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord(columns.Select(c => c.Heading).ToArray());
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            csv.WriteRecord(columns.Select(c => Text(c.Value(row))).ToArray());
            if (++count % 1000 == 0)
            {
                await SendAsync();
            }
        }
        await SendAsync();

        async Task SendAsync()
        {
            csv.Flush();
            var text = chunk.GetStringBuilder();
            if (text.Length > 0)
            {
                await output.WriteAsync(encoding.GetBytes(text.ToString()), cancellationToken);
                text.Clear();
            }
        }
    }

    public static async Task WriteXlsxAsync<T>(Stream output, string sheetName, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows,
        CancellationToken cancellationToken)
    {
        // The package format needs a seekable stream; a temporary file keeps memory flat while rows stream in.
        var path = Path.Combine(Path.GetTempPath(), $"fieldops-export-{Guid.NewGuid():N}.xlsx");
        try
        {
            using (var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
            {
                var workbookPart = document.AddWorkbookPart();
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                using (var writer = OpenXmlWriter.Create(worksheetPart))
                {
                    writer.WriteStartElement(new Worksheet());
                    writer.WriteStartElement(new SheetData());
                    WriteRow(writer, columns.Select(c => (object?)c.Heading));
                    await foreach (var row in rows.WithCancellation(cancellationToken))
                    {
                        WriteRow(writer, columns.Select(c => c.Value(row)));
                    }
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }
                using (var writer = OpenXmlWriter.Create(workbookPart))
                {
                    writer.WriteStartElement(new Workbook());
                    writer.WriteStartElement(new Sheets());
                    writer.WriteElement(new Sheet
                    {
                        Name = sheetName.Length > 31 ? sheetName[..31] : sheetName,
                        SheetId = 1,
                        Id = workbookPart.GetIdOfPart(worksheetPart),
                    });
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }
            }
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
            await file.CopyToAsync(output, cancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void WriteRow(OpenXmlWriter writer, IEnumerable<object?> values)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in values)
        {
            if (value is decimal or int or long or double)
            {
                writer.WriteElement(new Cell
                {
                    DataType = CellValues.Number,
                    CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!),
                });
            }
            else
            {
                writer.WriteElement(new Cell
                {
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(Text(value)) { Space = SpaceProcessingModeValues.Preserve }),
                });
            }
        }
        writer.WriteEndElement();
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string text => NeutralizeFormula(text),
        DateTime dateTime => dateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "yes" : "no",
        Enum enumValue => Humanize(enumValue.ToString()),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => NeutralizeFormula(value.ToString() ?? ""),
    };

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>
    /// Text typed by users (a work summary, an owner's name) could start like a spreadsheet formula
    /// (<c>=HYPERLINK(…)</c>) and run when the CSV is opened. Such a cell is written with a leading apostrophe, as
    /// OWASP's guidance on CSV injection advises, so it reads as text. Numbers and dates are never touched.
    /// </summary>
    public static string NeutralizeFormula(string text) =>
        text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;

    /// <summary>"AwaitingParts" → "Awaiting parts".</summary>
    public static string Humanize(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
