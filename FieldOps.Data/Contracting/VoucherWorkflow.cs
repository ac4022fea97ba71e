using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Workflows;

namespace FieldOps.Data.Contracting;

/// <summary>A voucher: drafted and corrected by an admin, submitted, approved or rejected (a rejected one reopens as
/// a draft), then paid once, which records the payment in the ledger.</summary>
public sealed class VoucherWorkflow : WorkflowDefinition<Voucher, VoucherStatus>
{
    public static readonly VoucherWorkflow Definition = new();

    private VoucherWorkflow() : base(nameof(Voucher))
    {
        Label(VoucherStatus.Approved, "Approved, to pay");
        EditLines = Action("edit_lines", "Edit lines", "change vouchers")
            .Stays(VoucherStatus.Draft).By(Roles.Admin);
        Delete = Action("delete", "Delete draft", "delete vouchers")
            .Stays(VoucherStatus.Draft).By(Roles.Admin).Tone(ActionTone.Danger);
        Submit = Action("submit", "Submit for approval", "submit vouchers")
            .Moves(VoucherStatus.Submitted, VoucherStatus.Draft).By(Roles.Admin).Tone(ActionTone.Primary).Notifies(ContractingRecipients.Contractor);
        Approve = Action("approve", "Approve", "approve vouchers")
            .Moves(VoucherStatus.Approved, VoucherStatus.Submitted).By(Roles.Admin).Tone(ActionTone.Positive).Notifies(ContractingRecipients.Contractor);
        Reject = Action("reject", "Reject", "reject vouchers")
            .Moves(VoucherStatus.Rejected, VoucherStatus.Submitted).By(Roles.Admin).Tone(ActionTone.Danger).WithReason()
            .Notifies(ContractingRecipients.Contractor);
        Reopen = Action("reopen", "Reopen as draft", "reopen vouchers")
            .Moves(VoucherStatus.Draft, VoucherStatus.Rejected).By(Roles.Admin).History("Reopened for correction")
            .Notifies(ContractingRecipients.Contractor);
        Pay = Action("pay", "Record payment", "pay vouchers")
            .Moves(VoucherStatus.Paid, VoucherStatus.Approved).By(Roles.Admin).Tone(ActionTone.Primary).Notifies(ContractingRecipients.Contractor);
    }

    public WorkflowAction<Voucher, VoucherStatus> EditLines { get; }
    public WorkflowAction<Voucher, VoucherStatus> Delete { get; }
    public WorkflowAction<Voucher, VoucherStatus> Submit { get; }
    public WorkflowAction<Voucher, VoucherStatus> Approve { get; }
    public WorkflowAction<Voucher, VoucherStatus> Reject { get; }
    public WorkflowAction<Voucher, VoucherStatus> Reopen { get; }
    public WorkflowAction<Voucher, VoucherStatus> Pay { get; }
}
