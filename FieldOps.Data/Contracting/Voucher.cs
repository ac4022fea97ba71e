using FieldOps.Data.Platform;

namespace FieldOps.Data.Contracting;

/// <summary>
/// A payment voucher for a subcontractor's work over a period (usually a week). The admin drafts it, submits,
/// approves and pays it; paying records the ledger payment in the same transaction. Its lines change only while it is
/// a draft; a rejected voucher goes back to draft to be corrected and submitted again.
/// </summary>
public sealed class Voucher : StatefulEntity<VoucherStatus>
{
    public static StateMachine<VoucherStatus> Workflow => VoucherWorkflow.Definition.Transitions;

    private static VoucherWorkflow Actions => VoucherWorkflow.Definition;

    private readonly List<VoucherLine> _lines = [];
    private readonly List<VoucherClaim> _claims = [];

    private Voucher()
    {
    }

    public Voucher(string number, Subcontractor subcontractor, Guid? projectId, DateOnly periodStart, DateOnly periodEnd, Currency currency, string? notes)
        : base(VoucherStatus.Draft, $"Drafted for {periodStart:d MMM} – {periodEnd:d MMM yyyy}")
    {
        if (periodEnd < periodStart)
        {
            throw new InputValidationException("periodEnd", "The period ends before it starts.");
        }
        Number = number;
        SubcontractorId = subcontractor.Id;
        ProjectId = projectId;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        CurrencyCode = currency.Code;
        CurrencyMinorUnits = currency.MinorUnits;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
    }

    protected override StateMachine<VoucherStatus> Transitions => Workflow;

    public string Number { get; private set; } = "";
    public Guid SubcontractorId { get; private set; }
    public Guid? ProjectId { get; private set; }
    public DateOnly PeriodStart { get; private set; }
    public DateOnly PeriodEnd { get; private set; }
    public string CurrencyCode { get; private set; } = "";
    public int CurrencyMinorUnits { get; private set; }
    public decimal Total { get; private set; }
    public string? Notes { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public string? ApprovedById { get; private set; }
    public string? ApprovedByName { get; private set; }
    public DateTime? ApprovedAt { get; private set; }
    public string? RejectionReason { get; private set; }
    public DateOnly? PaidOn { get; private set; }
    public PaymentMethod? PaymentMethod { get; private set; }
    public string? PaymentReference { get; private set; }

    public IReadOnlyList<VoucherLine> Lines => _lines;

    /// <summary>The daily logs this voucher pays for (see <see cref="VoucherClaim"/>).</summary>
    public IReadOnlyList<VoucherClaim> Claims => _claims;

    /// <summary>Claims the daily logs its lines were drafted from, so no other voucher can pay them.</summary>
    public void Claim(IEnumerable<Guid> dailyLogIds) => _claims.AddRange(dailyLogIds.Select(id => new VoucherClaim(Id, id)));

    public Currency Currency => new(CurrencyCode, CurrencyMinorUnits);

    /// <summary>Replaces the lines of a draft. Each amount is rounded to the currency's minor unit.</summary>
    public IReadOnlyList<VoucherLine> ReplaceLines(IEnumerable<VoucherLineDraft> drafts)
    {
        if (Status != VoucherStatus.Draft)
        {
            throw new BusinessRuleException($"Voucher {Number} is {Status.ToString().ToLowerInvariant()}; only a draft's lines can change.");
        }
        var removed = _lines.ToList();
        _lines.Clear();
        var position = 1;
        foreach (var draft in drafts)
        {
            _lines.Add(new VoucherLine(Id, position++, draft, Currency));
        }
        var total = _lines.Sum(l => l.Amount);
        if (total > InputLimits.MaxDocumentTotal)
        {
            // Leave the voucher as it was: the caller sees a field error and nothing is saved.
            _lines.Clear();
            _lines.AddRange(removed);
            throw new InputValidationException("lines", $"A voucher cannot total more than {InputLimits.MaxDocumentTotal:N0}.");
        }
        Total = total;
        return removed;
    }

    public void Submit(DateTime at)
    {
        if (_lines.Count == 0 || Total <= 0)
        {
            throw new BusinessRuleException($"Voucher {Number} has nothing to claim. Add the work done before submitting it.");
        }
        Run(Actions.Submit);
        SubmittedAt = at;
        RejectionReason = null;
    }

    /// <summary>Approves a submitted voucher. Under the four-eyes rule whoever drafted it cannot approve it.</summary>
    public void Approve(string byId, string byName, DateTime at, bool fourEyes)
    {
        if (fourEyes && byId == CreatedBy)
        {
            throw new BusinessRuleException($"You drafted voucher {Number}: under your organization's four-eyes rule another admin approves it.");
        }
        Run(Actions.Approve, $"Approved by {byName}");
        ApprovedById = byId;
        ApprovedByName = byName;
        ApprovedAt = at;
    }

    /// <summary>Removes a draft (its lines and claims go with it, freeing its daily logs); the history records it.</summary>
    public void Delete(string? reason)
    {
        if (Status != VoucherStatus.Draft)
        {
            throw new BusinessRuleException($"Voucher {Number} is {Status.ToString().ToLowerInvariant()}: only a draft can be deleted. Reject it instead.");
        }
        RecordDeletion(string.IsNullOrWhiteSpace(reason) ? "Draft deleted" : $"Draft deleted: {reason.Trim()}");
    }

    public void Reject(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InputValidationException("reason", "Say why the voucher is rejected, so it can be corrected.");
        }
        Run(Actions.Reject, reason.Trim());
        RejectionReason = reason.Trim();
    }

    /// <summary>A rejected voucher becomes a draft again, to be corrected and resubmitted.</summary>
    public void Reopen() => Run(Actions.Reopen);

    /// <summary>Records the payment and returns the ledger entry for it.</summary>
    public LedgerEntry Pay(DateOnly paidOn, PaymentMethod method, string? reference, string byId, bool fourEyes)
    {
        if (fourEyes && (byId == CreatedBy || byId == ApprovedById))
        {
            throw new BusinessRuleException($"You drafted or approved voucher {Number}: under your organization's four-eyes rule another admin pays it.");
        }
        _ = Payment.Of(paidOn, method, reference);
        Run(Actions.Pay, $"Paid {paidOn:d MMM yyyy}{(string.IsNullOrWhiteSpace(reference) ? "" : $", reference {reference.Trim()}")}");
        PaidOn = paidOn;
        PaymentMethod = method;
        PaymentReference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        return LedgerEntry.ForVoucherPayment(this);
    }
}

public sealed record VoucherLineDraft(string Description, decimal Quantity, string? Unit, decimal Rate);
