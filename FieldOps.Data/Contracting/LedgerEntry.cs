using FieldOps.Data.Platform;

namespace FieldOps.Data.Contracting;

/// <summary>
/// One movement of money with a party (a subcontractor): a payment, a deduction, an advance, or an approved expense
/// claim. Permanent: a mistake is corrected by a reversing entry (same type, opposite amount) that points at it.
/// </summary>
public sealed class LedgerEntry : Entity, IOrganizationOwned, IAppendOnly
{
    private LedgerEntry()
    {
    }

    private LedgerEntry(Guid partyId, LedgerEntryType entryType, decimal amount, DateOnly entryDate, string? reference, string description)
    {
        PartyType = LedgerPartyType.Subcontractor;
        PartyId = partyId;
        EntryType = entryType;
        Amount = amount;
        EntryDate = entryDate;
        Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        Description = description.Trim();
    }

    public Guid OrganizationId { get; private set; }
    public LedgerPartyType PartyType { get; private set; }
    public Guid PartyId { get; private set; }
    public LedgerEntryType EntryType { get; private set; }
    public decimal Amount { get; private set; }
    public DateOnly EntryDate { get; private set; }
    public string? Reference { get; private set; }
    public string Description { get; private set; } = "";
    public Guid? VoucherId { get; private set; }
    public Guid? ExpenseId { get; private set; }
    public Guid? ReversesEntryId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public string CreatedByName { get; private set; } = "";

    internal static LedgerEntry ForVoucherPayment(Voucher voucher) =>
        new(voucher.SubcontractorId, LedgerEntryType.Payment, voucher.Total, voucher.PaidOn!.Value, voucher.PaymentReference ?? voucher.Number,
            $"Payment of voucher {voucher.Number}") { VoucherId = voucher.Id };

    internal static LedgerEntry ForExpense(Expense expense, DateOnly on) =>
        new(expense.SubcontractorId, LedgerEntryType.Expense, expense.Amount, on, null,
            $"{expense.Category}: {expense.Description}") { ExpenseId = expense.Id };

    /// <summary>A deduction or an advance entered by the admin.</summary>
    public static LedgerEntry Manual(Guid subcontractorId, LedgerEntryType entryType, decimal amount, DateOnly entryDate, string? reference, string description)
    {
        if (entryType is not (LedgerEntryType.Deduction or LedgerEntryType.Advance))
        {
            throw new InputValidationException("entryType", "Enter deductions and advances here; payments come from vouchers and expenses from approved claims.");
        }
        if (amount <= 0)
        {
            throw new InputValidationException("amount", "The amount must be more than zero.");
        }
        if (string.IsNullOrWhiteSpace(description))
        {
            throw new InputValidationException("description", "Say what the entry is for.");
        }
        return new LedgerEntry(subcontractorId, entryType, amount, entryDate, reference, description);
    }

    /// <summary>The longest description an entry keeps (its column).</summary>
    public const int DescriptionMaxLength = 500;

    /// <summary>An entry that cancels this one, for the record.</summary>
    public LedgerEntry Reverse(DateOnly on, string reason)
    {
        if (ReversesEntryId is not null)
        {
            throw new BusinessRuleException("A reversal cannot itself be reversed; enter a new entry instead.");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InputValidationException("reason", "Say why the entry is reversed.");
        }
        // The reason and the original description together may be longer than a description can be: shorten to fit.
        var description = $"Reversal: {reason.Trim()} (of \"{Description}\")";
        if (description.Length > DescriptionMaxLength)
        {
            description = description[..(DescriptionMaxLength - 1)] + "…";
        }
        return new LedgerEntry(PartyId, EntryType, -Amount, on, Reference, description)
        {
            ReversesEntryId = Id,
        };
    }

    internal void Stamp(DateTime at, string byName)
    {
        CreatedAt = at;
        CreatedByName = byName;
    }
}

/// <summary>A subcontractor's standing: balance due = payments − deductions − advances paid. Approved expense
/// claims are totalled on their own and are not part of the balance.</summary>
public sealed record LedgerSummary(decimal Credits, decimal Deductions, decimal AdvancePaid, decimal BalanceDue, decimal ExpensesApproved, string Currency)
{
    public const string BalanceRule = "balanceDue = credits − deductions − advancePaid, where credits are voucher payments. "
        + "Approved expense claims appear in the ledger as 'expense' entries and are totalled in expensesApproved; "
        + "they are reimbursed separately and do not change balanceDue.";

    /// <summary>How the figures are worked out, in words (shown in the API and under the balance card).</summary>
    public string Rule => BalanceRule;

    public static LedgerSummary From(IEnumerable<(LedgerEntryType Type, decimal Amount)> entries, string currency)
    {
        decimal Sum(LedgerEntryType type) => entries.Where(e => e.Type == type).Sum(e => e.Amount);
        var credits = Sum(LedgerEntryType.Payment);
        var deductions = Sum(LedgerEntryType.Deduction);
        var advances = Sum(LedgerEntryType.Advance);
        return new LedgerSummary(credits, deductions, advances, credits - deductions - advances, Sum(LedgerEntryType.Expense), currency);
    }
}
