using FieldOps.Data.Platform;

namespace FieldOps.Data.Workshop;

/// <summary>
/// A customer invoice for a job. Its lines and amounts are fixed when it is issued and never edited: a mistake is
/// corrected by voiding it (with a reason, kept on record) and issuing a new one. Only the payment and void fields
/// change afterwards, and the save interceptor holds it to that.
/// </summary>
public sealed class Invoice : StatefulEntity<InvoiceStatus>, IPartlyImmutable
{
    public static StateMachine<InvoiceStatus> Workflow => InvoiceWorkflow.Definition.Transitions;

    private static readonly HashSet<string> Mutable =
    [
        nameof(Status), nameof(AmountPaid), nameof(PaidAt), nameof(PaidOn), nameof(PaymentMethod), nameof(PaymentReference), nameof(VoidedAt), nameof(VoidReason),
        nameof(Version), nameof(UpdatedAt), nameof(UpdatedBy),
    ];

    private readonly List<InvoiceLine> _lines = [];

    private Invoice()
    {
    }

    private Invoice(string number, Job job, Vehicle vehicle, Currency currency, decimal taxRate, string taxLabel, DateTime issuedAt,
        DateOnly dueDate, string? notes, bool isManual)
        : base(InvoiceStatus.Issued, isManual ? "Issued with manual lines" : "Issued from completed tasks and issued parts")
    {
        Number = number;
        JobId = job.Id;
        JobNumber = job.Number;
        CustomerName = vehicle.OwnerName;
        CustomerPhone = vehicle.OwnerPhone;
        CustomerEmail = vehicle.OwnerEmail;
        VehicleRegistration = vehicle.RegistrationNumber;
        VehicleDescription = vehicle.Description;
        CurrencyCode = currency.Code;
        CurrencyMinorUnits = currency.MinorUnits;
        TaxRate = taxRate;
        TaxLabel = taxLabel;
        IssuedAt = issuedAt;
        DueDate = dueDate;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        IsManual = isManual;
    }

    protected override StateMachine<InvoiceStatus> Transitions => Workflow;

    IReadOnlySet<string> IPartlyImmutable.MutableProperties => Mutable;

    public string Number { get; private set; } = "";
    public Guid JobId { get; private set; }
    public string JobNumber { get; private set; } = "";
    public string CustomerName { get; private set; } = "";
    public string? CustomerPhone { get; private set; }
    public string? CustomerEmail { get; private set; }
    public string VehicleRegistration { get; private set; } = "";
    public string VehicleDescription { get; private set; } = "";
    public string CurrencyCode { get; private set; } = "";
    public int CurrencyMinorUnits { get; private set; }
    public decimal TaxRate { get; private set; }
    public string TaxLabel { get; private set; } = "";
    public decimal Subtotal { get; private set; }
    public decimal TaxAmount { get; private set; }
    public decimal Total { get; private set; }
    public DateTime IssuedAt { get; private set; }
    public DateOnly DueDate { get; private set; }
    public string? Notes { get; private set; }
    public bool IsManual { get; private set; }
    /// <summary>What the customer has paid so far; the invoice is paid when it reaches the total.</summary>
    public decimal AmountPaid { get; private set; }

    public decimal BalanceDue => Total - AmountPaid;

    public DateTime? PaidAt { get; private set; }
    public DateOnly? PaidOn { get; private set; }
    public PaymentMethod? PaymentMethod { get; private set; }
    public string? PaymentReference { get; private set; }
    public DateTime? VoidedAt { get; private set; }
    public string? VoidReason { get; private set; }

    public IReadOnlyList<InvoiceLine> Lines => _lines;

    public Currency Currency => new(CurrencyCode, CurrencyMinorUnits);

    /// <summary>
    /// Issues an invoice for a job in billing and moves the job to invoiced. Each line total is rounded to the
    /// currency's minor unit; tax is the rate applied to the sum of the rounded lines, rounded; the total is their sum.
    /// </summary>
    public static Invoice Issue(string number, Job job, Vehicle vehicle, IReadOnlyList<InvoiceLineDraft> lines, Currency currency,
        decimal taxRate, string taxLabel, DateTime issuedAt, DateOnly dueDate, string? notes, bool isManual)
    {
        if (job.Status != JobStatus.Billing)
        {
            throw new BusinessRuleException($"Job {job.Number} is {Job.Words(job.Status)}; only jobs in billing can be invoiced.");
        }
        if (lines.Count == 0)
        {
            throw new BusinessRuleException($"Job {job.Number} has nothing to invoice: no completed task actions and no issued parts. Add manual lines instead.");
        }
        var invoice = new Invoice(number, job, vehicle, currency, taxRate, taxLabel, issuedAt, dueDate, notes, isManual);
        var position = 1;
        foreach (var draft in lines)
        {
            invoice._lines.Add(new InvoiceLine(invoice.Id, position++, draft, currency));
        }
        invoice.Subtotal = invoice._lines.Sum(l => l.LineTotal);
        invoice.TaxAmount = currency.Round(invoice.Subtotal * taxRate);
        invoice.Total = invoice.Subtotal + invoice.TaxAmount;
        job.MarkInvoiced(invoice);
        return invoice;
    }

    /// <summary>Whether the invoice is still due after its due date, on <paramref name="today"/> (the organization's date).</summary>
    public bool IsOverdueOn(DateOnly today) => Status == InvoiceStatus.Issued && DueDate < today;

    /// <summary>Records the payment of the whole balance due.</summary>
    public InvoicePayment MarkPaid(DateOnly paidOn, PaymentMethod method, string? reference, DateTime at, string byName) =>
        RecordPayment(BalanceDue, paidOn, method, reference, at, byName);

    /// <summary>Records a payment of <paramref name="amount"/> (at most the balance due). The invoice is paid when
    /// nothing is left to pay; until then each part payment is in its history.</summary>
    public InvoicePayment RecordPayment(decimal amount, DateOnly paidOn, PaymentMethod method, string? reference, DateTime at, string byName)
    {
        if (Status != InvoiceStatus.Issued)
        {
            throw new InvalidTransitionException(HistoryEntityType, Status.ToString(), InvoiceStatus.Paid.ToString());
        }
        var payment = Payment.Of(paidOn, method, reference);
        var paid = Currency.Round(amount);
        if (paid <= 0)
        {
            throw new InputValidationException("amount", "Enter the amount received.");
        }
        if (paid > BalanceDue)
        {
            throw new InputValidationException("amount", $"The balance due is {Currency.Format(BalanceDue)}: a payment cannot be more.");
        }
        AmountPaid += paid;
        var how = $"{Currency.Format(paid)} by {Words(method)}{(payment.Reference is null ? "" : $", reference {payment.Reference}")}, recorded by {byName}";
        if (BalanceDue == 0)
        {
            Run(InvoiceWorkflow.Definition.MarkPaid, $"Paid in full: {how}");
            PaidAt = at;
            PaidOn = paidOn;
            PaymentMethod = method;
            PaymentReference = payment.Reference;
        }
        else
        {
            Run(InvoiceWorkflow.Definition.RecordPayment, $"Part payment of {how}; {Currency.Format(BalanceDue)} still due");
        }
        return new InvoicePayment(Id, paid, paidOn, method, reference, at, byName);
    }

    /// <summary>Voids an unpaid invoice so a corrected one can be issued; the job goes back to billing.</summary>
    public void Void(Job job, string reason, DateTime at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InputValidationException("reason", "Say why the invoice is voided.");
        }
        if (Status == InvoiceStatus.Issued && AmountPaid > 0)
        {
            throw new BusinessRuleException($"{Currency.Format(AmountPaid)} was already paid on invoice {Number}: it cannot be voided.");
        }
        Run(InvoiceWorkflow.Definition.Void, reason.Trim());
        VoidedAt = at;
        VoidReason = reason.Trim();
        job.InvoiceVoided(this, reason.Trim());
    }

    public static string Words(PaymentMethod method) => Payment.Words(method);
}

/// <summary>A line to put on an invoice, before it is issued.</summary>
public sealed record InvoiceLineDraft(InvoiceLineKind Kind, string Description, decimal Quantity, decimal UnitPrice);
