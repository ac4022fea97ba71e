using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Workflows;

namespace FieldOps.Data.Contracting;

/// <summary>An expense claim is reviewed by an admin: approval records it in the ledger in the same step.</summary>
public sealed class ExpenseWorkflow : WorkflowDefinition<Expense, ExpenseStatus>
{
    public static readonly ExpenseWorkflow Definition = new();

    private ExpenseWorkflow() : base(nameof(Expense))
    {
        Label(ExpenseStatus.Pending, "Pending review");
        Approve = Action("approve", "Approve", "review expense claims")
            .Moves(ExpenseStatus.Approved, ExpenseStatus.Pending).By(Roles.Admin).Tone(ActionTone.Positive).Notifies(ContractingRecipients.Contractor);
        Reject = Action("reject", "Reject", "review expense claims")
            .Moves(ExpenseStatus.Rejected, ExpenseStatus.Pending).By(Roles.Admin).Tone(ActionTone.Danger).WithReason()
            .Notifies(ContractingRecipients.Contractor);
    }

    public WorkflowAction<Expense, ExpenseStatus> Approve { get; }
    public WorkflowAction<Expense, ExpenseStatus> Reject { get; }
}
