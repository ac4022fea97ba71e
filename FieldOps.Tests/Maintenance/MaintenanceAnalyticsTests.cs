using FieldOps.Data.Maintenance;
using FieldOps.Data.Maintenance.Analytics;
using FieldOps.Data.Maintenance.Services;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using FieldOps.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static FieldOps.Tests.Maintenance.MaintenanceScenario;

namespace FieldOps.Tests.Maintenance;

/// <summary>
/// A month of work nobody else touches (March 2030: the clock is moved there), made through the real services as the
/// demo users of Riverside Court, so every view's figures can be worked out by hand:
/// <list type="bullet">
/// <item>R1 closed: plumbing by ABC Plumbing, 5,000 estimated, approved, spent and paid by M-PESA; rated 5.</item>
/// <item>R2 closed: electrical work by the staff member, high priority, 5,000 all the way, paid; rated 5.</item>
/// <item>R3 estimated: plumbing, 5,000 waiting for the landlord.</item>
/// <item>R4 quotes submitted: no expense type, estimate 24,000, quotes of 22,000 and 25,000.</item>
/// <item>R5 pending.</item>
/// <item>R6 completed: plumbing by ABC Plumbing, approved 5,000, actual 5,400 (+8%), not yet paid.</item>
/// </list>
/// The landlord's monthly budget is 40,000.
/// </summary>
public sealed class AnalyticsMonth : IAsyncLifetime
{
    public static readonly DateTimeOffset At = new(2030, 3, 10, 9, 0, 0, TimeSpan.Zero);
    public static readonly AnalyticsFilter March = new("2030-03", "2030-03");

    public CountingServiceHarness Harness { get; } = new();
    public string[] Numbers { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await Harness.InitializeAsync();
        Harness.Clock.Set(At);
        var scenario = new MaintenanceScenario(Harness, Harness.Clock);
        var types = await scenario.As<MaintenanceCatalogService, IReadOnlyList<ExpenseTypeView>>(Manager, s => s.ExpenseTypesAsync(CancellationToken.None));
        var plumbing = types.Single(t => t.Name == "Plumbing Service").Id;
        var electrical = types.Single(t => t.Name == "Electrical Work").Id;
        var abc = await scenario.VendorIdAsync("ABC Plumbing Services");
        var r1 = await scenario.RequestAsync(MaintenanceStatus.Closed, vendorId: abc, expenseTypeId: plumbing);
        var r2 = await scenario.RequestAsync(MaintenanceStatus.Closed, MaintenancePriority.High, expenseTypeId: electrical);
        var r3 = await scenario.RequestAsync(MaintenanceStatus.Estimated, expenseTypeId: plumbing);
        var r4 = await scenario.RequestAsync(MaintenanceStatus.QuotesSubmitted);
        var r5 = await scenario.RequestAsync(MaintenanceStatus.Pending);
        var r6 = await scenario.RequestAsync(MaintenanceStatus.InProgress, vendorId: abc, expenseTypeId: plumbing);
        r6 = await scenario.Requests(Staff, s => s.CompleteAsync(r6.Id, new CompleteInput { ActualCost = 5_400m, CompletionNotes = "Extra fitting needed." },
            CancellationToken.None));
        Numbers = [r1.Number, r2.Number, r3.Number, r4.Number, r5.Number, r6.Number];
        var landlord = await Harness.UserIdAsync(Landlord);
        await scenario.As<MaintenanceCatalogService, MaintenanceSettingsView>(Manager, s => s.SaveLandlordSettingsAsync(landlord,
            new MaintenanceSettingsInput { MonthlyBudget = 40_000m, BudgetAlertShare = 0.8m, OwnerApprovalLimit = 15_000m }, CancellationToken.None));
    }

    public Task DisposeAsync() => Harness.DisposeAsync();
}

/// <summary>Each of the fifteen views against figures worked out by hand on <see cref="AnalyticsMonth"/>, who may read them,
/// and the SQL they cost.</summary>
public sealed class MaintenanceAnalyticsTests(AnalyticsMonth month) : IClassFixture<AnalyticsMonth>
{
    private async Task<AnalyticsTable> ViewAsync(string view, AnalyticsFilter? filter = null, string email = Manager, int take = 50) =>
        await month.Harness.AsAsync<MaintenanceAnalytics, AnalyticsTable>(email,
            s => s.PageAsync(view, filter ?? AnalyticsMonth.March, new ListRequest(0, take), CancellationToken.None));

    private static object? Cell(AnalyticsTable table, int row, string key) =>
        table.Rows[row][table.View.Columns.ToList().FindIndex(c => c.Key == key)];

    private static List<object?> Column(AnalyticsTable table, string key) => table.Rows.Select((_, i) => Cell(table, i, key)).ToList();

    private string R(int n) => month.Numbers[n - 1];

    [Fact]
    public async Task ActiveOrders_AreTheOpenRequests_EmergenciesFirstThenNewest()
    {
        var table = await ViewAsync("active_maintenance_orders");
        Assert.Equal([R(6), R(5), R(4), R(3)], Column(table, "number"));
        Assert.Equal(4, table.Total);
        Assert.Equal(["Completed", "Pending", "Quotes to compare", "Estimated"], Column(table, "status"));
        Assert.Equal([5_000m, null, 24_000m, 5_000m], Column(table, "estimated"));
        Assert.Equal([5_000m, null, null, null], Column(table, "approved"));
    }

    [Fact]
    public async Task OrdersByRequestor_CountTheTenantsRequests_AndTheirActualCost()
    {
        var table = await ViewAsync("maintenance_orders_by_requestor");
        var row = Assert.Single(table.Rows);
        Assert.Equal("Tenant", Cell(table, 0, "requestorType"));
        Assert.Equal((6, 4, 0, 2), ((int)Cell(table, 0, "requests")!, (int)Cell(table, 0, "open")!, (int)Cell(table, 0, "emergencies")!, (int)Cell(table, 0, "closed")!));
        Assert.Equal(15_400m, Cell(table, 0, "actualCost")); // 5,000 + 5,000 + 5,400
    }

    [Fact]
    public async Task OrdersRequiringApproval_AreTheEstimateAndTheQuotes_WithTheAmountAsked()
    {
        var table = await ViewAsync("maintenance_orders_requiring_approval");
        Assert.Equal([R(3), R(4)], Column(table, "number"));
        Assert.Equal(["Estimate approval", "Quote selection"], Column(table, "status"));
        Assert.Equal([5_000m, 22_000m], Column(table, "amount")); // the lowest pending quote
        Assert.Equal([0, 2], Column(table, "quotes"));
        Assert.Equal([false, true], Column(table, "needsOwner")); // both quotes pass the landlord's 15,000 limit
    }

    [Fact]
    public async Task ExpenseCorrelation_SetsActualAgainstBudget_AndWhatWasPaid()
    {
        var table = await ViewAsync("maintenance_expense_correlation");
        Assert.Equal([R(6), R(2), R(1)], Column(table, "number"));
        Assert.Equal([5_400m, 5_000m, 5_000m], Column(table, "actual"));
        Assert.Equal([400m, 0m, 0m], Column(table, "variance"));
        Assert.Equal([8.0m, 0.0m, 0.0m], Column(table, "variancePercent"));
        Assert.Equal([null, 5_000m, 5_000m], Column(table, "paid"));
    }

    [Fact]
    public async Task VendorDirectories_ListTheDemoVendors_ByTypeAndForEmergencies()
    {
        var byType = await ViewAsync("active_vendors_by_type");
        Assert.Equal(["ABC Plumbing Services", "Brush & Roller Painters", "Sparks Electrical", "CoolAir HVAC", "XYZ Services", "Nairobi Supplies Ltd"],
            Column(byType, "vendor"));
        Assert.Equal(["Contractor", "Contractor", "Contractor", "Service provider", "Service provider", "Supplier"], Column(byType, "vendorType"));
        var emergency = await ViewAsync("emergency_vendors");
        Assert.Equal(["ABC Plumbing Services", "CoolAir HVAC", "Sparks Electrical"], Column(emergency, "vendor"));
        Assert.Equal("+254 712 345 678", Cell(emergency, 0, "phone"));
    }

    [Fact]
    public async Task VendorPerformance_FromTheMonthsCompletedWork()
    {
        var table = await ViewAsync("vendor_performance_summary");
        Assert.Equal(["ABC Plumbing Services"], Column(table, "vendor"));
        Assert.Equal(2, Cell(table, 0, "jobs")); // R1 and R6
        Assert.Equal(1, Cell(table, 0, "rated"));
        Assert.Equal(5.00m, Cell(table, 0, "averageRating"));
        Assert.Null(Cell(table, 0, "wouldRecommend"));
        Assert.Equal(100.0m, Cell(table, 0, "onTime"));
        Assert.Equal(10_400m, Cell(table, 0, "actualCost"));
        Assert.Equal(4.0m, Cell(table, 0, "costVariance")); // 10,400 against 10,000 approved
    }

    [Fact]
    public async Task VendorExpenses_AreThePaymentsPerPayee()
    {
        var table = await ViewAsync("vendor_expense_analysis");
        Assert.Equal(2, table.Rows.Count);
        Assert.Contains("ABC Plumbing Services", Column(table, "paidTo"));
        Assert.All(table.Rows, (_, i) => Assert.Equal((1, 5_000m), ((int)Cell(table, i, "payments")!, (decimal)Cell(table, i, "total")!)));
        Assert.Equal(DateOnly.FromDateTime(AnalyticsMonth.At.UtcDateTime), Cell(table, 0, "lastPaid"));
    }

    [Fact]
    public async Task ExpenseHierarchy_ListsEveryType_WithTheMonthsUse()
    {
        var table = await ViewAsync("expense_hierarchy");
        Assert.Equal(["HVAC Repair", "Plumbing Service", "Electrical Work", "General Maintenance", "Painting", "Electricity Bills", "Water Bills", "Internet/Cable"],
            Column(table, "type"));
        Assert.Equal([0, 3, 1, 0, 0, 0, 0, 0], Column(table, "requests"));
        Assert.Equal([0m, 10_400m, 5_000m, 0m, 0m, 0m, 0m, 0m], Column(table, "actualCost"));
        Assert.Equal("BLD-PLB", Cell(table, 1, "typeCode"));
        Assert.Equal(4_000m, Cell(table, 1, "costMin")); // 100 × 40 in the demo's shillings

        var emergency = await ViewAsync("emergency_expense_types");
        Assert.Equal(["HVAC Repair", "Plumbing Service", "Electrical Work"], Column(emergency, "type"));
        Assert.Equal([0, 3, 1], Column(emergency, "requests"));
        Assert.Equal([0, 0, 0], Column(emergency, "emergencies"));
    }

    [Fact]
    public async Task ExpensesRequiringApproval_GroupTheWaitingMoney_ByType()
    {
        var table = await ViewAsync("expenses_requiring_approval");
        Assert.Equal(["Building Maintenance", "Uncategorized"], Column(table, "category"));
        Assert.Equal(["Plumbing Service", "—"], Column(table, "type"));
        Assert.Equal([1, 1], Column(table, "requests"));
        Assert.Equal([5_000m, 24_000m], Column(table, "estimated"));
        Assert.Equal([0, 1], Column(table, "needsOwner"));
    }

    [Fact]
    public async Task TransactionsAccountantAndMonth_SumThePayments()
    {
        var transactions = await ViewAsync("expense_transaction_summary");
        Assert.Single(transactions.Rows);
        Assert.Equal(("Building Maintenance", "M-PESA", 2, 10_000m, 5_000m, 5_000m, 5_000m),
            ((string)Cell(transactions, 0, "category")!, (string)Cell(transactions, 0, "method")!, (int)Cell(transactions, 0, "payments")!,
                (decimal)Cell(transactions, 0, "total")!, (decimal)Cell(transactions, 0, "average")!, (decimal)Cell(transactions, 0, "smallest")!,
                (decimal)Cell(transactions, 0, "largest")!));

        var accountant = await ViewAsync("accountant_expense_analysis");
        Assert.Single(accountant.Rows);
        Assert.Equal((new DateOnly(2030, 3, 1), "Yes", 10_000m, 0m, 10_000m),
            ((DateOnly)Cell(accountant, 0, "month")!, (string)Cell(accountant, 0, "taxDeductible")!, (decimal)Cell(accountant, 0, "deductible")!,
                (decimal)Cell(accountant, 0, "notDeductible")!, (decimal)Cell(accountant, 0, "total")!));

        var summary = await ViewAsync("monthly_expense_summary");
        Assert.Single(summary.Rows);
        Assert.Equal((2, 10_000m, 5_000m, 5_000m, 0m, 0.0m),
            ((int)Cell(summary, 0, "payments")!, (decimal)Cell(summary, 0, "total")!, (decimal)Cell(summary, 0, "average")!, (decimal)Cell(summary, 0, "largest")!,
                (decimal)Cell(summary, 0, "emergency")!, (decimal)Cell(summary, 0, "emergencyShare")!));
    }

    [Fact]
    public async Task AccountantAnalysis_OverAllTime_AddsUpEveryPayment_ByMonthAndCategory_PageByPage()
    {
        // The view groups the month summaries in memory. On a firm of its own (a new category would change the other
        // views' figures here), two months pay for work of each kind: deductible building and utility work, a category
        // the firm does not deduct, and work of no type. The view is recomputed from the payments themselves (the demo's
        // too), through each request's expense type to its category, to the cent, and read one row a page.
        var harness = new ServiceHarness();
        await harness.InitializeAsync();
        try
        {
            harness.Clock.Set(new DateTimeOffset(2030, 5, 12, 9, 0, 0, TimeSpan.Zero));
            var scenario = new MaintenanceScenario(harness, harness.Clock);
            var ct = CancellationToken.None;
            var administration = await scenario.As<MaintenanceCatalogService, ExpenseCategoryView>(Admin, s => s.SaveCategoryAsync(null,
                new ExpenseCategoryInput { Name = "Administration", IsTaxDeductible = false, DisplayOrder = 3 }, ct));
            var legal = await scenario.As<MaintenanceCatalogService, ExpenseTypeView>(Admin, s => s.SaveExpenseTypeAsync(null,
                new ExpenseTypeInput { CategoryId = administration.Id, Name = "Legal Fees" }, ct));
            var types = await scenario.As<MaintenanceCatalogService, IReadOnlyList<ExpenseTypeView>>(Manager, s => s.ExpenseTypesAsync(ct));
            Guid? Type(string name) => types.Single(t => t.Name == name).Id;
            foreach (var type in new[] { Type("Plumbing Service"), Type("Water Bills"), legal.Id, null, Type("Plumbing Service") })
            {
                await scenario.RequestAsync(MaintenanceStatus.Closed, expenseTypeId: type);
            }
            harness.Clock.Set(new DateTimeOffset(2030, 6, 3, 9, 0, 0, TimeSpan.Zero));
            foreach (var type in new[] { legal.Id, Type("Electrical Work") })
            {
                await scenario.RequestAsync(MaintenanceStatus.Closed, expenseTypeId: type);
            }

            await using var db = await harness.SystemDbAsync();
            var organization = await db.Set<ExpenseCategory>().IgnoreQueryFilters().Where(c => c.Id == administration.Id).Select(c => c.OrganizationId).SingleAsync();
            var payments = await (from p in db.Set<MaintenancePayment>().IgnoreQueryFilters().Where(p => p.OrganizationId == organization)
                                  join r in db.Set<MaintenanceRequest>().IgnoreQueryFilters() on p.RequestId equals r.Id
                                  from t in db.Set<ExpenseType>().IgnoreQueryFilters().Where(t => t.Id == r.ExpenseTypeId).DefaultIfEmpty()
                                  from c in db.Set<ExpenseCategory>().IgnoreQueryFilters().Where(c => c.Id == t!.CategoryId).DefaultIfEmpty()
                                  select new { p.PaidOn, p.Amount, Category = (string?)c!.Name, Deductible = (bool?)c.IsTaxDeductible })
                .ToListAsync();
            var expected = payments
                .GroupBy(p => (Month: new DateOnly(p.PaidOn.Year, p.PaidOn.Month, 1), p.Category, p.Deductible))
                .OrderByDescending(g => g.Key.Month).ThenBy(g => g.Key.Category == null).ThenBy(g => g.Key.Category, StringComparer.Ordinal)
                .Select(g => (g.Key.Month, Category: g.Key.Category ?? "Uncategorized",
                    Deductible: g.Key.Deductible switch { true => "Yes", false => "No", null => "Unknown" }, g.Count(), g.Sum(p => p.Amount)))
                .ToList();
            Assert.Equal(
                [
                    (new DateOnly(2030, 6, 1), "Administration", "No", 1, 5_000m), (new DateOnly(2030, 6, 1), "Building Maintenance", "Yes", 1, 5_000m),
                    (new DateOnly(2030, 5, 1), "Administration", "No", 1, 5_000m), (new DateOnly(2030, 5, 1), "Building Maintenance", "Yes", 2, 10_000m),
                    (new DateOnly(2030, 5, 1), "Utilities", "Yes", 1, 5_000m), (new DateOnly(2030, 5, 1), "Uncategorized", "Unknown", 1, 5_000m),
                ],
                expected.Take(6));

            var rows = new List<(DateOnly, string, string, int, decimal)>();
            for (var skip = 0; skip <= expected.Count; skip++)
            {
                var page = await harness.AsAsync<MaintenanceAnalytics, AnalyticsTable>(Manager,
                    s => s.PageAsync("accountant_expense_analysis", new AnalyticsFilter(), new ListRequest(skip, 1), ct));
                Assert.Equal((expected.Count, false), (page.Total, page.TotalIsAtLeast));
                rows.AddRange(page.Rows.Select((_, i) => ((DateOnly)Cell(page, i, "month")!, (string)Cell(page, i, "category")!,
                    (string)Cell(page, i, "taxDeductible")!, (int)Cell(page, i, "payments")!, (decimal)Cell(page, i, "total")!)));
                Assert.All(page.Rows.Select((_, i) => i), i => Assert.Equal((decimal)Cell(page, i, "total")!,
                    (decimal)Cell(page, i, (string)Cell(page, i, "taxDeductible")! == "Yes" ? "deductible" : "notDeductible")!));
            }
            Assert.Equal(expected, rows);
        }
        finally
        {
            await harness.DisposeAsync();
        }
    }

    [Fact]
    public async Task CostsByProperty_CountEachPropertysOpenRequests_AsTheLandlordAndTheManagerSeeThem()
    {
        // From the request months: every request not closed or cancelled, the completed and verified ones included (the
        // demo data has a verified request, which the page used to leave out).
        var landlord = await month.Harness.UserIdAsync(Landlord);
        await using var db = await month.Harness.SystemDbAsync();
        var requests = await db.Set<MaintenanceRequest>().IgnoreQueryFilters().Where(r => r.IsOpen)
            .Select(r => new { r.PropertyId, r.OwnerUserId }).ToListAsync();
        foreach (var (email, owner) in new[] { (Landlord, landlord), (Manager, (string?)null) })
        {
            var costs = await month.Harness.AsAsync<MaintenanceRequestService, IReadOnlyList<PropertyCosts>>(email, s => s.CostsByPropertyAsync(CancellationToken.None));
            Assert.NotEmpty(costs);
            Assert.Contains(costs, c => c.OpenRequests > 0);
            foreach (var property in costs)
            {
                Assert.Equal(requests.Count(r => r.PropertyId == property.PropertyId && (owner is null || r.OwnerUserId == owner)), property.OpenRequests);
            }
        }
    }

    [Fact]
    public async Task MonthlyBudget_ComparesTheLandlordsBudget_WithWhatWasPaid()
    {
        var table = await ViewAsync("monthly_expense_budget");
        Assert.Single(table.Rows);
        Assert.Equal((40_000m, 2, 10_000m, 30_000m, 25.0m),
            ((decimal)Cell(table, 0, "budget")!, (int)Cell(table, 0, "payments")!, (decimal)Cell(table, 0, "spent")!, (decimal)Cell(table, 0, "remaining")!,
                (decimal)Cell(table, 0, "percentUsed")!));
    }

    [Fact]
    public async Task ALandlordSeesOnlyTheirOwnProperties_AndOtherRolesNothing()
    {
        // The other landlord owns none of the month's requests; a filter naming this landlord does not widen their view.
        var landlordId = await month.Harness.UserIdAsync(Landlord);
        foreach (var view in new[] { "active_maintenance_orders", "maintenance_expense_correlation", "monthly_expense_summary", "vendor_performance_summary" })
        {
            Assert.Empty((await ViewAsync(view, AnalyticsMonth.March with { LandlordId = landlordId }, Landlord2)).Rows);
            Assert.NotEmpty((await ViewAsync(view, email: Landlord)).Rows);
        }
        foreach (var email in new[] { Staff, VendorUser, Tenant })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => ViewAsync("monthly_expense_summary", email: email));
        }
        // The other firm's admin sees its own firm only: nothing of March 2030.
        Assert.Empty((await ViewAsync("active_maintenance_orders", email: Gulf)).Rows);
    }

    [Fact]
    public async Task Filters_NarrowByPropertyAndCategory_AndBadOnesAreRefused()
    {
        var electricalOnly = await month.Harness.AsAsync<MaintenanceCatalogService, IReadOnlyList<ExpenseCategoryView>>(Manager,
            s => s.CategoriesAsync(CancellationToken.None));
        var utilities = electricalOnly.Single(c => c.Name == "Utilities").Id;
        Assert.Empty((await ViewAsync("maintenance_expense_correlation", AnalyticsMonth.March with { CategoryId = utilities })).Rows);
        Assert.Equal(3, (await ViewAsync("expense_hierarchy", AnalyticsMonth.March with { CategoryId = utilities })).Rows.Count);
        Assert.Empty((await ViewAsync("active_maintenance_orders", new AnalyticsFilter("2031-01", "2031-12"))).Rows);

        var error = await Assert.ThrowsAsync<InputValidationException>(() => ViewAsync("monthly_expense_summary", new AnalyticsFilter("March", null)));
        Assert.Contains("from", error.Errors.Keys);
        await Assert.ThrowsAsync<InputValidationException>(() => ViewAsync("monthly_expense_summary", new AnalyticsFilter("2030-04", "2030-03")));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => ViewAsync("no_such_view"));
    }

    [Fact]
    public async Task TheSixCharts_HaveTheMonthsFigures_ForTheFirmAndForTheLandlord()
    {
        var firm = await month.Harness.AsAsync<MaintenanceAnalytics, CostCharts>(Manager, s => s.ChartsAsync(AnalyticsMonth.March, CancellationToken.None));
        Assert.Equal([new ChartPoint("Mar 2030", 10_000m)], firm.MonthlyTrend);
        Assert.Equal([new ChartPoint("Building Maintenance", 10_000m)], firm.ByCategory);
        Assert.Equal([new ChartPoint("Riverside Court", 10_000m)], firm.ByProperty);
        var abc = Assert.Single(firm.Vendors);
        Assert.Equal(("ABC Plumbing Services", 2, 5.00m, 5_200m), (abc.Vendor, abc.Jobs, abc.Rating, abc.AverageCost)); // (5,000 + 5,400) / 2
        var building = Assert.Single(firm.AccuracyByCategory);
        Assert.Equal(("Building Maintenance", 3, 15_000m, 15_400m, 102.7m), (building.Label, building.Requests, building.Estimated, building.Actual,
            building.ActualPercentOfEstimate));
        Assert.Equal(3, Assert.Single(firm.AccuracyByStaff).Requests);
        // Both landlords' budgets: 40,000 (Riverside and Kilimani's owner) + 50,000 (South B's).
        Assert.Equal([new BudgetPoint(new DateOnly(2030, 3, 1), 90_000m, 10_000m)], firm.Budget);
        Assert.Equal(11.1m, firm.Budget[0].PercentUsed);

        var own = await month.Harness.AsAsync<MaintenanceAnalytics, CostCharts>(Landlord, s => s.ChartsAsync(AnalyticsMonth.March, CancellationToken.None));
        Assert.Equal(25.0m, Assert.Single(own.Budget).PercentUsed);
        var other = await month.Harness.AsAsync<MaintenanceAnalytics, CostCharts>(Landlord2, s => s.ChartsAsync(AnalyticsMonth.March, CancellationToken.None));
        Assert.Equal(0m, other.Total);
        Assert.Empty(other.Vendors);

        // By default the last twelve months up to the firm's today; more than 36 months is refused.
        var year = await month.Harness.AsAsync<MaintenanceAnalytics, CostCharts>(Manager, s => s.ChartsAsync(new AnalyticsFilter(), CancellationToken.None));
        Assert.Equal((new DateOnly(2029, 4, 1), new DateOnly(2030, 3, 1), 12), (year.From, year.To, year.MonthlyTrend.Count));
        await Assert.ThrowsAsync<InputValidationException>(() => month.Harness.AsAsync<MaintenanceAnalytics, CostCharts>(Manager,
            s => s.ChartsAsync(new AnalyticsFilter("2026-01", "2030-03"), CancellationToken.None)));
    }

    [Fact]
    public async Task EveryView_CountsItsRowsExactly_OnAPageOfOne()
    {
        // A page of one row is full, so the view counts its rows: the count must be every row the view has.
        foreach (var view in MaintenanceAnalyticsViews.All.Select(v => v.Info.Name))
        {
            foreach (var filter in new[] { AnalyticsMonth.March, new AnalyticsFilter() })
            {
                var all = await ViewAsync(view, filter, take: ListRequest.MaxTake);
                Assert.True(all.Rows.Count < ListRequest.MaxTake, view);
                var one = await ViewAsync(view, filter, take: 1);
                Assert.Equal((view, all.Rows.Count, false), (view, one.Total, one.TotalIsAtLeast));
            }
        }
    }

    [Fact]
    public async Task EveryView_CostsTheSameStatements_AtOneAndTenTimesTheRequests()
    {
        // The firm and the page; a full page adds its bounded count (compared here with pages that hold every row, and
        // pages of one row that are always full). Nothing runs per row, so ten times the requests
        // (54 more in April) sends exactly the same statements.
        async Task<Dictionary<string, int>> CountAsync(AnalyticsFilter filter, int take)
        {
            var counts = new Dictionary<string, int>();
            foreach (var view in MaintenanceAnalyticsViews.All.Select(v => v.Info.Name))
            {
                counts[view] = await month.Harness.CountCommandsAsync<MaintenanceAnalytics>(Manager,
                    s => s.PageAsync(view, filter, new ListRequest(0, take), CancellationToken.None));
                Assert.True(counts[view] <= 3, view + ":\n" + string.Join("\n", month.Harness.Counter.Recorded.Select(c => c.Sql)));
            }
            return counts;
        }

        var spring = new AnalyticsFilter("2030-03", "2030-04");
        var once = (await CountAsync(spring, ListRequest.MaxTake), await CountAsync(spring, 1));
        month.Harness.Clock.Set(AnalyticsMonth.At.AddMonths(1));
        try
        {
            var scenario = new MaintenanceScenario(month.Harness, month.Harness.Clock);
            for (var i = 0; i < 54; i++)
            {
                await scenario.RequestAsync(MaintenanceStatus.Pending);
            }
            Assert.Equal(60, (await ViewAsync("maintenance_orders_by_requestor", spring)).Rows.Sum(r => (int)r[2]!));
            var tenTimes = (await CountAsync(spring, ListRequest.MaxTake), await CountAsync(spring, 1));
            Assert.Equal(once.Item1, tenTimes.Item1);
            Assert.Equal(once.Item2, tenTimes.Item2);
        }
        finally
        {
            month.Harness.Clock.Set(AnalyticsMonth.At);
        }
    }
}
