using FieldOps.Data.Platform;

namespace FieldOps.Data.Workshop;

/// <summary>
/// A vehicle's visit to the workshop, from intake to invoice. The job owns its task actions and spare-part requests
/// and enforces the workflow: every status change is checked against <see cref="Workflow"/>, and only the assigned
/// technician works on it.
/// </summary>
public sealed class Job : StatefulEntity<JobStatus>
{
    /// <summary>The transition table, derived from <see cref="JobWorkflow"/>.</summary>
    public static StateMachine<JobStatus> Workflow => JobWorkflow.Definition.Transitions;

    private static JobWorkflow Actions => JobWorkflow.Definition;

    /// <summary>Statuses in which the technician works on the job (tasks, notes, parts).</summary>
    public static readonly IReadOnlySet<JobStatus> Workable = new HashSet<JobStatus>(JobWorkflow.Workable);

    private List<JobTaskAction>? _tasks;
    private List<SparePartRequest>? _partsRequests;

    private Job()
    {
    }

    public Job(string number, Vehicle vehicle, string siteManagerId, OperationsStream stream, RevenueStream revenueStream,
        string issuesReported, int? mileage, DateTime receivedAt)
        : base(JobStatus.Received, "Vehicle received")
    {
        Number = number;
        VehicleId = vehicle.Id;
        Vehicle = vehicle;
        SiteManagerId = siteManagerId;
        OperationsStream = stream;
        RevenueStream = revenueStream;
        IssuesReported = issuesReported.Trim();
        MileageAtIntake = mileage;
        ReceivedAt = receivedAt;
        _tasks = [];
        _partsRequests = [];
    }

    protected override StateMachine<JobStatus> Transitions => Workflow;

    public string Number { get; private set; } = "";

    /// <summary>What the job itself is found by in the jobs search (its vehicle adds registration and owner).</summary>
    public static IReadOnlySet<string> SearchTermsOf(string number) => Platform.Search.SearchTerms.Of(number);
    public Guid VehicleId { get; private set; }
    public Vehicle? Vehicle { get; private set; }
    public string SiteManagerId { get; private set; } = "";
    public string? TechnicianId { get; private set; }
    public OperationsStream OperationsStream { get; private set; }
    public RevenueStream RevenueStream { get; private set; }
    public string IssuesReported { get; private set; } = "";
    public string? WorkDone { get; private set; }
    public string? ManagerNotes { get; private set; }
    public int? MileageAtIntake { get; private set; }
    public DateTime ReceivedAt { get; private set; }
    public DateTime? AssignedAt { get; private set; }
    public DateTime? StartedAt { get; private set; }
    public DateTime? CompletedAt { get; private set; }
    public DateTime? ReviewedAt { get; private set; }
    public DateTime? BilledAt { get; private set; }
    public Guid? InvoiceId { get; private set; }

    public IReadOnlyList<JobTaskAction> Tasks => _tasks ?? throw NotLoaded(nameof(Tasks));
    public IReadOnlyList<SparePartRequest> PartsRequests => _partsRequests ?? throw NotLoaded(nameof(PartsRequests));

    /// <summary>Requests still blocking completion: waiting for a decision, or approved but not yet issued.</summary>
    public IEnumerable<SparePartRequest> OpenPartsRequests =>
        PartsRequests.Where(r => r.Status is SparePartRequestStatus.Pending or SparePartRequestStatus.Approved);

    /// <summary>Why the job cannot be completed now, or null when it can.</summary>
    public string? WhyNotCompletable() => WhyNotCompletable(WorkDone);

    /// <summary>Why the job could not be completed with <paramref name="workDone"/> as its notes (the technician
    /// may have typed notes that are saved in the same step), or null when it can be.</summary>
    public string? WhyNotCompletable(string? workDone)
    {
        if (Status != JobStatus.InProgress && Status != JobStatus.AwaitingParts)
        {
            return $"The job is {Words(Status)}; only work in progress can be completed.";
        }
        var open = OpenPartsRequests.ToList();
        if (open.Count > 0)
        {
            var pending = open.Count(r => r.Status == SparePartRequestStatus.Pending);
            var approved = open.Count - pending;
            var parts = new List<string>();
            if (pending > 0)
            {
                parts.Add($"{pending} awaiting approval");
            }
            if (approved > 0)
            {
                parts.Add($"{approved} approved but not yet issued");
            }
            return $"Parts requests are still open ({string.Join(", ", parts)}). Wait until every request is issued or rejected.";
        }
        var openTasks = Tasks.Count(t => !t.IsCompleted);
        if (openTasks > 0)
        {
            return openTasks == 1 ? "One task action is not ticked off yet." : $"{openTasks} task actions are not ticked off yet.";
        }
        if (string.IsNullOrWhiteSpace(workDone))
        {
            return WorkDoneMissing;
        }
        return null;
    }

    /// <summary>Assigns (or reassigns) the job to a technician. Allowed until the work is completed.</summary>
    public void Assign(string technicianId, string technicianName, DateTime at)
    {
        if (Status == JobStatus.Received)
        {
            Run(Actions.Assign, $"Assigned to {technicianName}");
            TechnicianId = technicianId;
            AssignedAt = at;
            return;
        }
        if (Actions.Assign.StartsFrom(Status))
        {
            if (TechnicianId == technicianId)
            {
                throw new BusinessRuleException($"The job is already assigned to {technicianName}.");
            }
            TechnicianId = technicianId;
            AssignedAt = at;
            Run(Actions.Assign, $"Reassigned to {technicianName}");
            return;
        }
        throw new BusinessRuleException($"A job that is {Words(Status)} cannot be reassigned.");
    }

    public void Start(string userId, DateTime at)
    {
        EnsureAssignedTo(userId);
        Run(Actions.Start);
        StartedAt ??= at;
    }

    public void UpdateWorkDone(string userId, string workDone)
    {
        EnsureWorkable(userId);
        WorkDone = string.IsNullOrWhiteSpace(workDone) ? null : workDone.Trim();
    }

    public JobTaskAction AddTask(string userId, TaskAction taskAction, decimal? customLaborCost)
    {
        EnsureWorkable(userId);
        if (!taskAction.IsActive)
        {
            throw new BusinessRuleException($"\"{taskAction.Name}\" is no longer offered; pick another task action.");
        }
        var task = new JobTaskAction(Id, taskAction, customLaborCost);
        (_tasks ?? throw NotLoaded(nameof(Tasks))).Add(task);
        return task;
    }

    public void CompleteTask(string userId, string userName, Guid jobTaskId, DateTime at)
    {
        EnsureWorkable(userId);
        var task = Tasks.SingleOrDefault(t => t.Id == jobTaskId) ?? throw new RecordNotFoundException("Task action of this job", jobTaskId);
        task.Complete(userId, userName, at);
    }

    /// <summary>Asks the warehouse for parts. A job in progress then waits for them.</summary>
    public SparePartRequest RequestPart(string userId, string userName, WarehouseItem item, int quantity, string? note)
    {
        EnsureWorkable(userId);
        var request = new SparePartRequest(this, item, quantity, userId, userName, note);
        (_partsRequests ?? throw NotLoaded(nameof(PartsRequests))).Add(request);
        if (Status == JobStatus.InProgress)
        {
            Run(Actions.RequestParts, $"Requested {quantity} × {item.Name}");
        }
        return request;
    }

    /// <summary>Called when a parts request is issued or rejected: with nothing left open, work resumes.</summary>
    public void PartsRequestResolved()
    {
        if (Status == JobStatus.AwaitingParts && !OpenPartsRequests.Any())
        {
            Run(Actions.PartsResolved);
        }
    }

    /// <summary>What <see cref="WhyNotCompletable()"/> says when only the notes are missing.</summary>
    public const string WorkDoneMissing = "Describe the work done before completing the job.";

    /// <summary>Saves the technician's notes (when given) and completes the job, in one step.</summary>
    public void Complete(string userId, DateTime at, string? workDone)
    {
        if (workDone is not null)
        {
            UpdateWorkDone(userId, workDone);
        }
        Complete(userId, at);
    }

    public void Complete(string userId, DateTime at)
    {
        EnsureAssignedTo(userId);
        var reason = WhyNotCompletable();
        if (reason is not null)
        {
            throw new BusinessRuleException(reason);
        }
        Run(Actions.Complete);
        CompletedAt = at;
    }

    /// <summary>The workshop manager sends completed work back to the technician, saying why.</summary>
    public void ReturnForRework(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InputValidationException("reason", "Say what needs to be redone.");
        }
        Run(Actions.ReturnForRework, $"Returned for rework: {reason.Trim()}");
        CompletedAt = null;
    }

    /// <summary>The workshop manager reviews completed work and confirms it.</summary>
    public void Review(string? managerNotes, DateTime at)
    {
        var notes = string.IsNullOrWhiteSpace(managerNotes) ? ManagerNotes : managerNotes.Trim();
        Run(Actions.Review, notes);
        ManagerNotes = notes;
        ReviewedAt = at;
    }

    public void MoveToBilling(DateTime at)
    {
        Run(Actions.MoveToBilling);
        BilledAt = at;
    }

    internal void MarkInvoiced(Invoice invoice)
    {
        Run(Actions.Invoice, $"Invoice {invoice.Number} issued");
        InvoiceId = invoice.Id;
    }

    internal void InvoiceVoided(Invoice invoice, string reason)
    {
        Run(Actions.InvoiceVoided, $"Invoice {invoice.Number} voided: {reason}");
        InvoiceId = null;
    }

    private void EnsureAssignedTo(string userId)
    {
        if (TechnicianId != userId)
        {
            throw new AccessDeniedException($"Only the technician assigned to job {Number} can work on it.");
        }
    }

    private void EnsureWorkable(string userId)
    {
        EnsureAssignedTo(userId);
        if (!Workable.Contains(Status))
        {
            throw new BusinessRuleException(Status == JobStatus.Assigned
                ? $"Start job {Number} before working on it."
                : $"Job {Number} is {Words(Status)}; its work can no longer be changed.");
        }
    }

    private static InvalidOperationException NotLoaded(string what) =>
        new($"The job's {what} were not loaded; load the job with its tasks and parts requests before changing it.");

    public static string Words(JobStatus status) => JobWorkflow.Definition.LabelOf(status).ToLowerInvariant();
}
