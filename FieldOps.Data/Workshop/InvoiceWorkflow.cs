using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Workflows;

namespace FieldOps.Data.Workshop;

/// <summary>An invoice's workflow: paid in one or several payments, or voided (while nothing is paid) so that a
/// corrected one can be issued.</summary>
public sealed class InvoiceWorkflow : WorkflowDefinition<Invoice, InvoiceStatus>
{
    public static readonly string[] Billers = [WorkshopRoles.BillingStaff, Roles.Admin];

    // Declared after the rules and role lists the constructor reads: static fields initialize in order.
    public static readonly InvoiceWorkflow Definition = new();

    private InvoiceWorkflow() : base(nameof(Invoice))
    {
        Label(InvoiceStatus.Issued, "Unpaid");
        RecordPayment = Action("record_payment", "Record a part payment", "record payments")
            .Stays(InvoiceStatus.Issued).By(Billers);
        MarkPaid = Action("mark_paid", "Mark paid", "record payments")
            .Moves(InvoiceStatus.Paid, InvoiceStatus.Issued).By(Billers).Tone(ActionTone.Positive);
        Void = Action("void", "Void invoice", "void invoices")
            .Moves(InvoiceStatus.Void, InvoiceStatus.Issued).By(Billers).Tone(ActionTone.Danger).WithReason()
            .OfferedWhen(invoice => invoice.AmountPaid == 0);
        Send = Action("email", "E-mail to customer", "send invoices")
            .Stays(InvoiceStatus.Issued, InvoiceStatus.Paid).By(Billers);
    }

    public WorkflowAction<Invoice, InvoiceStatus> RecordPayment { get; }
    public WorkflowAction<Invoice, InvoiceStatus> MarkPaid { get; }
    public WorkflowAction<Invoice, InvoiceStatus> Void { get; }
    public WorkflowAction<Invoice, InvoiceStatus> Send { get; }
}
