using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Workflows;

namespace FieldOps.Data.Workshop;

/// <summary>A parts request's workflow: decided by the workshop manager, issued by the warehouse, fitted by the
/// job's technician.</summary>
public sealed class SparePartRequestWorkflow : WorkflowDefinition<SparePartRequest, SparePartRequestStatus>
{
    public static readonly ResourceRule<SparePartRequest> JobsTechnician =
        new("the technician assigned to the job", (request, user) => request.Job?.TechnicianId is { } id && id == user.UserId);

    // Declared after the rules and role lists the constructor reads: static fields initialize in order.
    public static readonly SparePartRequestWorkflow Definition = new();

    private SparePartRequestWorkflow() : base(nameof(SparePartRequest))
    {
        Label(SparePartRequestStatus.Pending, "Awaiting approval");
        Label(SparePartRequestStatus.Approved, "Approved, to issue");
        Label(SparePartRequestStatus.Completed, "Fitted");
        Approve = Action("approve", "Approve", "approve parts requests")
            .Moves(SparePartRequestStatus.Approved, SparePartRequestStatus.Pending).By(WorkshopRoles.WorkshopManager, Roles.Admin)
            .Tone(ActionTone.Positive).Notifies(WorkshopRoles.WarehouseManager);
        Reject = Action("reject", "Reject", "reject parts requests")
            .Moves(SparePartRequestStatus.Rejected, SparePartRequestStatus.Pending).By(WorkshopRoles.WorkshopManager, Roles.Admin)
            .Tone(ActionTone.Danger).WithReason().Notifies(WorkshopRecipients.AssignedTechnician);
        Issue = Action("issue", "Issue", "issue parts")
            .Moves(SparePartRequestStatus.Issued, SparePartRequestStatus.Approved).By(WorkshopRoles.WarehouseManager, Roles.Admin)
            .Tone(ActionTone.Primary).Notifies(WorkshopRecipients.AssignedTechnician);
        Complete = Action("complete", "Mark fitted", "mark parts as fitted")
            .Moves(SparePartRequestStatus.Completed, SparePartRequestStatus.Issued).By(WorkshopRoles.Technician).Only(JobsTechnician)
            .Tone(ActionTone.Positive).History("Parts fitted");
    }

    public WorkflowAction<SparePartRequest, SparePartRequestStatus> Approve { get; }
    public WorkflowAction<SparePartRequest, SparePartRequestStatus> Reject { get; }
    public WorkflowAction<SparePartRequest, SparePartRequestStatus> Issue { get; }
    public WorkflowAction<SparePartRequest, SparePartRequestStatus> Complete { get; }
}
