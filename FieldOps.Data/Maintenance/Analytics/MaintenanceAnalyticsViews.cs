using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Platform.Summaries;
using Microsoft.EntityFrameworkCore;
using K = FieldOps.Data.Maintenance.Analytics.AnalyticsValueKind;

namespace FieldOps.Data.Maintenance.Analytics;

/// <summary>
/// Seed 002's fifteen maintenance views, under the seed's names. Each but one is a query the database groups and sums;
/// rows are ordered on a unique key so pages never overlap. Money is in the firm's currency (one per firm).
/// </summary>
public static class MaintenanceAnalyticsViews
{
    private const string Requested = "requested in the period";
    private const string Completed = "completed in the period";
    private const string Paid = "paid in the period";

    private static readonly MaintenanceStatus[] AwaitingApproval = Services.MaintenanceQueries.AwaitingApproval;

    private static readonly MaintenanceStatus[] AwaitingStart =
    [
        MaintenanceStatus.Pending, MaintenanceStatus.Assigned, MaintenanceStatus.Estimated, MaintenanceStatus.QuoteRequired, MaintenanceStatus.QuotesSubmitted,
        MaintenanceStatus.Approved, MaintenanceStatus.Scheduled,
    ];

    public static readonly IReadOnlyList<AnalyticsView> All =
    [
        ActiveOrders(), OrdersByRequestor(), OrdersRequiringApproval(), ExpenseCorrelation(),
        ActiveVendorsByType(), EmergencyVendors(), VendorPerformance(), VendorExpenses(),
        ExpenseHierarchy(), EmergencyExpenseTypes(), ExpensesRequiringApproval(), ExpenseTransactions(),
        AccountantAnalysis(), MonthlyBudget(), MonthlySummary(),
    ];

    public static AnalyticsView? Find(string name) => All.FirstOrDefault(v => string.Equals(v.Info.Name, name, StringComparison.OrdinalIgnoreCase));

    private static AnalyticsView<T> View<T>(string name, string title, string description, AnalyticsSection section, string? periodMeans,
        AnalyticsFilters filters, Func<AnalyticsScope, IQueryable<T>> query, params AnalyticsField<T>[] fields) =>
        new(name, title, description, section, periodMeans, filters, fields, query);

    /// <summary>A list of requests whose total comes from the summary months (<paramref name="total"/>), not from
    /// counting its rows (thousands, each joined to its property and type).</summary>
    private static AnalyticsView<T> List<T>(string name, string title, string description, AnalyticsSection section, string? periodMeans,
        Func<AnalyticsScope, IQueryable<T>> query, Func<AnalyticsScope, IQueryable<int>> total, params AnalyticsField<T>[] fields) =>
        new(name, title, description, section, periodMeans, AnalyticsFilters.All, fields, query, total);

    /// <summary>A list of requests that finds a page's requests first, in the list's order, and only then reads them
    /// with their names: a period's open requests are sorted by priority, and sorting them with their property, unit and
    /// category looked up for every one cost four lookups a row, not a page.</summary>
    private static AnalyticsView<T> List<T>(string name, string title, string description, AnalyticsSection section, string? periodMeans,
        Func<AnalyticsScope, IQueryable<T>> query, Func<AnalyticsScope, ListRequest, IQueryable<T>> page, Func<AnalyticsScope, IQueryable<int>> total,
        params AnalyticsField<T>[] fields) =>
        new(name, title, description, section, periodMeans, AnalyticsFilters.All, fields, query, total, page);

    private static AnalyticsField<T> F<T>(string key, string heading, K kind, Func<T, object?> value) => new(key, heading, kind, value);

    /// <summary>A request with the names the views print: property, unit, expense type and category.</summary>
    private sealed class Facts
    {
        public required MaintenanceRequest Request { get; init; }
        public required string Property { get; init; }
        public string? Unit { get; init; }
        public string? Type { get; init; }
        public string? Category { get; init; }
        public bool? TaxDeductible { get; init; }
    }

    private static IQueryable<Facts> WithNames(AnalyticsScope s, IQueryable<MaintenanceRequest> requests) =>
        from r in requests
        join p in s.Db.Set<Property>() on r.PropertyId equals p.Id
        from t in s.Db.Set<ExpenseType>().Where(t => t.Id == r.ExpenseTypeId).DefaultIfEmpty()
        from c in s.Db.Set<ExpenseCategory>().Where(c => c.Id == t!.CategoryId).DefaultIfEmpty()
        select new Facts
        {
            Request = r, Property = p.Name, Unit = s.Db.Set<Unit>().Where(u => u.Id == r.UnitId).Select(u => u.Number).FirstOrDefault(),
            Type = t!.Name, Category = c!.Name, TaxDeductible = (bool?)c.IsTaxDeductible,
        };

    private static decimal? Share(decimal? part, decimal? whole) => part is { } p && whole is { } w && w != 0 ? Math.Round(p / w * 100m, 1) : null;

    private static decimal? Share(int part, int whole) => whole == 0 ? null : Math.Round((decimal)part / whole * 100m, 1);

    private static decimal? Mean(int? total, int count) => count == 0 || total is null ? null : Math.Round((decimal)total.Value / count, 2);

    /// <summary>An amount kept in ten-thousandths by the summary rows, as money.</summary>
    private static decimal Money(long tenThousandths) => ExactAmounts.FromTenThousandths(tenThousandths);

    /// <summary>"ServiceProvider" → "Service provider".</summary>
    private static string Words(Enum value) =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));

    // ── Maintenance operations ─────────────────────────────────────────────────────────────────────────────────────

    private sealed class ActiveRow
    {
        public required string Number { get; init; }
        public required string Title { get; init; }
        public required string Property { get; init; }
        public string? Unit { get; init; }
        public string? Category { get; init; }
        public MaintenancePriority Priority { get; init; }
        public MaintenanceStatus Status { get; init; }
        public DateTime RequestedAt { get; init; }
        public string? Assignee { get; init; }
        public string? Vendor { get; init; }
        public decimal? Estimated { get; init; }
        public decimal? Approved { get; init; }
        public bool Overdue { get; init; }
    }

    private static IQueryable<MaintenanceRequest> OpenInQueueOrder(AnalyticsScope s) =>
        s.RequestedInPeriod.Where(r => r.IsOpen).OrderBy(r => r.PriorityRank).ThenByDescending(r => r.RequestedAt).ThenByDescending(r => r.Number);

    private static IQueryable<ActiveRow> ActiveRows(AnalyticsScope s, IQueryable<MaintenanceRequest> open) =>
        WithNames(s, open)
            .OrderBy(f => f.Request.PriorityRank).ThenByDescending(f => f.Request.RequestedAt).ThenByDescending(f => f.Request.Number)
            .Select(f => new ActiveRow
            {
                Number = f.Request.Number, Title = f.Request.Title, Property = f.Property, Unit = f.Unit, Category = f.Category, Priority = f.Request.Priority,
                Status = f.Request.Status, RequestedAt = f.Request.RequestedAt, Assignee = f.Request.AssigneeName, Vendor = f.Request.VendorName,
                Estimated = f.Request.EstimatedCost, Approved = f.Request.ApprovedBudget,
                Overdue = f.Request.StartedAt == null && AwaitingStart.Contains(f.Request.Status) && f.Request.OnSiteDueAt < s.Now,
            });

    private static AnalyticsView ActiveOrders() => List("active_maintenance_orders", "Active maintenance orders",
        "The current queue: every request still open, emergencies first, then the newest.", AnalyticsSection.Operations, Requested,
        s => ActiveRows(s, OpenInQueueOrder(s)),
        (s, page) => ActiveRows(s, s.Requests.Where(r => OpenInQueueOrder(s).Skip(page.SafeSkip).Take(page.SafeTake).Select(o => o.Id).Contains(r.Id))),
        s => s.RequestedMonthsInPeriod.Select(m => m.Open),
        F<ActiveRow>("number", "Request", K.Text, r => r.Number),
        F<ActiveRow>("title", "Title", K.Text, r => r.Title),
        F<ActiveRow>("property", "Property", K.Text, r => r.Unit is null ? r.Property : $"{r.Property}, {r.Unit}"),
        F<ActiveRow>("category", "Category", K.Text, r => r.Category),
        F<ActiveRow>("priority", "Priority", K.Text, r => Words(r.Priority)),
        F<ActiveRow>("status", "Status", K.Text, r => MaintenanceRequestWorkflow.Definition.LabelOf(r.Status)),
        F<ActiveRow>("requestedAt", "Requested", K.Date, r => r.RequestedAt),
        F<ActiveRow>("assignee", "Assigned to", K.Text, r => r.Vendor is null ? r.Assignee : $"{r.Assignee} ({r.Vendor})"),
        F<ActiveRow>("estimated", "Estimate", K.Money, r => r.Estimated),
        F<ActiveRow>("approved", "Approved budget", K.Money, r => r.Approved),
        F<ActiveRow>("overdue", "Overdue on site", K.Flag, r => r.Overdue));

    private sealed class RequestorRow
    {
        public required string Name { get; init; }
        public required string Id { get; init; }
        public RequestorType Type { get; init; }
        public int Requests { get; init; }
        public int Open { get; init; }
        public int Emergencies { get; init; }
        public int Closed { get; init; }
        public long ActualCost { get; init; }
        public DateTime Latest { get; init; }
    }

    private static AnalyticsView OrdersByRequestor() => View("maintenance_orders_by_requestor", "Orders by requestor",
        "Who asks for work: requests per requestor, how many are still open, emergencies, and the actual cost of their completed work.",
        AnalyticsSection.Operations, Requested, AnalyticsFilters.All,
        s => s.RequestedMonthsInPeriod
            .GroupBy(m => new { m.RequestorType, m.RequestedById, m.RequestedByName })
            .Select(g => new RequestorRow
            {
                Name = g.Key.RequestedByName, Id = g.Key.RequestedById, Type = g.Key.RequestorType, Requests = g.Sum(m => m.Requests), Open = g.Sum(m => m.Open),
                Emergencies = g.Sum(m => m.Emergencies), Closed = g.Sum(m => m.Closed), ActualCost = g.Sum(m => m.ActualTenThousandths),
                Latest = g.Max(m => m.LatestRequestedAt),
            })
            .Where(r => r.Requests > 0)
            .OrderByDescending(r => r.Requests).ThenBy(r => r.Name).ThenBy(r => r.Id).ThenBy(r => r.Type),
        F<RequestorRow>("requestor", "Requestor", K.Text, r => r.Name),
        F<RequestorRow>("requestorType", "As", K.Text, r => Words(r.Type)),
        F<RequestorRow>("requests", "Requests", K.Count, r => r.Requests),
        F<RequestorRow>("open", "Open", K.Count, r => r.Open),
        F<RequestorRow>("emergencies", "Emergencies", K.Count, r => r.Emergencies),
        F<RequestorRow>("closed", "Closed", K.Count, r => r.Closed),
        F<RequestorRow>("actualCost", "Actual cost", K.Money, r => Money(r.ActualCost)),
        F<RequestorRow>("latest", "Latest request", K.Date, r => r.Latest));

    private sealed class ApprovalRow
    {
        public required string Number { get; init; }
        public required string Title { get; init; }
        public required string Property { get; init; }
        public string? Owner { get; init; }
        public MaintenanceStatus Status { get; init; }
        public MaintenancePriority Priority { get; init; }
        public decimal? Estimate { get; init; }
        public decimal? LowestQuote { get; init; }
        public int Quotes { get; init; }
        public bool NeedsOwner { get; init; }
        public DateTime Since { get; init; }
    }

    private static AnalyticsView OrdersRequiringApproval() => List("maintenance_orders_requiring_approval", "Orders requiring approval",
        "The approval queue: estimates and submitted quotes waiting for a decision, with the amount asked and whether only the owner may approve.",
        AnalyticsSection.Operations, Requested,
        s => (from f in WithNames(s, s.RequestedInPeriod.Where(r => AwaitingApproval.Contains(r.Status)))
              orderby f.Request.PriorityRank, f.Request.RequestedAt, f.Request.Number
              select new ApprovalRow
              {
                  Number = f.Request.Number, Title = f.Request.Title, Property = f.Property,
                  Owner = s.Db.Users.Where(u => u.Id == f.Request.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
                  Status = f.Request.Status, Priority = f.Request.Priority, Estimate = f.Request.EstimatedCost,
                  LowestQuote = s.Db.Set<Quote>().Where(q => q.RequestId == f.Request.Id && q.Status == QuoteStatus.Pending).Min(q => (decimal?)q.Amount),
                  Quotes = s.Db.Set<Quote>().Count(q => q.RequestId == f.Request.Id && q.Status == QuoteStatus.Pending),
                  NeedsOwner = f.Request.Status == MaintenanceStatus.Estimated
                      ? f.Request.EstimateNeedsOwner
                      : s.Db.Set<Quote>().Any(q => q.RequestId == f.Request.Id && q.Status == QuoteStatus.Pending && q.NeedsOwner),
                  Since = f.Request.EstimatedAt ?? f.Request.RequestedAt,
              }),
        s => s.RequestedMonthsInPeriod.Select(m => m.AwaitingApproval),
        F<ApprovalRow>("number", "Request", K.Text, r => r.Number),
        F<ApprovalRow>("title", "Title", K.Text, r => r.Title),
        F<ApprovalRow>("property", "Property", K.Text, r => r.Property),
        F<ApprovalRow>("owner", "Owner", K.Text, r => r.Owner),
        F<ApprovalRow>("status", "Waiting for", K.Text, r => r.Status == MaintenanceStatus.Estimated ? "Estimate approval" : "Quote selection"),
        F<ApprovalRow>("priority", "Priority", K.Text, r => Words(r.Priority)),
        F<ApprovalRow>("amount", "Amount asked", K.Money, r => r.Status == MaintenanceStatus.Estimated ? r.Estimate : r.LowestQuote),
        F<ApprovalRow>("quotes", "Quotes", K.Count, r => r.Quotes),
        F<ApprovalRow>("needsOwner", "Owner must approve", K.Flag, r => r.NeedsOwner),
        F<ApprovalRow>("since", "Waiting since", K.Date, r => r.Since));

    private sealed class CorrelationRow
    {
        public required string Number { get; init; }
        public required string Title { get; init; }
        public required string Property { get; init; }
        public string? Category { get; init; }
        public DateTime CompletedAt { get; init; }
        public decimal? Estimated { get; init; }
        public decimal? Approved { get; init; }
        public decimal? Actual { get; init; }
        public decimal? Paid { get; init; }
    }

    private static AnalyticsView ExpenseCorrelation() => List("maintenance_expense_correlation", "Estimate, budget and cost",
        "Completed work: the estimate, the approved budget, the actual cost and what was paid, with the variance against the budget.",
        AnalyticsSection.Operations, Completed,
        s => WithNames(s, s.CompletedInPeriod)
            .OrderByDescending(f => f.Request.CompletedAt).ThenByDescending(f => f.Request.Number)
            .Select(f => new CorrelationRow
            {
                Number = f.Request.Number, Title = f.Request.Title, Property = f.Property, Category = f.Category, CompletedAt = f.Request.CompletedAt!.Value,
                Estimated = f.Request.EstimatedCost, Approved = f.Request.ApprovedBudget, Actual = f.Request.ActualCost,
                Paid = s.Db.Set<MaintenancePayment>().Where(p => p.RequestId == f.Request.Id).Select(p => (decimal?)p.Amount).FirstOrDefault(),
            }),
        // Completing records the actual cost, so the completion months count every completed request.
        s => s.CompletedMonthsInPeriod.Select(m => m.Jobs),
        F<CorrelationRow>("number", "Request", K.Text, r => r.Number),
        F<CorrelationRow>("title", "Title", K.Text, r => r.Title),
        F<CorrelationRow>("property", "Property", K.Text, r => r.Property),
        F<CorrelationRow>("category", "Category", K.Text, r => r.Category),
        F<CorrelationRow>("completedAt", "Completed", K.Date, r => r.CompletedAt),
        F<CorrelationRow>("estimated", "Estimate", K.Money, r => r.Estimated),
        F<CorrelationRow>("approved", "Approved budget", K.Money, r => r.Approved),
        F<CorrelationRow>("actual", "Actual cost", K.Money, r => r.Actual),
        F<CorrelationRow>("variance", "Variance", K.Money, r => r.Actual - r.Approved),
        F<CorrelationRow>("variancePercent", "Variance %", K.Percent, r => Share(r.Actual - r.Approved, r.Approved)),
        F<CorrelationRow>("paid", "Paid", K.Money, r => r.Paid));

    // ── Vendors ────────────────────────────────────────────────────────────────────────────────────────────────────

    private sealed class VendorRow
    {
        public required Guid Id { get; init; }
        public required string Name { get; init; }
        public VendorType Type { get; init; }
        public string? Specialization { get; init; }
        public string? Contact { get; init; }
        public string? Phone { get; init; }
        public string? Mobile { get; init; }
        public string? ServiceAreas { get; init; }
        public bool Emergency { get; init; }
        public PaymentTerms Terms { get; init; }
        public int RatingTotal { get; init; }
        public int RatingCount { get; init; }
        public int JobsCompleted { get; init; }
        public int OpenWorkOrders { get; init; }
    }

    /// <param name="withOpenWorkOrders">Counts each vendor's open work orders (an index range per vendor); the directory needs none.</param>
    private static IQueryable<VendorRow> Vendors(AnalyticsScope s, IQueryable<Vendor> vendors, bool withOpenWorkOrders) =>
        vendors.Select(v => new VendorRow
        {
            Id = v.Id, Name = v.Name, Type = v.VendorType, Specialization = v.Specialization, Contact = v.ContactPerson, Phone = v.PhonePrimary, Mobile = v.Mobile,
            ServiceAreas = v.ServiceAreas, Emergency = v.EmergencyAvailable, Terms = v.PaymentTerms, RatingTotal = v.RatingTotal, RatingCount = v.RatingCount,
            JobsCompleted = v.JobsCompleted, OpenWorkOrders = withOpenWorkOrders ? s.Requests.Count(r => r.VendorId == v.Id && r.IsOpen) : 0,
        });

    private static AnalyticsView ActiveVendorsByType() => View("active_vendors_by_type", "Active vendors by type",
        "The firm's active vendors grouped by type: specialization, 24/7 availability, open work orders (of the properties you see), rating and jobs completed.",
        AnalyticsSection.Vendors, null, AnalyticsFilters.None,
        s => Vendors(s, s.Db.Set<Vendor>().Where(v => v.IsActive), withOpenWorkOrders: true).OrderBy(v => v.Type).ThenBy(v => v.Name).ThenBy(v => v.Id),
        F<VendorRow>("vendorType", "Type", K.Text, v => Words(v.Type)),
        F<VendorRow>("vendor", "Vendor", K.Text, v => v.Name),
        F<VendorRow>("specialization", "Specialization", K.Text, v => v.Specialization),
        F<VendorRow>("emergency", "24/7", K.Flag, v => v.Emergency),
        F<VendorRow>("openWorkOrders", "Open work orders", K.Count, v => v.OpenWorkOrders),
        F<VendorRow>("rating", "Rating", K.Rating, v => Mean(v.RatingTotal, v.RatingCount)),
        F<VendorRow>("jobsCompleted", "Jobs completed", K.Count, v => v.JobsCompleted),
        F<VendorRow>("paymentTerms", "Payment terms", K.Text, v => Words(v.Terms)));

    private static AnalyticsView EmergencyVendors() => View("emergency_vendors", "Emergency vendors",
        "The 24/7 directory: active vendors available for emergencies, with who to call and where they work.",
        AnalyticsSection.Vendors, null, AnalyticsFilters.None,
        s => Vendors(s, s.Db.Set<Vendor>().Where(v => v.IsActive && v.EmergencyAvailable), withOpenWorkOrders: false).OrderBy(v => v.Name).ThenBy(v => v.Id),
        F<VendorRow>("vendor", "Vendor", K.Text, v => v.Name),
        F<VendorRow>("vendorType", "Type", K.Text, v => Words(v.Type)),
        F<VendorRow>("contact", "Contact", K.Text, v => v.Contact),
        F<VendorRow>("phone", "Phone", K.Text, v => v.Phone),
        F<VendorRow>("mobile", "Mobile", K.Text, v => v.Mobile),
        F<VendorRow>("serviceAreas", "Service areas", K.Text, v => v.ServiceAreas),
        F<VendorRow>("specialization", "Specialization", K.Text, v => v.Specialization),
        F<VendorRow>("rating", "Rating", K.Rating, v => Mean(v.RatingTotal, v.RatingCount)));

    private sealed class PerformanceRow
    {
        public required Guid Id { get; init; }
        public required string Name { get; init; }
        public int Jobs { get; init; }
        public int Rated { get; init; }
        public int OverallTotal { get; init; }
        public int QualityTotal { get; init; }
        public int QualityCount { get; init; }
        public int ResponseTotal { get; init; }
        public int ResponseCount { get; init; }
        public int Recommend { get; init; }
        public int Answered { get; init; }
        public int Started { get; init; }
        public int OnTime { get; init; }
        public long Actual { get; init; }
        public int Budgeted { get; init; }
        public long BudgetedAmount { get; init; }
    }

    // From the completion months: a few rows per vendor and month, however many requests the period holds.
    private static AnalyticsView VendorPerformance() => View("vendor_performance_summary", "Vendor performance",
        "Per vendor, from work completed in the period: ratings by tenants, would-recommend share, on-time starts, and actual cost against the approved budgets.",
        AnalyticsSection.Vendors, Completed, AnalyticsFilters.All,
        // Each vendor's months added up first (a range of the months), then named: one lookup per vendor.
        s => (from x in s.CompletedMonthsInPeriod.Where(m => m.VendorId != Guid.Empty).GroupBy(m => m.VendorId)
                  .Select(g => new
                  {
                      VendorId = g.Key, Jobs = g.Sum(m => m.Jobs), Rated = g.Sum(m => m.Rated), OverallTotal = g.Sum(m => m.OverallTotal),
                      QualityTotal = g.Sum(m => m.QualityTotal), QualityCount = g.Sum(m => m.QualityCount), ResponseTotal = g.Sum(m => m.ResponseTotal),
                      ResponseCount = g.Sum(m => m.ResponseCount), Recommend = g.Sum(m => m.Recommended), Answered = g.Sum(m => m.RecommendAnswered),
                      Started = g.Sum(m => m.Started), OnTime = g.Sum(m => m.StartedOnTime), Actual = g.Sum(m => m.ActualTenThousandths),
                      Budgeted = g.Sum(m => m.Budgeted), BudgetedAmount = g.Sum(m => m.BudgetedTenThousandths),
                  })
              join v in s.Db.Set<Vendor>() on x.VendorId equals v.Id
              select new PerformanceRow
              {
                  Id = v.Id, Name = v.Name, Jobs = x.Jobs, Rated = x.Rated, OverallTotal = x.OverallTotal, QualityTotal = x.QualityTotal, QualityCount = x.QualityCount,
                  ResponseTotal = x.ResponseTotal, ResponseCount = x.ResponseCount, Recommend = x.Recommend, Answered = x.Answered, Started = x.Started,
                  OnTime = x.OnTime, Actual = x.Actual, Budgeted = x.Budgeted, BudgetedAmount = x.BudgetedAmount,
              })
            .Where(v => v.Jobs > 0)
            .OrderByDescending(v => v.Jobs).ThenBy(v => v.Name).ThenBy(v => v.Id),
        F<PerformanceRow>("vendor", "Vendor", K.Text, v => v.Name),
        F<PerformanceRow>("jobs", "Jobs", K.Count, v => v.Jobs),
        F<PerformanceRow>("rated", "Rated", K.Count, v => v.Rated),
        F<PerformanceRow>("averageRating", "Rating", K.Rating, v => Mean(v.OverallTotal, v.Rated)),
        F<PerformanceRow>("averageQuality", "Quality", K.Rating, v => Mean(v.QualityTotal, v.QualityCount)),
        F<PerformanceRow>("averageResponse", "Response", K.Rating, v => Mean(v.ResponseTotal, v.ResponseCount)),
        F<PerformanceRow>("wouldRecommend", "Would recommend %", K.Percent, v => Share(v.Recommend, v.Answered)),
        F<PerformanceRow>("onTime", "Started on time %", K.Percent, v => Share(v.OnTime, v.Started)),
        F<PerformanceRow>("actualCost", "Actual cost", K.Money, v => Money(v.Actual)),
        F<PerformanceRow>("costVariance", "Cost vs budget %", K.Percent, v => v.Budgeted == 0 ? null : Share(Money(v.Actual - v.BudgetedAmount), Money(v.BudgetedAmount))));

    private sealed class VendorExpenseRow
    {
        public required string PaidTo { get; init; }
        public int Payments { get; init; }
        public long Total { get; init; }
        public long Largest { get; init; }
        public DateOnly First { get; init; }
        public DateOnly Last { get; init; }
    }

    private static AnalyticsView VendorExpenses() => View("vendor_expense_analysis", "Vendor expenses",
        "Who the money went to: payments per payee (vendors on file, outside vendors and staff), total, average and largest, first and last payment.",
        AnalyticsSection.Vendors, Paid, AnalyticsFilters.All,
        s => s.PaidMonthsInPeriod.GroupBy(m => m.PaidTo)
            .Select(g => new VendorExpenseRow
            {
                PaidTo = g.Key, Payments = g.Sum(m => m.Count), Total = g.Sum(m => m.AmountTenThousandths), Largest = g.Max(m => m.LargestTenThousandths),
                First = g.Min(m => m.FirstPaidOn), Last = g.Max(m => m.LastPaidOn),
            })
            .Where(v => v.Payments > 0)
            .OrderByDescending(v => v.Payments).ThenBy(v => v.PaidTo),
        F<VendorExpenseRow>("paidTo", "Paid to", K.Text, v => v.PaidTo),
        F<VendorExpenseRow>("payments", "Payments", K.Count, v => v.Payments),
        F<VendorExpenseRow>("total", "Total", K.Money, v => Money(v.Total)),
        F<VendorExpenseRow>("average", "Average", K.Money, v => v.Payments == 0 ? null : Money(v.Total) / v.Payments),
        F<VendorExpenseRow>("largest", "Largest", K.Money, v => Money(v.Largest)),
        F<VendorExpenseRow>("firstPaid", "First paid", K.Date, v => v.First),
        F<VendorExpenseRow>("lastPaid", "Last paid", K.Date, v => v.Last));

    // ── Expenses ───────────────────────────────────────────────────────────────────────────────────────────────────

    private sealed class TypeRow
    {
        public required Guid Id { get; init; }
        public string? CategoryCode { get; init; }
        public required string Category { get; init; }
        public int CategoryOrder { get; init; }
        public string? TypeCode { get; init; }
        public required string Type { get; init; }
        public int TypeOrder { get; init; }
        public decimal? CostMin { get; init; }
        public decimal? CostMax { get; init; }
        public ExpenseFrequency Frequency { get; init; }
        public bool Emergency { get; init; }
        public bool TaxDeductible { get; init; }
        public bool Active { get; init; }
        public int Requests { get; init; }
        public int Emergencies { get; init; }
        public long Spent { get; init; }
    }

    private static IQueryable<TypeRow> Types(AnalyticsScope s, bool emergencyOnly)
    {
        var types = from t in s.Db.Set<ExpenseType>()
                    join c in s.Db.Set<ExpenseCategory>() on t.CategoryId equals c.Id
                    select new { t, c };
        if (emergencyOnly)
        {
            types = types.Where(x => x.t.IsEmergency);
        }
        if (s.CategoryId is { } category)
        {
            types = types.Where(x => x.c.Id == category);
        }
        // The period's use of each type, from its request months (a range of the type's months each; types nobody
        // used show zeros).
        var months = s.RequestedMonthsInPeriod;
        return types.Select(x => new
            {
                x.t, x.c,
                Requests = months.Where(m => m.ExpenseTypeId == x.t.Id).Sum(m => m.Requests),
                Emergencies = months.Where(m => m.ExpenseTypeId == x.t.Id).Sum(m => m.Emergencies),
                Spent = months.Where(m => m.ExpenseTypeId == x.t.Id).Sum(m => m.ActualTenThousandths),
            })
            .OrderBy(x => x.c.DisplayOrder).ThenBy(x => x.c.Name).ThenBy(x => x.t.DisplayOrder).ThenBy(x => x.t.Name).ThenBy(x => x.t.Id)
            .Select(x => new TypeRow
            {
                Id = x.t.Id, CategoryCode = x.c.Code, Category = x.c.Name, CategoryOrder = x.c.DisplayOrder, TypeCode = x.t.Code, Type = x.t.Name,
                TypeOrder = x.t.DisplayOrder, CostMin = x.t.CostMin, CostMax = x.t.CostMax, Frequency = x.t.Frequency, Emergency = x.t.IsEmergency,
                TaxDeductible = x.c.IsTaxDeductible, Active = x.t.IsActive && x.c.IsActive,
                Requests = x.Requests, Emergencies = x.Emergencies, Spent = x.Spent,
            });
    }

    private static AnalyticsView ExpenseHierarchy() => View("expense_hierarchy", "Expense hierarchy",
        "Every expense category and its types, with codes, the expected cost range, frequency and tax treatment, and how often each was used.",
        AnalyticsSection.Expenses, Requested, AnalyticsFilters.All,
        s => Types(s, emergencyOnly: false),
        F<TypeRow>("categoryCode", "Category code", K.Text, t => t.CategoryCode),
        F<TypeRow>("category", "Category", K.Text, t => t.Category),
        F<TypeRow>("typeCode", "Type code", K.Text, t => t.TypeCode),
        F<TypeRow>("type", "Type", K.Text, t => t.Type),
        F<TypeRow>("costMin", "Cost from", K.Money, t => t.CostMin),
        F<TypeRow>("costMax", "Cost to", K.Money, t => t.CostMax),
        F<TypeRow>("frequency", "Frequency", K.Text, t => Words(t.Frequency)),
        F<TypeRow>("emergency", "Emergency", K.Flag, t => t.Emergency),
        F<TypeRow>("taxDeductible", "Tax deductible", K.Flag, t => t.TaxDeductible),
        F<TypeRow>("active", "Active", K.Flag, t => t.Active),
        F<TypeRow>("requests", "Requests", K.Count, t => t.Requests),
        F<TypeRow>("actualCost", "Actual cost", K.Money, t => Money(t.Spent)));

    private static AnalyticsView EmergencyExpenseTypes() => View("emergency_expense_types", "Emergency expense types",
        "The expense types marked as emergencies, their expected cost range, and the requests and emergencies raised under them.",
        AnalyticsSection.Expenses, Requested, AnalyticsFilters.All,
        s => Types(s, emergencyOnly: true),
        F<TypeRow>("category", "Category", K.Text, t => t.Category),
        F<TypeRow>("type", "Type", K.Text, t => t.Type),
        F<TypeRow>("costMin", "Cost from", K.Money, t => t.CostMin),
        F<TypeRow>("costMax", "Cost to", K.Money, t => t.CostMax),
        F<TypeRow>("active", "Active", K.Flag, t => t.Active),
        F<TypeRow>("requests", "Requests", K.Count, t => t.Requests),
        F<TypeRow>("emergencies", "Raised as emergency", K.Count, t => t.Emergencies),
        F<TypeRow>("actualCost", "Actual cost", K.Money, t => Money(t.Spent)));

    private sealed class PendingTypeRow
    {
        public string? Category { get; init; }
        public string? Type { get; init; }
        public int Requests { get; init; }
        public int Emergencies { get; init; }
        public int NeedsOwner { get; init; }
        public long Estimated { get; init; }
    }

    // From the request months' approval counts: what waits now, of the requests made in the period.
    private static AnalyticsView ExpensesRequiringApproval() => View("expenses_requiring_approval", "Expenses requiring approval",
        "Money waiting for a decision, by expense category and type: requests, their estimated total, emergencies, and how many only the owner may approve.",
        AnalyticsSection.Expenses, Requested, AnalyticsFilters.All,
        s => (from m in s.RequestedMonthsInPeriod.Where(m => m.AwaitingApproval > 0)
              from t in s.Db.Set<ExpenseType>().Where(t => t.Id == m.ExpenseTypeId).DefaultIfEmpty()
              from c in s.Db.Set<ExpenseCategory>().Where(c => c.Id == t!.CategoryId).DefaultIfEmpty()
              group m by new { Category = c!.Name, Type = t!.Name } into g
              select new PendingTypeRow
              {
                  Category = g.Key.Category, Type = g.Key.Type, Requests = g.Sum(m => m.AwaitingApproval), Emergencies = g.Sum(m => m.AwaitingEmergencies),
                  NeedsOwner = g.Sum(m => m.AwaitingOwner), Estimated = g.Sum(m => m.AwaitingEstimatedTenThousandths),
              })
            // Uncategorized last on every database (SQLite sorts nulls first, PostgreSQL last).
            .OrderBy(r => r.Category == null).ThenBy(r => r.Category).ThenBy(r => r.Type == null).ThenBy(r => r.Type),
        F<PendingTypeRow>("category", "Category", K.Text, r => r.Category ?? "Uncategorized"),
        F<PendingTypeRow>("type", "Type", K.Text, r => r.Type ?? "—"),
        F<PendingTypeRow>("requests", "Requests", K.Count, r => r.Requests),
        F<PendingTypeRow>("emergencies", "Emergencies", K.Count, r => r.Emergencies),
        F<PendingTypeRow>("needsOwner", "Owner must approve", K.Count, r => r.NeedsOwner),
        F<PendingTypeRow>("estimated", "Estimated total", K.Money, r => Money(r.Estimated)));

    private sealed class TransactionRow
    {
        public required string Category { get; init; }
        public PaymentMethod Method { get; init; }
        public int Payments { get; init; }
        public long Total { get; init; }
        public long Smallest { get; init; }
        public long Largest { get; init; }
    }

    private static AnalyticsView ExpenseTransactions() => View("expense_transaction_summary", "Expense transactions",
        "Payments by expense category and how they were paid: count, total, average, smallest and largest.",
        AnalyticsSection.Expenses, Paid, AnalyticsFilters.All,
        s => s.PaidMonthsInPeriod.GroupBy(m => new { m.CategoryName, m.Method })
            .Select(g => new TransactionRow
            {
                Category = g.Key.CategoryName, Method = g.Key.Method, Payments = g.Sum(m => m.Count), Total = g.Sum(m => m.AmountTenThousandths),
                Smallest = g.Min(m => m.SmallestTenThousandths), Largest = g.Max(m => m.LargestTenThousandths),
            })
            .Where(r => r.Payments > 0)
            // Uncategorized ("" in the months) last.
            .OrderBy(r => r.Category == "").ThenBy(r => r.Category).ThenBy(r => r.Method),
        F<TransactionRow>("category", "Category", K.Text, r => r.Category.Length == 0 ? "Uncategorized" : r.Category),
        F<TransactionRow>("method", "Paid by", K.Text, r => Payment.Words(r.Method) is var w && w.Length > 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w),
        F<TransactionRow>("payments", "Payments", K.Count, r => r.Payments),
        F<TransactionRow>("total", "Total", K.Money, r => Money(r.Total)),
        F<TransactionRow>("average", "Average", K.Money, r => r.Payments == 0 ? null : Money(r.Total) / r.Payments),
        F<TransactionRow>("smallest", "Smallest", K.Money, r => Money(r.Smallest)),
        F<TransactionRow>("largest", "Largest", K.Money, r => Money(r.Largest)));

    // ── Finance ────────────────────────────────────────────────────────────────────────────────────────────────────

    private sealed class AccountantRow
    {
        public DateOnly Month { get; init; }
        public string? Category { get; init; }
        public bool? TaxDeductible { get; init; }
        public int Payments { get; init; }
        public long Total { get; init; }
    }

    private static AnalyticsView AccountantAnalysis() => new AnalyticsComputedView<AccountantRow>("accountant_expense_analysis", "Accountant's analysis",
        "Payments by month and category, split into tax-deductible and not, for the books. Payments without an expense type are listed as unknown for review.",
        AnalyticsSection.Finance, Paid, AnalyticsFilters.All,
        [
            F<AccountantRow>("month", "Month", K.Month, r => r.Month),
            F<AccountantRow>("category", "Category", K.Text, r => r.Category ?? "Uncategorized"),
            F<AccountantRow>("taxDeductible", "Tax deductible", K.Text, r => r.TaxDeductible switch { true => "Yes", false => "No", null => "Unknown" }),
            F<AccountantRow>("payments", "Payments", K.Count, r => r.Payments),
            F<AccountantRow>("deductible", "Deductible", K.Money, r => r.TaxDeductible == true ? Money(r.Total) : 0m),
            F<AccountantRow>("notDeductible", "Not deductible", K.Money, r => r.TaxDeductible == true ? 0m : Money(r.Total)),
            F<AccountantRow>("total", "Total", K.Money, r => Money(r.Total)),
        ],
        AccountantRowsAsync);

    /// <summary>
    /// The period's payments per month and category. The months keep the request's expense type; its category (name,
    /// tax treatment) is read as it is now. The database adds up each month's types in its index's order (a firm's whole
    /// history is 1,588 month rows and 266 month-types at 100×) and looks up each type's category; the month-types are
    /// then put together per category here. Grouping them again in SQL took a sort, for the page and again for its count.
    /// </summary>
    private static async Task<IReadOnlyList<AccountantRow>> AccountantRowsAsync(AnalyticsScope s, CancellationToken cancellationToken)
    {
        var monthTypes = await (from m in s.PaidMonthsInPeriod.GroupBy(m => new { m.Month, m.ExpenseTypeId })
                                    .Select(g => new { g.Key.Month, g.Key.ExpenseTypeId, Payments = g.Sum(m => m.Count), Total = g.Sum(m => m.AmountTenThousandths) })
                                from t in s.Db.Set<ExpenseType>().Where(t => t.Id == m.ExpenseTypeId).DefaultIfEmpty()
                                from c in s.Db.Set<ExpenseCategory>().Where(c => c.Id == t!.CategoryId).DefaultIfEmpty()
                                select new { m.Month, Category = (string?)c!.Name, Deductible = (bool?)c.IsTaxDeductible, m.Payments, m.Total })
            .ToListAsync(cancellationToken);
        return monthTypes
            .GroupBy(m => (m.Month, m.Category, m.Deductible))
            .Select(g => new AccountantRow
            {
                Month = g.Key.Month, Category = g.Key.Category, TaxDeductible = g.Key.Deductible, Payments = g.Sum(m => m.Payments), Total = g.Sum(m => m.Total),
            })
            .Where(r => r.Payments > 0)
            .OrderByDescending(r => r.Month).ThenBy(r => r.Category == null).ThenBy(r => r.Category, StringComparer.Ordinal)
            .ToList();
    }

    private sealed class BudgetRow
    {
        public DateOnly Month { get; init; }
        public required string LandlordId { get; init; }
        public string? Landlord { get; init; }
        public decimal? Budget { get; init; }
        public int Payments { get; init; }
        public long Spent { get; init; }
    }

    private static AnalyticsView MonthlyBudget() => View("monthly_expense_budget", "Monthly budget and spending",
        "Per landlord and month: the monthly maintenance budget, what was paid, what is left and the share used.",
        AnalyticsSection.Finance, Paid, AnalyticsFilters.All,
        s => (from m in s.PaidMonthsInPeriod.GroupBy(m => new { m.LandlordUserId, m.Month })
                  .Select(g => new { g.Key.LandlordUserId, g.Key.Month, Payments = g.Sum(m => m.Count), Spent = g.Sum(m => m.AmountTenThousandths) })
                  .Where(m => m.Payments > 0)
              from own in s.Db.Set<LandlordSettings>().Where(x => x.LandlordUserId == m.LandlordUserId).DefaultIfEmpty()
              select new BudgetRow
              {
                  Month = m.Month, LandlordId = m.LandlordUserId,
                  Landlord = s.Db.Users.Where(u => u.Id == m.LandlordUserId).Select(u => u.DisplayName).FirstOrDefault(),
                  Budget = own!.MonthlyBudget ?? s.Db.Set<MaintenanceSettings>().Select(x => x.MonthlyBudget).FirstOrDefault(), Payments = m.Payments, Spent = m.Spent,
              })
            .OrderByDescending(r => r.Month).ThenBy(r => r.Landlord).ThenBy(r => r.LandlordId),
        F<BudgetRow>("month", "Month", K.Month, r => r.Month),
        F<BudgetRow>("landlord", "Landlord", K.Text, r => r.Landlord),
        F<BudgetRow>("budget", "Budget", K.Money, r => r.Budget),
        F<BudgetRow>("payments", "Payments", K.Count, r => r.Payments),
        F<BudgetRow>("spent", "Spent", K.Money, r => Money(r.Spent)),
        F<BudgetRow>("remaining", "Remaining", K.Money, r => r.Budget - Money(r.Spent)),
        F<BudgetRow>("percentUsed", "Used %", K.Percent, r => Share(Money(r.Spent), r.Budget)));

    private sealed class MonthRow
    {
        public DateOnly Month { get; init; }
        public int Payments { get; init; }
        public long Total { get; init; }
        public long Largest { get; init; }
        public long Emergency { get; init; }
    }

    private static AnalyticsView MonthlySummary() => View("monthly_expense_summary", "Monthly expense summary",
        "Maintenance spending per month: payments, total, average and largest payment, and the part spent on emergencies.",
        AnalyticsSection.Finance, Paid, AnalyticsFilters.All,
        s => s.PaidMonthsInPeriod.GroupBy(m => m.Month)
            .Select(g => new MonthRow
            {
                Month = g.Key, Payments = g.Sum(m => m.Count), Total = g.Sum(m => m.AmountTenThousandths), Largest = g.Max(m => m.LargestTenThousandths),
                Emergency = g.Sum(m => m.Emergency ? m.AmountTenThousandths : 0L),
            })
            .Where(r => r.Payments > 0)
            .OrderByDescending(r => r.Month),
        F<MonthRow>("month", "Month", K.Month, r => r.Month),
        F<MonthRow>("payments", "Payments", K.Count, r => r.Payments),
        F<MonthRow>("total", "Total", K.Money, r => Money(r.Total)),
        F<MonthRow>("average", "Average", K.Money, r => r.Payments == 0 ? null : Money(r.Total) / r.Payments),
        F<MonthRow>("largest", "Largest", K.Money, r => Money(r.Largest)),
        F<MonthRow>("emergency", "Emergencies", K.Money, r => Money(r.Emergency)),
        F<MonthRow>("emergencyShare", "Emergency %", K.Percent, r => Share(Money(r.Emergency), Money(r.Total))));
}
