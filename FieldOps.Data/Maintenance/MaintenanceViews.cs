using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Persistence;

namespace FieldOps.Data.Maintenance;

/// <summary>A request as a list shows it: where, what, how urgent, who has it, the money so far, and its SLA flags.</summary>
public sealed record RequestSummary : IVersionedView
{
    public int Version { get; init; }
    public Guid Id { get; init; }
    public string Number { get; init; } = "";
    public string Title { get; init; } = "";
    public Guid PropertyId { get; init; }
    public string PropertyName { get; init; } = "";
    public string? UnitNumber { get; init; }
    public MaintenancePriority Priority { get; init; }
    public MaintenanceStatus Status { get; init; }
    public string StatusLabel { get; init; } = "";
    public DateTime RequestedAt { get; init; }
    public string RequestedByName { get; init; } = "";
    public string? AssigneeName { get; init; }
    public string? VendorName { get; init; }
    public decimal? EstimatedCost { get; init; }
    public decimal? ApprovedBudget { get; init; }
    public decimal? ActualCost { get; init; }
    public string Currency { get; init; } = "";
    public int CurrencyMinorUnits { get; init; }

    /// <summary>Not assigned within the priority's SLA.</summary>
    public bool AssignOverdue { get; init; }

    /// <summary>Work not started within the priority's SLA.</summary>
    public bool OnSiteOverdue { get; init; }

    public IReadOnlyList<string> AllowedActions { get; init; } = [];
}

public sealed record CostLineView(int Position, string Item, decimal Quantity, decimal UnitCost, decimal Total);

public sealed record FinalLineView(int Position, string Item, decimal? Planned, decimal? Actual);

public sealed record MessageView(Guid Id, MessageKind Kind, string AuthorName, string Text, DateTime At);

public sealed record RatingView(int Overall, int? ResponseTime, int? Quality, int? Professionalism, int? Communication, bool? WouldRecommend, string? Feedback,
    DateTime RatedAt);

public sealed record PaymentView(Guid Id, decimal Amount, string Currency, DateOnly PaidOn, PaymentMethod Method, string? Reference, string PaidTo,
    string PropertyName, string? UnitNumber, string? CategoryName, string RecordedByName);

public sealed record QuoteItemView(int Position, string Item, decimal Cost);

/// <summary>A quote as the comparison shows it, with its vendor's record.</summary>
public sealed record QuoteView : IVersionedView
{
    public int Version { get; init; }
    public Guid Id { get; init; }
    public Guid RequestId { get; init; }
    public string RequestNumber { get; init; } = "";
    public string Number { get; init; } = "";
    public Guid? VendorId { get; init; }
    public string VendorName { get; init; } = "";
    public string? VendorContact { get; init; }
    public string? VendorEmail { get; init; }

    /// <summary>The vendor's rating and jobs completed, for vendors on file.</summary>
    public decimal? VendorRating { get; init; }
    public int? VendorJobsCompleted { get; init; }

    /// <summary>The track record of a vendor on file (null for an outside vendor).</summary>
    public VendorTrackRecord? VendorRecord { get; init; }
    public decimal Amount { get; init; }
    public string Currency { get; init; } = "";
    public int CurrencyMinorUnits { get; init; }
    public string Description { get; init; } = "";
    public IReadOnlyList<QuoteItemView> Items { get; init; } = [];
    public DateOnly ValidUntil { get; init; }

    /// <summary>Pending quotes past their valid-until date read as expired.</summary>
    public QuoteStatus Status { get; init; }
    public bool NeedsOwner { get; init; }
    public string SubmittedByName { get; init; } = "";
    public DateTime SubmittedAt { get; init; }
    public string? DecidedByName { get; init; }
    public string? DecisionNote { get; init; }
    public IReadOnlyList<string> AllowedActions { get; init; } = [];
}

/// <summary>One request with everything its page shows. Internal notes are left out for tenants and vendors.</summary>
public sealed record RequestView : IVersionedView
{
    public int Version { get; init; }
    public Guid Id { get; init; }
    public string Number { get; init; } = "";
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public Guid PropertyId { get; init; }
    public string PropertyName { get; init; } = "";
    public string PropertyAddress { get; init; } = "";
    public string? PropertyArea { get; init; }
    public Guid? UnitId { get; init; }
    public string? UnitNumber { get; init; }
    public int? UnitFloor { get; init; }
    public string OwnerUserId { get; init; } = "";
    public string? OwnerName { get; init; }
    public string? TenantUserId { get; init; }
    public string? TenantName { get; init; }
    public RequestorType RequestorType { get; init; }
    public string RequestedByName { get; init; } = "";
    public Guid? ExpenseTypeId { get; init; }
    public string? ExpenseTypeName { get; init; }
    public string? CategoryName { get; init; }
    public MaintenancePriority Priority { get; init; }
    public MaintenanceStatus Status { get; init; }
    public string StatusLabel { get; init; } = "";
    public bool PermissionToEnter { get; init; }
    public string? Availability { get; init; }
    public string? AccessNotes { get; init; }
    public string Currency { get; init; } = "";
    public int CurrencyMinorUnits { get; init; }
    public DateTime RequestedAt { get; init; }
    public DateTime AssignDueAt { get; init; }
    public DateTime OnSiteDueAt { get; init; }
    public bool AssignOverdue { get; init; }
    public bool OnSiteOverdue { get; init; }
    public DateTime? AssignedAt { get; init; }
    public DateTime? AcknowledgedAt { get; init; }
    public DateTime? EstimatedAt { get; init; }
    public DateTime? ApprovedAt { get; init; }
    public DateTime? ScheduledFor { get; init; }
    public DateTime? StartedAt { get; init; }
    public DateTime? CompletedAt { get; init; }
    public DateTime? VerifiedAt { get; init; }
    public DateTime? VerificationDueAt { get; init; }
    public DateTime? ClosedAt { get; init; }
    public string? AssigneeUserId { get; init; }
    public string? AssigneeName { get; init; }
    public Guid? VendorId { get; init; }
    public string? VendorName { get; init; }
    public decimal? EstimatedCost { get; init; }
    public string? EstimatedDuration { get; init; }
    public string? EstimateNotes { get; init; }
    public string? EstimatedByName { get; init; }
    public bool EstimateNeedsOwner { get; init; }
    public string? EstimateRejectionReason { get; init; }
    public IReadOnlyList<CostLineView> EstimateLines { get; init; } = [];
    public decimal? ApprovedBudget { get; init; }
    public string? ApprovedByName { get; init; }
    public string? ApprovalNotes { get; init; }
    public Guid? SelectedQuoteId { get; init; }
    public string? RejectionReason { get; init; }
    public string? HoldReason { get; init; }
    public string? CancellationReason { get; init; }
    public string? ReopenReason { get; init; }
    public decimal? ActualCost { get; init; }
    public decimal? CostVariance { get; init; }
    public bool IsSaving { get; init; }
    public string? VarianceReason { get; init; }
    public string? CompletionNotes { get; init; }
    public string? ReceiptNumber { get; init; }
    public IReadOnlyList<FinalLineView> FinalLines { get; init; } = [];
    public IReadOnlyList<QuoteView> Quotes { get; init; } = [];
    public IReadOnlyList<MessageView> Messages { get; init; } = [];
    public RatingView? Rating { get; init; }
    public PaymentView? Payment { get; init; }

    /// <summary>The thresholds that apply to this property (firm staff and vendors; not shown to tenants).</summary>
    public ApprovalPolicy? Policy { get; init; }

    /// <summary>Whether the caller may write internal notes and read them (firm staff, not tenants or vendors).</summary>
    public bool SeesInternalNotes { get; init; }
    public IReadOnlyList<string> AllowedActions { get; init; } = [];
}

public sealed record PropertyView(Guid Id, string Name, string Address, string? Area, string OwnerUserId, string? OwnerName, int Units,
    decimal? MonthlyBudget = null);

public sealed record UnitView(Guid Id, Guid PropertyId, string PropertyName, string Number, int? Floor, string? TenantUserId, string? TenantName);

public sealed record VendorView(Guid Id, string Name, VendorType VendorType, string? ContactPerson, string? PhonePrimary, string? PhoneSecondary, string? Mobile,
    string? Email, string? Address, string? NationalId, string? CommercialRegistration, string? TaxNumber, string? Specialization, PaymentTerms PaymentTerms,
    VendorPaymentMethod PreferredPaymentMethod, bool EmergencyAvailable, string? ServiceAreas, bool IsActive, string? Notes, string? UserId, decimal Rating,
    int RatingCount, int TotalJobsCompleted, VendorTrackRecord? TrackRecord = null);

/// <summary>A vendor ranked for a request: specialization match, service area, emergency availability and rating.</summary>
public sealed record VendorSuggestion(VendorView Vendor, int Score, IReadOnlyList<string> Reasons);

public sealed record ExpenseCategoryView(Guid Id, string Name, string? Code, string? Description, bool IsTaxDeductible, bool IsActive, int DisplayOrder);

public sealed record ExpenseTypeView(Guid Id, Guid CategoryId, string CategoryName, string Name, string? Code, string? Description, decimal? CostMin,
    decimal? CostMax, ExpenseFrequency Frequency, bool IsEmergency, bool IsActive, int DisplayOrder);

/// <summary>Someone work can be assigned to: a member of maintenance staff.</summary>
public sealed record StaffMember(string UserId, string Name, int OpenWorkOrders);

/// <summary>The firm's maintenance policy, and the overrides of each landlord.</summary>
public sealed record MaintenanceSettingsView(decimal AutoApprovalThreshold, decimal QuoteThreshold, decimal OwnerApprovalLimit, decimal EmergencyAutoApprovalLimit,
    int VerificationWindowDays, IReadOnlyDictionary<MaintenancePriority, SlaView> Sla, IReadOnlyList<LandlordOverrideView> LandlordOverrides, string Currency,
    decimal? MonthlyBudget = null, decimal BudgetAlertShare = 0.8m);

public sealed record SlaView(int AssignHours, int OnSiteHours);

public sealed record LandlordOverrideView(string LandlordUserId, string LandlordName, decimal? AutoApprovalThreshold, decimal? QuoteThreshold, decimal? OwnerApprovalLimit,
    decimal? MonthlyBudget, decimal? BudgetAlertShare, bool BudgetAlerts);

/// <summary>What the tenant's form needs: their unit(s), the expense types to choose from.</summary>
public sealed record TenantHome(IReadOnlyList<UnitView> Units, IReadOnlyList<ExpenseTypeView> ExpenseTypes);

/// <summary>How many requests are in each status, for the caller, and how many are past their SLA: counted up to
/// <see cref="OverdueLimit"/> each ("100+" when <see cref="OverdueIsAtLeast"/>), as a badge shows them.</summary>
public sealed record RequestBoard(IReadOnlyDictionary<MaintenanceStatus, int> Counts, int AssignOverdue, int OnSiteOverdue, bool OverdueIsAtLeast = false)
{
    public const int OverdueLimit = 100;

    /// <summary>Both SLA counts together, as a badge shows them ("12", "100+").</summary>
    public string PastSla => $"{AssignOverdue + OnSiteOverdue}{(OverdueIsAtLeast ? "+" : "")}";
}

public sealed record RequestFilter(MaintenanceStatus? Status = null, bool OpenOnly = false, Guid? PropertyId = null, MaintenancePriority? Priority = null,
    IReadOnlyList<MaintenanceStatus>? Statuses = null);

/// <summary>What a landlord spent on a property this year, and what is still open there.</summary>
public sealed record PropertyCosts(Guid PropertyId, string PropertyName, int OpenRequests, decimal PaidThisYear, int PaidRequests, string Currency, int CurrencyMinorUnits);

/// <summary>
/// What completed work of the same kind actually cost (seed 003's cost prediction, done from history): the median and
/// the middle half (25th–75th percentile) of the actual costs, how many it is based on, and the expense type's usual
/// range. With fewer than <see cref="CostHistory.MinimumSample"/> comparable requests it says so and gives no figure.
/// </summary>
public sealed record CostHistory(string? ExpenseTypeName, int Count, decimal? Median, decimal? Lower, decimal? Upper, decimal? TypeMin, decimal? TypeMax,
    string Basis, string Currency, int CurrencyMinorUnits)
{
    public const int MinimumSample = 5;

    public bool IsEnough => Count >= MinimumSample;

    /// <summary>A warning when <paramref name="estimate"/> lies outside the middle half of past costs or the type's usual range; null otherwise.</summary>
    public string? Check(decimal estimate)
    {
        var currency = new Platform.Currency(Currency, CurrencyMinorUnits);
        if (IsEnough && (estimate < Lower || estimate > Upper))
        {
            return $"{currency.Format(estimate)} is outside what most {ExpenseTypeName?.ToLowerInvariant() ?? "similar"} jobs cost ({currency.Format(Lower!.Value)} – {currency.Format(Upper!.Value)}).";
        }
        if (TypeMin is { } min && TypeMax is { } max && (estimate < min || estimate > max))
        {
            return $"{currency.Format(estimate)} is outside the usual range of {ExpenseTypeName?.ToLowerInvariant()} ({currency.Format(min)} – {currency.Format(max)}).";
        }
        return null;
    }

    /// <summary>The <paramref name="share"/> percentile of sorted <paramref name="values"/>, interpolated between neighbours.</summary>
    public static decimal Percentile(IReadOnlyList<decimal> values, decimal share)
    {
        var position = (values.Count - 1) * share;
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, values.Count - 1);
        return values[below] + (values[above] - values[below]) * (position - below);
    }
}

/// <summary>
/// A vendor's record, from history only (never typed): the tenants' ratings per dimension and would-recommend share,
/// jobs completed, what their work cost, how long it took from assignment to completion, how often they were on site
/// within the SLA, how far the final cost was from the approved budget, and their quotes submitted and won.
/// </summary>
public sealed record VendorScorecard(Guid VendorId, string VendorName, int Ratings, decimal? Overall, decimal? ResponseTime, decimal? Quality,
    decimal? Professionalism, decimal? Communication, decimal? WouldRecommendShare, int JobsCompleted, decimal? AverageCost, decimal TotalCost,
    decimal? AverageDaysToComplete, decimal? OnTimeShare, decimal? AverageVarianceShare, int QuotesSubmitted, int QuotesWon, string Currency, int CurrencyMinorUnits);

/// <summary>
/// Seed 003's budget card for a landlord and month (the firm's calendar): the budget, what was paid in the month, what is
/// committed (approved in the month, not yet paid), the approvals waiting and their estimated total, what remains, the
/// share used and the spending by category.
/// </summary>
public sealed record BudgetCard(string Month, string LandlordUserId, string? LandlordName, decimal? Budget, decimal Spent, decimal Committed,
    int PendingApprovals, decimal PendingAmount, decimal? Remaining, decimal? PercentUsed, IReadOnlyList<CategorySpend> ByCategory, decimal AlertShare,
    string Currency, int CurrencyMinorUnits, Guid? PropertyId = null, string? PropertyName = null)
{
    /// <summary>Whether approving everything waiting would take the month past its budget (the seed's warning).</summary>
    public bool PendingWouldExceed => Budget is { } budget && Spent + Committed + PendingAmount > budget;

    /// <summary>What the month looks like after approving <paramref name="amount"/> more.</summary>
    public BudgetOutlook After(decimal amount) => new(Budget, Spent + Committed, amount, Budget is { } b ? b - (Spent + Committed + amount) : null,
        Budget is { } budget && Spent + Committed + amount > budget, PropertyName);
}

public sealed record CategorySpend(string Category, decimal Amount, decimal Share);

/// <summary>The month after an approval: spent and committed so far, this approval, what would remain, and whether it passes the budget.</summary>
public sealed record BudgetOutlook(decimal? Budget, decimal SpentAndCommitted, decimal ThisApproval, decimal? RemainingAfter, bool WouldExceed,
    string? PropertyName = null)
{
    /// <summary>"the monthly budget" or "Riverside Court's monthly budget".</summary>
    public string BudgetName => PropertyName is null ? "the monthly budget" : $"{PropertyName}'s monthly budget";
}
