using System.Text.RegularExpressions;
using FieldOps.Data.Contracting;
using FieldOps.Data.Contracting.Services;
using FieldOps.Data.Maintenance;
using FieldOps.Data.Maintenance.Analytics;
using FieldOps.Data.Maintenance.Services;
using M = FieldOps.Tests.Maintenance.MaintenanceScenario;
using FieldOps.Data.Platform.History;
using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Platform.Notifications;
using FieldOps.Data.Workshop;
using FieldOps.Data.Workshop.Services;
using FieldOps.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FieldOps.Tests.Platform;

/// <summary>
/// The hot reads keep their indexes. Each read runs through its real service; every query it sends is then planned
/// by SQLite on a copy of the database whose statistics say the tables are three thousand times larger, per key as well
/// (as a firm with 100,000 jobs and a million ledger entries would have). No plan may read a large table from end to end, and
/// no page may be sorted in a temporary table: a later change that loses an index fails here, not in production.
/// </summary>
public sealed class QueryPlanTests(CountingServiceHarness harness, ITestOutputHelper output) : IClassFixture<CountingServiceHarness>
{
    private const string SiteManager = "sitemanager@garage.demo";
    private const string Technician = "technician@garage.demo";
    private const string Billing = "billing@garage.demo";
    private const string Manager = "workshopmanager@garage.demo";
    private const string ContractingAdmin = "admin@contracting.demo";
    private const string Contractor = "contractor@contracting.demo";

    private static readonly string[] LargeTables =
    [
        "Jobs", "Vehicles", "StatusChanges", "Notifications", "SparePartRequests", "Invoices", "InvoiceLines", "LedgerEntries", "DailyLogs",
        "Expenses", "Vouchers", "JobTaskActions", "SearchTerms", "MaintenanceRequests", "MaintenanceMessages", "MaintenancePayments",
        // The summary months grow with a firm's history and its variety of payees, types and vendors: a report reads a
        // range of them, never all.
        "MaintenancePaymentMonths", "MaintenanceCompletionMonths",
        // A request's quotes, their items and its cost lines are a handful each, read by the request's key: the demo has too
        // few of them for scaled statistics to say anything about their indexes.
    ];

    public static TheoryData<string> Reads() =>
    [
        "jobs list", "jobs list, deepest page", "technician's jobs", "technician's jobs, deepest page", "jobs in a status", "jobs in a status, deepest page", "jobs search", "technician's jobs search", "broad jobs search", "technician's broad jobs search", "notifications", "unread count", "job history", "invoices", "parts queue",
        "daily logs", "daily logs to review", "expense claims", "vouchers", "contracting dashboard", "contractor workspace", "contractor ledger",
        "contractor vouchers", "maintenance desk", "maintenance requests in a status", "landlord's requests", "tenant's requests", "work orders",
        "maintenance request", "maintenance board", "tenant's board", "cost charts", "completed work", "technician's dashboard",
        "technicians' workload", "landlord's costs by property", "billing dashboard", "billing queue, a later page",
    ];

    [Fact]
    public async Task ATechniciansWeek_IsCountedOverAWeekOfTheirCompletedJobs()
    {
        // However many jobs a technician has finished over the years, the dashboard's "completed this week" reads a
        // week's range of their completion index.
        var count = (await ExplainAsync(await RecordAsync("technician's dashboard")))
            .Single(x => x.Command.Sql.Contains("\"CompletedAt\" >=", StringComparison.Ordinal));
        Assert.Contains(count.Plan, p => p.Detail.EndsWith(
            "USING COVERING INDEX IX_Jobs_OrganizationId_TechnicianId_CompletedAt (OrganizationId=? AND TechnicianId=? AND CompletedAt>?)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheTechniciansWorkload_AndALandlordsOpenRequestsPerProperty_ComeFromSummaryRows()
    {
        // The assignment picker's workload per technician and the landlord's open requests per property add up a few
        // summary rows (job counts, request months) instead of counting jobs or requests.
        Assert.DoesNotContain(await RecordAsync("technicians' workload"), c => c.Sql.Contains("FROM \"Jobs\"", StringComparison.Ordinal));
        Assert.Contains(await RecordAsync("technicians' workload"), c => c.Sql.Contains("FROM \"JobCounts\"", StringComparison.Ordinal));
        Assert.DoesNotContain(await RecordAsync("landlord's costs by property"), c => c.Sql.Contains("FROM \"MaintenanceRequests\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheBillingDashboardsMoney_AddsUpInvoiceCounts_NotTheUnpaidInvoices()
    {
        // What is outstanding and what was paid this month: a few summary rows, however many invoices are unpaid. The
        // invoices themselves are read only a page at a time.
        var commands = await RecordAsync("billing dashboard");
        Assert.Contains(commands, c => c.Sql.Contains("FROM \"InvoiceCounts\"", StringComparison.Ordinal));
        Assert.DoesNotContain(commands, c => c.Sql.Contains("FROM \"Invoices\"", StringComparison.Ordinal)
            && (c.Sql.Contains("SUM(", StringComparison.Ordinal) || c.Sql.Contains("ef_sum(", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task TheRead_UsesItsIndexes(string read)
    {
        var commands = await RecordAsync(read);
        Assert.NotEmpty(commands);
        var problems = new List<string>();
        foreach (var (command, plan) in await ExplainAsync(commands))
        {
            output.WriteLine(command.Sql + "\n  " + string.Join("\n  ", plan.Select(p => p.Detail)) + "\n");
            // Plans name tables by their alias in the query ("SEARCH j USING INDEX …").
            var tables = Regex.Matches(command.Sql, @"(?:FROM|JOIN) ""(\w+)"" AS ""(\w+)""")
                .GroupBy(m => m.Groups[2].Value).ToDictionary(g => g.Key, g => g.First().Groups[1].Value);
            bool IsLarge(string alias) => LargeTables.Contains(tables.GetValueOrDefault(alias, alias));
            foreach (var (id, parent, detail) in plan)
            {
                var scan = Regex.Match(detail, @"^SCAN (\w+)$");
                if (scan.Success && IsLarge(scan.Groups[1].Value))
                {
                    problems.Add($"reads all of {tables.GetValueOrDefault(scan.Groups[1].Value)}: {detail}\n{command.Sql}");
                }
                // Sorting at a level that reads a large table sorts all its matching rows; sorting one page read from a
                // subquery is fine, and so is sorting the few rows looked up one by one by their key from a list (a
                // search's matches: "SEARCH j USING INDEX sqlite_autoindex_Jobs_1 (Id=?)").
                var readsLargeTableHere = plan.Any(p => p.Parent == parent && Regex.Match(p.Detail, @"^(?:SCAN|SEARCH) (\w+)") is { Success: true } m
                    && IsLarge(m.Groups[1].Value) && !Regex.IsMatch(p.Detail, @"^SEARCH \w+ USING (?:COVERING )?INDEX sqlite_autoindex_\w+_1 \(Id=\?\)$"));
                if (detail.StartsWith("USE TEMP B-TREE FOR", StringComparison.Ordinal) && detail.Contains("ORDER BY", StringComparison.Ordinal)
                    && !detail.Contains("RIGHT PART", StringComparison.Ordinal) && readsLargeTableHere
                    && command.Sql.Contains("LIMIT", StringComparison.Ordinal))
                {
                    problems.Add($"sorts the whole list to read one page: {detail}\n{command.Sql}");
                }
            }
        }
        Assert.True(problems.Count == 0, $"{read}:\n" + string.Join("\n\n", problems));
    }

    [Fact]
    public async Task ATenantsPastSlaCounts_ReadTheTenantsOwnDeadlineIndex_NotTheFirms()
    {
        // Counted through the firm's (status, deadline) index, a tenant's badge would step over every other tenant's
        // late requests until it found its own.
        var counts = (await ExplainAsync(await RecordAsync("tenant's board")))
            .Where(x => x.Command.Sql.Contains("FROM \"MaintenanceRequests\"", StringComparison.Ordinal) && x.Command.Sql.Contains("Due", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(2, counts.Count);
        Assert.All(counts, x => Assert.Contains(x.Plan, p => p.Detail.Contains("USING INDEX IX_MaintenanceRequests_TenantUserId_Status_", StringComparison.Ordinal)
            && p.Detail.Contains("DueAt<?", StringComparison.Ordinal)));
    }

    private static readonly ListRequest Deepest = new(ListRequest.MaxSkip, 20);

    /// <summary>A month of the analytic views' period filter: this one, when the demo's requests were made.</summary>
    private static readonly string OneMonth = DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("jobs list, deepest page", "IX_Jobs_OrganizationId_ReceivedAt_Number_Id")]
    [InlineData("technician's jobs, deepest page", "IX_Jobs_OrganizationId_TechnicianId_ReceivedAt_Number_Id")]
    [InlineData("jobs in a status, deepest page", "IX_Jobs_OrganizationId_Status_ReceivedAt_Number_Id")]
    public async Task ADeepJobsPage_FindsItsJobsFromTheIndexAlone_ThenReadsOnlyThem(string read, string index)
    {
        // The 2,000 jobs skipped cost an index entry each: read from the index alone ("COVERING"), not row by row
        // with their vehicles and technicians.
        var page = (await ExplainAsync(await RecordAsync(read))).Single(x => x.Command.Sql.Contains("OFFSET", StringComparison.Ordinal));
        Assert.Contains(page.Plan, p => p.Detail.StartsWith("SEARCH", StringComparison.Ordinal) && p.Detail.Contains($"USING COVERING INDEX {index}", StringComparison.Ordinal));
        Assert.Contains(page.Plan, p => p.Detail.Contains("USING INDEX sqlite_autoindex_Jobs_1 (Id=?)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("cost charts", "GROUP BY \"m\".\"VendorId\"", "sqlite_autoindex_MaintenanceCompletionMonths_1 (OrganizationId=? AND Month>? AND Month<?)")]
    [InlineData("vendor performance", "GROUP BY \"m\".\"VendorId\"", "sqlite_autoindex_MaintenanceCompletionMonths_1 (OrganizationId=? AND Month>? AND Month<?)")]
    [InlineData("landlord's vendor performance", "GROUP BY \"m\".\"VendorId\"", "IX_MaintenanceCompletionMonths_OwnerUserId_Month (OwnerUserId=? AND Month>? AND Month<?)")]
    public async Task CompletedWorkReports_AddUpThePeriodsCompletionMonths_NotItsRequests(string read, string grouping, string range)
    {
        // Three years of a large firm's completed requests are tens of thousands of rows; their completion months, a
        // few per month. The reports read a range of the months, by the firm's key or a landlord's index.
        var query = (await ExplainAsync(await RecordAsync(read))).Single(x => x.Command.Sql.Contains(grouping, StringComparison.Ordinal)
            && x.Command.Sql.Contains("LIMIT", StringComparison.Ordinal) == read.Contains("performance", StringComparison.Ordinal));
        Assert.True(query.Plan.Any(p => p.Detail.StartsWith("SEARCH m USING", StringComparison.Ordinal) && p.Detail.EndsWith(range, StringComparison.Ordinal)),
            string.Join("\n", query.Plan.Select(p => p.Detail)));
        Assert.DoesNotContain(query.Plan, p => p.Detail.Contains("MaintenanceRequests", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("vendor_expense_analysis")]
    [InlineData("expense_transaction_summary")]
    [InlineData("accountant_expense_analysis")]
    [InlineData("monthly_expense_budget")]
    [InlineData("monthly_expense_summary")]
    public async Task PaymentReports_AddUpThePeriodsPaymentMonths_NotItsPayments(string view)
    {
        // However many payments a firm has made, a payment report reads a range of months of its summary rows, from the
        // index that carries every measure (not row by row from the table): the payments table is not read at all, with
        // or without a category filter (the months keep the expense type). The budget, which adds up each landlord's
        // months, may skip through the landlords' index when a firm has few landlords: it is in the order of its groups.
        foreach (var read in new[] { $"report: {view}", $"report by category: {view}" })
        {
            var reads = await ExplainAsync(await RecordAsync(read));
            var queries = reads.Where(x => x.Command.Sql.Contains("FROM \"MaintenancePaymentMonths\"", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(queries);
            foreach (var query in queries)
            {
                Assert.True(query.Plan.Any(p => Regex.IsMatch(p.Detail, @"^SEARCH m USING COVERING INDEX IX_MaintenancePaymentMonths_(Month_Covering \(OrganizationId=\?|Landlord_Month_Covering \(ANY\(LandlordUserId\)) AND Month>\? AND Month<\?\)$")),
                    string.Join("\n", query.Plan.Select(p => p.Detail)));
                if (view == "accountant_expense_analysis")
                {
                    // Each month's expense types come in the index's order: nothing to sort before adding them up.
                    Assert.DoesNotContain(query.Plan, p => p.Detail.Contains("TEMP B-TREE", StringComparison.Ordinal));
                }
            }
            Assert.DoesNotContain(reads, x => x.Command.Sql.Contains("\"MaintenancePayments\"", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("accountant_expense_analysis")]
    [InlineData("monthly_expense_summary")]
    [InlineData("vendor_expense_analysis")]
    public async Task ALandlordsPaymentReports_ReadTheirOwnMonths_FromTheLandlordsIndexAlone(string view)
    {
        var query = (await ExplainAsync(await RecordAsync($"landlord's report: {view}")))
            .Single(x => x.Command.Sql.Contains("FROM \"MaintenancePaymentMonths\"", StringComparison.Ordinal)
                && (x.Command.Sql.Contains("LIMIT", StringComparison.Ordinal) || view == "accountant_expense_analysis"));
        Assert.True(query.Plan.Any(p => p.Detail == "SEARCH m USING COVERING INDEX IX_MaintenancePaymentMonths_Landlord_Month_Covering (LandlordUserId=? AND Month>? AND Month<?)"),
            string.Join("\n", query.Plan.Select(p => p.Detail)));
        if (view == "accountant_expense_analysis")
        {
            Assert.DoesNotContain(query.Plan, p => p.Detail.Contains("TEMP B-TREE", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("maintenance_orders_by_requestor", "sqlite_autoindex_MaintenanceRequestMonths_1 (OrganizationId=? AND Month>? AND Month<?)")]
    [InlineData("expenses_requiring_approval", "sqlite_autoindex_MaintenanceRequestMonths_1 (OrganizationId=? AND Month>? AND Month<?)")]
    [InlineData("expense_hierarchy", "IX_MaintenanceRequestMonths_OrganizationId_ExpenseTypeId_Month (OrganizationId=? AND ExpenseTypeId=? AND Month>? AND Month<?)")]
    [InlineData("emergency_expense_types", "IX_MaintenanceRequestMonths_OrganizationId_ExpenseTypeId_Month (OrganizationId=? AND ExpenseTypeId=? AND Month>? AND Month<?)")]
    public async Task RequestReports_AddUpThePeriodsRequestMonths_NotItsRequests(string view, string range)
    {
        // The requestor, approval-backlog and expense-type views read a range of request months (each type's own, for
        // the catalogue's types), never the requests themselves.
        var reads = await ExplainAsync(await RecordAsync($"report: {view}"));
        var query = reads.Single(x => x.Command.Sql.Contains("\"MaintenanceRequestMonths\"", StringComparison.Ordinal) && x.Command.Sql.Contains("LIMIT", StringComparison.Ordinal));
        Assert.True(query.Plan.Any(p => p.Detail.StartsWith("SEARCH m", StringComparison.Ordinal) && p.Detail.EndsWith(range, StringComparison.Ordinal)),
            string.Join("\n", query.Plan.Select(p => p.Detail)));
        Assert.DoesNotContain(reads, x => x.Command.Sql.Contains("\"MaintenanceRequests\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APageOfAMonthsOpenRequests_IsChosenFromThePartialIndexAlone_ThenReadWithItsNames()
    {
        // The month's open requests are sorted by priority: from the index that carries the order and the id, so only
        // the page's requests are then read with their property, unit and category.
        var page = (await ExplainAsync(await RecordAsync("open requests of a month")))
            .Single(x => x.Command.Sql.Contains("FROM \"MaintenanceRequests\"", StringComparison.Ordinal));
        Assert.Contains(page.Plan, p => p.Detail == "SEARCH m0 USING COVERING INDEX IX_MaintenanceRequests_Open_RequestedAt (OrganizationId=? AND RequestedAt>? AND RequestedAt<?)");
        Assert.Contains(page.Plan, p => p.Detail.StartsWith("SEARCH m USING INDEX sqlite_autoindex_MaintenanceRequests_1 (Id=?)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("open requests", "IX_MaintenanceRequests_Open_Queue", "(OrganizationId=?)")]
    [InlineData("open requests of a month", "IX_MaintenanceRequests_Open_RequestedAt", "(OrganizationId=? AND RequestedAt>? AND RequestedAt<?)")]
    [InlineData("approval queue", "IX_MaintenanceRequests_AwaitingApproval_Queue", "(OrganizationId=?)")]
    [InlineData("approval queue of a month", "IX_MaintenanceRequests_AwaitingApproval_RequestedAt", "(OrganizationId=? AND RequestedAt>? AND RequestedAt<?)")]
    [InlineData("vendors by type", "IX_MaintenanceRequests_Open_VendorId", "(VendorId=? AND OrganizationId=?)")]
    public async Task AnAnalyticQueue_ReadsOnlyItsOwnRequests_FromItsPartialIndex(string read, string index, string range)
    {
        // EF Core tests a boolean column bare ("WHERE "IsOpen""), which SQLite cannot seek in an index that holds the
        // column: without a partial index on that very term, the open queue steps over every closed request, and a
        // vendor's open work orders are counted row by row through all its requests. The same for the two statuses
        // waiting for approval, which no single range of the (status, …) index holds.
        var reads = (await ExplainAsync(await RecordAsync(read)))
            .Where(x => x.Command.Sql.Contains("FROM \"MaintenanceRequests\"", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(reads);
        Assert.All(reads, x => Assert.Contains(x.Plan, p => Regex.IsMatch(p.Detail,
            $@"^SEARCH m0? USING (?:COVERING )?INDEX {index} {Regex.Escape(range)}$")));
    }

    /// <summary>Each SELECT the read sent, planned by SQLite on the copy with a large firm's statistics.</summary>
    private async Task<List<(RecordedCommand Command, List<(long Id, long Parent, string Detail)> Plan)>> ExplainAsync(IReadOnlyList<RecordedCommand> commands)
    {
        var plans = new List<(RecordedCommand, List<(long Id, long Parent, string Detail)>)>();
        var database = await LargeStatisticsCopyAsync();
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        // EF Core's SQLite provider adds its own decimal functions to its connections; planning needs only their names.
        foreach (var aggregate in new[] { "ef_sum", "ef_avg", "ef_max", "ef_min" })
        {
            connection.CreateAggregate<object?, object?>(aggregate, null, (total, _) => total);
        }
        foreach (var function in new[] { "ef_add", "ef_divide", "ef_multiply", "ef_mod", "ef_compare" })
        {
            connection.CreateFunction<object?, object?, object?>(function, (left, _) => left);
        }
        connection.CreateFunction<object?, object?>("ef_negate", value => value);
        foreach (var command in commands.Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)))
        {
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + command.Sql;
            foreach (var (name, value) in command.Parameters)
            {
                explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }
            var plan = new List<(long Id, long Parent, string Detail)>();
            await using (var reader = await explain.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    plan.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(3)));
                }
            }
            plans.Add((command, plan));
        }
        return plans;
    }

    private async Task<IReadOnlyList<RecordedCommand>> RecordAsync(string read)
    {
        var ct = CancellationToken.None;
        var page = new ListRequest(0, 20);
        var job = await harness.AsAsync<JobService, ListPage<JobSummary>>(SiteManager, s => s.ListAsync(new JobFilter(), page, ct));
        Task Run<TService>(string email, Func<TService, Task> action) where TService : notnull => harness.AsAsync(email, action);
        var category = read.StartsWith("report by category: ", StringComparison.Ordinal)
            ? (await harness.AsAsync<MaintenanceCatalogService, IReadOnlyList<ExpenseCategoryView>>(M.Manager, s => s.CategoriesAsync(ct)))[0].Id
            : (Guid?)null;
        harness.Counter.Reset();
        await (read switch
        {
            "jobs list" => Run<JobService>(SiteManager, s => s.ListAsync(new JobFilter(), page, ct)),
            "jobs list, deepest page" => Run<JobService>(SiteManager, s => s.ListAsync(new JobFilter(), Deepest, ct)),
            "technician's jobs" => Run<JobService>(Technician, s => s.ListAsync(new JobFilter(), page, ct)),
            "technician's jobs, deepest page" => Run<JobService>(Technician, s => s.ListAsync(new JobFilter(), Deepest, ct)),
            "jobs in a status, deepest page" => Run<JobService>(SiteManager, s => s.ListAsync(new JobFilter(Status: JobStatus.InProgress), Deepest, ct)),
            "jobs in a status" => Run<JobService>(SiteManager, s => s.ListAsync(new JobFilter(Status: JobStatus.InProgress), page, ct)),
            "jobs search" => Run<JobService>(SiteManager, s => s.ListAsync(new JobFilter(Search: "kda 1"), page, ct)),
            "technician's jobs search" => Run<JobService>(Technician, s => s.ListAsync(new JobFilter(Search: "wanj"), page, ct)),
            "broad jobs search" => Run<JobService>(SiteManager, s => s.ListAsync(new JobFilter(Search: "k") { SearchIsBroad = true }, page, ct)),
            "technician's broad jobs search" => Run<JobService>(Technician,
                s => s.ListAsync(new JobFilter(Search: "k") { SearchIsBroad = true }, page, ct)),
            "technician's dashboard" => Run<WorkshopDashboardService>(Technician, s => s.TechnicianAsync(ct)),
            "billing dashboard" => Run<WorkshopDashboardService>(Billing, s => s.BillingAsync(new InvoiceFilter(), page, ct)),
            "billing queue, a later page" => Run<WorkshopDashboardService>(Billing, s => s.BillingQueueAsync(new ListRequest(10, 10), ct)),
            "technicians' workload" => Run<JobService>(Manager, s => s.TechniciansAsync(OperationsStream.Mechanical, ct)),
            "landlord's costs by property" => Run<MaintenanceRequestService>(M.Landlord, s => s.CostsByPropertyAsync(ct)),
            "notifications" => Run<NotificationInbox>(Technician, s => s.ListAsync(0, 20, false, ct)),
            "unread count" => Run<NotificationInbox>(Technician, s => s.UnreadCountAsync(ct)),
            "job history" => Run<TimelineService>(Manager, s => s.GetAsync(WorkshopRecordTypes.Job, job.Items[0].Id, ct)),
            "invoices" => Run<BillingService>(Billing, s => s.ListAsync(new InvoiceFilter(), page, ct)),
            "parts queue" => Run<SparePartService>(Manager, s => s.QueueAsync(SparePartRequestStatus.Pending, page, ct)),
            "daily logs" => Run<ContractingReviewService>(ContractingAdmin, s => s.LogsAsync(new DailyLogFilter(), page, ct)),
            "daily logs to review" => Run<ContractingReviewService>(ContractingAdmin, s => s.LogsAsync(new DailyLogFilter(DailyLogStatus.Submitted), page, ct)),
            "expense claims" => Run<ContractingReviewService>(ContractingAdmin, s => s.ExpensesAsync(new ExpenseFilter(), page, ct)),
            "vouchers" => Run<VoucherService>(ContractingAdmin, s => s.ListAsync(new VoucherFilter(), page, ct)),
            "contracting dashboard" => Run<ContractingDashboardService>(ContractingAdmin, s => s.AdminAsync(ct)),
            "contractor workspace" => Run<ContractorPortalService>(Contractor, s => s.WorkspaceAsync(ct)),
            "contractor ledger" => Run<ContractorPortalService>(Contractor, s => s.LedgerAsync(page, ct)),
            "contractor vouchers" => Run<ContractorPortalService>(Contractor, s => s.VouchersAsync(page, ct)),
            "maintenance desk" => Run<MaintenanceRequestService>(M.Manager, s => s.ListAsync(new RequestFilter(OpenOnly: true), page, ct)),
            "maintenance requests in a status" => Run<MaintenanceRequestService>(M.Manager, s => s.ListAsync(new RequestFilter(MaintenanceStatus.Pending), page, ct)),
            "landlord's requests" => Run<MaintenanceRequestService>(M.Landlord, s => s.ListAsync(new RequestFilter(OpenOnly: true), page, ct)),
            "tenant's requests" => Run<MaintenanceRequestService>(M.Tenant, s => s.ListAsync(new RequestFilter(), page, ct)),
            "work orders" => Run<MaintenanceRequestService>(M.Staff, s => s.ListAsync(new RequestFilter(), page, ct)),
            "maintenance board" => Run<MaintenanceRequestService>(M.Landlord, s => s.BoardAsync(ct)),
            "tenant's board" => Run<MaintenanceRequestService>(M.Tenant, s => s.BoardAsync(ct)),
            "cost charts" => Run<MaintenanceAnalytics>(M.Manager, s => s.ChartsAsync(new AnalyticsFilter("2023-01", "2025-12"), ct)),
            "open requests" => Run<MaintenanceAnalytics>(M.Manager, s => s.PageAsync("active_maintenance_orders", new AnalyticsFilter(), page, ct)),
            "open requests of a month" => Run<MaintenanceAnalytics>(M.Manager,
                s => s.PageAsync("active_maintenance_orders", new AnalyticsFilter(OneMonth, OneMonth), page, ct)),
            "approval queue" => Run<MaintenanceAnalytics>(M.Manager, s => s.PageAsync("maintenance_orders_requiring_approval", new AnalyticsFilter(), page, ct)),
            "approval queue of a month" => Run<MaintenanceAnalytics>(M.Manager,
                s => s.PageAsync("maintenance_orders_requiring_approval", new AnalyticsFilter(OneMonth, OneMonth), page, ct)),
            "vendors by type" => Run<MaintenanceAnalytics>(M.Manager, s => s.PageAsync("active_vendors_by_type", new AnalyticsFilter(), page, ct)),
            "completed work" => Run<MaintenanceAnalytics>(M.Manager, s => s.PageAsync("maintenance_expense_correlation", new AnalyticsFilter(), page, ct)),
            _ when read.StartsWith("report: ", StringComparison.Ordinal) => Run<MaintenanceAnalytics>(M.Manager,
                s => s.PageAsync(read["report: ".Length..], new AnalyticsFilter("2023-01", "2025-12"), page, ct)),
            _ when read.StartsWith("landlord's report: ", StringComparison.Ordinal) => Run<MaintenanceAnalytics>(M.Landlord,
                s => s.PageAsync(read["landlord's report: ".Length..], new AnalyticsFilter("2023-01", "2025-12"), page, ct)),
            _ when category is not null => Run<MaintenanceAnalytics>(M.Manager,
                s => s.PageAsync(read["report by category: ".Length..], new AnalyticsFilter("2023-01", "2025-12", CategoryId: category), page, ct)),
            "vendor performance" => Run<MaintenanceAnalytics>(M.Manager,
                s => s.PageAsync("vendor_performance_summary", new AnalyticsFilter("2023-01", "2025-12"), page, ct)),
            "landlord's vendor performance" => Run<MaintenanceAnalytics>(M.Landlord,
                s => s.PageAsync("vendor_performance_summary", new AnalyticsFilter("2023-01", "2025-12"), page, ct)),
            "maintenance request" => Run<MaintenanceRequestService>(M.Landlord2, async s =>
                await s.GetAsync((await s.ListAsync(new RequestFilter(MaintenanceStatus.QuotesSubmitted), page, ct)).Items[0].Id, ct)),
            _ => throw new ArgumentOutOfRangeException(nameof(read)),
        });
        return harness.Counter.Recorded;
    }

    private static readonly SemaphoreSlim CopyGate = new(1, 1);
    private string? _copy;

    /// <summary>A copy of the harness's database with statistics of a large firm: the demo's distributions, 3,000 times the rows.</summary>
    private async Task<string> LargeStatisticsCopyAsync()
    {
        await CopyGate.WaitAsync();
        try
        {
            if (_copy is not null)
            {
                return _copy;
            }
            var copy = Path.Combine(TestDirectories.Create("plans"), "fieldops.db");
            await using (var source = new SqliteConnection($"Data Source={Path.Combine(harness.DataDirectory, TemplateDatabase.FileName)};Pooling=False"))
            {
                await source.OpenAsync();
                await using var backup = new SqliteConnection($"Data Source={copy};Pooling=False");
                source.BackupDatabase(backup);
            }
            await using (var connection = new SqliteConnection($"Data Source={copy};Pooling=False"))
            {
                await connection.OpenAsync();
                await using (var analyze = connection.CreateCommand())
                {
                    analyze.CommandText = "ANALYZE;";
                    await analyze.ExecuteNonQueryAsync();
                }
                // A large firm has the same companies, users and statuses, each with thousands of times more rows: every
                // count of rows (per table and per key) grows, unique keys stay unique.
                var rows = new List<(string Table, string? Index, string Stat)>();
                await using (var read = connection.CreateCommand())
                {
                    read.CommandText = "SELECT tbl, idx, stat FROM sqlite_stat1";
                    await using var reader = await read.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                        rows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2)));
                    }
                }
                foreach (var (table, index, stat) in rows.Where(r => LargeTables.Contains(r.Table)))
                {
                    var scaled = string.Join(' ', stat.Split(' ').Select(part =>
                        long.TryParse(part, out var number) && number > 1 ? (number * 3000).ToString(System.Globalization.CultureInfo.InvariantCulture) : part));
                    await using var update = connection.CreateCommand();
                    update.CommandText = "UPDATE sqlite_stat1 SET stat = $stat WHERE tbl = $table AND idx IS $index";
                    update.Parameters.AddWithValue("$stat", scaled);
                    update.Parameters.AddWithValue("$table", table);
                    update.Parameters.AddWithValue("$index", (object?)index ?? DBNull.Value);
                    await update.ExecuteNonQueryAsync();
                }
            }
            return _copy = copy;
        }
        finally
        {
            CopyGate.Release();
        }
    }
}
