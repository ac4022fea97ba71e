using FieldOps.Data.Platform;

namespace FieldOps.Data.Workshop;

/// <summary>One payment received against an invoice, in full or in part. Permanent: a mistake is corrected by the
/// business, never by editing what was recorded.</summary>
public sealed class InvoicePayment : Entity, IOrganizationOwned, IAppendOnly
{
    private InvoicePayment()
    {
    }

    internal InvoicePayment(Guid invoiceId, decimal amount, DateOnly paidOn, PaymentMethod method, string? reference, DateTime recordedAt, string recordedByName)
    {
        InvoiceId = invoiceId;
        Amount = amount;
        PaidOn = paidOn;
        Method = method;
        Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        RecordedAt = recordedAt;
        RecordedByName = recordedByName;
    }

    public Guid OrganizationId { get; private set; }
    public Guid InvoiceId { get; private set; }
    public decimal Amount { get; private set; }
    public DateOnly PaidOn { get; private set; }
    public PaymentMethod Method { get; private set; }
    public string? Reference { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public string RecordedByName { get; private set; } = "";
}
