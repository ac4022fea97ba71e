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

    /// <summary>The entry's place in its party's ledger: 1, 2, 3 … in the order entries were posted, with no gaps
    /// (unique per party, so two entries posted at the same moment cannot take the same place).</summary>
    public long Sequence { get; private set; }

    /// <summary>The party's totals up to and including this entry, so any page of the ledger and its summary are read
    /// without adding up the entries before them.</summary>
    public decimal CreditsAfter { get; private set; }
    public decimal DeductionsAfter { get; private set; }
    public decimal AdvancesAfter { get; private set; }
    public decimal ExpensesAfter { get; private set; }

    /// <summary>The balance due after this entry: credits − deductions − advances.</summary>
    public decimal BalanceAfter { get; private set; }

    /// <summary>Places the entry after <paramref name="previous"/> (the party's last posted entry, or none) and carries
    /// the running totals forward.</summary>
    internal void Post(LedgerEntry? previous)
    {
        if (Sequence != 0)
        {
            throw new InvalidOperationException("A ledger entry is posted once.");
        }
        if (previous is not null && (previous.PartyType != PartyType || previous.PartyId != PartyId))
        {
            throw new InvalidOperationException("An entry follows an entry of its own party.");
        }
        Sequence = (previous?.Sequence ?? 0) + 1;
        CreditsAfter = (previous?.CreditsAfter ?? 0m) + (EntryType == LedgerEntryType.Payment ? Amount : 0m);
        DeductionsAfter = (previous?.DeductionsAfter ?? 0m) + (EntryType == LedgerEntryType.Deduction ? Amount : 0m);
        AdvancesAfter = (previous?.AdvancesAfter ?? 0m) + (EntryType == LedgerEntryType.Advance ? Amount : 0m);
        ExpensesAfter = (previous?.ExpensesAfter ?? 0m) + (EntryType == LedgerEntryType.Expense ? Amount : 0m);
        BalanceAfter = LedgerSummary.BalanceOf(CreditsAfter, DeductionsAfter, AdvancesAfter);
    }

    /// <summary>The party's summary as of this entry.</summary>
    public LedgerSummary SummaryAfter(string currency) =>
        new(CreditsAfter, DeductionsAfter, AdvancesAfter, BalanceAfter, ExpensesAfter, currency);

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
        return new LedgerSummary(credits, deductions, advances, BalanceOf(credits, deductions, advances), Sum(LedgerEntryType.Expense), currency);
    }

    /// <summary>The balance rule, the one place it is written (see <see cref="BalanceRule"/>).</summary>
    public static decimal BalanceOf(decimal credits, decimal deductions, decimal advances) => credits - deductions - advances;

    /// <summary>A ledger with no entries yet.</summary>
    public static LedgerSummary Empty(string currency) => new(0m, 0m, 0m, 0m, 0m, currency);
}
