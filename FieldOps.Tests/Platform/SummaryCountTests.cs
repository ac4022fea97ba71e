using FieldOps.Data.Contracting;
using FieldOps.Data.Contracting.Services;
using FieldOps.Data.Maintenance;
using FieldOps.Data.Maintenance.Analytics;
using FieldOps.Data.Maintenance.Services;
using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Platform.Notifications;
using FieldOps.Data.Workshop;
using FieldOps.Data.Workshop.Services;
using FieldOps.Tests.Contracting;
using FieldOps.Tests.Maintenance;
using FieldOps.Tests.Support;
using FieldOps.Tests.Workshop;

using Microsoft.EntityFrameworkCore;

namespace FieldOps.Tests.Platform;

/// <summary>
/// The summary rows behind the jobs board, the list totals and the bell are kept by triggers in the same transaction
/// as the change. Whatever happens (workflow moves, reassignment, reading one or all notifications, many writers at
/// once) they equal a recount from scratch.
/// </summary>
public sealed class SummaryCountTests(ServiceHarness harness) : IClassFixture<ServiceHarness>
{
    private readonly WorkshopScenario _scenario = new(harness);

    [Fact]
    public async Task AfterJobsMoveAndNotificationsAreRead_TheSummaryRowsEqualARecount()
    {
        var ct = CancellationToken.None;
        foreach (var status in new[] { JobStatus.Received, JobStatus.Assigned, JobStatus.InProgress, JobStatus.Billing })
        {
            await _scenario.JobAsync(status);
        }
        var peterInbox = await _scenario.As<NotificationInbox, NotificationPage>(WorkshopScenario.Peter, s => s.ListAsync(0, 5, unreadOnly: true, ct));
        Assert.NotEmpty(peterInbox.Items);
        await harness.AsAsync<NotificationInbox>(WorkshopScenario.Peter, s => s.MarkReadAsync(peterInbox.Items[0].Id, ct));
        await harness.AsAsync<NotificationInbox>(WorkshopScenario.Manager, s => s.MarkAllReadAsync(ct));

        var afterRead = await _scenario.As<NotificationInbox, NotificationPage>(WorkshopScenario.Peter, s => s.ListAsync(0, 5, unreadOnly: true, ct));
        Assert.Equal(peterInbox.Unread - 1, afterRead.Unread);
        Assert.Equal(0, await _scenario.As<NotificationInbox, int>(WorkshopScenario.Manager, s => s.UnreadCountAsync(ct)));

        // The board and the list totals read the summary rows; they agree with the rows the list pages through.
        var board = await _scenario.As<JobService, IReadOnlyDictionary<JobStatus, int>>(WorkshopScenario.SiteManager, s => s.CountByStatusAsync(ct));
        foreach (var (status, count) in board)
        {
            var page = await _scenario.As<JobService, ListPage<JobSummary>>(WorkshopScenario.SiteManager,
                s => s.ListAsync(new JobFilter(Status: status), new ListRequest(0, ListRequest.MaxTake), ct));
            Assert.Equal((count, false), (page.Total, page.TotalIsAtLeast));
            Assert.Equal(Math.Min(count, ListRequest.MaxTake), page.Items.Count);
        }
        var petersOwn = await _scenario.As<JobService, ListPage<JobSummary>>(WorkshopScenario.Peter,
            s => s.ListAsync(new JobFilter(), new ListRequest(0, ListRequest.MaxTake), ct));
        Assert.Equal(petersOwn.Items.Count, petersOwn.Total);

        await using var db = await harness.SystemDbAsync();
        await SummaryCountCheck.AssertMatchesRecountAsync(db);
    }

    [Fact]
    public async Task FiftyJobsAssignedAtOnce_AndTheirNotificationsReadAtOnce_KeepTheCountsExact()
    {
        var ct = CancellationToken.None;
        await _scenario.AssignManyAtOnceAsync(50);

        var unread = await _scenario.As<NotificationInbox, NotificationPage>(WorkshopScenario.Peter, s => s.ListAsync(0, 50, unreadOnly: true, ct));
        await Task.WhenAll(unread.Items.Select(n => Task.Run(() =>
            harness.AsAsync<NotificationInbox>(WorkshopScenario.Peter, s => s.MarkReadAsync(n.Id, ct)))));

        await using var db = await harness.SystemDbAsync();
        await SummaryCountCheck.AssertMatchesRecountAsync(db);
    }

    [Fact]
    public async Task AfterRequestsMoveThroughTheirWorkflow_EachRolesBoardAndListTotals_EqualTheRequestsTheyPageThrough()
    {
        var ct = CancellationToken.None;
        var maintenance = new MaintenanceScenario(harness);
        var vendor = await maintenance.VendorIdAsync("ABC Plumbing Services");
        foreach (var status in new[] { MaintenanceStatus.Pending, MaintenanceStatus.Assigned, MaintenanceStatus.InProgress, MaintenanceStatus.Completed,
                     MaintenanceStatus.Closed, MaintenanceStatus.Rejected })
        {
            await maintenance.RequestAsync(status);
        }
        await maintenance.RequestAsync(MaintenanceStatus.Assigned, vendorId: vendor);

        foreach (var user in new[] { MaintenanceScenario.Manager, MaintenanceScenario.Landlord, MaintenanceScenario.Tenant, MaintenanceScenario.Staff,
                     MaintenanceScenario.VendorUser })
        {
            var board = await maintenance.As<MaintenanceRequestService, RequestBoard>(user, s => s.BoardAsync(ct));
            foreach (var (status, count) in board.Counts)
            {
                var page = await maintenance.As<MaintenanceRequestService, ListPage<RequestSummary>>(user,
                    s => s.ListAsync(new RequestFilter(Status: status), new ListRequest(0, ListRequest.MaxTake), ct));
                Assert.True((count, false) == (page.Total, page.TotalIsAtLeast), $"{user}, {status}: board {count}, list total {page.Total}");
                Assert.Equal(Math.Min(count, ListRequest.MaxTake), page.Items.Count);
            }
            var open = await maintenance.As<MaintenanceRequestService, ListPage<RequestSummary>>(user,
                s => s.ListAsync(new RequestFilter(OpenOnly: true), new ListRequest(0, ListRequest.MaxTake), ct));
            Assert.Equal(MaintenanceQueries.Open.Sum(s => board.Counts[s]), open.Total);
        }

        await using var db = await harness.SystemDbAsync();
        await SummaryCountCheck.AssertMatchesRecountAsync(db);
    }

    [Fact]
    public async Task AfterLogsClaimsAndVouchersMove_TheAdminsBacklogs_TheListTotals_AndWhatIsStillOwed_EqualTheRecords()
    {
        var ct = CancellationToken.None;
        var contracting = new ContractingScenario(harness);
        var mutua = await contracting.CompanyOfAsync(ContractingScenario.Mutua);
        var wambui = await contracting.CompanyOfAsync(ContractingScenario.Wambui);
        // Amounts with odd cents, so that a sum that went through floating point or lost a digit shows.
        var approvedAmounts = new[] { 1_234.57m, 98_765.43m, 0.01m, 33_333.33m };
        foreach (var amount in approvedAmounts)
        {
            await contracting.VoucherAsync(mutua.Id, VoucherStatus.Approved, amount);
        }
        await contracting.VoucherAsync(wambui.Id, VoucherStatus.Approved, 777.77m);
        foreach (var status in new[] { VoucherStatus.Draft, VoucherStatus.Submitted, VoucherStatus.Rejected, VoucherStatus.Paid })
        {
            await contracting.VoucherAsync(mutua.Id, status, 10.10m);
        }
        var paidTwice = await contracting.VoucherAsync(mutua.Id, VoucherStatus.Approved, 5_000.05m);
        Assert.Equal(1, await contracting.PayInParallelAsync(paidTwice.Id, attempts: 4));

        var logs = new List<DailyLogView>();
        for (var day = 1; day <= 4; day++)
        {
            logs.Add(await contracting.LogAsync(ContractingScenario.Mutua, date: DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-day - 30))));
        }
        await harness.AsAsync<ContractingReviewService>(ContractingScenario.Admin, s => s.ApproveLogAsync(logs[0].Id, null, ct));
        var claims = new List<ExpenseView>();
        foreach (var amount in new[] { 12.34m, 56.78m, 90.12m })
        {
            claims.Add(await contracting.ExpenseAsync(ContractingScenario.Wambui, amount));
        }
        await harness.AsAsync<ContractingReviewService>(ContractingScenario.Admin, s => s.ApproveExpenseAsync(claims[0].Id, null, ct));
        await harness.AsAsync<ContractingReviewService>(ContractingScenario.Admin, s => s.RejectExpenseAsync(claims[1].Id, "Not on this project", ct));

        // The dashboard's backlogs equal the list totals, which equal the rows the lists page through.
        var dashboard = await contracting.As<ContractingDashboardService, ContractingAdminDashboard>(ContractingScenario.Admin, s => s.AdminAsync(ct));
        var all = new ListRequest(0, ListRequest.MaxTake);
        var submittedLogs = await contracting.As<ContractingReviewService, ListPage<DailyLogView>>(ContractingScenario.Admin,
            s => s.LogsAsync(new DailyLogFilter(DailyLogStatus.Submitted), all, ct));
        Assert.Equal((dashboard.LogsToReview, false), (submittedLogs.Total, submittedLogs.TotalIsAtLeast));
        Assert.Equal(submittedLogs.Items.Count, submittedLogs.Total);
        var pendingClaims = await contracting.As<ContractingReviewService, ListPage<ExpenseView>>(ContractingScenario.Admin,
            s => s.ExpensesAsync(new ExpenseFilter(ExpenseStatus.Pending), all, ct));
        Assert.Equal((dashboard.ExpensesToReview, pendingClaims.Items.Count), (pendingClaims.Total, pendingClaims.Total));
        foreach (var (status, expected) in new[] { (VoucherStatus.Submitted, dashboard.VouchersToApprove), (VoucherStatus.Approved, dashboard.VouchersToPay) })
        {
            var vouchers = await contracting.As<VoucherService, ListPage<VoucherSummary>>(ContractingScenario.Admin,
                s => s.ListAsync(new VoucherFilter(status), all, ct));
            Assert.Equal((expected, vouchers.Items.Count), (vouchers.Total, vouchers.Total));
        }
        var mutuasOwn = await contracting.As<ContractorPortalService, ListPage<VoucherSummary>>(ContractingScenario.Mutua, s => s.VouchersAsync(all, ct));
        Assert.Equal(mutuasOwn.Items.Count, mutuasOwn.Total);
        Assert.All(mutuasOwn.Items, v => Assert.Equal(mutua.Id, v.SubcontractorId));

        // "Still owed" is the approved vouchers' exact sum, to the cent, and only the contractor's own.
        var ledger = await contracting.As<ContractorPortalService, LedgerView>(ContractingScenario.Mutua, s => s.LedgerAsync(ct));
        var approvedOfMutua = mutuasOwn.Items.Where(v => v.Status == VoucherStatus.Approved).ToList();
        Assert.Equal(approvedOfMutua.Count, ledger.StillOwed.ApprovedVoucherCount);
        Assert.Equal(approvedOfMutua.Sum(v => v.Total), ledger.StillOwed.ApprovedVouchers);
        Assert.Superset(approvedAmounts.ToHashSet(), approvedOfMutua.Select(v => v.Total).ToHashSet());
        Assert.DoesNotContain(approvedOfMutua, v => v.Total == 5_000.05m);

        await using var db = await harness.SystemDbAsync();
        await SummaryCountCheck.AssertMatchesRecountAsync(db);
    }

    [Fact]
    public async Task TheCostCharts_ReadFromThePaymentMonths_AddUpToThePaymentsThemselves_ForTheFirmALandlordAndACategory()
    {
        var ct = CancellationToken.None;
        await using var db = await harness.SystemDbAsync();
        var payments = await db.Set<MaintenancePayment>().IgnoreQueryFilters().AsNoTracking().ToListAsync(ct);
        Assert.NotEmpty(payments);
        var first = payments.Min(p => p.PaidOn);
        var last = payments.Max(p => p.PaidOn);
        var period = new AnalyticsFilter(first.ToString("yyyy-MM"), last.ToString("yyyy-MM"));
        var landlordId = (await db.Users.SingleAsync(u => u.Email == MaintenanceScenario.Landlord, ct)).Id;
        var organizationId = (await db.Users.SingleAsync(u => u.Email == MaintenanceScenario.Manager, ct)).OrganizationId;

        void AssertChartsMatch(CostCharts charts, IReadOnlyCollection<MaintenancePayment> expected)
        {
            // Month by month, to the cent, and in total.
            foreach (var point in charts.MonthlyTrend)
            {
                var month = DateOnly.ParseExact("01 " + point.Label, "dd MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(expected.Where(p => p.PaidOn.Year == month.Year && p.PaidOn.Month == month.Month).Sum(p => p.Amount), point.Value);
            }
            Assert.Equal(expected.Sum(p => p.Amount), charts.Total);
            Assert.Equal(expected.Sum(p => p.Amount), charts.ByCategory.Sum(c => c.Value));
            Assert.Equal(expected.Sum(p => p.Amount), charts.ByProperty.Sum(c => c.Value));
            foreach (var property in charts.ByProperty.Where(p => p.Label != "Other"))
            {
                Assert.Equal(expected.Where(p => p.PropertyName == property.Label).Sum(p => p.Amount), property.Value);
            }
        }

        var firm = await harness.AsAsync<MaintenanceAnalytics, CostCharts>(MaintenanceScenario.Manager, s => s.ChartsAsync(period, ct));
        AssertChartsMatch(firm, payments.Where(p => p.OrganizationId == organizationId).ToList());
        var landlord = await harness.AsAsync<MaintenanceAnalytics, CostCharts>(MaintenanceScenario.Landlord, s => s.ChartsAsync(period, ct));
        AssertChartsMatch(landlord, payments.Where(p => p.LandlordUserId == landlordId).ToList());
        Assert.True(landlord.Total < firm.Total);

        // The landlord's property cards: what was paid this year in the firm's calendar, from the same months.
        var zone = await db.Organizations.IgnoreQueryFilters().Where(o => o.Id == organizationId).Select(o => o.Settings.TimeZoneId).SingleAsync(ct);
        var yearStart = new DateOnly(FieldOps.Data.Platform.OrganizationTime.Today(TimeProvider.System, zone).Year, 1, 1);
        var cards = await harness.AsAsync<FieldOps.Data.Maintenance.Services.MaintenanceRequestService, IReadOnlyList<PropertyCosts>>(MaintenanceScenario.Landlord,
            s => s.CostsByPropertyAsync(ct));
        Assert.NotEmpty(cards);
        foreach (var card in cards)
        {
            var paidThisYear = payments.Where(p => p.PropertyId == card.PropertyId && p.LandlordUserId == landlordId && p.PaidOn >= yearStart).ToList();
            Assert.Equal((paidThisYear.Sum(p => p.Amount), paidThisYear.Count), (card.PaidThisYear, card.PaidRequests));
        }
        Assert.Contains(cards, c => c.PaidRequests > 0);

        // A category filter reads the months of the request's expense types in the category: the payments' figures.
        var categoryOfRequest = await (from r in db.Set<MaintenanceRequest>().IgnoreQueryFilters()
                                       join t in db.Set<ExpenseType>().IgnoreQueryFilters() on r.ExpenseTypeId equals t.Id
                                       select new { RequestId = r.Id, t.CategoryId }).ToDictionaryAsync(x => x.RequestId, x => x.CategoryId, ct);
        var paidCategory = payments.Where(p => p.OrganizationId == organizationId && categoryOfRequest.ContainsKey(p.RequestId))
            .Select(p => categoryOfRequest[p.RequestId]).First();
        var ofCategory = categoryOfRequest.Where(c => c.Value == paidCategory).Select(c => c.Key).ToHashSet();
        var byCategory = await harness.AsAsync<MaintenanceAnalytics, CostCharts>(MaintenanceScenario.Manager,
            s => s.ChartsAsync(period with { CategoryId = paidCategory }, ct));
        AssertChartsMatch(byCategory, payments.Where(p => ofCategory.Contains(p.RequestId)).ToList());

        await SummaryCountCheck.AssertMatchesRecountAsync(db);
    }

    [Fact]
    public async Task VendorPerformance_ReadFromTheCompletionMonths_EqualsTheRequestsThemselves_AndTheReportsSurviveRefillingTheDays()
    {
        var ct = CancellationToken.None;
        var maintenance = new MaintenanceScenario(harness);
        var vendor = await maintenance.VendorIdAsync("ABC Plumbing Services");
        await maintenance.RequestAsync(MaintenanceStatus.Completed, vendorId: vendor);
        await maintenance.RequestAsync(MaintenanceStatus.Closed, vendorId: vendor);
        await using var db = await harness.SystemDbAsync();
        var organizationId = (await db.Users.SingleAsync(u => u.Email == MaintenanceScenario.Manager, ct)).OrganizationId;
        var landlordId = (await db.Users.SingleAsync(u => u.Email == MaintenanceScenario.Landlord, ct)).Id;
        var zone = await db.Organizations.IgnoreQueryFilters().Where(o => o.Id == organizationId).Select(o => o.Settings.TimeZoneId).SingleAsync(ct);
        var completed = await (from r in db.Set<MaintenanceRequest>().IgnoreQueryFilters()
                               where r.OrganizationId == organizationId && r.CompletedAt != null && r.VendorId != null
                               join v in db.Set<Vendor>().IgnoreQueryFilters() on r.VendorId equals v.Id
                               from x in db.Set<MaintenanceRating>().IgnoreQueryFilters().Where(x => x.RequestId == r.Id).DefaultIfEmpty()
                               select new { r.Id, r.OwnerUserId, r.CompletedAt, r.CompletedOn, r.ActualCost, Vendor = v.Name, Overall = (int?)x!.Overall })
            .ToListAsync(ct);
        Assert.Contains(completed, r => r.Overall != null);

        // Every completion counts in its day of the firm's calendar, not UTC's.
        Assert.All(completed, r => Assert.Equal(DateOnly.FromDateTime(FieldOps.Data.Platform.OrganizationTime.ToLocal(r.CompletedAt!.Value, zone)), r.CompletedOn));

        var period = new AnalyticsFilter(completed.Min(r => r.CompletedOn)!.Value.ToString("yyyy-MM"), completed.Max(r => r.CompletedOn)!.Value.ToString("yyyy-MM"));
        async Task<List<string>> ViewAsync(string user) =>
            (await harness.AsAsync<MaintenanceAnalytics, AnalyticsTable>(user,
                s => s.PageAsync("vendor_performance_summary", period, new ListRequest(0, ListRequest.MaxTake), ct)))
            .Keyed().Select(row => $"{row["vendor"]}: {row["jobs"]} jobs, {row["rated"]} rated, {row["averageRating"]}, {row["actualCost"]:0.00}").Order().ToList();
        List<string> Expected(Func<string, bool> owner) => completed.Where(r => owner(r.OwnerUserId)).GroupBy(r => r.Vendor)
            .Select(g => $"{g.Key}: {g.Count()} jobs, {g.Count(r => r.Overall != null)} rated, "
                + $"{(g.Any(r => r.Overall != null) ? Math.Round((decimal)g.Sum(r => r.Overall ?? 0) / g.Count(r => r.Overall != null), 2) : null)}, "
                + $"{g.Sum(r => r.ActualCost!.Value):0.00}")
            .Order().ToList();

        var firm = await ViewAsync(MaintenanceScenario.Manager);
        Assert.Equal(Expected(_ => true), firm);
        Assert.Equal(Expected(owner => owner == landlordId), await ViewAsync(MaintenanceScenario.Landlord));

        // A database from before the firm's calendar days were kept: the months lose the requests as their days are
        // cleared, and start-up's fill brings every one back, to the same figures.
        async Task<List<string>> RequestorsAsync() =>
            (await harness.AsAsync<MaintenanceAnalytics, AnalyticsTable>(MaintenanceScenario.Manager,
                s => s.PageAsync("maintenance_orders_by_requestor", new AnalyticsFilter(), new ListRequest(0, ListRequest.MaxTake), ct)))
            .Keyed().Select(row => string.Join("|", row.Values)).ToList();
        var requestors = await RequestorsAsync();
        Assert.NotEmpty(requestors);
        var completions = await db.Set<MaintenanceRequest>().IgnoreQueryFilters().Where(r => r.CompletedAt != null)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.CompletedOn, (DateOnly?)null), ct);
        var requests = await db.Set<MaintenanceRequest>().IgnoreQueryFilters()
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.RequestedOn, (DateOnly?)null), ct);
        Assert.Empty(await ViewAsync(MaintenanceScenario.Manager));
        Assert.Empty(await RequestorsAsync());
        Assert.Equal(completions + requests, await CalendarDays.FillMissingAsync(db, ct));
        Assert.Equal(0, await CalendarDays.FillMissingAsync(db, ct));
        Assert.Equal(firm, await ViewAsync(MaintenanceScenario.Manager));
        Assert.Equal(requestors, await RequestorsAsync());
        await SummaryCountCheck.AssertMatchesRecountAsync(db);
    }

    [Theory]
    [InlineData("active_maintenance_orders")]
    [InlineData("maintenance_orders_requiring_approval")]
    [InlineData("maintenance_expense_correlation")]
    public async Task AListViewsTotal_FromTheSummaryMonths_EqualsItsRows_ForTheFirmALandlordAPropertyAndACategory(string view)
    {
        var ct = CancellationToken.None;
        var maintenance = new MaintenanceScenario(harness);
        foreach (var status in new[] { MaintenanceStatus.Pending, MaintenanceStatus.Estimated, MaintenanceStatus.QuotesSubmitted, MaintenanceStatus.Completed,
                     MaintenanceStatus.Closed })
        {
            await maintenance.RequestAsync(status);
        }
        var categories = await harness.AsAsync<MaintenanceCatalogService, IReadOnlyList<ExpenseCategoryView>>(MaintenanceScenario.Manager, s => s.CategoriesAsync(ct));
        var properties = (await harness.AsAsync<MaintenanceAnalytics, AnalyticsTable>(MaintenanceScenario.Manager,
            s => s.PageAsync("active_maintenance_orders", new AnalyticsFilter(), new ListRequest(0, 1), ct))).Total;
        Assert.True(properties > 1);

        var filters = new List<(string User, AnalyticsFilter Filter)>
        {
            (MaintenanceScenario.Manager, new AnalyticsFilter()),
            (MaintenanceScenario.Landlord, new AnalyticsFilter()),
            (MaintenanceScenario.Manager, new AnalyticsFilter(DateTime.UtcNow.ToString("yyyy-MM"), DateTime.UtcNow.ToString("yyyy-MM"))),
        };
        filters.AddRange(categories.Select(c => (MaintenanceScenario.Manager, new AnalyticsFilter(CategoryId: c.Id))));
        foreach (var (user, filter) in filters)
        {
            // A page of one row takes the total from the months; a page of every row counts them.
            var all = await harness.AsAsync<MaintenanceAnalytics, AnalyticsTable>(user, s => s.PageAsync(view, filter, new ListRequest(0, ListRequest.MaxTake), ct));
            Assert.True(all.Rows.Count < ListRequest.MaxTake);
            var first = await harness.AsAsync<MaintenanceAnalytics, AnalyticsTable>(user, s => s.PageAsync(view, filter, new ListRequest(0, 1), ct));
            Assert.True((all.Rows.Count, false) == (first.Total, first.TotalIsAtLeast), $"{user}, {filter}: {all.Rows.Count} rows, total {first.Total}");
        }
    }
}
