using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Summaries;

namespace FieldOps.Data.Maintenance;

/// <summary>
/// What was paid for one property's maintenance in one month (of the firm's calendar: <see cref="MaintenancePayment.PaidOn"/>
/// is a local day), per expense category as recorded on the payment ("" for none), the request's expense type
/// (<see cref="Guid.Empty"/> for none), payee, method and whether the request was an emergency: how many payments, their
/// sum, smallest and largest in ten-thousandths (<see cref="ExactAmounts"/>), and the first and last day paid. Database
/// triggers keep it in the same transaction as each payment, so the cost charts and the payment views read a few rows
/// per month instead of every payment of the period. Never written by the application;
/// <see cref="SummaryCounts.RebuildAsync"/> recounts it.
/// </summary>
public sealed class MaintenancePaymentMonth : IOrganizationOwned, IMonthSummary
{
    public Guid OrganizationId { get; private set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; private set; }

    public Guid PropertyId { get; private set; }
    public string LandlordUserId { get; private set; } = "";
    public string CategoryName { get; private set; } = "";
    public Guid ExpenseTypeId { get; private set; }
    public string PaidTo { get; private set; } = "";
    public PaymentMethod Method { get; private set; }
    public bool Emergency { get; private set; }
    public int Count { get; private set; }
    public long AmountTenThousandths { get; private set; }
    public long SmallestTenThousandths { get; private set; }
    public long LargestTenThousandths { get; private set; }
    public DateOnly FirstPaidOn { get; private set; }
    public DateOnly LastPaidOn { get; private set; }
}
