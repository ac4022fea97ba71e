using FieldOps.Data.Platform;

namespace FieldOps.Data.Workshop;

/// <summary>
/// How many of an organization's invoices are in one status (paid ones per month they were paid in, by the garage's
/// calendar), what they total and what has been paid on them, in ten-thousandths
/// (<see cref="Platform.Summaries.ExactAmounts"/>). Database triggers keep it in the same transaction as every new
/// invoice, payment and void, so the billing dashboard's money (outstanding, and paid this month) adds up a few rows
/// instead of every unpaid invoice. Never written by the application; <see cref="Platform.Summaries.SummaryCounts.RebuildAsync"/>
/// recounts it.
/// </summary>
public sealed class InvoiceCount : IOrganizationOwned
{
    /// <summary>The month of an invoice not paid (yet).</summary>
    public static readonly DateOnly NoMonth = new(1, 1, 1);

    public Guid OrganizationId { get; private set; }
    public InvoiceStatus Status { get; private set; }

    /// <summary>The first day of the month the invoices were paid in; <see cref="NoMonth"/> for those not paid.</summary>
    public DateOnly PaidMonth { get; private set; }

    public int Count { get; private set; }
    public long TotalTenThousandths { get; private set; }
    public long AmountPaidTenThousandths { get; private set; }
}
