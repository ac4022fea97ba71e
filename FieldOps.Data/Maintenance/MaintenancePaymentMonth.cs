using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Summaries;

namespace FieldOps.Data.Maintenance;

/// <summary>
/// What was paid for one property's maintenance in one month (of the firm's calendar: <see cref="MaintenancePayment.PaidOn"/>
/// is a local day), per expense category as recorded on the payment ("" for none): how many payments and their sum in
/// ten-thousandths (<see cref="ExactAmounts"/>). Database triggers keep it in the same transaction as each payment, so the
/// cost charts and the monthly views read a few rows per month instead of every payment of the period. Never written
/// by the application; <see cref="SummaryCounts.RebuildAsync"/> recounts it.
/// </summary>
public sealed class MaintenancePaymentMonth : IOrganizationOwned, IMonthSummary
{
    public Guid OrganizationId { get; private set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; private set; }

    public Guid PropertyId { get; private set; }
    public string LandlordUserId { get; private set; } = "";
    public string CategoryName { get; private set; } = "";
    public int Count { get; private set; }
    public long AmountTenThousandths { get; private set; }
}
