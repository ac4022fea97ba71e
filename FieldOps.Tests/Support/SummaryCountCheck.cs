using FieldOps.Data;
using FieldOps.Data.Contracting;
using FieldOps.Data.Maintenance;
using FieldOps.Data.Maintenance.Services;
using FieldOps.Data.Platform.Notifications;
using FieldOps.Data.Platform.Summaries;
using FieldOps.Data.Workshop;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Tests.Support;

/// <summary>Recounts the tables the summary rows stand for and compares, row by row, across every organization.</summary>
public static class SummaryCountCheck
{
    public static async Task AssertMatchesRecountAsync(FieldOpsDbContext db)
    {
        var (expectedJobs, expectedNotifications) = await RecountAsync(db);
        var expectedRequests = await RecountRequestsAsync(db);
        var expectedContracting = await RecountContractingAsync(db);
        var expectedPaymentMonths = await RecountPaymentMonthsAsync(db);
        var expectedCompletionMonths = await RecountCompletionMonthsAsync(db);
        var expectedRequestMonths = await RecountRequestMonthsAsync(db);
        var expectedInvoices = await RecountInvoicesAsync(db);
        Assert.NotEmpty(expectedJobs);
        Assert.NotEmpty(expectedNotifications);
        Assert.NotEmpty(expectedRequests);
        Assert.NotEmpty(expectedContracting);
        Assert.NotEmpty(expectedPaymentMonths);
        Assert.NotEmpty(expectedCompletionMonths);
        Assert.NotEmpty(expectedRequestMonths);
        Assert.NotEmpty(expectedInvoices);
        Assert.Equal(expectedJobs, await StoredJobCountsAsync(db));
        Assert.Equal(expectedNotifications, await StoredNotificationCountsAsync(db));
        Assert.Equal(expectedRequests, await StoredRequestCountsAsync(db));
        Assert.Equal(expectedContracting, await StoredContractingCountsAsync(db));
        Assert.Equal(expectedPaymentMonths, await StoredPaymentMonthsAsync(db));
        Assert.Equal(expectedCompletionMonths, await StoredCompletionMonthsAsync(db));
        Assert.Equal(expectedRequestMonths, await StoredRequestMonthsAsync(db));
        Assert.Equal(expectedInvoices, await StoredInvoiceCountsAsync(db));

        // Rebuilding from scratch gives the same rows: the triggers missed nothing and counted nothing twice.
        await SummaryCounts.RebuildAsync(db, CancellationToken.None);
        Assert.Equal(expectedJobs, await StoredJobCountsAsync(db));
        Assert.Equal(expectedNotifications, await StoredNotificationCountsAsync(db));
        Assert.Equal(expectedRequests, await StoredRequestCountsAsync(db));
        Assert.Equal(expectedContracting, await StoredContractingCountsAsync(db));
        Assert.Equal(expectedPaymentMonths, await StoredPaymentMonthsAsync(db));
        Assert.Equal(expectedCompletionMonths, await StoredCompletionMonthsAsync(db));
        Assert.Equal(expectedRequestMonths, await StoredRequestMonthsAsync(db));
        Assert.Equal(expectedInvoices, await StoredInvoiceCountsAsync(db));
    }

    /// <summary>Logs, claims and vouchers per organization, subcontractor and status, with their amounts summed in C#
    /// (exact decimals) rather than by either database.</summary>
    private static async Task<List<string>> RecountContractingAsync(FieldOpsDbContext db)
    {
        var logs = (await db.Set<DailyLog>().IgnoreQueryFilters().Select(l => new { l.OrganizationId, l.SubcontractorId, Status = l.Status.ToString() }).ToListAsync())
            .Select(l => (l.OrganizationId, Record: ContractingRecord.DailyLog, l.SubcontractorId, l.Status, Amount: 0m));
        var expenses = (await db.Set<Expense>().IgnoreQueryFilters().Select(e => new { e.OrganizationId, e.SubcontractorId, Status = e.Status.ToString(), e.Amount }).ToListAsync())
            .Select(e => (e.OrganizationId, Record: ContractingRecord.Expense, e.SubcontractorId, e.Status, e.Amount));
        var vouchers = (await db.Set<Voucher>().IgnoreQueryFilters().Select(v => new { v.OrganizationId, v.SubcontractorId, Status = v.Status.ToString(), v.Total }).ToListAsync())
            .Select(v => (v.OrganizationId, Record: ContractingRecord.Voucher, v.SubcontractorId, v.Status, Amount: v.Total));
        return logs.Concat(expenses).Concat(vouchers)
            .GroupBy(r => (r.OrganizationId, r.Record, r.SubcontractorId, r.Status))
            .Select(g => $"{g.Key.OrganizationId}/{g.Key.Record}/{g.Key.SubcontractorId}/{g.Key.Status}={g.Count()}/{g.Sum(r => r.Amount):0.0000}")
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Payments with their request's expense type and priority, added up per month and key in C# (exact decimals).</summary>
    private static async Task<List<string>> RecountPaymentMonthsAsync(FieldOpsDbContext db) =>
        (await (from p in db.Set<MaintenancePayment>().IgnoreQueryFilters()
                join r in db.Set<MaintenanceRequest>().IgnoreQueryFilters() on p.RequestId equals r.Id
                select new { p.OrganizationId, p.PaidOn, p.PropertyId, p.LandlordUserId, p.CategoryName, r.ExpenseTypeId, p.PaidTo, p.Method, r.Priority, p.Amount })
            .ToListAsync())
        .GroupBy(p => (p.OrganizationId, Month: new DateOnly(p.PaidOn.Year, p.PaidOn.Month, 1), p.PropertyId, p.LandlordUserId, Category: p.CategoryName ?? "",
            Type: p.ExpenseTypeId ?? Guid.Empty, p.PaidTo, p.Method, Emergency: p.Priority == MaintenancePriority.Emergency))
        .Select(g => $"{g.Key.OrganizationId}/{g.Key.Month:yyyy-MM-dd}/{g.Key.PropertyId}/{g.Key.LandlordUserId}/{g.Key.Category}/{g.Key.Type}/{g.Key.PaidTo}/"
            + $"{g.Key.Method}/{g.Key.Emergency}={g.Count()}/{g.Sum(p => p.Amount):0.0000}/{g.Min(p => p.Amount):0.0000}/{g.Max(p => p.Amount):0.0000}/"
            + $"{g.Min(p => p.PaidOn):yyyy-MM-dd}/{g.Max(p => p.PaidOn):yyyy-MM-dd}")
        .Order(StringComparer.Ordinal).ToList();

    private static async Task<List<string>> StoredPaymentMonthsAsync(FieldOpsDbContext db) =>
        (await db.Set<MaintenancePaymentMonth>().IgnoreQueryFilters().AsNoTracking().Where(m => m.Count != 0).ToListAsync())
        .Select(m => $"{m.OrganizationId}/{m.Month:yyyy-MM-dd}/{m.PropertyId}/{m.LandlordUserId}/{m.CategoryName}/{m.ExpenseTypeId}/{m.PaidTo}/{m.Method}/{m.Emergency}="
            + $"{m.Count}/{ExactAmounts.FromTenThousandths(m.AmountTenThousandths):0.0000}/{ExactAmounts.FromTenThousandths(m.SmallestTenThousandths):0.0000}/"
            + $"{ExactAmounts.FromTenThousandths(m.LargestTenThousandths):0.0000}/{m.FirstPaidOn:yyyy-MM-dd}/{m.LastPaidOn:yyyy-MM-dd}")
        .Order(StringComparer.Ordinal).ToList();

    /// <summary>Requests added up per month of the firm's calendar and key in C# (exact decimals).</summary>
    private static async Task<List<string>> RecountRequestMonthsAsync(FieldOpsDbContext db) =>
        (await db.Set<MaintenanceRequest>().IgnoreQueryFilters().Where(r => r.RequestedOn != null)
            .Select(r => new
            {
                r.OrganizationId, r.RequestedOn, r.PropertyId, r.OwnerUserId, r.ExpenseTypeId, r.RequestorType, r.RequestedById, r.RequestedByName, r.IsOpen,
                r.Priority, r.Status, r.ActualCost, r.RequestedAt, r.EstimatedCost, r.EstimateNeedsOwner,
            })
            .ToListAsync())
        .GroupBy(r => (r.OrganizationId, Month: new DateOnly(r.RequestedOn!.Value.Year, r.RequestedOn.Value.Month, 1), r.PropertyId, r.OwnerUserId,
            Type: r.ExpenseTypeId ?? Guid.Empty, r.RequestorType, r.RequestedById, r.RequestedByName))
        .Select(g => $"{g.Key.OrganizationId}/{g.Key.Month:yyyy-MM-dd}/{g.Key.PropertyId}/{g.Key.OwnerUserId}/{g.Key.Type}/{g.Key.RequestorType}/"
            + $"{g.Key.RequestedById}/{g.Key.RequestedByName}={g.Count()}/{g.Count(r => r.IsOpen)}/{g.Count(r => r.Priority == MaintenancePriority.Emergency)}/"
            + $"{g.Count(r => r.Status == MaintenanceStatus.Closed)}/{g.Sum(r => r.ActualCost ?? 0m):0.0000}/{g.Max(r => r.RequestedAt):O}/"
            + AwaitingLine(g.Where(r => MaintenanceQueries.AwaitingApproval.Contains(r.Status)).Select(r => (r.Priority, r.EstimateNeedsOwner, r.EstimatedCost)).ToList()))
        .Order(StringComparer.Ordinal).ToList();

    private static string AwaitingLine(List<(MaintenancePriority Priority, bool NeedsOwner, decimal? Estimate)> awaiting) =>
        $"{awaiting.Count}/{awaiting.Count(r => r.Priority == MaintenancePriority.Emergency)}/{awaiting.Count(r => r.NeedsOwner)}/"
        + $"{awaiting.Sum(r => r.Estimate ?? 0m):0.0000}";

    private static async Task<List<string>> StoredRequestMonthsAsync(FieldOpsDbContext db) =>
        (await db.Set<MaintenanceRequestMonth>().IgnoreQueryFilters().AsNoTracking().Where(m => m.Requests != 0).ToListAsync())
        .Select(m => $"{m.OrganizationId}/{m.Month:yyyy-MM-dd}/{m.PropertyId}/{m.OwnerUserId}/{m.ExpenseTypeId}/{m.RequestorType}/{m.RequestedById}/"
            + $"{m.RequestedByName}={m.Requests}/{m.Open}/{m.Emergencies}/{m.Closed}/{ExactAmounts.FromTenThousandths(m.ActualTenThousandths):0.0000}/"
            + $"{m.LatestRequestedAt:O}/{m.AwaitingApproval}/{m.AwaitingEmergencies}/{m.AwaitingOwner}/"
            + $"{ExactAmounts.FromTenThousandths(m.AwaitingEstimatedTenThousandths):0.0000}")
        .Order(StringComparer.Ordinal).ToList();

    /// <summary>Completed, costed requests with their ratings, added up per month and key in C# (exact decimals).</summary>
    private static async Task<List<string>> RecountCompletionMonthsAsync(FieldOpsDbContext db)
    {
        var rows = await (from r in db.Set<MaintenanceRequest>().IgnoreQueryFilters()
                          where r.CompletedOn != null && r.ActualCost != null
                          from x in db.Set<MaintenanceRating>().IgnoreQueryFilters().Where(x => x.RequestId == r.Id).DefaultIfEmpty()
                          select new
                          {
                              r.OrganizationId, r.CompletedOn, r.PropertyId, r.OwnerUserId, r.ExpenseTypeId, r.VendorId, r.EstimatedByName, r.ActualCost, r.ApprovedBudget,
                              r.EstimatedCost, r.StartedAt, r.OnSiteDueAt, Overall = (int?)x!.Overall, x.Quality, x.ResponseTime, x.WouldRecommend,
                          }).ToListAsync();
        return rows
            .GroupBy(r => (r.OrganizationId, Month: new DateOnly(r.CompletedOn!.Value.Year, r.CompletedOn.Value.Month, 1), r.PropertyId, r.OwnerUserId,
                Type: r.ExpenseTypeId ?? Guid.Empty, Vendor: r.VendorId ?? Guid.Empty, Estimator: r.EstimatedByName ?? ""))
            .Select(g => CompletionMonthLine(g.Key.OrganizationId, g.Key.Month, g.Key.PropertyId, g.Key.OwnerUserId, g.Key.Type, g.Key.Vendor, g.Key.Estimator,
                [
                    g.Count(), g.Sum(r => r.ActualCost!.Value), g.Count(r => r.ApprovedBudget != null), g.Sum(r => r.ApprovedBudget ?? 0m),
                    g.Count(r => r.EstimatedCost != null), g.Sum(r => r.EstimatedCost ?? 0m), g.Sum(r => r.EstimatedCost != null ? r.ActualCost!.Value : 0m),
                    g.Count(r => r.StartedAt != null), g.Count(r => r.StartedAt <= r.OnSiteDueAt), g.Count(r => r.Overall != null), g.Sum(r => r.Overall ?? 0),
                    g.Count(r => r.Quality != null), g.Sum(r => r.Quality ?? 0), g.Count(r => r.ResponseTime != null), g.Sum(r => r.ResponseTime ?? 0),
                    g.Count(r => r.WouldRecommend != null), g.Count(r => r.WouldRecommend == true),
                ]))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<List<string>> StoredCompletionMonthsAsync(FieldOpsDbContext db) =>
        (await db.Set<MaintenanceCompletionMonth>().IgnoreQueryFilters().AsNoTracking().Where(m => m.Jobs != 0).ToListAsync())
        .Select(m => CompletionMonthLine(m.OrganizationId, m.Month, m.PropertyId, m.OwnerUserId, m.ExpenseTypeId, m.VendorId, m.EstimatedByName,
            [
                m.Jobs, ExactAmounts.FromTenThousandths(m.ActualTenThousandths), m.Budgeted, ExactAmounts.FromTenThousandths(m.BudgetedTenThousandths),
                m.Estimated, ExactAmounts.FromTenThousandths(m.EstimatedTenThousandths), ExactAmounts.FromTenThousandths(m.ActualOfEstimatedTenThousandths),
                m.Started, m.StartedOnTime, m.Rated, m.OverallTotal, m.QualityCount, m.QualityTotal, m.ResponseCount, m.ResponseTotal, m.RecommendAnswered,
                m.Recommended,
            ]))
        .Order(StringComparer.Ordinal).ToList();

    private static string CompletionMonthLine(Guid organization, DateOnly month, Guid property, string owner, Guid type, Guid vendor, string estimator,
        object[] measures) =>
        $"{organization}/{month:yyyy-MM-dd}/{property}/{owner}/{type}/{vendor}/{estimator}="
        + string.Join("/", measures.Select(m => m is decimal d ? d.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture) : m.ToString()));

    /// <summary>Invoices per organization, status and month paid, with their totals and payments summed in C#.</summary>
    private static async Task<List<string>> RecountInvoicesAsync(FieldOpsDbContext db) =>
        (await db.Set<Invoice>().IgnoreQueryFilters().Select(i => new { i.OrganizationId, i.Status, i.PaidOn, i.Total, i.AmountPaid }).ToListAsync())
        .GroupBy(i => (i.OrganizationId, i.Status, Month: i.PaidOn is { } paid ? new DateOnly(paid.Year, paid.Month, 1) : InvoiceCount.NoMonth))
        .Select(g => InvoiceLine(g.Key.OrganizationId, g.Key.Status, g.Key.Month, g.Count(), g.Sum(i => i.Total), g.Sum(i => i.AmountPaid)))
        .Order(StringComparer.Ordinal).ToList();

    private static async Task<List<string>> StoredInvoiceCountsAsync(FieldOpsDbContext db) =>
        (await db.Set<InvoiceCount>().IgnoreQueryFilters().AsNoTracking().Where(c => c.Count != 0).ToListAsync())
        .Select(c => InvoiceLine(c.OrganizationId, c.Status, c.PaidMonth, c.Count, ExactAmounts.FromTenThousandths(c.TotalTenThousandths),
            ExactAmounts.FromTenThousandths(c.AmountPaidTenThousandths)))
        .Order(StringComparer.Ordinal).ToList();

    private static string InvoiceLine(Guid organization, InvoiceStatus status, DateOnly month, int count, decimal total, decimal paid) =>
        $"{organization}/{status}/{month:yyyy-MM-dd}={count}/{total:0.0000}/{paid:0.0000}";

    private static async Task<List<string>> StoredContractingCountsAsync(FieldOpsDbContext db) =>
        (await db.Set<ContractingCount>().IgnoreQueryFilters().AsNoTracking().Where(c => c.Count != 0).ToListAsync())
        .Select(c => $"{c.OrganizationId}/{c.Record}/{c.SubcontractorId}/{c.Status}={c.Count}/{c.Amount:0.0000}")
        .Order(StringComparer.Ordinal).ToList();

    private static async Task<List<string>> RecountRequestsAsync(FieldOpsDbContext db) =>
        (await db.Set<MaintenanceRequest>().IgnoreQueryFilters()
            .GroupBy(r => new
            {
                r.OrganizationId, r.OwnerUserId, TenantUserId = r.TenantUserId ?? "", AssigneeUserId = r.AssigneeUserId ?? "",
                VendorUserId = r.VendorUserId ?? "", r.Status,
            })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync())
        .Select(r => $"{r.Key.OrganizationId}/{r.Key.OwnerUserId}/{r.Key.TenantUserId}/{r.Key.AssigneeUserId}/{r.Key.VendorUserId}/{r.Key.Status}={r.Count}")
        .Order(StringComparer.Ordinal).ToList();

    private static async Task<List<string>> StoredRequestCountsAsync(FieldOpsDbContext db) =>
        (await db.Set<MaintenanceRequestCount>().IgnoreQueryFilters().AsNoTracking().Where(c => c.Count != 0).ToListAsync())
        .Select(c => $"{c.OrganizationId}/{c.OwnerUserId}/{c.TenantUserId}/{c.AssigneeUserId}/{c.VendorUserId}/{c.Status}={c.Count}")
        .Order(StringComparer.Ordinal).ToList();

    private static async Task<(List<string> Jobs, List<string> Notifications)> RecountAsync(FieldOpsDbContext db)
    {
        var jobs = (await db.Set<Job>().IgnoreQueryFilters()
                .GroupBy(j => new { j.OrganizationId, TechnicianId = j.TechnicianId ?? "", j.Status })
                .Select(g => new { g.Key.OrganizationId, g.Key.TechnicianId, g.Key.Status, Count = g.Count() })
                .ToListAsync())
            .Select(r => $"{r.OrganizationId}/{r.TechnicianId}/{r.Status}={r.Count}").Order(StringComparer.Ordinal).ToList();
        var notifications = (await db.Set<Notification>().IgnoreQueryFilters()
                .GroupBy(n => new { n.OrganizationId, n.RecipientUserId })
                .Select(g => new { g.Key.OrganizationId, g.Key.RecipientUserId, Total = g.Count(), Unread = g.Count(n => n.ReadAt == null) })
                .ToListAsync())
            .Select(r => $"{r.OrganizationId}/{r.RecipientUserId}={r.Total}/{r.Unread}").Order(StringComparer.Ordinal).ToList();
        return (jobs, notifications);
    }

    // Rows that fell to zero stay behind as zero; they say the same as a missing row.
    private static async Task<List<string>> StoredJobCountsAsync(FieldOpsDbContext db) =>
        (await db.Set<JobCount>().IgnoreQueryFilters().AsNoTracking().Where(c => c.Count != 0).ToListAsync())
        .Select(c => $"{c.OrganizationId}/{c.TechnicianId}/{c.Status}={c.Count}").Order(StringComparer.Ordinal).ToList();

    private static async Task<List<string>> StoredNotificationCountsAsync(FieldOpsDbContext db) =>
        (await db.Set<NotificationCount>().IgnoreQueryFilters().AsNoTracking().Where(c => c.Total != 0).ToListAsync())
        .Select(c => $"{c.OrganizationId}/{c.RecipientUserId}={c.Total}/{c.Unread}").Order(StringComparer.Ordinal).ToList();
}
