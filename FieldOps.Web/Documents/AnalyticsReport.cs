using System.Globalization;
using FieldOps.Data.Maintenance.Analytics;
using FieldOps.Data.Maintenance.Services;
using FieldOps.Data.Platform;

namespace FieldOps.Web.Documents;

/// <summary>A view as a printable report: the firm's letterhead, the view's title and filters, and its rows in a table
/// across a landscape page (the first <see cref="MaintenanceAnalytics.ReportRowLimit"/>; CSV and Excel carry every row).</summary>
public static class AnalyticsReport
{
    public static async Task<byte[]> BuildAsync(AnalyticsExport export, string organizationName, OrganizationSettings settings, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var view = export.View;
        var rows = new List<IReadOnlyList<string>>();
        var truncated = false;
        await foreach (var row in export.Rows.WithCancellation(cancellationToken))
        {
            if (rows.Count == MaintenanceAnalytics.ReportRowLimit)
            {
                truncated = true;
                break;
            }
            rows.Add(row.Select((value, i) => AnalyticsFormat.Display(value, view.Columns[i].Kind, export.Currency, export.TimeZoneId)).ToList());
        }
        var today = OrganizationSettings.LocalDate(settings.TimeZoneId, clock.GetUtcNow().UtcDateTime);
        using var pdf = new PdfComposer(view.Title, today.ToString("d MMM yyyy", CultureInfo.InvariantCulture), Letterheads.For(organizationName, settings),
            landscape: true, numberLabel: "Printed");
        pdf.Header([("Rows", rows.Count.ToString("N0", CultureInfo.InvariantCulture) + (truncated ? "+" : "")), ("Currency", export.Currency.Code)]);
        pdf.Paragraph(view.Name.Replace('_', ' '), view.Description + (export.FilterSummary.Count == 0 ? "" : "\n" + string.Join(" · ", export.FilterSummary)));
        if (rows.Count == 0)
        {
            pdf.Paragraph("Rows", "Nothing matches these filters.");
            return pdf.Finish();
        }
        // Money is in the firm's currency, named once in the header.
        var columns = view.Columns.Select(c => new PdfColumn(c.Heading, Width(c),
            AnalyticsFormat.IsNumeric(c.Kind) ? ColumnAlign.Right : ColumnAlign.Left)).ToList();
        pdf.Table(columns, rows);
        if (truncated)
        {
            pdf.Paragraph("More rows", $"Only the first {MaintenanceAnalytics.ReportRowLimit:N0} rows are printed. Download the CSV or Excel file for all of them.");
        }
        return pdf.Finish();
    }

    /// <summary>Text columns get more room than figures.</summary>
    private static double Width(AnalyticsColumn column) => column.Kind switch
    {
        AnalyticsValueKind.Text => column.Key switch { "title" => 1.8, "number" => 1.7, _ => 1.4 },
        AnalyticsValueKind.Flag or AnalyticsValueKind.Count or AnalyticsValueKind.Rating => 0.85,
        AnalyticsValueKind.Percent => 1.1,
        AnalyticsValueKind.Date => 1.3,
        AnalyticsValueKind.Money => 1.15,
        _ => 1.0,
    };
}
