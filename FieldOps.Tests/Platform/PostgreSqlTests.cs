using FieldOps.Data;
using FieldOps.Data.Contracting;
using FieldOps.Data.Contracting.Services;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Workshop;
using FieldOps.Data.Workshop.Services;
using FieldOps.Tests.Contracting;
using FieldOps.Tests.Support;
using FieldOps.Tests.Workshop;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Tests.Platform;

/// <summary>
/// The app on PostgreSQL, the engine for larger installations: its own migrations create the schema on a real
/// server, the demo data is made through every module's services, and the rules that rest on the database (unique
/// indexes, optimistic concurrency, append-only records, organization filters) hold there as on SQLite.
/// </summary>
public sealed class PostgreSqlTests(PostgresServiceHarness harness) : IClassFixture<PostgresServiceHarness>
{
    private readonly ContractingScenario _contracting = new(harness);
    private readonly WorkshopScenario _workshop = new(harness);

    [Fact]
    public async Task TheMigrationsCreateTheWholeModel_AndTheDemoDataIsSeededThroughTheServices()
    {
        await using var db = await harness.SystemDbAsync();
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Equal(5, await db.Organizations.CountAsync());
        Assert.True(await db.Set<Job>().IgnoreQueryFilters().CountAsync() >= 30);
        // Demo Properties has a request in every status of the maintenance workflow.
        Assert.Equal(Enum.GetValues<Data.Maintenance.MaintenanceStatus>().Order(),
            (await db.Set<Data.Maintenance.MaintenanceRequest>().IgnoreQueryFilters().Select(r => r.Status).Distinct().ToListAsync()).Order());
        Assert.True(await db.Set<Invoice>().IgnoreQueryFilters().AnyAsync(i => i.Status == InvoiceStatus.Paid));
    }

    [Fact]
    public async Task TheDemoLedgers_HaveTheSameHandCheckedFigures()
    {
        var mutua = await _contracting.CompanyNamedAsync("Mutua Building Works");
        var ledger = await _contracting.As<LedgerService, LedgerView>(ContractingScenario.Admin, s => s.LedgerAsync(mutua.Id, default));
        Assert.Equal((168_000m, 5_000m, 20_000m, 143_000m, 6_250m),
            (ledger.Summary.Credits, ledger.Summary.Deductions, ledger.Summary.AdvancePaid, ledger.Summary.BalanceDue, ledger.Summary.ExpensesApproved));
        Assert.Equal(143_000m, ledger.Entries[0].BalanceDue); // newest first
    }

    [Fact]
    public Task TwoApprovalsCrossingABudgetsAlertShareAtOnce_SendOneAlert() => Maintenance.BudgetRaces.TwoApprovalsAtOnceAsync(harness);

    [Fact]
    public async Task TwoQuoteApprovalsAtOnce_ExactlyOneWins()
    {
        var scenario = new Maintenance.MaintenanceScenario(harness);
        var request = await scenario.RequestAsync(Data.Maintenance.MaintenanceStatus.QuotesSubmitted);
        var outcomes = await Task.WhenAll(request.Quotes.Select(q => Task.Run(async () =>
        {
            try
            {
                await scenario.As<Data.Maintenance.Services.MaintenanceRequestService, Data.Maintenance.QuoteView>(Maintenance.MaintenanceScenario.Landlord,
                    s => s.ApproveQuoteAsync(q.Id, null, default));
                return true;
            }
            catch (Data.Platform.BusinessRuleException)
            {
                return false;
            }
        })));
        Assert.Single(outcomes, won => won);
        var after = await scenario.Requests(Maintenance.MaintenanceScenario.Manager, s => s.GetAsync(request.Id, default));
        Assert.Equal(Data.Maintenance.MaintenanceStatus.Approved, after.Status);
        Assert.Single(after.Quotes, q => q.Status == Data.Maintenance.QuoteStatus.Approved);
    }

    [Fact]
    public async Task JobsAssignedAtOnce_KeepTheTriggerMaintainedCountsExact()
    {
        var ct = CancellationToken.None;
        await _workshop.AssignManyAtOnceAsync(20);
        await harness.AsAsync<FieldOps.Data.Platform.Notifications.NotificationInbox>(WorkshopScenario.Peter, s => s.MarkAllReadAsync(ct));

        await using var db = await harness.SystemDbAsync();
        await SummaryCountCheck.AssertMatchesRecountAsync(db);
    }

    [Fact]
    public async Task TheFifteenAnalyticViews_RunOnPostgreSql_AndTheMonthsAddUpToThePayments()
    {
        var none = CancellationToken.None;
        var everything = new Data.Maintenance.Analytics.AnalyticsFilter("2020-01", "2035-12");
        foreach (var view in Data.Maintenance.Analytics.MaintenanceAnalyticsViews.All.Select(v => v.Info.Name))
        {
            foreach (var email in new[] { Maintenance.MaintenanceScenario.Manager, Maintenance.MaintenanceScenario.Landlord })
            {
                var table = await harness.AsAsync<Data.Maintenance.Services.MaintenanceAnalytics, Data.Maintenance.Analytics.AnalyticsTable>(email,
                    s => s.PageAsync(view, everything, new ListRequest(0, ListRequest.MaxTake), none));
                Assert.All(table.Rows, row => Assert.Equal(table.View.Columns.Count, row.Count));
            }
        }
        var months = await harness.AsAsync<Data.Maintenance.Services.MaintenanceAnalytics, Data.Maintenance.Analytics.AnalyticsTable>(
            Maintenance.MaintenanceScenario.Manager, s => s.PageAsync("monthly_expense_summary", everything, new ListRequest(0, ListRequest.MaxTake), none));
        var firm = await harness.OrganizationIdAsync("Demo Properties");
        await using var db = await harness.SystemDbAsync();
        var paid = await db.Set<Data.Maintenance.MaintenancePayment>().IgnoreQueryFilters().Where(p => p.OrganizationId == firm).SumAsync(p => p.Amount);
        Assert.True(paid > 0);
        Assert.Equal(paid, months.Rows.Sum(r => (decimal)r[2]!));

        // The cost charts' grouped reads, on this engine: the two accuracy charts count the same requests.
        var charts = await harness.AsAsync<Data.Maintenance.Services.MaintenanceAnalytics, Data.Maintenance.Analytics.CostCharts>(
            Maintenance.MaintenanceScenario.Manager, s => s.ChartsAsync(new Data.Maintenance.Analytics.AnalyticsFilter(), none));
        Assert.NotEmpty(charts.Vendors);
        Assert.All(charts.Vendors, v => Assert.True(v.Jobs > 0 && v.AverageCost > 0, v.Vendor));
        Assert.NotEmpty(charts.AccuracyByCategory);
        Assert.Equal(charts.AccuracyByCategory.Sum(a => a.Requests), charts.AccuracyByStaff.Sum(a => a.Requests));
        Assert.Equal(charts.AccuracyByCategory.Sum(a => a.Actual), charts.AccuracyByStaff.Sum(a => a.Actual));
    }

    [Fact]
    public Task TwoInstancesShareOneKeyRing_InTheDatabase() => KeyRingSharing.RunAsync(harness);

    [Fact]
    public Task TwoInstancesSenders_SendEachMailOnce_AndTheOtherTakesOverWhenTheHolderDies() => OutboxLeaseRace.RunAsync(harness);

    [Fact]
    public Task LiveUpdates_CrossInstances_ThroughListenNotify() => LiveBackplaneRace.RunAsync(harness);

    [Fact]
    public async Task EveryDashboard_Loads()
    {
        var none = CancellationToken.None;
        await _workshop.As<WorkshopDashboardService, SiteManagerDashboard>(WorkshopScenario.SiteManager,
            s => s.SiteManagerAsync(new JobFilter(), new ListRequest(0, 20), none));
        await _workshop.As<WorkshopDashboardService, TechnicianDashboard>(WorkshopScenario.Peter, s => s.TechnicianAsync(none));
        await _workshop.As<WorkshopDashboardService, ManagerDashboard>(WorkshopScenario.Manager, s => s.ManagerAsync(none));
        await _workshop.As<WorkshopDashboardService, WarehouseDashboard>(WorkshopScenario.Warehouse,
            s => s.WarehouseAsync(new WarehouseFilter(), new ListRequest(0, 20), none));
        var billing = await _workshop.As<WorkshopDashboardService, BillingDashboard>(WorkshopScenario.Billing,
            s => s.BillingAsync(new InvoiceFilter(), new ListRequest(0, 20), none));
        Assert.NotEmpty(billing.Invoices.Items);
        var admin = await _contracting.As<ContractingDashboardService, ContractingAdminDashboard>(ContractingScenario.Admin, s => s.AdminAsync(none));
        Assert.True(admin.LogsToReview > 0);
        var workspace = await _contracting.As<ContractorPortalService, WorkspaceView>(ContractingScenario.Mutua, s => s.WorkspaceAsync(none));
        Assert.Equal(143_000m, workspace.Summary.BalanceDue);
    }

    [Fact]
    public async Task PayingTheSameVoucherInParallel_RecordsOnePayment()
    {
        var company = await _contracting.CompanyOfAsync(ContractingScenario.Wambui);
        var voucher = await _contracting.VoucherAsync(company.Id, VoucherStatus.Approved, 4_321m);

        Assert.Equal(1, await _contracting.PayInParallelAsync(voucher.Id, attempts: 4));
        await using var db = await harness.SystemDbAsync();
        Assert.Equal(1, await db.Set<LedgerEntry>().IgnoreQueryFilters().CountAsync(e => e.VoucherId == voucher.Id));
        // The voucher's moves and the losing payments' rollbacks left the contracting summary rows exact.
        await SummaryCountCheck.AssertMatchesRecountAsync(db);
    }

    [Fact]
    public async Task ParallelIssuesOfOneItem_NeverTakeStockBelowZero()
    {
        var item = await _workshop.ItemAsync(quantity: 5);
        var jobId = await _workshop.JobAsync(JobStatus.InProgress);
        var requests = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            var request = await _workshop.As<SparePartService, PartRequestView>(WorkshopScenario.Peter,
                s => s.RequestAsync(jobId, new PartRequestInput { WarehouseItemId = item.Id, Quantity = 2 }, default));
            await _workshop.As<SparePartService, PartRequestView>(WorkshopScenario.Manager, s => s.ApproveAsync(request.Id, null, default));
            requests.Add(request.Id);
        }

        var issued = await Task.WhenAll(requests.Select(id => Task.Run(async () =>
        {
            try
            {
                await _workshop.As<SparePartService, PartRequestView>(WorkshopScenario.Warehouse, s => s.IssueAsync(id, default));
                return true;
            }
            catch (BusinessRuleException)
            {
                return false;
            }
        })));

        Assert.Equal(2, issued.Count(ok => ok));
        await using var db = await harness.SystemDbAsync();
        Assert.Equal(1, (await db.Set<WarehouseItem>().IgnoreQueryFilters().SingleAsync(i => i.Id == item.Id)).QuantityOnHand);
    }

    [Fact]
    public async Task LedgerEntries_AreAppendOnly()
    {
        await using var db = await harness.SystemDbAsync();
        var entry = await db.Set<LedgerEntry>().IgnoreQueryFilters().FirstAsync();
        db.Entry(entry).Property(e => e.Amount).CurrentValue = 0m;
        await Assert.ThrowsAsync<BusinessRuleException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task AnotherOrganizationsRecords_AreInvisible()
    {
        var jobsSeenByContracting = await harness.AsAsync<IDbContextFactory<FieldOpsDbContext>, int>(ContractingScenario.Admin, async factory =>
        {
            await using var db = await factory.CreateDbContextAsync();
            return await db.Set<Job>().CountAsync();
        });
        Assert.Equal(0, jobsSeenByContracting);
        var companiesSeenByGarage = await harness.AsAsync<IDbContextFactory<FieldOpsDbContext>, int>(WorkshopScenario.Admin, async factory =>
        {
            await using var db = await factory.CreateDbContextAsync();
            return await db.Set<Subcontractor>().CountAsync();
        });
        Assert.Equal(0, companiesSeenByGarage);
    }
}
