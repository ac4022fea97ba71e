using System.Globalization;
using System.Linq.Expressions;
using FieldOps.Data.Maintenance.Analytics;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Platform.Summaries;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Maintenance.Services;

/// <summary>
/// Seed 002's fifteen views for those who pay for maintenance: property managers and admins see the firm, a landlord
/// their own properties. Each page is one grouped query and, when the page is full, one bounded count.
/// </summary>
public sealed class MaintenanceAnalytics(IDbContextFactory<FieldOpsDbContext> contextFactory, MaintenanceGuard guard, TimeProvider clock)
{
    /// <summary>How many rows a PDF report prints; CSV and Excel stream every row.</summary>
    public const int ReportRowLimit = 2_000;

    public IReadOnlyList<AnalyticsViewInfo> Views()
    {
        RequireReader();
        return MaintenanceAnalyticsViews.All.Select(v => v.Info).ToList();
    }

    public async Task<AnalyticsTable> PageAsync(string view, AnalyticsFilter filter, ListRequest request, CancellationToken cancellationToken)
    {
        var definition = Find(view);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (scope, organization, summary) = await ScopeAsync(db, definition, filter, cancellationToken);
        var (rows, total) = await definition.PageAsync(scope, request, cancellationToken);
        var currency = organization.Currency;
        return new AnalyticsTable(definition.Info, rows.Select(r => Rounded(definition.Info, r, currency)).ToList(), total.Count, total.IsAtLeast, currency.Code,
            currency.MinorUnits, organization.TimeZoneId, summary);
    }

    /// <summary>Every row of a view with the filter applied, streamed for an export. The caller enumerates it once.</summary>
    public async Task<AnalyticsExport> ExportAsync(string view, AnalyticsFilter filter, CancellationToken cancellationToken)
    {
        var definition = Find(view);
        // The context lives as long as the rows are read: the enumeration disposes it.
        var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        try
        {
            var (scope, organization, summary) = await ScopeAsync(db, definition, filter, cancellationToken);
            return new AnalyticsExport(definition.Info, Rows(db, definition, scope, organization.Currency, cancellationToken), organization.Currency,
                organization.TimeZoneId, summary);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    private static async IAsyncEnumerable<IReadOnlyList<object?>> Rows(FieldOpsDbContext db, AnalyticsView view, AnalyticsScope scope, Currency currency,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using (db)
        {
            await foreach (var row in view.StreamAsync(scope, cancellationToken))
            {
                yield return Rounded(view.Info, row, currency);
            }
        }
    }

    /// <summary>The longest period the charts draw, month by month.</summary>
    public const int MaxChartMonths = 36;

    /// <summary>Seed 003's six cost charts for the filter's months (the last twelve by default). Each is one grouped query.</summary>
    public async Task<CostCharts> ChartsAsync(AnalyticsFilter filter, CancellationToken cancellationToken)
    {
        RequireReader();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var organization = await db.OrganizationAsync(cancellationToken);
        var today = organization.Today(clock);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var period = filter with
        {
            From = string.IsNullOrWhiteSpace(filter.From) ? MaintenanceBudgets.MonthKey(thisMonth.AddMonths(-11)) : filter.From,
            To = string.IsNullOrWhiteSpace(filter.To) ? MaintenanceBudgets.MonthKey(thisMonth) : filter.To,
        };
        var (scope, _, summary) = await ScopeAsync(db, AnalyticsFilters.All, "paid or completed in the period", period, cancellationToken);
        var from = scope.FromDay!.Value;
        var months = Enumerable.Range(0, int.MaxValue).Select(from.AddMonths).TakeWhile(m => m < scope.ToDay!.Value).Take(MaxChartMonths + 1).ToList();
        if (months.Count > MaxChartMonths)
        {
            throw new InputValidationException("to", $"The charts show up to {MaxChartMonths} months at a time.");
        }
        var currency = organization.Currency;
        var (byMonth, byCategory, byProperty) = await PaidTotalsAsync(db, scope, cancellationToken);
        var trend = months.Select(m => new ChartPoint(m.ToString("MMM yyyy", CultureInfo.InvariantCulture),
            byMonth.Where(x => x.Year == m.Year && x.Month == m.Month).Sum(x => x.Total))).ToList();

        // The vendor chart and both estimate-accuracy charts from the period's completion months: grouped by vendor,
        // expense type and estimator together (a few hundred groups at most), then added up per chart here.
        var completed = await scope.CompletedMonthsInPeriod
            .GroupBy(m => new { m.VendorId, m.ExpenseTypeId, m.EstimatedByName })
            .Select(g => new
            {
                g.Key.VendorId,
                g.Key.ExpenseTypeId,
                g.Key.EstimatedByName,
                Jobs = g.Sum(m => m.Jobs),
                Rated = g.Sum(m => m.Rated),
                Stars = g.Sum(m => m.OverallTotal),
                Cost = g.Sum(m => m.ActualTenThousandths),
                EstimatedJobs = g.Sum(m => m.Estimated),
                Estimated = g.Sum(m => m.EstimatedTenThousandths),
                ActualOfEstimated = g.Sum(m => m.ActualOfEstimatedTenThousandths),
            })
            .Where(x => x.Jobs > 0)
            .ToListAsync(cancellationToken);
        var vendorIds = completed.Where(x => x.VendorId != Guid.Empty).Select(x => x.VendorId).Distinct().ToList();
        var vendorNames = await db.Set<Vendor>().AsNoTracking().Where(v => vendorIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Name, cancellationToken);
        var typeIds = completed.Where(x => x.ExpenseTypeId != Guid.Empty).Select(x => x.ExpenseTypeId).Distinct().ToList();
        var categoryOfType = await (from t in db.Set<ExpenseType>().AsNoTracking()
                                    join c in db.Set<ExpenseCategory>() on t.CategoryId equals c.Id
                                    where typeIds.Contains(t.Id)
                                    select new { t.Id, c.Name }).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var vendors = completed.Where(x => vendorNames.ContainsKey(x.VendorId))
            .GroupBy(x => vendorNames[x.VendorId])
            .Select(g => new { Vendor = g.Key, Jobs = g.Sum(x => x.Jobs), Rated = g.Sum(x => x.Rated), Stars = g.Sum(x => x.Stars), Cost = g.Sum(x => ExactAmounts.FromTenThousandths(x.Cost)) })
            .ToList();
        var estimated = completed.Where(x => x.EstimatedJobs > 0).ToList();
        var accuracyByCategory = estimated.GroupBy(x => categoryOfType.GetValueOrDefault(x.ExpenseTypeId))
            .Select(g => new
            {
                g.Key, Count = g.Sum(x => x.EstimatedJobs), Estimated = ExactAmounts.FromTenThousandths(g.Sum(x => x.Estimated)),
                Actual = ExactAmounts.FromTenThousandths(g.Sum(x => x.ActualOfEstimated)),
            })
            .ToList();
        var accuracyByStaff = estimated.GroupBy(x => x.EstimatedByName.Length == 0 ? null : x.EstimatedByName)
            .Select(g => new
            {
                g.Key, Count = g.Sum(x => x.EstimatedJobs), Estimated = ExactAmounts.FromTenThousandths(g.Sum(x => x.Estimated)),
                Actual = ExactAmounts.FromTenThousandths(g.Sum(x => x.ActualOfEstimated)),
            })
            .ToList();

        // Budget utilisation counts the landlords who have a budget (their own, or the firm's default): their budgets
        // summed, against what was paid for their properties.
        var landlords = guard.IsManager
            ? db.Set<Property>().Where(p => filter.PropertyId == null || p.Id == filter.PropertyId)
                .Where(p => string.IsNullOrEmpty(filter.LandlordId) || p.OwnerUserId == filter.LandlordId).Select(p => p.OwnerUserId).Distinct()
            : db.Set<Property>().Where(p => p.OwnerUserId == guard.UserId).Select(p => p.OwnerUserId).Distinct();
        var budgets = (await (from landlord in landlords
                              from own in db.Set<LandlordSettings>().Where(s => s.LandlordUserId == landlord).DefaultIfEmpty()
                              select new { Landlord = landlord, Budget = own!.MonthlyBudget ?? db.Set<MaintenanceSettings>().Select(s => s.MonthlyBudget).FirstOrDefault() })
                .Where(b => b.Budget != null).Take(10_000).ToListAsync(cancellationToken))
            .ToDictionary(b => b.Landlord, b => b.Budget!.Value);
        var budgeted = budgets.Keys.ToList();
        var spentByBudgeted = budgeted.Count == 0 ? [] : await PaidByMonthAsync(scope, budgeted, cancellationToken);
        decimal? monthlyBudget = budgets.Count == 0 ? null : budgets.Values.Sum();

        return new CostCharts(from, months[^1], currency, summary, trend,
            Slices(byCategory.Select(c => new ChartPoint(c.Key ?? "Uncategorized", c.Total))),
            Slices(byProperty.Select(p => new ChartPoint(p.Key, p.Total))),
            vendors.OrderByDescending(v => v.Jobs).ThenBy(v => v.Vendor).Take(CostCharts.MaxSlices)
                .Select(v => new VendorPoint(v.Vendor, v.Jobs, v.Rated == 0 ? null : Math.Round((decimal)v.Stars / v.Rated, 2), currency.Round(v.Cost / v.Jobs)))
                .ToList(),
            accuracyByCategory.OrderByDescending(a => a.Actual).Take(CostCharts.MaxSlices)
                .Select(a => new AccuracyPoint(a.Key ?? "Uncategorized", a.Count, a.Estimated, a.Actual)).ToList(),
            accuracyByStaff.OrderByDescending(a => a.Count).ThenBy(a => a.Key).Take(CostCharts.MaxSlices)
                .Select(a => new AccuracyPoint(a.Key ?? "Unknown", a.Count, a.Estimated, a.Actual)).ToList(),
            months.Select(m => new BudgetPoint(m, monthlyBudget,
                monthlyBudget is null ? byMonth.Where(x => x.Year == m.Year && x.Month == m.Month).Sum(x => x.Total)
                    : spentByBudgeted.Where(x => x.Year == m.Year && x.Month == m.Month).Sum(x => x.Total))).ToList());
    }

    /// <summary>What was paid in the period by month, by category and by property, from the payment months (a few rows
    /// a month, however many payments).</summary>
    private static async Task<(List<(int Year, int Month, decimal Total)> ByMonth, List<(string? Key, decimal Total)> ByCategory,
        List<(string Key, decimal Total)> ByProperty)> PaidTotalsAsync(FieldOpsDbContext db, AnalyticsScope scope, CancellationToken cancellationToken)
    {
        var months = scope.PaidMonthsInPeriod;
        var byMonth = (await PaidByAsync(months, m => m.Month, cancellationToken)).Select(x => (x.Key.Year, x.Key.Month, x.Total)).ToList();
        var byCategory = (await PaidByAsync(months, m => m.CategoryName, cancellationToken)).Select(x => (x.Key == "" ? null : (string?)x.Key, x.Total)).ToList();
        var byPropertyId = await PaidByAsync(months, m => m.PropertyId, cancellationToken);
        // Properties under their current names; at most a firm's properties with payments in the period.
        var ids = byPropertyId.Select(p => p.Key).ToList();
        var names = await db.Set<Property>().AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var byProperty = byPropertyId.Select(p => (names.GetValueOrDefault(p.Key, "Unknown property"), p.Total)).ToList();
        return (byMonth, byCategory, byProperty);
    }

    /// <summary>The payment months' sums for each key, exact.</summary>
    private static async Task<List<(TKey Key, decimal Total)>> PaidByAsync<TKey>(IQueryable<MaintenancePaymentMonth> months,
        Expression<Func<MaintenancePaymentMonth, TKey>> key, CancellationToken cancellationToken) =>
        (await months.GroupBy(key).Select(g => new { g.Key, Total = g.Sum(m => m.AmountTenThousandths) }).ToListAsync(cancellationToken))
            .Select(x => (x.Key, ExactAmounts.FromTenThousandths(x.Total))).ToList();

    /// <summary>What was paid in the period for the given landlords' properties, by month.</summary>
    private static async Task<List<(int Year, int Month, decimal Total)>> PaidByMonthAsync(AnalyticsScope scope, List<string> landlords,
        CancellationToken cancellationToken)
    {
        return (await PaidByAsync(scope.PaidMonthsInPeriod.Where(m => landlords.Contains(m.LandlordUserId)), m => m.Month, cancellationToken))
            .Select(x => (x.Key.Year, x.Key.Month, x.Total)).ToList();
    }

    /// <summary>The largest slices, the rest summed as "Other".</summary>
    private static List<ChartPoint> Slices(IEnumerable<ChartPoint> points)
    {
        var ordered = points.Where(p => p.Value != 0).OrderByDescending(p => p.Value).ThenBy(p => p.Label).ToList();
        if (ordered.Count <= CostCharts.MaxSlices)
        {
            return ordered;
        }
        var top = ordered.Take(CostCharts.MaxSlices - 1).ToList();
        top.Add(new ChartPoint("Other", ordered.Skip(CostCharts.MaxSlices - 1).Sum(p => p.Value)));
        return top;
    }

    /// <summary>Money to the firm's minor units, so averages and shares never show a fraction of a cent.</summary>
    private static IReadOnlyList<object?> Rounded(AnalyticsViewInfo view, IReadOnlyList<object?> row, Currency currency)
    {
        var values = row.ToArray();
        for (var i = 0; i < values.Length; i++)
        {
            if (view.Columns[i].Kind == AnalyticsValueKind.Money && values[i] is decimal amount)
            {
                values[i] = currency.Round(amount);
            }
        }
        return values;
    }

    private void RequireReader() => guard.RequireAny(MaintenanceRoles.PropertyManager, Roles.Admin, MaintenanceRoles.Landlord);

    private AnalyticsView Find(string view)
    {
        RequireReader();
        return MaintenanceAnalyticsViews.Find(view) ?? throw new RecordNotFoundException("Analytics view", view);
    }

    private Task<(AnalyticsScope Scope, OrganizationProfile Organization, IReadOnlyList<string> Summary)> ScopeAsync(FieldOpsDbContext db, AnalyticsView view,
        AnalyticsFilter filter, CancellationToken cancellationToken) =>
        ScopeAsync(db, view.Info.Filters, view.Info.PeriodMeans, filter, cancellationToken);

    private async Task<(AnalyticsScope Scope, OrganizationProfile Organization, IReadOnlyList<string> Summary)> ScopeAsync(FieldOpsDbContext db,
        AnalyticsFilters filters, string? periodMeans, AnalyticsFilter filter, CancellationToken cancellationToken)
    {
        var organization = await db.OrganizationAsync(cancellationToken);
        var from = filters.HasFlag(AnalyticsFilters.Period) ? ParseMonth(filter.From, "from") : null;
        var to = filters.HasFlag(AnalyticsFilters.Period) ? ParseMonth(filter.To, "to")?.AddMonths(1) : null;
        if (from is not null && to is not null && to <= from)
        {
            throw new InputValidationException("to", "The period must end in or after the month it starts.");
        }
        var zone = OrganizationTime.Zone(organization.TimeZoneId);
        DateTime? Utc(DateOnly? day) => day is { } d ? TimeZoneInfo.ConvertTimeToUtc(d.ToDateTime(TimeOnly.MinValue), zone) : null;

        var requests = guard.Visible(db).AsNoTracking();
        var paymentMonths = db.Set<MaintenancePaymentMonth>().AsNoTracking();
        var completionMonths = db.Set<MaintenanceCompletionMonth>().AsNoTracking();
        var requestMonths = db.Set<MaintenanceRequestMonth>().AsNoTracking();
        if (!guard.IsManager)
        {
            // A landlord's reports are about their own properties, even where they also rent or work on others'.
            var me = guard.UserId;
            requests = requests.Where(r => r.OwnerUserId == me);
            paymentMonths = paymentMonths.Where(m => m.LandlordUserId == me);
            completionMonths = completionMonths.Where(m => m.OwnerUserId == me);
            requestMonths = requestMonths.Where(m => m.OwnerUserId == me);
        }
        var summary = new List<string>();
        if (from is not null || to is not null)
        {
            summary.Add($"Period: {(from is { } f ? f.ToString("MMM yyyy", CultureInfo.InvariantCulture) : "the start")} to "
                + $"{(to is { } t ? t.AddMonths(-1).ToString("MMM yyyy", CultureInfo.InvariantCulture) : "now")} ({periodMeans})");
        }
        if (filters.HasFlag(AnalyticsFilters.Property) && filter.PropertyId is { } propertyId)
        {
            requests = requests.Where(r => r.PropertyId == propertyId);
            paymentMonths = paymentMonths.Where(m => m.PropertyId == propertyId);
            completionMonths = completionMonths.Where(m => m.PropertyId == propertyId);
            requestMonths = requestMonths.Where(m => m.PropertyId == propertyId);
            summary.Add("Property: " + (await db.Set<Property>().Where(p => p.Id == propertyId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken) ?? "unknown"));
        }
        if (filters.HasFlag(AnalyticsFilters.Landlord) && !string.IsNullOrWhiteSpace(filter.LandlordId))
        {
            var landlord = filter.LandlordId;
            requests = requests.Where(r => r.OwnerUserId == landlord);
            paymentMonths = paymentMonths.Where(m => m.LandlordUserId == landlord);
            completionMonths = completionMonths.Where(m => m.OwnerUserId == landlord);
            requestMonths = requestMonths.Where(m => m.OwnerUserId == landlord);
            summary.Add("Landlord: " + (await db.Users.Where(u => u.Id == landlord).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? "unknown"));
        }
        Guid? categoryId = null;
        if (filters.HasFlag(AnalyticsFilters.Category) && filter.CategoryId is { } category)
        {
            categoryId = category;
            var types = db.Set<ExpenseType>().Where(t => t.CategoryId == category).Select(t => t.Id);
            requests = requests.Where(r => types.Select(t => (Guid?)t).Contains(r.ExpenseTypeId));
            // The months keep the request's expense type; its category is the catalogue's now.
            paymentMonths = paymentMonths.Where(m => types.Contains(m.ExpenseTypeId));
            completionMonths = completionMonths.Where(m => types.Contains(m.ExpenseTypeId));
            requestMonths = requestMonths.Where(m => types.Contains(m.ExpenseTypeId));
            summary.Add("Category: " + (await db.Set<ExpenseCategory>().Where(c => c.Id == category).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) ?? "unknown"));
        }
        var scope = new AnalyticsScope
        {
            Db = db, Requests = requests, PaymentMonths = paymentMonths, CompletionMonths = completionMonths, RequestMonths = requestMonths, FromDay = from, ToDay = to, FromUtc = Utc(from),
            ToUtc = Utc(to), CategoryId = categoryId,
            Now = clock.GetUtcNow().UtcDateTime,
        };
        return (scope, organization, summary);
    }

    private static DateOnly? ParseMonth(string? month, string field)
    {
        if (string.IsNullOrWhiteSpace(month))
        {
            return null;
        }
        if (!DateOnly.TryParseExact(month.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || day.Year is < 2000 or > 2100)
        {
            throw new InputValidationException(field, "Give the month as yyyy-MM, for example 2026-12.");
        }
        return day;
    }
}
