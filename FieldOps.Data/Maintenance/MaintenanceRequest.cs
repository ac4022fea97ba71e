using FieldOps.Data.Platform;

namespace FieldOps.Data.Maintenance;

/// <summary>
/// A maintenance request (seed 002's maintenance order, seed 003's maintenance request): who asked, for which unit
/// or property, the estimate or the approved quote, the work, the final cost, the tenant's verification and the
/// payment. Every change runs an action of <see cref="MaintenanceRequestWorkflow"/>.
/// </summary>
public sealed class MaintenanceRequest : StatefulEntity<MaintenanceStatus>, IMaintenanceParties
{
    /// <summary>Actual cost may exceed the approved budget by this share without a reason; more needs one.</summary>
    public const decimal VarianceAllowance = 0.10m;

    private static MaintenanceRequestWorkflow Actions => MaintenanceRequestWorkflow.Definition;

    private readonly List<CostLine> _lines = [];

    private MaintenanceRequest()
    {
    }

    public MaintenanceRequest(NewRequest request, Currency currency, string timeZoneId)
        : base(MaintenanceStatus.Pending, $"Requested by {request.RequestedByName}")
    {
        Number = request.Number;
        PropertyId = request.PropertyId;
        UnitId = request.UnitId;
        OwnerUserId = request.OwnerUserId;
        TenantUserId = request.TenantUserId;
        RequestorType = request.RequestorType;
        RequestedById = request.RequestedById;
        RequestedByName = request.RequestedByName;
        ExpenseTypeId = request.ExpenseTypeId;
        Title = request.Title.Trim();
        Description = request.Description.Trim();
        Priority = request.Priority;
        PriorityRank = MaintenancePriorities.Rank(request.Priority);
        PermissionToEnter = request.PermissionToEnter;
        Availability = Clean(request.Availability);
        AccessNotes = Clean(request.AccessNotes);
        RequestedAt = request.At;
        RequestedOn = DateOnly.FromDateTime(OrganizationTime.ToLocal(request.At, timeZoneId));
        AssignDueAt = request.At.AddHours(request.Sla.Assign);
        OnSiteDueAt = request.At.AddHours(request.Sla.OnSite);
        CurrencyCode = currency.Code;
        CurrencyMinorUnits = currency.MinorUnits;
    }

    protected override StateMachine<MaintenanceStatus> Transitions => Actions.Transitions;

    public string Number { get; private set; } = "";
    public Guid PropertyId { get; private set; }
    public Guid? UnitId { get; private set; }

    /// <summary>The property's owner when the request was made (kept with it so "my properties' requests" is one index read).</summary>
    public string OwnerUserId { get; private set; } = "";
    public string? TenantUserId { get; private set; }
    public RequestorType RequestorType { get; private set; }
    public string RequestedById { get; private set; } = "";
    public string RequestedByName { get; private set; } = "";
    public Guid? ExpenseTypeId { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public MaintenancePriority Priority { get; private set; }

    /// <summary>0 for emergencies up to 3 for low: the queues sort on it so emergencies jump them.</summary>
    public int PriorityRank { get; private set; }
    public bool PermissionToEnter { get; private set; }
    public string? Availability { get; private set; }
    public string? AccessNotes { get; private set; }
    public string CurrencyCode { get; private set; } = "";
    public int CurrencyMinorUnits { get; private set; }

    /// <summary>Whether photos and receipts can still be added: not once the request is closed, rejected or cancelled.</summary>
    public static bool AcceptsFiles(MaintenanceStatus status) =>
        status is not (MaintenanceStatus.Closed or MaintenanceStatus.Rejected or MaintenanceStatus.Cancelled);

    /// <summary>Whether something is still to be done: stored (from the status) so "open requests" is an index range.</summary>
    public bool IsOpen
    {
        get => Services.MaintenanceQueries.Open.Contains(Status);
        private set => _ = value;
    }

    public DateTime RequestedAt { get; private set; }

    /// <summary>The day of <see cref="RequestedAt"/> in the firm's calendar: the month a request counts in for the
    /// reports (<see cref="MaintenanceRequestMonth"/>). Empty only on requests made before it was kept, until start-up
    /// gives them theirs (<see cref="CalendarDays"/>).</summary>
    public DateOnly? RequestedOn { get; private set; }
    public DateTime AssignDueAt { get; private set; }
    public DateTime OnSiteDueAt { get; private set; }
    public DateTime? AssignedAt { get; private set; }
    public DateTime? AcknowledgedAt { get; private set; }
    public DateTime? EstimatedAt { get; private set; }
    public DateTime? ApprovedAt { get; private set; }
    public DateTime? ScheduledFor { get; private set; }
    public DateTime? StartedAt { get; private set; }
    public DateTime? CompletedAt { get; private set; }

    /// <summary>The day of <see cref="CompletedAt"/> in the firm's calendar: the month a completion counts in for the
    /// reports (<see cref="MaintenanceCompletionMonth"/>), whatever the firm's offset from UTC.</summary>
    public DateOnly? CompletedOn { get; private set; }
    public DateTime? VerifiedAt { get; private set; }
    public DateTime? VerificationDueAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    public string? AssigneeUserId { get; private set; }
    public string? AssigneeName { get; private set; }
    public Guid? VendorId { get; private set; }
    public string? VendorUserId { get; private set; }
    public string? VendorName { get; private set; }

    public decimal? EstimatedCost { get; private set; }
    public string? EstimatedDuration { get; private set; }
    public string? EstimateNotes { get; private set; }
    public string? EstimatedByName { get; private set; }

    /// <summary>Whether the current estimate is above the manager's limit, so only the owner may approve it.</summary>
    public bool EstimateNeedsOwner { get; private set; }
    public string? EstimateRejectionReason { get; private set; }

    public decimal? ApprovedBudget { get; private set; }
    public string? ApprovedById { get; private set; }
    public string? ApprovedByName { get; private set; }
    public string? ApprovalNotes { get; private set; }
    public Guid? SelectedQuoteId { get; private set; }

    public string? RejectionReason { get; private set; }
    public string? HoldReason { get; private set; }
    public string? CancellationReason { get; private set; }
    public string? ReopenReason { get; private set; }

    public decimal? ActualCost { get; private set; }

    /// <summary>Actual cost minus approved budget.</summary>
    public decimal? CostVariance { get; private set; }
    public string? VarianceReason { get; private set; }
    public string? CompletionNotes { get; private set; }
    public string? ReceiptNumber { get; private set; }

    public IReadOnlyList<CostLine> Lines => _lines;

    public Currency Currency => new(CurrencyCode, CurrencyMinorUnits);

    public bool IsAssignedTo(string? userId) => userId is not null && (AssigneeUserId == userId || VendorUserId == userId);

    /// <summary>Completed work may be closed by payment without the tenant when there is none, or their window passed.</summary>
    public bool MayCloseWithoutTenant(DateTime now) =>
        Status == MaintenanceStatus.Completed && (TenantUserId is null || (VerificationDueAt is { } due && now >= due));

    public void Assign(string? assigneeUserId, string? assigneeName, Guid? vendorId, string? vendorUserId, string? vendorName, DateTime at)
    {
        if (assigneeUserId is null && vendorId is null)
        {
            throw new InputValidationException("assigneeUserId", "Choose a member of staff or a vendor to do the work.");
        }
        var who = string.Join(" with ", new[] { assigneeName, vendorName }.Where(n => n is not null));
        if (Status == MaintenanceStatus.Assigned)
        {
            Run(Actions.Reassign, $"Reassigned to {who}");
        }
        else
        {
            Run(Actions.Assign, $"Assigned to {who}");
        }
        AssigneeUserId = assigneeUserId;
        AssigneeName = assigneeName;
        VendorId = vendorId;
        VendorUserId = vendorUserId;
        VendorName = vendorName;
        AssignedAt ??= at;
        AcknowledgedAt = null;
    }

    public void Acknowledge(DateTime at)
    {
        Run(Actions.Acknowledge);
        AcknowledgedAt = at;
    }

    public void RequestInfo(string question) => Run(Actions.RequestInfo, $"More information requested: {Required(question, "reason", "Ask the tenant what you need to know.")}");

    public void Reject(string reason)
    {
        RejectionReason = Required(reason, "reason", "Say why the request is rejected; the tenant is told.");
        Run(Actions.Reject, RejectionReason);
    }

    /// <summary>Records an estimate and takes the step its total leads to (see <see cref="ApprovalPolicy.Route"/>).</summary>
    public EstimateRoute AddEstimate(IReadOnlyList<CostLineDraft> lines, string? duration, string? notes, ApprovalPolicy policy, string byName, DateTime at)
    {
        if (!Actions.Estimate.StartsFrom(Status))
        {
            throw new InvalidTransitionException(HistoryEntityType, Status.ToString(), MaintenanceStatus.Estimated.ToString());
        }
        if (lines.Count == 0)
        {
            throw new InputValidationException("lines", "Break the estimate down into at least one line: item, quantity and unit cost.");
        }
        _lines.RemoveAll(l => l.Kind == CostLineKind.Estimate);
        var position = 1;
        foreach (var draft in lines)
        {
            _lines.Add(CostLine.Estimate(Id, position++, draft, Currency));
        }
        var total = _lines.Where(l => l.Kind == CostLineKind.Estimate).Sum(l => l.Total);
        if (total > InputLimits.MaxDocumentTotal)
        {
            throw new InputValidationException("lines", $"An estimate cannot total more than {InputLimits.MaxDocumentTotal:N0}.");
        }
        EstimatedCost = total;
        EstimatedDuration = Clean(duration);
        EstimateNotes = Clean(notes);
        EstimatedByName = byName;
        EstimatedAt = at;
        EstimateRejectionReason = null;
        EstimateNeedsOwner = policy.NeedsOwner(total);
        var route = policy.Route(total, Priority);
        switch (route)
        {
            case EstimateRoute.AutoApproved:
                Run(Actions.EstimateAutoApproved, Priority == MaintenancePriority.Emergency && total > policy.AutoApprovalThreshold
                    ? $"Emergency fast-track: estimate {Currency.Format(total)} is within the emergency limit of {Currency.Format(policy.EmergencyAutoApprovalLimit)}"
                    : $"Approved automatically: estimate {Currency.Format(total)} is within the auto-approval threshold of {Currency.Format(policy.AutoApprovalThreshold)}");
                SetApproval(total, null, "Automatic approval", null, at);
                break;
            case EstimateRoute.ToApproval:
                Run(Actions.Estimate, $"Estimate {Currency.Format(total)}: awaiting approval");
                break;
            default:
                Run(Actions.EstimateNeedsQuotes, $"Estimate {Currency.Format(total)} is above the quote threshold of {Currency.Format(policy.QuoteThreshold)}: formal quotes are required");
                break;
        }
        return route;
    }

    public void ApproveEstimate(string byId, string byName, string? notes, DateTime at)
    {
        Run(Actions.ApproveEstimate, $"Estimate approved by {byName}: budget {Currency.Format(EstimatedCost ?? 0)}");
        SetApproval(EstimatedCost ?? 0, byId, byName, notes, at);
    }

    public void RejectEstimate(string reason)
    {
        EstimateRejectionReason = Required(reason, "reason", "Say why the estimate is rejected, so a better one can be made.");
        Run(Actions.RejectEstimate, $"Estimate rejected: {EstimateRejectionReason}");
    }

    /// <summary>A quote was added (the first moves the request to the comparison).</summary>
    public void QuoteAdded(Quote quote) => Run(Actions.AddQuote, $"Quote {quote.Number} from {quote.VendorName}: {Currency.Format(quote.Amount)}");

    public void QuoteApproved(Quote quote, string byId, string byName, string? notes, DateTime at)
    {
        Run(Actions.QuoteApproved, $"Quote {quote.Number} from {quote.VendorName} approved by {byName}: budget {Currency.Format(quote.Amount)}");
        SetApproval(quote.Amount, byId, byName, notes, at);
        SelectedQuoteId = quote.Id;
        if (quote.VendorId is not null && VendorId is null)
        {
            VendorId = quote.VendorId;
            VendorName = quote.VendorName;
        }
    }

    public void QuotesExhausted() => Run(Actions.QuotesExhausted);

    /// <summary>The portal user of the vendor whose quote was approved, so they see the work order.</summary>
    internal void LinkVendorUser(string? vendorUserId) => VendorUserId ??= vendorUserId;

    /// <summary>Schedules (or reschedules) the visit.</summary>
    public void Schedule(DateTime scheduledFor, string when)
    {
        Run(Actions.Schedule, Status == MaintenanceStatus.Scheduled ? $"Rescheduled for {when}" : $"Scheduled for {when}");
        ScheduledFor = scheduledFor;
    }

    /// <summary>Starts work. Starting ahead of the scheduled time moves the schedule to now, so started ≥ scheduled holds.</summary>
    public void Start(DateTime at)
    {
        var early = ScheduledFor > at;
        Run(Actions.Start, early ? "Work started ahead of schedule" : null);
        if (early)
        {
            ScheduledFor = at;
        }
        StartedAt ??= at;
        ReopenReason = Status == MaintenanceStatus.InProgress ? ReopenReason : null;
    }

    public void Progress(string note) => Run(Actions.Progress, $"Progress: {Required(note, "note", "Say what was done.")}");

    public void Hold(string reason)
    {
        HoldReason = Required(reason, "reason", "Say why the work is paused.");
        Run(Actions.Hold, HoldReason);
    }

    public void Resume()
    {
        Run(Actions.Resume);
        HoldReason = null;
    }

    public void Cancel(string reason)
    {
        CancellationReason = Required(reason, "reason", "Say why the work is cancelled.");
        Run(Actions.Cancel, CancellationReason);
    }

    /// <summary>
    /// Records the finished work. Above the approved budget by more than <see cref="VarianceAllowance"/> a variance
    /// reason is required; exactly +10% needs none. Returns whether the cost overran the budget.
    /// </summary>
    public bool Complete(decimal actualCost, IReadOnlyList<FinalLineDraft> lines, string? varianceReason, string completionNotes, string? receiptNumber,
        DateTime at, string timeZoneId, int verificationWindowDays)
    {
        if (!Actions.Complete.StartsFrom(Status))
        {
            throw new InvalidTransitionException(HistoryEntityType, Status.ToString(), MaintenanceStatus.Completed.ToString());
        }
        var actual = Currency.Round(actualCost);
        var budget = ApprovedBudget ?? EstimatedCost ?? 0m;
        var needsReason = actual > budget * (1 + VarianceAllowance);
        if (needsReason && string.IsNullOrWhiteSpace(varianceReason))
        {
            throw new InputValidationException("varianceReason",
                $"The actual cost {Currency.Format(actual)} is more than 10% above the approved budget of {Currency.Format(budget)}: say why.");
        }
        _lines.RemoveAll(l => l.Kind == CostLineKind.Final);
        var position = 1;
        foreach (var line in lines)
        {
            _lines.Add(CostLine.Final(Id, position++, line, Currency));
        }
        ActualCost = actual;
        CostVariance = actual - budget;
        VarianceReason = Clean(varianceReason);
        CompletionNotes = Required(completionNotes, "completionNotes", "Describe the work done.");
        ReceiptNumber = Clean(receiptNumber);
        CompletedAt = at;
        CompletedOn = DateOnly.FromDateTime(OrganizationTime.ToLocal(at, timeZoneId));
        VerificationDueAt = at.AddDays(verificationWindowDays);
        var saving = actual < budget * (1 - VarianceAllowance);
        Run(Actions.Complete, $"Completed at {Currency.Format(actual)} against a budget of {Currency.Format(budget)}"
            + (needsReason ? $": over budget by {Currency.Format(actual - budget)} — {VarianceReason}"
                : saving ? $": saving of {Currency.Format(budget - actual)}{(VarianceReason is null ? "" : $" — {VarianceReason}")}" : ""));
        return actual > budget;
    }

    /// <summary>Whether the actual cost came in more than 10% under the approved budget (a saving worth recording).</summary>
    public bool IsSaving => ActualCost is { } actual && ApprovedBudget is { } budget && actual < budget * (1 - VarianceAllowance);

    public void Verify(DateTime at)
    {
        Run(Actions.Verify, "Verified by the tenant");
        VerifiedAt = at;
    }

    public void Reopen(string reason)
    {
        ReopenReason = Required(reason, "reason", "Say what is still wrong.");
        Run(Actions.Reopen, $"Not fixed: {ReopenReason}");
        CompletedAt = null;
        CompletedOn = null;
        VerificationDueAt = null;
    }

    /// <summary>Closes the request by payment. From Completed the history says why the tenant's verification was not waited for.</summary>
    public void Pay(Payment payment, DateTime at)
    {
        if (Status == MaintenanceStatus.Completed && !MayCloseWithoutTenant(at))
        {
            throw new BusinessRuleException($"Request {Number} waits for the tenant to verify the work until {VerificationDueAt:d MMM yyyy}; it can be paid after that, or once verified.");
        }
        var why = Status == MaintenanceStatus.Completed
            ? TenantUserId is null ? " (no tenant to verify)" : " (the tenant did not verify within the firm's window)"
            : "";
        Run(Actions.Pay, $"Paid {payment.Describe()}{why}");
        ClosedAt = at;
    }

    private void SetApproval(decimal budget, string? byId, string byName, string? notes, DateTime at)
    {
        ApprovedBudget = budget;
        ApprovedById = byId;
        ApprovedByName = byName;
        ApprovalNotes = Clean(notes);
        ApprovedAt = at;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Required(string? text, string field, string message) =>
        string.IsNullOrWhiteSpace(text) ? throw new InputValidationException(field, message) : text.Trim();
}

/// <summary>What a new request is made of, resolved by the service (number, property owner, SLA).</summary>
public sealed record NewRequest(string Number, Guid PropertyId, Guid? UnitId, string OwnerUserId, string? TenantUserId, RequestorType RequestorType,
    string RequestedById, string RequestedByName, Guid? ExpenseTypeId, string Title, string Description, MaintenancePriority Priority,
    bool PermissionToEnter, string? Availability, string? AccessNotes, DateTime At, (int Assign, int OnSite) Sla);

public enum CostLineKind
{
    Estimate,
    Final,
}

public sealed record CostLineDraft(string Item, decimal Quantity, decimal UnitCost);

public sealed record FinalLineDraft(string Item, decimal Planned, decimal Actual);

/// <summary>A line of an estimate (item, quantity × unit cost = total, rounded) or of the final breakdown (planned vs actual).</summary>
public sealed class CostLine : Entity, IOrganizationOwned
{
    private CostLine()
    {
    }

    public Guid OrganizationId { get; private set; }
    public Guid RequestId { get; private set; }
    public CostLineKind Kind { get; private set; }
    public int Position { get; private set; }
    public string Item { get; private set; } = "";
    public decimal Quantity { get; private set; }
    public decimal UnitCost { get; private set; }
    public decimal Total { get; private set; }
    public decimal? Planned { get; private set; }
    public decimal? Actual { get; private set; }

    internal static CostLine Estimate(Guid requestId, int position, CostLineDraft draft, Currency currency)
    {
        if (string.IsNullOrWhiteSpace(draft.Item))
        {
            throw new InputValidationException("lines", "Name the item on every line.");
        }
        if (draft.Quantity <= 0 || draft.UnitCost < 0)
        {
            throw new InputValidationException("lines", $"\"{draft.Item}\": the quantity must be more than zero and the unit cost not negative.");
        }
        return new CostLine
        {
            RequestId = requestId, Kind = CostLineKind.Estimate, Position = position, Item = draft.Item.Trim(), Quantity = draft.Quantity,
            UnitCost = draft.UnitCost, Total = currency.Round(draft.Quantity * draft.UnitCost),
        };
    }

    internal static CostLine Final(Guid requestId, int position, FinalLineDraft draft, Currency currency)
    {
        if (string.IsNullOrWhiteSpace(draft.Item))
        {
            throw new InputValidationException("lines", "Name the item on every line.");
        }
        return new CostLine
        {
            RequestId = requestId, Kind = CostLineKind.Final, Position = position, Item = draft.Item.Trim(), Quantity = 1,
            Planned = currency.Round(draft.Planned), Actual = currency.Round(draft.Actual), UnitCost = currency.Round(draft.Actual),
            Total = currency.Round(draft.Actual),
        };
    }
}

/// <summary>A line of a request's conversation: a message, a progress update, a question to the tenant, or an
/// internal note the tenant and the vendor never see.</summary>
public sealed class RequestMessage : Entity, IOrganizationOwned, IAppendOnly
{
    private RequestMessage()
    {
    }

    public RequestMessage(Guid requestId, MessageKind kind, string authorUserId, string authorName, string text, DateTime at)
    {
        RequestId = requestId;
        Kind = kind;
        AuthorUserId = authorUserId;
        AuthorName = authorName;
        Text = text.Trim();
        At = at;
    }

    public Guid OrganizationId { get; private set; }
    public Guid RequestId { get; private set; }
    public MessageKind Kind { get; private set; }
    public string AuthorUserId { get; private set; } = "";
    public string AuthorName { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTime At { get; private set; }

    public bool IsInternal => Kind == MessageKind.Internal;
}

/// <summary>The tenant's verification of completed work: seed 002's five rating dimensions, would-recommend and comments.</summary>
public sealed class MaintenanceRating : Entity, IOrganizationOwned, IAppendOnly
{
    private MaintenanceRating()
    {
    }

    public MaintenanceRating(Guid requestId, string tenantUserId, Guid? vendorId, RatingScores scores, DateTime at)
    {
        RequestId = requestId;
        TenantUserId = tenantUserId;
        VendorId = vendorId;
        Overall = scores.Overall;
        ResponseTime = scores.ResponseTime;
        Quality = scores.Quality;
        Professionalism = scores.Professionalism;
        Communication = scores.Communication;
        WouldRecommend = scores.WouldRecommend;
        Feedback = string.IsNullOrWhiteSpace(scores.Feedback) ? null : scores.Feedback.Trim();
        RatedAt = at;
    }

    public Guid OrganizationId { get; private set; }
    public Guid RequestId { get; private set; }
    public string TenantUserId { get; private set; } = "";
    public Guid? VendorId { get; private set; }
    public int Overall { get; private set; }
    public int? ResponseTime { get; private set; }
    public int? Quality { get; private set; }
    public int? Professionalism { get; private set; }
    public int? Communication { get; private set; }
    public bool? WouldRecommend { get; private set; }
    public string? Feedback { get; private set; }
    public DateTime RatedAt { get; private set; }
}

public sealed record RatingScores(int Overall, int? ResponseTime, int? Quality, int? Professionalism, int? Communication, bool? WouldRecommend, string? Feedback);

/// <summary>The payment that closed a request: seed 003's <c>maintenance_expense</c> payment record. Written once.</summary>
public sealed class MaintenancePayment : Entity, IOrganizationOwned, IAppendOnly
{
    private MaintenancePayment()
    {
    }

    public MaintenancePayment(MaintenanceRequest request, string propertyName, string? unitNumber, string? categoryName, string paidTo, Payment payment,
        string recordedByName, DateTime at)
    {
        RequestId = request.Id;
        Amount = request.ActualCost ?? request.ApprovedBudget ?? 0m;
        CurrencyCode = request.CurrencyCode;
        PropertyId = request.PropertyId;
        UnitId = request.UnitId;
        PropertyName = propertyName;
        UnitNumber = unitNumber;
        CategoryName = categoryName;
        PaidTo = paidTo;
        PaidOn = payment.PaidOn;
        Method = payment.Method;
        Reference = payment.Reference;
        LandlordUserId = request.OwnerUserId;
        RecordedByName = recordedByName;
        RecordedAt = at;
    }

    public Guid OrganizationId { get; private set; }
    public Guid RequestId { get; private set; }
    public decimal Amount { get; private set; }
    public string CurrencyCode { get; private set; } = "";
    public Guid PropertyId { get; private set; }
    public Guid? UnitId { get; private set; }
    public string PropertyName { get; private set; } = "";
    public string? UnitNumber { get; private set; }
    public string? CategoryName { get; private set; }
    public string PaidTo { get; private set; } = "";
    public DateOnly PaidOn { get; private set; }
    public PaymentMethod Method { get; private set; }
    public string? Reference { get; private set; }
    public string LandlordUserId { get; private set; } = "";
    public string RecordedByName { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }
}
