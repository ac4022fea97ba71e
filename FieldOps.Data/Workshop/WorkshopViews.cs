using FieldOps.Data.Platform.Persistence;
using FieldOps.Data.Platform;

using FieldOps.Data.Platform.Lists;

namespace FieldOps.Data.Workshop;

public sealed record PersonRef(string Id, string Name);

public sealed record VehicleView(Guid Id, string RegistrationNumber, string? Vin, string OwnerName, string? OwnerPhone, string? OwnerEmail,
    string? Make, string? Model, int? Year, int? Mileage);

/// <summary>A row of the jobs lists. Init-only properties (not a positional record) so queries can sort and filter
/// after projecting into it.</summary>
public sealed record JobSummary
{
    public Guid Id { get; init; }
    public string Number { get; init; } = "";
    public JobStatus Status { get; init; }
    public string RegistrationNumber { get; init; } = "";
    public string VehicleDescription { get; init; } = "";
    public string OwnerName { get; init; } = "";
    public OperationsStream OperationsStream { get; init; }
    public RevenueStream RevenueStream { get; init; }
    public string? TechnicianId { get; init; }
    public string? TechnicianName { get; init; }
    public string IssuesReported { get; init; } = "";
    public DateTime ReceivedAt { get; init; }
    public int OpenPartsRequests { get; init; }
}

public sealed record JobTaskView(Guid Id, Guid TaskActionId, string Name, string? Description, decimal LaborCost, bool IsCustomCost, bool IsCompleted,
    DateTime? CompletedAt, string? CompletedByName);

public sealed record PartRequestView(Guid Id, Guid JobId, string JobNumber, Guid WarehouseItemId, string Sku, string ItemName, int Quantity, string Unit,
    SparePartRequestStatus Status, string RequestedByName, DateTime RequestedAt, string? Note, string? DecidedByName, string? DecisionNote,
    string? IssuedByName, DateTime? IssuedAt, decimal? UnitPrice, int QuantityOnHand, string Currency) : IVersionedView
{
    /// <summary>The record's version: the API's ETag, and what a form sends back to refuse stale edits.</summary>
    public int Version { get; init; }

    /// <summary>What the current user may do with the request now (names of <see cref="SparePartRequestWorkflow"/>).</summary>
    public IReadOnlyList<string> AllowedActions { get; init; } = [];
}

public sealed record InvoiceRef(Guid Id, string Number, InvoiceStatus Status, decimal Total, string Currency);

/// <summary>Everything a job page shows, including what the current user may do next.</summary>
public sealed record JobDetails(Guid Id, string Number, JobStatus Status, VehicleView Vehicle, OperationsStream OperationsStream,
    RevenueStream RevenueStream, string IssuesReported, string? WorkDone, string? ManagerNotes, PersonRef SiteManager, PersonRef? Technician,
    DateTime ReceivedAt, DateTime? AssignedAt, DateTime? StartedAt, DateTime? CompletedAt, DateTime? ReviewedAt, DateTime? BilledAt,
    IReadOnlyList<JobTaskView> Tasks, IReadOnlyList<PartRequestView> PartsRequests, InvoiceRef? Invoice, string Currency,
    IReadOnlyList<string> AllowedActions, string? CompletionBlockedReason) : IVersionedView
{
    /// <summary>The record's version: the API's ETag, and what a form sends back to refuse stale edits.</summary>
    public int Version { get; init; }
}

public sealed record TaskActionView(Guid Id, OperationsStream OperationsStream, string Name, string? Description, decimal DefaultLaborCost, bool IsActive,
    string Currency);

public sealed record TechnicianOption(string Id, string Name, IReadOnlyList<OperationsStream> Streams, int ActiveJobs, bool WorksInStream);

public sealed record WarehouseItemView : IVersionedView
{
    /// <summary>The record's version: the API's ETag, and what a form sends back to refuse stale edits.</summary>
    public int Version { get; init; }

    public Guid Id { get; init; }
    public string Sku { get; init; } = "";
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public string Unit { get; init; } = "";
    public int Quantity { get; init; }
    public decimal UnitCost { get; init; }
    public decimal UnitPrice { get; init; }
    public int ReorderPoint { get; init; }
    public string? Location { get; init; }
    public bool IsActive { get; init; }
    public bool IsLowStock { get; init; }
    public string Currency { get; init; } = "";
}

public sealed record StockMovementView(Guid Id, StockMovementType Type, int QuantityChange, int QuantityAfter, string Reason, string ByName,
    DateTime At, Guid? SparePartRequestId);

public sealed record InvoiceLineView(int Position, InvoiceLineKind Kind, string Description, decimal Quantity, decimal UnitPrice, decimal LineTotal);

public sealed record InvoiceSummary
{
    public Guid Id { get; init; }
    public string Number { get; init; } = "";
    public InvoiceStatus Status { get; init; }
    public string JobNumber { get; init; } = "";
    public Guid JobId { get; init; }
    public string CustomerName { get; init; } = "";
    public string VehicleRegistration { get; init; } = "";
    public DateTime IssuedAt { get; init; }
    public DateOnly DueDate { get; init; }
    public decimal Total { get; init; }
    public string Currency { get; init; } = "";
    public DateOnly? PaidOn { get; init; }
    public bool IsOverdue { get; init; }
}

public sealed record InvoiceView(Guid Id, string Number, InvoiceStatus Status, Guid JobId, string JobNumber, string CustomerName, string? CustomerPhone,
    string? CustomerEmail, string VehicleRegistration, string VehicleDescription, DateTime IssuedAt, DateOnly DueDate,
    IReadOnlyList<InvoiceLineView> Lines, decimal Subtotal, decimal TaxRate, string TaxLabel, decimal TaxAmount, decimal Total, string Currency,
    int CurrencyMinorUnits, string? Notes, DateTime? PaidAt, DateOnly? PaidOn, PaymentMethod? PaymentMethod, string? PaymentReference,
    DateTime? VoidedAt, string? VoidReason, bool IsManual, decimal AmountPaid, decimal BalanceDue, IReadOnlyList<InvoicePaymentView> Payments)
    : IVersionedView
{
    /// <summary>The record's version: the API's ETag, and what a form sends back to refuse stale edits.</summary>
    public int Version { get; init; }

    /// <summary>Issued, not fully paid and past its due date in the organization's calendar.</summary>
    public bool IsOverdue { get; init; }

    /// <summary>What the current user may do with the invoice now (names of <see cref="InvoiceWorkflow"/>).</summary>
    public IReadOnlyList<string> AllowedActions { get; init; } = [];
}

public sealed record InvoicePaymentView(Guid Id, decimal Amount, DateOnly PaidOn, PaymentMethod Method, string? Reference, DateTime RecordedAt,
    string RecordedByName);

/// <summary>What an invoice for a job in billing would contain, before it is issued.</summary>
public sealed record InvoicePreview(Guid JobId, string JobNumber, IReadOnlyList<InvoiceLineView> Lines, decimal Subtotal, decimal TaxRate,
    string TaxLabel, decimal TaxAmount, decimal Total, string Currency);

public sealed record JobFilter(JobStatus? Status = null, OperationsStream? Stream = null, string? TechnicianId = null, string? Search = null,
    bool MineOnly = false)
{
    /// <summary>Set by the jobs list when the search matches more records than a list shows (see
    /// <c>JobQueries.PrepareAsync</c>): the list then walks jobs newest first and keeps those that match.</summary>
    internal bool SearchIsBroad { get; init; }
}

public sealed record WarehouseFilter(string? Search = null, bool LowStockOnly = false, bool IncludeInactive = false);

public sealed record InvoiceFilter(InvoiceStatus? Status = null, bool? Paid = null, string? Search = null);

public sealed record SiteManagerDashboard(IReadOnlyDictionary<JobStatus, int> StatusCounts, ListPage<JobSummary> Jobs);

/// <summary>A technician's open jobs (at most 50 listed) and how many there are in all, from the job counts.</summary>
public sealed record TechnicianDashboard(IReadOnlyList<JobSummary> ActiveJobs, int ActiveTotal, int CompletedThisWeek);

/// <summary>The workshop manager's three queues, each the oldest first and at most <see cref="ListLimit"/> long, with how
/// many each holds in all (parts requests counted up to the list limit: "2,000+").</summary>
public sealed record ManagerDashboard(IReadOnlyList<PartRequestView> PendingRequests, IReadOnlyList<JobSummary> ToReview,
    IReadOnlyList<JobSummary> ReadyForBilling, ListTotal PendingTotal, int ToReviewTotal, int ReadyForBillingTotal)
{
    /// <summary>Rows a queue lists: the next to decide on, not a backlog to read (each tab open on the page keeps them;
    /// as one is decided the next comes up).</summary>
    public const int ListLimit = 10;
}

/// <summary>The approved requests to issue (the oldest <see cref="ListLimit"/> listed) and how many wait in all ("2,000+"
/// past the list limit).</summary>
public sealed record WarehouseDashboard(IReadOnlyList<PartRequestView> ToIssue, ListTotal ToIssueTotal, int LowStockCount, ListPage<WarehouseItemView> Items)
{
    /// <summary>Requests the queue lists, oldest first: as each is issued the next comes up.</summary>
    public const int ListLimit = 20;
}

/// <summary>The first page of the jobs ready to invoice, oldest first, and how many there are in all, from the job counts;
/// <see cref="Services.WorkshopDashboardService.BillingQueueAsync"/> reads the queue's further pages.</summary>
public sealed record BillingDashboard(IReadOnlyList<JobSummary> Queue, int QueueTotal, ListPage<InvoiceSummary> Invoices, decimal Outstanding, int OutstandingCount,
    decimal PaidThisMonth, string Currency)
{
    /// <summary>How many jobs one page of the queue shows: what a clerk invoices in a sitting, and what an open tab
    /// keeps, however long the queue.</summary>
    public const int QueuePageSize = 10;
}
