using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Workflows;
using static FieldOps.Data.Maintenance.MaintenanceStatus;

namespace FieldOps.Data.Maintenance;

/// <summary>
/// The maintenance request's workflow, each action declared once: the tenant's request is assigned (or rejected),
/// estimated, approved directly or after competing quotes, scheduled, worked, completed, verified by the tenant and
/// closed by payment. Where an estimate leads depends on its amount: the entity takes the matching step.
/// </summary>
public sealed class MaintenanceRequestWorkflow : WorkflowDefinition<MaintenanceRequest, MaintenanceStatus>
{
    private static bool IsManager(ICurrentUser user) => MaintenanceRoles.Managers.Any(user.IsInRole);

    /// <summary>A property manager or admin, or the landlord who owns the property.</summary>
    public static readonly ResourceRule<MaintenanceRequest> ManagerOrOwner = new("a property manager or the property's owner",
        (request, user) => IsManager(user) || (user.IsInRole(MaintenanceRoles.Landlord) && request.OwnerUserId == user.UserId));

    /// <summary>The owner always; a property manager only within the manager's approval limit.</summary>
    public static readonly ResourceRule<MaintenanceRequest> Approver = new("the property's owner, or a property manager within their approval limit",
        (request, user) => (user.IsInRole(MaintenanceRoles.Landlord) && request.OwnerUserId == user.UserId)
            || (IsManager(user) && !request.EstimateNeedsOwner));

    /// <summary>The staff member or the vendor's portal user the work is assigned to.</summary>
    public static readonly ResourceRule<MaintenanceRequest> Assignee = new("the person the work order is assigned to",
        (request, user) => request.IsAssignedTo(user.UserId));

    public static readonly ResourceRule<MaintenanceRequest> AssigneeOrManager = new("the person the work order is assigned to or a property manager",
        (request, user) => IsManager(user) || request.IsAssignedTo(user.UserId));

    /// <summary>The tenant of the unit the request was made for.</summary>
    public static readonly ResourceRule<MaintenanceRequest> Tenant = new("the tenant who made the request",
        (request, user) => request.TenantUserId is not null && request.TenantUserId == user.UserId);

    private static readonly string[] Deciders = [MaintenanceRoles.PropertyManager, Roles.Admin, MaintenanceRoles.Landlord];
    private static readonly string[] Workers = [MaintenanceRoles.MaintenanceStaff, MaintenanceRoles.Vendor];
    private static readonly string[] WorkersAndManagers = [MaintenanceRoles.MaintenanceStaff, MaintenanceRoles.Vendor, MaintenanceRoles.PropertyManager, Roles.Admin];

    // Declared after the rules and role lists the constructor reads: static fields initialize in order.
    public static readonly MaintenanceRequestWorkflow Definition = new();

    private MaintenanceRequestWorkflow() : base(nameof(MaintenanceRequest))
    {
        Label(QuoteRequired, "Quotes required");
        Label(QuotesSubmitted, "Quotes to compare");
        Label(OnHold, "On hold");
        Assign = Action("assign", "Assign", "assign requests")
            .Moves(Assigned, Pending).By(Deciders).Only(ManagerOrOwner).Tone(ActionTone.Primary)
            .Notifies(MaintenanceRecipients.Assignee);
        Reassign = Action("reassign", "Reassign", "reassign work orders")
            .Stays(Assigned).By(Deciders).Only(ManagerOrOwner).Notifies(MaintenanceRecipients.Assignee);
        RequestInfo = Action("request_info", "Ask the tenant", "ask tenants for more information")
            .Stays(Pending, Assigned).By(Deciders).Only(ManagerOrOwner).WithReason().Notifies(MaintenanceRecipients.Tenant);
        Reject = Action("reject", "Reject request", "reject requests")
            .Moves(Rejected, Pending).By(Deciders).Only(ManagerOrOwner).Tone(ActionTone.Danger).WithReason().Notifies(MaintenanceRecipients.Tenant);
        Acknowledge = Action("acknowledge", "Acknowledge", "acknowledge work orders")
            .Stays(Assigned).By(Workers).Only(Assignee).OfferedWhen(r => r.AcknowledgedAt is null).History("Work order acknowledged");
        Estimate = Action("estimate", "Add estimate", "estimate work")
            .Moves(Estimated, Assigned).By(WorkersAndManagers).Only(AssigneeOrManager).Tone(ActionTone.Primary)
            .Notifies(MaintenanceRecipients.Owner, MaintenanceRecipients.Managers);
        EstimateNeedsQuotes = Action("estimate_needs_quotes", "Quotes required", "require quotes")
            .Moves(QuoteRequired, Assigned).History("Estimate above the quote threshold: formal quotes are required");
        EstimateAutoApproved = Action("estimate_auto_approved", "Approved automatically", "approve estimates automatically")
            .Moves(Approved, Assigned);
        ApproveEstimate = Action("approve_estimate", "Approve estimate", "approve estimates")
            .Moves(Approved, Estimated).By(Deciders).Only(Approver).Tone(ActionTone.Positive).Notifies(MaintenanceRecipients.Assignee);
        RejectEstimate = Action("reject_estimate", "Reject estimate", "reject estimates")
            .Moves(Assigned, Estimated).By(Deciders).Only(ManagerOrOwner).Tone(ActionTone.Danger).WithReason().Notifies(MaintenanceRecipients.Assignee);
        AddQuote = Action("add_quote", "Add quote", "submit quotes")
            .Moves(QuotesSubmitted, QuoteRequired).Stays(QuotesSubmitted).By(WorkersAndManagers).Only(AssigneeOrManager).Tone(ActionTone.Primary)
            .Notifies(MaintenanceRecipients.Owner, MaintenanceRecipients.Managers);
        QuoteApproved = Action("quote_approved", "Quote approved", "approve quotes").Moves(Approved, QuotesSubmitted);
        QuotesExhausted = Action("quotes_exhausted", "No quote left", "reject quotes")
            .Moves(QuoteRequired, QuotesSubmitted).History("Every quote was rejected or expired: new quotes are needed");
        Schedule = Action("schedule", "Schedule", "schedule work")
            .Moves(Scheduled, Approved).Stays(Scheduled).By(WorkersAndManagers).Only(AssigneeOrManager).Notifies(MaintenanceRecipients.Tenant);
        Start = Action("start", "Start work", "start work")
            .Moves(InProgress, Approved, Scheduled, Reopened).By(Workers).Only(Assignee).Tone(ActionTone.Primary).History("Work started")
            .Notifies(MaintenanceRecipients.Tenant, MaintenanceRecipients.Owner);
        Progress = Action("progress", "Add progress update", "report progress")
            .Stays(InProgress, OnHold).By(Workers).Only(Assignee).Notifies(MaintenanceRecipients.Tenant, MaintenanceRecipients.Owner);
        Hold = Action("hold", "Put on hold", "put work on hold")
            .Moves(OnHold, InProgress).By(WorkersAndManagers).Only(AssigneeOrManager).WithReason();
        Resume = Action("resume", "Resume work", "resume work")
            .Moves(InProgress, OnHold).By(WorkersAndManagers).Only(AssigneeOrManager).Tone(ActionTone.Primary).History("Work resumed");
        Cancel = Action("cancel", "Cancel work", "cancel work")
            .Moves(Cancelled, Approved, Scheduled).By(Deciders).Only(ManagerOrOwner).Tone(ActionTone.Danger).WithReason()
            .Notifies(MaintenanceRecipients.Tenant, MaintenanceRecipients.Assignee);
        Complete = Action("complete", "Complete work", "complete work")
            .Moves(Completed, InProgress).By(Workers).Only(Assignee).Tone(ActionTone.Positive)
            .Notifies(MaintenanceRecipients.Tenant, MaintenanceRecipients.Owner);
        Verify = Action("verify", "Verify and rate", "verify completed work")
            .Moves(Verified, Completed).By(MaintenanceRoles.Tenant).Only(Tenant).Tone(ActionTone.Positive).Notifies(MaintenanceRecipients.Owner);
        Reopen = Action("reopen", "Not fixed", "reopen requests")
            .Moves(Reopened, Completed).By(MaintenanceRoles.Tenant).Only(Tenant).Tone(ActionTone.Danger).WithReason()
            .Notifies(MaintenanceRecipients.Assignee, MaintenanceRecipients.Owner);
        Pay = Action("pay", "Record payment", "record payments")
            .Moves(Closed, Verified, Completed).By(Deciders).Only(ManagerOrOwner).Tone(ActionTone.Primary)
            .OfferedWhen(r => r.Status == Verified || r.MayCloseWithoutTenant(DateTime.UtcNow)).Notifies(MaintenanceRecipients.Assignee);
    }

    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> Assign { get; }

    /// <summary>Another assignee before the estimate (a separate action, so two first assignments at once cannot both apply).</summary>
    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> Reassign { get; }
    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> RequestInfo { get; }
    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> Reject { get; }
    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> Acknowledge { get; }
    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> Estimate { get; }

    /// <summary>System step: the estimate is above the quote threshold.</summary>
    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> EstimateNeedsQuotes { get; }

    /// <summary>System step: the estimate is within the auto-approval threshold (or the emergency limit).</summary>
    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> EstimateAutoApproved { get; }

    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> ApproveEstimate { get; }
    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> RejectEstimate { get; }
    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> AddQuote { get; }

    /// <summary>System step: one of the request's quotes was approved.</summary>
    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> QuoteApproved { get; }

    /// <summary>System step: every quote was rejected or expired.</summary>
    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> QuotesExhausted { get; }

    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> Schedule { get; }
    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> Start { get; }
    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> Progress { get; }
    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> Hold { get; }
    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> Resume { get; }
    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> Cancel { get; }
    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> Complete { get; }
    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> Verify { get; }
    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> Reopen { get; }
    public WorkflowAction<MaintenanceRequest, MaintenanceStatus> Pay { get; }
}

/// <summary>A quote: pending until one is approved (the others are then rejected), rejected, or expired past its
/// valid-until date.</summary>
public sealed class QuoteWorkflow : WorkflowDefinition<Quote, QuoteStatus>
{
    public static readonly ResourceRule<Quote> Approver = new("the property's owner, or a property manager within their approval limit",
        (quote, user) => (user.IsInRole(MaintenanceRoles.Landlord) && quote.OwnerUserId == user.UserId)
            || (MaintenanceRoles.Managers.Any(user.IsInRole) && !quote.NeedsOwner));

    public static readonly ResourceRule<Quote> ManagerOrOwner = new("a property manager or the property's owner",
        (quote, user) => MaintenanceRoles.Managers.Any(user.IsInRole) || (user.IsInRole(MaintenanceRoles.Landlord) && quote.OwnerUserId == user.UserId));

    private static readonly string[] Deciders = [MaintenanceRoles.PropertyManager, Roles.Admin, MaintenanceRoles.Landlord];

    public static readonly QuoteWorkflow Definition = new();

    private QuoteWorkflow() : base(nameof(Quote))
    {
        Approve = Action("approve", "Approve this quote", "approve quotes")
            .Moves(QuoteStatus.Approved, QuoteStatus.Pending).By(Deciders).Only(Approver).Tone(ActionTone.Positive)
            .Notifies(MaintenanceRecipients.Assignee);
        Reject = Action("reject", "Reject quote", "reject quotes")
            .Moves(QuoteStatus.Rejected, QuoteStatus.Pending).By(Deciders).Only(ManagerOrOwner).Tone(ActionTone.Danger).WithReason();
        AnotherSelected = Action("another_selected", "Another quote was selected", "select quotes")
            .Moves(QuoteStatus.Rejected, QuoteStatus.Pending).History("Another quote was selected");
        Expire = Action("expire", "Expired", "expire quotes")
            .Moves(QuoteStatus.Expired, QuoteStatus.Pending);
    }

    public WorkflowAction<Quote, QuoteStatus> Approve { get; }
    public WorkflowAction<Quote, QuoteStatus> Reject { get; }

    /// <summary>System step: another quote of the request was approved, in the same transaction.</summary>
    public WorkflowAction<Quote, QuoteStatus> AnotherSelected { get; }

    /// <summary>System step: the quote's valid-until date passed before anyone approved it.</summary>
    public WorkflowAction<Quote, QuoteStatus> Expire { get; }
}
