using System.Globalization;
using FieldOps.Data.Maintenance.Analytics;
using FieldOps.Data.Platform;

namespace FieldOps.Web.Documents;

/// <summary>Seed 003's cost analytics as a printable report: the six charts, drawn as bar charts with their figures.</summary>
public static class CostReport
{
    public static byte[] Build(CostCharts charts, string organizationName, OrganizationSettings settings)
    {
        var money = charts.Currency;
        var period = $"{Month(charts.From)} – {Month(charts.To)}";
        using var pdf = new PdfComposer("Maintenance costs", period, Letterheads.For(organizationName, settings), numberLabel: "Period");
        pdf.Header([("Paid in the period", money.Format(charts.Total))]);
        if (charts.FilterSummary.Count > 0)
        {
            pdf.Paragraph("Filters", string.Join(" · ", charts.FilterSummary));
        }
        IReadOnlyList<PdfComposer.ChartRow> Amounts(IEnumerable<ChartPoint> points, decimal whole) => points
            .Select(p => new PdfComposer.ChartRow(p.Label, [p.Value], money.Format(p.Value) + (whole > 0 ? $" ({Percent(p.Value / whole * 100m)})" : "")))
            .ToList();

        pdf.BarChart("1. Monthly trend: paid per month", ["Paid"], charts.MonthlyTrend
            .Select(p => new PdfComposer.ChartRow(p.Label, [p.Value], money.Format(p.Value))).ToList());
        pdf.BarChart("2. Category breakdown", ["Paid"], Amounts(charts.ByCategory, charts.Total));
        pdf.BarChart("3. Cost per property", ["Paid"], Amounts(charts.ByProperty, charts.Total));
        pdf.BarChart("4. Vendor performance: average cost per job, rating and jobs", ["Average cost"], charts.Vendors
            .Select(v => new PdfComposer.ChartRow(v.Vendor, [v.AverageCost],
                $"{money.Format(v.AverageCost)} · {(v.Rating is { } r ? $"rated {r:0.0#}/5" : "not rated")} · {v.Jobs} {(v.Jobs == 1 ? "job" : "jobs")}")).ToList());
        pdf.BarChart("5. Estimate accuracy by category: estimated and actual", ["Estimated", "Actual"], Accuracy(charts.AccuracyByCategory, money));
        pdf.BarChart("5. Estimate accuracy by staff member", ["Estimated", "Actual"], Accuracy(charts.AccuracyByStaff, money));
        pdf.BarChart("6. Budget utilisation: share of the monthly budget paid", ["% of budget"], charts.Budget
            .Select(b => new PdfComposer.ChartRow(Month(b.Month), [b.PercentUsed ?? 0m],
                b.PercentUsed is { } used ? $"{Percent(used)} of {money.Format(b.Budget!.Value)}" : $"{money.Format(b.Spent)}, no budget set")).ToList(),
            scaleTo: 100m);
        return pdf.Finish();
    }

    private static List<PdfComposer.ChartRow> Accuracy(IEnumerable<AccuracyPoint> points, Currency money) => points
        .Select(a => new PdfComposer.ChartRow(a.Label, [a.Estimated, a.Actual],
            $"{money.Format(a.Actual)} of {money.Format(a.Estimated)}{(a.ActualPercentOfEstimate is { } p ? $" ({Percent(p)})" : "")}")).ToList();

    private static string Month(DateOnly month) => month.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    private static string Percent(decimal value) => Math.Round(value, 1).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
