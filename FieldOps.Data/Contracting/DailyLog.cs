using FieldOps.Data.Platform;

namespace FieldOps.Data.Contracting;

/// <summary>A subcontractor's record of a day's work on site: the primary accountability record.</summary>
public sealed class DailyLog : StatefulEntity<DailyLogStatus>
{
    public static StateMachine<DailyLogStatus> Workflow => DailyLogWorkflow.Definition.Transitions;

    private DailyLog()
    {
    }

    public DailyLog(Guid subcontractorId, Guid? projectId, DateOnly logDate, string workSummary, int workersCount)
        : base(DailyLogStatus.Submitted)
    {
        SubcontractorId = subcontractorId;
        ProjectId = projectId;
        LogDate = logDate;
        WorkSummary = workSummary.Trim();
        WorkersCount = workersCount;
    }

    protected override StateMachine<DailyLogStatus> Transitions => Workflow;

    public Guid SubcontractorId { get; private set; }
    public Guid? ProjectId { get; private set; }
    public DateOnly LogDate { get; private set; }
    public string WorkSummary { get; private set; } = "";
    public int WorkersCount { get; private set; }
    public string? ReviewedByName { get; private set; }
    public DateTime? ReviewedAt { get; private set; }
    public string? ReviewNote { get; private set; }

    public void Approve(string byName, string? note, DateTime at)
    {
        Run(DailyLogWorkflow.Definition.Approve, note);
        Review(byName, note, at);
    }

    public void Reject(string byName, string note, DateTime at)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new InputValidationException("reason", "Say why the log is rejected, so the contractor can correct it.");
        }
        Run(DailyLogWorkflow.Definition.Reject, note.Trim());
        Review(byName, note, at);
    }

    /// <summary>The review, once there is one.</summary>
    public Decision? Decision => ReviewedAt is { } at ? new Decision(ReviewedByName ?? "", at, ReviewNote) : null;

    private void Review(string byName, string? note, DateTime at)
    {
        var decision = Platform.Decision.Of(byName, at, note);
        (ReviewedByName, ReviewedAt, ReviewNote) = (decision.ByName, decision.At, decision.Note);
    }
}
