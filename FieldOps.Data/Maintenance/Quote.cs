using FieldOps.Data.Platform;

namespace FieldOps.Data.Maintenance;

/// <summary>
/// A formal quote for a request, from a vendor on file or a named outside vendor: number Q-YYYY-NNNN, amount,
/// itemized costs that add up to it, and a valid-until date after which it expires and cannot be approved.
/// </summary>
public sealed class Quote : StatefulEntity<QuoteStatus>
{
    private static QuoteWorkflow Actions => QuoteWorkflow.Definition;

    private readonly List<QuoteItem> _items = [];

    private Quote()
    {
    }

    public Quote(string number, MaintenanceRequest request, Guid? vendorId, string vendorName, string? vendorContact, string? vendorEmail, decimal amount,
        string description, IReadOnlyList<(string Item, decimal Cost)> items, DateOnly validUntil, bool needsOwner, string submittedByName, DateTime at)
        : base(QuoteStatus.Pending, $"Submitted by {submittedByName}")
    {
        if (items.Count == 0)
        {
            throw new InputValidationException("items", "Itemize the quote: at least one line with its cost.");
        }
        var currency = request.Currency;
        var rounded = currency.Round(amount);
        var sum = items.Sum(i => currency.Round(i.Cost));
        if (sum != rounded)
        {
            throw new InputValidationException("items", $"The items add up to {currency.Format(sum)}, not the quote's amount of {currency.Format(rounded)}.");
        }
        Number = number;
        RequestId = request.Id;
        OwnerUserId = request.OwnerUserId;
        VendorId = vendorId;
        VendorName = vendorName.Trim();
        VendorContact = string.IsNullOrWhiteSpace(vendorContact) ? null : vendorContact.Trim();
        VendorEmail = string.IsNullOrWhiteSpace(vendorEmail) ? null : vendorEmail.Trim();
        Amount = rounded;
        Description = description.Trim();
        ValidUntil = validUntil;
        NeedsOwner = needsOwner;
        SubmittedByName = submittedByName;
        SubmittedAt = at;
        var position = 1;
        foreach (var (item, cost) in items)
        {
            _items.Add(new QuoteItem(Id, position++, item, currency.Round(cost)));
        }
    }

    protected override StateMachine<QuoteStatus> Transitions => Actions.Transitions;

    public string Number { get; private set; } = "";
    public Guid RequestId { get; private set; }
    public string OwnerUserId { get; private set; } = "";
    public Guid? VendorId { get; private set; }
    public string VendorName { get; private set; } = "";
    public string? VendorContact { get; private set; }
    public string? VendorEmail { get; private set; }
    public decimal Amount { get; private set; }
    public string Description { get; private set; } = "";
    public DateOnly ValidUntil { get; private set; }

    /// <summary>Whether the amount is above the manager's approval limit, so only the owner may approve it.</summary>
    public bool NeedsOwner { get; private set; }
    public string SubmittedByName { get; private set; } = "";
    public DateTime SubmittedAt { get; private set; }
    public string? DecidedByName { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? DecisionNote { get; private set; }

    public IReadOnlyList<QuoteItem> Items => _items;

    /// <summary>Whether the quote is past its valid-until date on <paramref name="today"/> (the firm's calendar).</summary>
    public bool IsPastValidity(DateOnly today) => today > ValidUntil;

    public void Approve(string byName, string? notes, DateOnly today, DateTime at)
    {
        if (Status == QuoteStatus.Pending && IsPastValidity(today))
        {
            throw new BusinessRuleException($"Quote {Number} expired on {ValidUntil:d MMM yyyy} and cannot be approved. Ask {VendorName} for a new one.");
        }
        Run(Actions.Approve, $"Approved by {byName}");
        Decide(byName, notes, at);
    }

    public void Reject(string byName, string reason, DateTime at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InputValidationException("reason", "Say why the quote is rejected.");
        }
        Run(Actions.Reject, reason.Trim());
        Decide(byName, reason, at);
    }

    internal void LoseTo(Quote winner, DateTime at)
    {
        Run(Actions.AnotherSelected, $"Another quote was selected ({winner.Number})");
        Decide("System", "Another quote was selected", at);
    }

    internal void ExpireIfPast(DateOnly today, DateTime at)
    {
        if (Status == QuoteStatus.Pending && IsPastValidity(today))
        {
            Run(Actions.Expire, $"Valid until {ValidUntil:d MMM yyyy}");
            DecidedAt = at;
        }
    }

    private void Decide(string byName, string? note, DateTime at)
    {
        DecidedByName = byName;
        DecidedAt = at;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}

public sealed class QuoteItem : Entity, IOrganizationOwned
{
    private QuoteItem()
    {
    }

    internal QuoteItem(Guid quoteId, int position, string item, decimal cost)
    {
        if (string.IsNullOrWhiteSpace(item))
        {
            throw new InputValidationException("items", "Name every item of the quote.");
        }
        if (cost < 0)
        {
            throw new InputValidationException("items", $"\"{item}\": a cost cannot be negative.");
        }
        QuoteId = quoteId;
        Position = position;
        Item = item.Trim();
        Cost = cost;
    }

    public Guid OrganizationId { get; private set; }
    public Guid QuoteId { get; private set; }
    public int Position { get; private set; }
    public string Item { get; private set; } = "";
    public decimal Cost { get; private set; }
}
