using FieldOps.Data.Platform;

namespace FieldOps.Data.Maintenance.Analytics;

/// <summary>How a column's values read: screens and the PDF format money with the firm's currency, percentages with a
/// sign, and dates in the firm's calendar.</summary>
public enum AnalyticsValueKind
{
    Text,
    Count,
    Money,
    Percent,
    Rating,
    Date,
    Month,
    Flag,
}

/// <summary>The filters a view honours; the others are not offered on its screen.</summary>
[Flags]
public enum AnalyticsFilters
{
    None = 0,
    Period = 1,
    Property = 2,
    Landlord = 4,
    Category = 8,
    All = Period | Property | Landlord | Category,
}

/// <summary>The four groups of seed 002's views.</summary>
public enum AnalyticsSection
{
    Operations,
    Vendors,
    Expenses,
    Finance,
}

public sealed record AnalyticsColumn(string Key, string Heading, AnalyticsValueKind Kind);

/// <summary>A view as the catalogue lists it: its seed name, what it shows, what the period means for it, its filters.</summary>
public sealed record AnalyticsViewInfo(string Name, string Title, string Description, AnalyticsSection Section, string? PeriodMeans,
    AnalyticsFilters Filters, IReadOnlyList<AnalyticsColumn> Columns);

/// <summary>
/// The filters of every view: a period of whole months (<c>yyyy-MM</c>, both ends included, in the firm's calendar),
/// a property, a landlord and an expense category. A landlord's views never reach past their own properties whatever
/// the filter says.
/// </summary>
public sealed record AnalyticsFilter(string? From = null, string? To = null, Guid? PropertyId = null, string? LandlordId = null, Guid? CategoryId = null)
{
    /// <summary>The filter as query-string pairs, for export links and the PDF's heading.</summary>
    public IReadOnlyDictionary<string, string?> ToQuery() => new Dictionary<string, string?>
    {
        ["from"] = From, ["to"] = To, ["propertyId"] = PropertyId?.ToString(), ["landlordId"] = LandlordId, ["categoryId"] = CategoryId?.ToString(),
    };
}

/// <summary>A page of a view: its columns, the rows as values in column order, and how many rows match in all (counted
/// up to the paging limit).</summary>
public sealed record AnalyticsTable(AnalyticsViewInfo View, IReadOnlyList<IReadOnlyList<object?>> Rows, int Total, bool TotalIsAtLeast, string Currency,
    int CurrencyMinorUnits, string TimeZoneId, IReadOnlyList<string> FilterSummary)
{
    /// <summary>Rows keyed by column, as the API returns them.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Keyed() =>
        Rows.Select(row => (IReadOnlyDictionary<string, object?>)View.Columns.Select((c, i) => (c.Key, Value: row[i])).ToDictionary(p => p.Key, p => p.Value))
            .ToList();

    public Currency Money => new(Currency, CurrencyMinorUnits);
}

/// <summary>A view's rows for an export, streamed from the database, with what the heading of a report needs.</summary>
public sealed record AnalyticsExport(AnalyticsViewInfo View, IAsyncEnumerable<IReadOnlyList<object?>> Rows, Currency Currency, string TimeZoneId,
    IReadOnlyList<string> FilterSummary);

/// <summary>How the screens and the PDF report print a view's values.</summary>
public static class AnalyticsFormat
{
    public static string Heading(AnalyticsColumn column, Currency currency) =>
        column.Kind == AnalyticsValueKind.Money ? $"{column.Heading} ({currency.Code})" : column.Heading;

    public static bool IsNumeric(AnalyticsValueKind kind) =>
        kind is AnalyticsValueKind.Count or AnalyticsValueKind.Money or AnalyticsValueKind.Percent or AnalyticsValueKind.Rating;

    public static string Display(object? value, AnalyticsValueKind kind, Currency currency, string timeZoneId) => value switch
    {
        null => "—",
        decimal amount when kind == AnalyticsValueKind.Money => currency.FormatNumber(amount),
        decimal share when kind == AnalyticsValueKind.Percent => share.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%",
        decimal rating when kind == AnalyticsValueKind.Rating => rating.ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture),
        int count => count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
        DateTime at => OrganizationTime.ToLocal(at, timeZoneId).ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly month when kind == AnalyticsValueKind.Month => month.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
        bool flag => flag ? "Yes" : "No",
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
