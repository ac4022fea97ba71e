using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Workflows;

namespace FieldOps.Data.Workshop;

/// <summary>
/// The job workflow, each action declared once. Besides the seed's path, a workshop manager may return completed work
/// to the technician, and voiding an unpaid invoice sends the job back to billing for a corrected invoice.
/// </summary>
public sealed class JobWorkflow : WorkflowDefinition<Job, JobStatus>
{
    /// <summary>The technician the job is assigned to.</summary>
    public static readonly ResourceRule<Job> AssignedTechnician =
        new("the technician assigned to the job", (job, user) => job.TechnicianId is not null && job.TechnicianId == user.UserId);

    /// <summary>Statuses in which the technician works on the job (tasks, notes, parts).</summary>
    public static readonly JobStatus[] Workable = [JobStatus.InProgress, JobStatus.AwaitingParts];

    // Declared after the rules and role lists the constructor reads: static fields initialize in order.
    public static readonly JobWorkflow Definition = new();

    private JobWorkflow() : base(nameof(Job))
    {
        Label(JobStatus.ManagerReview, "Reviewed");
        Label(JobStatus.Billing, "Ready to bill");
        Assign = Action("assign", "Assign technician", "assign jobs to technicians")
            .Moves(JobStatus.Assigned, JobStatus.Received).Stays(JobStatus.Assigned, JobStatus.InProgress, JobStatus.AwaitingParts)
            .By(WorkshopRoles.SiteManager, Roles.Admin).Tone(ActionTone.Primary).Notifies(WorkshopRecipients.AssignedTechnician);
        Start = Action("start", "Start work", "start work on the job")
            .Moves(JobStatus.InProgress, JobStatus.Assigned).By(WorkshopRoles.Technician).Only(AssignedTechnician)
            .Tone(ActionTone.Primary).History("Work started");
        Update = Action("update", "Save notes", "change the work done")
            .Stays(Workable).By(WorkshopRoles.Technician).Only(AssignedTechnician);
        AddTask = Action("add_task", "Add task action", "add task actions")
            .Stays(Workable).By(WorkshopRoles.Technician).Only(AssignedTechnician);
        CompleteTask = Action("complete_task", "Tick off", "tick off task actions")
            .Stays(Workable).By(WorkshopRoles.Technician).Only(AssignedTechnician);
        RequestParts = Action("request_parts", "Request parts", "request parts")
            .Moves(JobStatus.AwaitingParts, JobStatus.InProgress).Stays(JobStatus.AwaitingParts)
            .By(WorkshopRoles.Technician).Only(AssignedTechnician).Notifies(WorkshopRoles.WorkshopManager);
        Complete = Action("complete", "Mark job complete", "complete the job")
            .Moves(JobStatus.Completed, JobStatus.InProgress).By(WorkshopRoles.Technician).Only(AssignedTechnician)
            .Tone(ActionTone.Positive).History("Marked complete by the technician").Notifies(WorkshopRoles.WorkshopManager);
        Review = Action("manager_review", "Confirm work", "review completed work")
            .Moves(JobStatus.ManagerReview, JobStatus.Completed).By(WorkshopRoles.WorkshopManager, Roles.Admin).Tone(ActionTone.Positive);
        ReturnForRework = Action("return_for_rework", "Return for rework", "return work to a technician")
            .Moves(JobStatus.InProgress, JobStatus.Completed).By(WorkshopRoles.WorkshopManager, Roles.Admin)
            .Tone(ActionTone.Danger).WithReason().Notifies(WorkshopRecipients.AssignedTechnician);
        MoveToBilling = Action("move_to_billing", "Move to billing", "move jobs to billing")
            .Moves(JobStatus.Billing, JobStatus.ManagerReview).By(WorkshopRoles.WorkshopManager, Roles.Admin)
            .Tone(ActionTone.Primary).History("Moved to billing").Notifies(WorkshopRoles.BillingStaff);
        Invoice = Action("invoice", "Create invoice", "invoice jobs")
            .Moves(JobStatus.Invoiced, JobStatus.Billing).By(WorkshopRoles.BillingStaff, Roles.Admin).Tone(ActionTone.Primary);
        PartsResolved = Action("parts_resolved", "Resume work", "resume work")
            .Moves(JobStatus.InProgress, JobStatus.AwaitingParts).History("All requested parts issued or rejected");
        InvoiceVoided = Action("invoice_voided", "Invoice voided", "void invoices")
            .Moves(JobStatus.Billing, JobStatus.Invoiced);
    }

    public WorkflowAction<Job, JobStatus> Assign { get; }
    public WorkflowAction<Job, JobStatus> Start { get; }
    public WorkflowAction<Job, JobStatus> Update { get; }
    public WorkflowAction<Job, JobStatus> AddTask { get; }
    public WorkflowAction<Job, JobStatus> CompleteTask { get; }
    public WorkflowAction<Job, JobStatus> RequestParts { get; }
    public WorkflowAction<Job, JobStatus> Complete { get; }
    public WorkflowAction<Job, JobStatus> Review { get; }
    public WorkflowAction<Job, JobStatus> ReturnForRework { get; }
    public WorkflowAction<Job, JobStatus> MoveToBilling { get; }
    public WorkflowAction<Job, JobStatus> Invoice { get; }

    /// <summary>System step: the last open parts request was issued or rejected.</summary>
    public WorkflowAction<Job, JobStatus> PartsResolved { get; }

    /// <summary>System step: the job's unpaid invoice was voided; a corrected one follows.</summary>
    public WorkflowAction<Job, JobStatus> InvoiceVoided { get; }
}
