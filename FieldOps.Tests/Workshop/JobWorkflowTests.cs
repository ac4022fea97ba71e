using FieldOps.Data.Platform;
using FieldOps.Data.Workshop;
using static FieldOps.Tests.Workshop.WorkshopBuilders;

namespace FieldOps.Tests.Workshop;

public sealed class JobWorkflowTests
{
    private static readonly HashSet<(JobStatus, JobStatus)> ExpectedMoves =
    [
        (JobStatus.Received, JobStatus.Assigned),
        (JobStatus.Assigned, JobStatus.InProgress),
        (JobStatus.InProgress, JobStatus.AwaitingParts),
        (JobStatus.InProgress, JobStatus.Completed),
        (JobStatus.AwaitingParts, JobStatus.InProgress),
        (JobStatus.Completed, JobStatus.ManagerReview),
        (JobStatus.Completed, JobStatus.InProgress),
        (JobStatus.ManagerReview, JobStatus.Billing),
        (JobStatus.Billing, JobStatus.Invoiced),
        (JobStatus.Invoiced, JobStatus.Billing),
    ];

    public static TheoryData<JobStatus, JobStatus> AllPairs()
    {
        var data = new TheoryData<JobStatus, JobStatus>();
        foreach (var from in Enum.GetValues<JobStatus>())
        {
            foreach (var to in Enum.GetValues<JobStatus>())
            {
                data.Add(from, to);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void TheTransitionTable_AllowsExactlyTheWorkflowsMoves(JobStatus from, JobStatus to)
    {
        var allowed = ExpectedMoves.Contains((from, to));
        Assert.Equal(allowed, Job.Workflow.CanMove(from, to));
        if (allowed)
        {
            Job.Workflow.EnsureCanMove("Job", from, to);
        }
        else
        {
            Assert.Throws<InvalidTransitionException>(() => Job.Workflow.EnsureCanMove("Job", from, to));
        }
    }

    /// <summary>Each action of the job and the moves it makes (from → to). An action with a from → from edge is allowed
    /// there without a status change (asking for more parts while already waiting for some).</summary>
    private static readonly (string Name, (JobStatus From, JobStatus To)[] Edges, Action<Job> Act)[] Actions =
    [
        ("start", [(JobStatus.Assigned, JobStatus.InProgress)], job => job.Start(Technician, Now)),
        ("request parts", [(JobStatus.InProgress, JobStatus.AwaitingParts), (JobStatus.AwaitingParts, JobStatus.AwaitingParts)],
            job => job.RequestPart(Technician, "Tech One", Item(), 1, null)),
        ("parts resolved", [(JobStatus.AwaitingParts, JobStatus.InProgress)], job =>
        {
            var open = job.OpenPartsRequests.ToList();
            if (open.Count == 0)
            {
                throw new BusinessRuleException("No parts request to resolve.");
            }
            open.ForEach(request => request.Reject("Manager", "Not needed", Now));
            job.PartsRequestResolved();
        }),
        ("complete", [(JobStatus.InProgress, JobStatus.Completed)], job => job.Complete(Technician, Now)),
        ("return for rework", [(JobStatus.Completed, JobStatus.InProgress)], job => job.ReturnForRework("Redo the brakes")),
        ("review", [(JobStatus.Completed, JobStatus.ManagerReview)], job => job.Review("OK", Now)),
        ("move to billing", [(JobStatus.ManagerReview, JobStatus.Billing)], job => job.MoveToBilling(Now)),
        ("invoice", [(JobStatus.Billing, JobStatus.Invoiced)], job => IssueInvoice(job)),
    ];

    [Fact]
    public void TheActions_TogetherMakeEveryMoveOfTheTable()
    {
        var made = Actions.SelectMany(a => a.Edges).Where(e => e.From != e.To)
            .Append((JobStatus.Received, JobStatus.Assigned)) // assign, tested below
            .Append((JobStatus.Invoiced, JobStatus.Billing))  // void, tested below
            .ToHashSet();
        Assert.True(made.SetEquals(ExpectedMoves), "Moves without an action: " + string.Join(", ", ExpectedMoves.Except(made)));
    }

    public static TheoryData<JobStatus> Statuses() => new(Enum.GetValues<JobStatus>());

    [Theory]
    [MemberData(nameof(Statuses))]
    public void EveryAction_SucceedsExactlyFromTheStatusesItsMovesStartFrom(JobStatus status)
    {
        foreach (var (name, edges, act) in Actions)
        {
            var job = JobIn(status);
            var edge = edges.Where(e => e.From == status).Select(e => ((JobStatus, JobStatus)?)e).SingleOrDefault();
            if (edge is { } move)
            {
                act(job);
                Assert.True(job.Status == move.Item2, $"{name} from {status} should reach {move.Item2}, reached {job.Status}");
            }
            else
            {
                var error = Record.Exception(() => act(job));
                Assert.True(error is BusinessRuleException or AccessDeniedException or InputValidationException,
                    $"{name} from {status} should be refused, but {(error is null ? "it succeeded" : error.GetType().Name)}");
                Assert.Equal(status, job.Status);
            }
        }
    }

    [Theory]
    [InlineData(JobStatus.Received, true, JobStatus.Assigned)]
    [InlineData(JobStatus.Assigned, true, JobStatus.Assigned)]
    [InlineData(JobStatus.InProgress, true, JobStatus.InProgress)]
    [InlineData(JobStatus.AwaitingParts, true, JobStatus.AwaitingParts)]
    [InlineData(JobStatus.Completed, false, JobStatus.Completed)]
    [InlineData(JobStatus.ManagerReview, false, JobStatus.ManagerReview)]
    [InlineData(JobStatus.Billing, false, JobStatus.Billing)]
    [InlineData(JobStatus.Invoiced, false, JobStatus.Invoiced)]
    public void Reassignment_IsAllowedUntilTheWorkIsCompleted(JobStatus status, bool allowed, JobStatus after)
    {
        var job = JobIn(status);
        var error = Record.Exception(() => job.Assign(OtherTechnician, "Tech Two", Now));
        Assert.Equal(allowed, error is null);
        Assert.Equal(after, job.Status);
        Assert.Equal(allowed ? OtherTechnician : (status == JobStatus.Received ? null : Technician), job.TechnicianId);
    }

    [Fact]
    public void VoidingAnInvoice_SendsTheJobBackToBilling()
    {
        var job = JobIn(JobStatus.Billing);
        var invoice = IssueInvoice(job);
        Assert.Equal(JobStatus.Invoiced, job.Status);

        invoice.Void(job, "Wrong customer name", Now);

        Assert.Equal(InvoiceStatus.Void, invoice.Status);
        Assert.Equal(JobStatus.Billing, job.Status);
        Assert.Null(job.InvoiceId);
    }

    [Fact]
    public void OnlyTheAssignedTechnician_WorksOnTheJob()
    {
        var job = JobIn(JobStatus.Assigned);
        Assert.Throws<AccessDeniedException>(() => job.Start(OtherTechnician, Now));
        job.Start(Technician, Now);
        Assert.Throws<AccessDeniedException>(() => job.UpdateWorkDone(OtherTechnician, "x"));
        Assert.Throws<AccessDeniedException>(() => job.AddTask(OtherTechnician, TaskAction(), null));
        Assert.Throws<AccessDeniedException>(() => job.RequestPart(OtherTechnician, "Other", Item(), 1, null));
        Assert.Throws<AccessDeniedException>(() => job.Complete(OtherTechnician, Now));
    }

    [Fact]
    public void AJob_CannotBeCompleted_WhileAPartsRequestIsPendingOrApprovedButNotIssued()
    {
        var job = JobIn(JobStatus.InProgress);
        var item = Item();
        var request = job.RequestPart(Technician, "Tech One", item, 2, null);

        Assert.Contains("awaiting approval", job.WhyNotCompletable(), StringComparison.Ordinal);
        Assert.Throws<BusinessRuleException>(() => job.Complete(Technician, Now));

        request.Approve("Manager", null, Now);
        job.PartsRequestResolved();
        Assert.Equal(JobStatus.AwaitingParts, job.Status);
        Assert.Contains("approved but not yet issued", job.WhyNotCompletable(), StringComparison.Ordinal);
        Assert.Throws<BusinessRuleException>(() => job.Complete(Technician, Now));

        item.Issue(request, "Warehouse");
        request.MarkIssued("Warehouse", item.UnitPrice, Now);
        job.PartsRequestResolved();
        Assert.Equal(JobStatus.InProgress, job.Status);
        Assert.Null(job.WhyNotCompletable());
        job.Complete(Technician, Now);
        Assert.Equal(JobStatus.Completed, job.Status);
    }

    [Fact]
    public void AJob_WaitsUntilEveryRequestIsIssuedOrRejected()
    {
        var job = JobIn(JobStatus.InProgress);
        var first = job.RequestPart(Technician, "Tech One", Item(), 1, null);
        var second = job.RequestPart(Technician, "Tech One", Item(), 1, null);
        Assert.Equal(JobStatus.AwaitingParts, job.Status);

        first.Reject("Manager", "Wrong part", Now);
        job.PartsRequestResolved();
        Assert.Equal(JobStatus.AwaitingParts, job.Status);

        second.Reject("Manager", "Out of range", Now);
        job.PartsRequestResolved();
        Assert.Equal(JobStatus.InProgress, job.Status);
    }

    [Fact]
    public void Completion_NeedsEveryTaskTickedOffAndTheWorkDescribed()
    {
        var job = JobIn(JobStatus.Assigned);
        job.Start(Technician, Now);
        var task = job.AddTask(Technician, TaskAction(), null);

        Assert.Equal("One task action is not ticked off yet.", job.WhyNotCompletable());
        job.CompleteTask(Technician, "Tech One", task.Id, Now);
        Assert.Equal("Describe the work done before completing the job.", job.WhyNotCompletable());
        job.UpdateWorkDone(Technician, "Changed the oil.");
        Assert.Null(job.WhyNotCompletable());
    }

    [Fact]
    public void EveryStatusChange_IsQueuedForTheHistory_WithItsNote()
    {
        var job = JobIn(JobStatus.Received);
        job.Assign(Technician, "Tech One", Now);
        job.Assign(OtherTechnician, "Tech Two", Now);

        var history = ((IHasStatusHistory)job).PendingTransitions;
        Assert.Equal([(null, "Received"), ("Received", "Assigned"), ("Assigned", "Assigned")], history.Select(h => (h.From, h.To)));
        Assert.Equal("Reassigned to Tech Two", history[2].Note);
    }
}
