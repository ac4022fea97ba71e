namespace FieldOps.Data.Contracting;

public enum DailyLogStatus
{
    Submitted,
    Approved,
    Rejected,
}

public enum ExpenseStatus
{
    Pending,
    Approved,
    Rejected,
}

public enum ExpenseCategory
{
    Fuel,
    Materials,
    Labour,
    Transport,
    Other,
}

public enum VoucherStatus
{
    Draft,
    Submitted,
    Approved,
    Paid,
    Rejected,
}

/// <summary>What a ledger entry records. The balance counts payments, deductions and advances (the seed's formula);
/// approved expense claims are listed as their own kind.</summary>
public enum LedgerEntryType
{
    Payment,
    Deduction,
    Advance,
    Expense,
}

public enum LedgerPartyType
{
    Subcontractor,
}

public static class ContractingRecordTypes
{
    public const string DailyLog = "DailyLog";
    public const string Expense = "Expense";
    public const string Voucher = "Voucher";
}
