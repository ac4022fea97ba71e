using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Workflows;

namespace FieldOps.Data.Contracting;

/// <summary>A daily log is reviewed by an admin: approved (it may then be paid through a voucher) or rejected with a reason.</summary>
public sealed class DailyLogWorkflow : WorkflowDefinition<DailyLog, DailyLogStatus>
{
    public static readonly DailyLogWorkflow Definition = new();

    private DailyLogWorkflow() : base(nameof(DailyLog))
    {
        Label(DailyLogStatus.Submitted, "Awaiting review");
        Approve = Action("approve", "Approve", "review daily logs")
            .Moves(DailyLogStatus.Approved, DailyLogStatus.Submitted).By(Roles.Admin).Tone(ActionTone.Positive).Notifies(ContractingRecipients.Contractor);
        Reject = Action("reject", "Reject", "review daily logs")
            .Moves(DailyLogStatus.Rejected, DailyLogStatus.Submitted).By(Roles.Admin).Tone(ActionTone.Danger).WithReason()
            .Notifies(ContractingRecipients.Contractor);
    }

    public WorkflowAction<DailyLog, DailyLogStatus> Approve { get; }
    public WorkflowAction<DailyLog, DailyLogStatus> Reject { get; }
}
