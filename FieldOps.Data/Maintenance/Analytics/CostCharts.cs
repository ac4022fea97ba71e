using FieldOps.Data.Platform;

namespace FieldOps.Data.Maintenance.Analytics;

/// <summary>One bar, slice or point: a label and an amount.</summary>
public sealed record ChartPoint(string Label, decimal Value);

/// <summary>A vendor's month: jobs completed, average tenant rating and average actual cost.</summary>
public sealed record VendorPoint(string Vendor, int Jobs, decimal? Rating, decimal AverageCost);

/// <summary>Estimates against actual costs for a category or a staff member: accuracy is actual ÷ estimate.</summary>
public sealed record AccuracyPoint(string Label, int Requests, decimal Estimated, decimal Actual)
{
    public decimal? ActualPercentOfEstimate => Estimated == 0 ? null : Math.Round(Actual / Estimated * 100m, 1);
}

/// <summary>A month's budget (of the landlords in view) and what was paid; no budget when none is set.</summary>
public sealed record BudgetPoint(DateOnly Month, decimal? Budget, decimal Spent)
{
    public decimal? PercentUsed => Budget is > 0 ? Math.Round(Spent / Budget.Value * 100m, 1) : null;
}

/// <summary>
/// Seed 003's six cost charts for a period of months (the last twelve unless the filter says otherwise): monthly trend,
/// category breakdown, cost per property, vendor performance, estimate accuracy and budget utilisation.
/// </summary>
public sealed record CostCharts(
    DateOnly From, DateOnly To, Currency Currency, IReadOnlyList<string> FilterSummary,
    IReadOnlyList<ChartPoint> MonthlyTrend, IReadOnlyList<ChartPoint> ByCategory, IReadOnlyList<ChartPoint> ByProperty,
    IReadOnlyList<VendorPoint> Vendors, IReadOnlyList<AccuracyPoint> AccuracyByCategory, IReadOnlyList<AccuracyPoint> AccuracyByStaff,
    IReadOnlyList<BudgetPoint> Budget)
{
    /// <summary>How many categories and properties a chart shows before the rest become "Other".</summary>
    public const int MaxSlices = 8;

    public decimal Total => MonthlyTrend.Sum(p => p.Value);
}
