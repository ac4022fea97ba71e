using FieldOps.Data.Platform.Persistence;
using FieldOps.Data.Platform;

namespace FieldOps.Data.Contracting;

public sealed record SubcontractorView(Guid Id, string CompanyName, string TradeType, string? ContactPerson, string? Phone, string? Email,
    decimal? DailyRate, string? UserId, string? UserEmail, string? UserName, bool IsActive);

public sealed record ProjectView(Guid Id, string Code, string Name, string? Site, bool IsActive);

public sealed record DailyLogView : IVersionedView
{
    /// <summary>The record's version: the API's ETag, and what a form sends back to refuse stale edits.</summary>
    public int Version { get; init; }

    public Guid Id { get; init; }
    public Guid SubcontractorId { get; init; }
    public string CompanyName { get; init; } = "";
    public Guid? ProjectId { get; init; }
    public string? ProjectName { get; init; }
    public DateOnly LogDate { get; init; }
    public string WorkSummary { get; init; } = "";
    public int WorkersCount { get; init; }
    public DailyLogStatus Status { get; init; }
    public DateTime SubmittedAt { get; init; }
    public string? ReviewedByName { get; init; }
    public string? ReviewNote { get; init; }

    /// <summary>What the current user may do with the log now (names of <see cref="DailyLogWorkflow"/>).</summary>
    public IReadOnlyList<string> AllowedActions { get; init; } = [];
}

public sealed record ExpenseView : IVersionedView
{
    /// <summary>The record's version: the API's ETag, and what a form sends back to refuse stale edits.</summary>
    public int Version { get; init; }

    public Guid Id { get; init; }
    public Guid SubcontractorId { get; init; }
    public string CompanyName { get; init; } = "";
    public Guid? ProjectId { get; init; }
    public string? ProjectName { get; init; }
    public ExpenseCategory Category { get; init; }
    public decimal Amount { get; init; }
    public string Currency { get; init; } = "";
    public DateOnly ExpenseDate { get; init; }
    public string Description { get; init; } = "";
    public ExpenseStatus Status { get; init; }
    public DateTime SubmittedAt { get; init; }
    public string? ReviewedByName { get; init; }
    public string? ReviewNote { get; init; }
    public int Receipts { get; init; }

    /// <summary>What the current user may do with the claim now (names of <see cref="ExpenseWorkflow"/>).</summary>
    public IReadOnlyList<string> AllowedActions { get; init; } = [];
}

public sealed record MaterialView(Guid Id, string ItemName, string Unit, decimal Quantity, string? Location, string? Notes, DateTime UpdatedAt);

public sealed record VoucherSummary : IVersionedView
{
    /// <summary>The record's version: the API's ETag, and what a form sends back to refuse stale edits.</summary>
    public int Version { get; init; }

    public Guid Id { get; init; }
    public string Number { get; init; } = "";
    public Guid SubcontractorId { get; init; }
    public string CompanyName { get; init; } = "";
    public DateOnly PeriodStart { get; init; }
    public DateOnly PeriodEnd { get; init; }
    public VoucherStatus Status { get; init; }
    public decimal Total { get; init; }
    public string Currency { get; init; } = "";
    public DateOnly? PaidOn { get; init; }

    /// <summary>What the current user may do with the voucher now (names of <see cref="VoucherWorkflow"/>).</summary>
    public IReadOnlyList<string> AllowedActions { get; init; } = [];
}

public sealed record VoucherLineView(int Position, string Description, decimal Quantity, string? Unit, decimal Rate, decimal Amount);

public sealed record VoucherView(Guid Id, string Number, Guid SubcontractorId, string CompanyName, string TradeType, Guid? ProjectId, string? ProjectName,
    DateOnly PeriodStart, DateOnly PeriodEnd, VoucherStatus Status, IReadOnlyList<VoucherLineView> Lines, decimal Total, string Currency, int CurrencyMinorUnits,
    string? Notes, DateTime CreatedAt, DateTime? SubmittedAt, string? ApprovedByName, DateTime? ApprovedAt, string? RejectionReason, DateOnly? PaidOn,
    PaymentMethod? PaymentMethod, string? PaymentReference) : IVersionedView
{
    /// <summary>The record's version: the API's ETag, and what a form sends back to refuse stale edits.</summary>
    public int Version { get; init; }

    /// <summary>What the current user may do with the voucher now (names of <see cref="VoucherWorkflow"/>).</summary>
    public IReadOnlyList<string> AllowedActions { get; init; } = [];
}

/// <summary>What a voucher for a period would hold before it is drafted; <see cref="AlreadyClaimed"/> counts the
/// period's approved logs that another voucher already pays.</summary>
public sealed record VoucherPreview(IReadOnlyList<VoucherLineView> Lines, decimal Total, string Currency, int CurrencyMinorUnits, int AlreadyClaimed,
    decimal? DailyRate);

public sealed record LedgerEntryView(Guid Id, LedgerEntryType EntryType, decimal Amount, DateOnly EntryDate, string? Reference, string Description,
    Guid? VoucherId, Guid? ExpenseId, Guid? ReversesEntryId, bool IsReversed, decimal BalanceDue, DateTime RecordedAt, string RecordedByName);

/// <summary>A page of a party's ledger (newest first), its summary, what is still owed, and how many entries it has.</summary>
public sealed record LedgerView(IReadOnlyList<LedgerEntryView> Entries, LedgerSummary Summary, StillOwed StillOwed, int Total);

/// <summary>What the business still owes the subcontractor, beside the ledger's balance: approved vouchers not yet
/// paid, and approved expense claims (reimbursed separately from the balance).</summary>
public sealed record StillOwed(decimal ApprovedVouchers, int ApprovedVoucherCount, decimal ClaimsToReimburse)
{
    public decimal Total => ApprovedVouchers + ClaimsToReimburse;

    public static readonly StillOwed Nothing = new(0m, 0, 0m);
}

public sealed record ActivityItem(string Kind, string Title, string Status, DateTime At, string? Link);

/// <summary>What a contractor sees first: their company, their balance, what happened lately. With no company linked,
/// it says so (and the rest is empty) — never an error.</summary>
public sealed record WorkspaceView(bool Linked, string? Message, SubcontractorView? Company, LedgerSummary Summary, IReadOnlyList<ActivityItem> RecentActivity,
    Guid? LastProjectId, IReadOnlyList<ProjectView> Projects, DateOnly Today, StillOwed StillOwed);

public sealed record DailyLogFilter(DailyLogStatus? Status = null, Guid? SubcontractorId = null, Guid? ProjectId = null);

public sealed record ExpenseFilter(ExpenseStatus? Status = null, Guid? SubcontractorId = null, ExpenseCategory? Category = null);

public sealed record VoucherFilter(VoucherStatus? Status = null, Guid? SubcontractorId = null);

/// <summary>The contracting admin's backlogs (counted from the summary rows) and the first page of each review queue,
/// newest first; <see cref="Services.ContractingReviewService"/> reads the queues' further pages.</summary>
public sealed record ContractingAdminDashboard(int LogsToReview, int ExpensesToReview, int VouchersToApprove, int VouchersToPay,
    IReadOnlyList<DailyLogView> PendingLogs, IReadOnlyList<ExpenseView> PendingExpenses, string Currency)
{
    /// <summary>How many daily logs, and how many claims, one page of a review queue shows. A page is what an admin
    /// reads and decides on at once, and what an open tab keeps, however long the queue.</summary>
    public const int QueuePageSize = 10;
}
