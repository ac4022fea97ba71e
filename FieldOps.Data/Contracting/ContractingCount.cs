using FieldOps.Data.Platform;

namespace FieldOps.Data.Contracting;

/// <summary>The contracting records a <see cref="ContractingCount"/> counts.</summary>
public enum ContractingRecord
{
    DailyLog,
    Expense,
    Voucher,
}

/// <summary>
/// How many of one subcontractor's daily logs, expense claims or vouchers are in one status, and what they add up to
/// (claims and vouchers), in ten-thousandths (<see cref="Platform.Summaries.ExactAmounts"/>) so that the sum stays
/// exact in integer arithmetic on both engines. Database triggers keep it in the same transaction as every new record, status change, amount change
/// or delete, so the admin's dashboard, the list totals and "still owed" add up a few rows instead of counting or
/// summing a backlog. Never written by the application; <see cref="Platform.Summaries.SummaryCounts.RebuildAsync"/>
/// recounts it.
/// </summary>
public sealed class ContractingCount : IOrganizationOwned
{
    public Guid OrganizationId { get; private set; }
    public ContractingRecord Record { get; private set; }
    public Guid SubcontractorId { get; private set; }
    public string Status { get; private set; } = "";
    public int Count { get; private set; }
    public long AmountTenThousandths { get; private set; }

    public decimal Amount => Platform.Summaries.ExactAmounts.FromTenThousandths(AmountTenThousandths);
}
