using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace FieldOps.Web.Documents;

/// <summary>The issuing organization as printed at the top of a document.</summary>
public sealed record Letterhead(string Name, IReadOnlyList<string> Lines);

public enum ColumnAlign
{
    Left,
    Right,
}

/// <summary>A table column: heading, share of the table width, alignment.</summary>
public sealed record PdfColumn(string Heading, double Width, ColumnAlign Align = ColumnAlign.Left);

/// <summary>A line of the totals block; emphasised lines are bold and ruled above.</summary>
public sealed record PdfTotal(string Label, string Value, bool Emphasis = false);

/// <summary>
/// Lays out business documents on A4 with a few reusable pieces: letterhead with the document title and number,
/// two party/detail blocks, a line-item table whose cells wrap and whose rows flow onto new pages (repeating the
/// heading), a totals block, notes, and a footer on every page with "Page n of m" and the document number. Text is
/// drawn with an embedded Unicode font, so it can be searched and extracted.
/// </summary>
public sealed class PdfComposer : IDisposable
{
    private const double Margin = 42;
    private const double FooterHeight = 28;
    private const double CellPadding = 4;
    private static readonly XColor Brand = XColor.FromArgb(31, 78, 121);
    private static readonly XColor Muted = XColor.FromArgb(90, 98, 106);
    private static readonly XColor Rule = XColor.FromArgb(200, 205, 210);
    private static readonly XColor Shade = XColor.FromArgb(238, 242, 246);

    private readonly PdfDocument _document;
    private readonly string _title;
    private readonly string _number;
    private readonly Letterhead _letterhead;
    private readonly XFont _regular;
    private readonly XFont _bold;
    private readonly XFont _small;
    private readonly XFont _heading;
    private readonly XFont _titleFont;
    private PdfPage _page = default!;
    private XGraphics _graphics = default!;
    private double _y;
    private readonly bool _landscape;
    private readonly string _numberLabel;

    /// <param name="landscape">Wide tables (reports) print across the page.</param>
    /// <param name="numberLabel">What the number in the header is ("Number", or "Period" for a report).</param>
    public PdfComposer(string title, string number, Letterhead letterhead, bool landscape = false, string numberLabel = "Number")
    {
        _landscape = landscape;
        _numberLabel = numberLabel;
        // The licence opt-in must come before the first PDFsharp document is created.
        PdfFonts.EnsureInitialized();
        _document = new PdfDocument();
        _title = title;
        _number = number;
        _letterhead = letterhead;
        var unicode = new XPdfFontOptions(PdfFontEncoding.Unicode);
        _regular = new XFont(PdfFonts.Family, 9.5, XFontStyleEx.Regular, unicode);
        _bold = new XFont(PdfFonts.Family, 9.5, XFontStyleEx.Bold, unicode);
        _small = new XFont(PdfFonts.Family, 8, XFontStyleEx.Regular, unicode);
        _heading = new XFont(PdfFonts.Family, 15, XFontStyleEx.Bold, unicode);
        _titleFont = new XFont(PdfFonts.Family, 20, XFontStyleEx.Bold, unicode);
        _document.Info.Title = $"{title} {number}";
        _document.Info.Author = letterhead.Name;
        _document.Info.Creator = "FieldOps";
        NewPage();
    }

    private double ContentWidth => _page.Width.Point - 2 * Margin;
    private double Bottom => _page.Height.Point - Margin - FooterHeight;

    /// <summary>Organization name and contact lines on the left; document title, number and details on the right.</summary>
    public void Header(IReadOnlyList<(string Label, string Value)> details)
    {
        var top = _y;
        var leftWidth = ContentWidth * 0.55;
        _graphics.DrawString(_letterhead.Name, _heading, new XSolidBrush(Brand), new XRect(Margin, _y, leftWidth, 20), XStringFormats.TopLeft);
        var y = _y + 22;
        foreach (var line in _letterhead.Lines.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            y = DrawWrapped(line, _small, Muted, Margin, y, leftWidth);
        }

        var rightX = Margin + leftWidth;
        var rightWidth = ContentWidth - leftWidth;
        _graphics.DrawString(_title.ToUpperInvariant(), _titleFont, new XSolidBrush(Brand), new XRect(rightX, top, rightWidth, 24), XStringFormats.TopRight);
        var ry = top + 28;
        foreach (var (label, value) in new[] { (_numberLabel, _number) }.Concat(details))
        {
            _graphics.DrawString(label, _small, new XSolidBrush(Muted), new XRect(rightX, ry, rightWidth * 0.45, 12), XStringFormats.TopLeft);
            _graphics.DrawString(value, _bold, XBrushes.Black, new XRect(rightX, ry, rightWidth, 12), XStringFormats.TopRight);
            ry += 13;
        }
        _y = Math.Max(y, ry) + 10;
        _graphics.DrawLine(new XPen(Brand, 1.2), Margin, _y, Margin + ContentWidth, _y);
        _y += 14;
    }

    /// <summary>Two side-by-side blocks such as "Bill to" and "Vehicle".</summary>
    public void Blocks(string leftHeading, IReadOnlyList<string> leftLines, string rightHeading, IReadOnlyList<string> rightLines)
    {
        var half = (ContentWidth - 16) / 2;
        var leftEnd = Block(leftHeading, leftLines, Margin, half);
        var rightEnd = Block(rightHeading, rightLines, Margin + half + 16, half);
        _y = Math.Max(leftEnd, rightEnd) + 12;
    }

    private double Block(string heading, IReadOnlyList<string> lines, double x, double width)
    {
        _graphics.DrawString(heading.ToUpperInvariant(), _small, new XSolidBrush(Muted), new XRect(x, _y, width, 11), XStringFormats.TopLeft);
        var y = _y + 13;
        foreach (var line in lines.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            y = DrawWrapped(line, lines.Count > 0 && line == lines[0] ? _bold : _regular, XColors.Black, x, y, width);
        }
        return y;
    }

    /// <summary>A table whose cells wrap; rows that do not fit go to a new page under a repeated heading row.</summary>
    public void Table(IReadOnlyList<PdfColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var totalWeight = columns.Sum(c => c.Width);
        var widths = columns.Select(c => ContentWidth * c.Width / totalWeight).ToArray();
        DrawTableHeading(columns, widths);
        var shaded = false;
        foreach (var row in rows)
        {
            var cellLines = row.Select((text, i) => Wrap(text, _regular, widths[i] - 2 * CellPadding)).ToArray();
            var height = cellLines.Max(lines => lines.Count) * LineHeight(_regular) + 2 * CellPadding;
            if (_y + height > Bottom)
            {
                NewPage();
                DrawTableHeading(columns, widths);
            }
            if (shaded)
            {
                _graphics.DrawRectangle(new XSolidBrush(Shade), Margin, _y, ContentWidth, height);
            }
            shaded = !shaded;
            var x = Margin;
            for (var i = 0; i < columns.Count; i++)
            {
                var lineY = _y + CellPadding;
                foreach (var line in cellLines[i])
                {
                    var format = columns[i].Align == ColumnAlign.Right ? XStringFormats.TopRight : XStringFormats.TopLeft;
                    _graphics.DrawString(line, _regular, XBrushes.Black,
                        new XRect(x + CellPadding, lineY, widths[i] - 2 * CellPadding, LineHeight(_regular)), format);
                    lineY += LineHeight(_regular);
                }
                x += widths[i];
            }
            _y += height;
        }
        _graphics.DrawLine(new XPen(Rule, 0.8), Margin, _y, Margin + ContentWidth, _y);
        _y += 10;
    }

    private void DrawTableHeading(IReadOnlyList<PdfColumn> columns, double[] widths)
    {
        // Headings wrap like cells, so narrow figure columns keep readable headings.
        var lines = columns.Select((c, i) => Wrap(c.Heading, _bold, widths[i] - 2 * CellPadding)).ToArray();
        var height = lines.Max(l => Math.Max(l.Count, 1)) * LineHeight(_bold) + 2 * CellPadding;
        _graphics.DrawRectangle(new XSolidBrush(Brand), Margin, _y, ContentWidth, height);
        var x = Margin;
        for (var i = 0; i < columns.Count; i++)
        {
            var format = columns[i].Align == ColumnAlign.Right ? XStringFormats.TopRight : XStringFormats.TopLeft;
            var lineY = _y + CellPadding;
            foreach (var line in lines[i])
            {
                _graphics.DrawString(line, _bold, XBrushes.White, new XRect(x + CellPadding, lineY, widths[i] - 2 * CellPadding, LineHeight(_bold)), format);
                lineY += LineHeight(_bold);
            }
            x += widths[i];
        }
        _y += height;
    }

    /// <summary>Right-aligned totals: label and amount per line.</summary>
    public void Totals(IReadOnlyList<PdfTotal> totals)
    {
        var width = ContentWidth * 0.42;
        var x = Margin + ContentWidth - width;
        EnsureRoom(totals.Count * 16 + 8);
        foreach (var total in totals)
        {
            var font = total.Emphasis ? _bold : _regular;
            if (total.Emphasis)
            {
                _graphics.DrawLine(new XPen(Brand, 1), x, _y, x + width, _y);
                _y += 3;
            }
            _graphics.DrawString(total.Label, font, XBrushes.Black, new XRect(x, _y, width * 0.55, 14), XStringFormats.TopLeft);
            _graphics.DrawString(total.Value, font, XBrushes.Black, new XRect(x, _y, width, 14), XStringFormats.TopRight);
            _y += 16;
        }
        _y += 8;
    }

    /// <summary>A titled paragraph (notes, payment terms).</summary>
    public void Paragraph(string heading, string text)
    {
        EnsureRoom(40);
        _graphics.DrawString(heading.ToUpperInvariant(), _small, new XSolidBrush(Muted), new XRect(Margin, _y, ContentWidth, 11), XStringFormats.TopLeft);
        _y += 13;
        foreach (var paragraph in text.Split('\n'))
        {
            _y = DrawWrapped(paragraph, _regular, XColors.Black, Margin, _y, ContentWidth, paginate: true);
        }
        _y += 8;
    }

    private static readonly XColor[] SeriesColors = [XColor.FromArgb(31, 78, 121), XColor.FromArgb(214, 124, 36), XColor.FromArgb(46, 139, 87)];

    /// <summary>A row of a bar chart: its label, one value per series, and the figures printed after the bars.</summary>
    public sealed record ChartRow(string Label, IReadOnlyList<decimal> Values, string Caption);

    /// <summary>
    /// A horizontal bar chart drawn with vectors (sharp at any zoom, its text searchable): a heading, a legend when
    /// there is more than one series, and per row its label, one bar per series scaled to the largest value, and the
    /// row's figures. Rows flow onto new pages like a table's.
    /// </summary>
    /// <param name="scaleTo">The value a full-width bar stands for (100 for percentages); the largest value by default.</param>
    public void BarChart(string heading, IReadOnlyList<string> series, IReadOnlyList<ChartRow> rows, decimal? scaleTo = null)
    {
        const double barHeight = 9;
        EnsureRoom(60);
        _graphics.DrawString(heading, _bold, new XSolidBrush(Brand), new XRect(Margin, _y, ContentWidth, 14), XStringFormats.TopLeft);
        _y += 16;
        if (series.Count > 1)
        {
            var x = Margin;
            for (var i = 0; i < series.Count; i++)
            {
                _graphics.DrawRectangle(new XSolidBrush(SeriesColors[i % SeriesColors.Length]), x, _y + 2, 8, 8);
                _graphics.DrawString(series[i], _small, XBrushes.Black, new XRect(x + 11, _y, 160, 12), XStringFormats.TopLeft);
                x += 16 + _graphics.MeasureString(series[i], _small).Width + 14;
            }
            _y += 14;
        }
        if (rows.Count == 0)
        {
            _graphics.DrawString("No figures for this period.", _regular, new XSolidBrush(Muted), new XRect(Margin, _y, ContentWidth, 12), XStringFormats.TopLeft);
            _y += 22;
            return;
        }
        var labelWidth = ContentWidth * 0.24;
        var captionWidth = ContentWidth * 0.26;
        var plotWidth = ContentWidth - labelWidth - captionWidth - 12;
        var max = Math.Max(scaleTo ?? 0, rows.SelectMany(r => r.Values).DefaultIfEmpty(0).Max());
        foreach (var row in rows)
        {
            var height = Math.Max(series.Count * (barHeight + 2), LineHeight(_regular)) + 6;
            EnsureRoom(height);
            var label = Wrap(row.Label, _small, labelWidth - 4).FirstOrDefault() ?? "";
            _graphics.DrawString(label, _small, XBrushes.Black, new XRect(Margin, _y + 1, labelWidth - 4, 12), XStringFormats.TopLeft);
            var barY = _y;
            for (var i = 0; i < row.Values.Count; i++)
            {
                var width = max <= 0 ? 0 : (double)(Math.Max(row.Values[i], 0) / max) * plotWidth;
                _graphics.DrawRectangle(new XSolidBrush(SeriesColors[i % SeriesColors.Length]), Margin + labelWidth, barY, Math.Max(width, 0.5), barHeight);
                barY += barHeight + 2;
            }
            _graphics.DrawString(row.Caption, _small, XBrushes.Black, new XRect(Margin + labelWidth + plotWidth + 12, _y + 1, captionWidth, 12), XStringFormats.TopLeft);
            _y += height;
        }
        _graphics.DrawLine(new XPen(Rule, 0.6), Margin + labelWidth, _y, Margin + labelWidth + plotWidth, _y);
        _y += 14;
    }

    /// <summary>A highlighted status line such as "PAID on 2026-11-20".</summary>
    public void Stamp(string text)
    {
        EnsureRoom(30);
        var font = new XFont(PdfFonts.Family, 12, XFontStyleEx.Bold, new XPdfFontOptions(PdfFontEncoding.Unicode));
        var size = _graphics.MeasureString(text, font);
        var box = new XRect(Margin, _y, size.Width + 16, size.Height + 8);
        _graphics.DrawRectangle(new XPen(XColor.FromArgb(27, 110, 58), 1.5), box);
        _graphics.DrawString(text, font, new XSolidBrush(XColor.FromArgb(27, 110, 58)), box, XStringFormats.Center);
        _y += box.Height + 10;
    }

    /// <summary>Draws the footers (now that the page count is known) and returns the PDF.</summary>
    public byte[] Finish()
    {
        _graphics.Dispose();
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            var page = _document.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var y = page.Height.Point - Margin - 10;
            graphics.DrawLine(new XPen(Rule, 0.6), Margin, y - 6, page.Width.Point - Margin, y - 6);
            var width = page.Width.Point - 2 * Margin;
            graphics.DrawString($"{_letterhead.Name} · {_title} {_number}", _small, new XSolidBrush(Muted), new XRect(Margin, y, width, 12), XStringFormats.TopLeft);
            graphics.DrawString(string.Create(CultureInfo.InvariantCulture, $"Page {i + 1} of {count}"), _small, new XSolidBrush(Muted),
                new XRect(Margin, y, width, 12), XStringFormats.TopRight);
        }
        using var output = new MemoryStream();
        _document.Save(output, closeStream: false);
        return output.ToArray();
    }

    public void Dispose()
    {
        _graphics.Dispose();
        _document.Dispose();
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        if (_landscape)
        {
            _page.Orientation = PdfSharp.PageOrientation.Landscape;
        }
        _graphics = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > Bottom)
        {
            NewPage();
        }
    }

    private double LineHeight(XFont font) => font.GetHeight() + 1;

    private double DrawWrapped(string text, XFont font, XColor color, double x, double y, double width, bool paginate = false)
    {
        var brush = new XSolidBrush(color);
        foreach (var line in Wrap(text, font, width))
        {
            if (paginate && y + LineHeight(font) > Bottom)
            {
                NewPage();
                y = _y;
            }
            _graphics.DrawString(line, font, brush, new XRect(x, y, width, LineHeight(font)), XStringFormats.TopLeft);
            y += LineHeight(font);
        }
        return y;
    }

    /// <summary>Breaks text into lines that fit <paramref name="width"/>, splitting over-long words.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (_graphics.MeasureString(candidate, font).Width <= width)
            {
                current = candidate;
                continue;
            }
            if (current.Length > 0)
            {
                lines.Add(current);
            }
            current = word;
            while (_graphics.MeasureString(current, font).Width > width && current.Length > 1)
            {
                var fit = current.Length - 1;
                while (fit > 1 && _graphics.MeasureString(current[..fit], font).Width > width)
                {
                    fit--;
                }
                lines.Add(current[..fit]);
                current = current[fit..];
            }
        }
        lines.Add(current);
        return lines;
    }
}
