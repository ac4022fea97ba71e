using FieldOps.Data.Platform;

namespace FieldOps.Data.Contracting;

/// <summary>A cost the subcontractor paid on behalf of a project, claimed back. Approval records a ledger entry for it
/// in the same transaction.</summary>
public sealed class Expense : StatefulEntity<ExpenseStatus>
{
    public static StateMachine<ExpenseStatus> Workflow => ExpenseWorkflow.Definition.Transitions;

    private Expense()
    {
    }

    public Expense(Guid subcontractorId, Guid? projectId, ExpenseCategory category, decimal amount, DateOnly expenseDate, string description)
        : base(ExpenseStatus.Pending)
    {
        if (amount <= 0)
        {
            throw new InputValidationException("amount", "An expense is more than zero.");
        }
        SubcontractorId = subcontractorId;
        ProjectId = projectId;
        Category = category;
        Amount = amount;
        ExpenseDate = expenseDate;
        Description = description.Trim();
    }

    protected override StateMachine<ExpenseStatus> Transitions => Workflow;

    /// <summary>Whether a claim's receipts can still change: the subcontractor adds them until the claim is reviewed;
    /// an admin may add one at any time (a late copy, a clearer scan).</summary>
    public static bool ReceiptsCanChange(ExpenseStatus status, bool byAdmin) => byAdmin || status == ExpenseStatus.Pending;

    public Guid SubcontractorId { get; private set; }
    public Guid? ProjectId { get; private set; }
    public ExpenseCategory Category { get; private set; }
    public decimal Amount { get; private set; }
    public DateOnly ExpenseDate { get; private set; }
    public string Description { get; private set; } = "";
    public string? ReviewedByName { get; private set; }
    public DateTime? ReviewedAt { get; private set; }
    public string? ReviewNote { get; private set; }

    /// <summary>Approves the claim and returns the ledger entry that records it.</summary>
    public LedgerEntry Approve(string byName, string? note, DateOnly on, DateTime at)
    {
        Run(ExpenseWorkflow.Definition.Approve, note);
        Review(byName, note, at);
        return LedgerEntry.ForExpense(this, on);
    }

    public void Reject(string byName, string note, DateTime at)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new InputValidationException("reason", "Say why the claim is rejected, so the contractor knows what to do.");
        }
        Run(ExpenseWorkflow.Definition.Reject, note.Trim());
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
