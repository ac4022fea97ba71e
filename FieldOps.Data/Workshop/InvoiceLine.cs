using FieldOps.Data.Platform;

namespace FieldOps.Data.Workshop;

/// <summary>A line of an issued invoice. Permanent.</summary>
public sealed class InvoiceLine : Entity, IOrganizationOwned, IAppendOnly
{
    private InvoiceLine()
    {
    }

    internal InvoiceLine(Guid invoiceId, int position, InvoiceLineDraft draft, Currency currency)
    {
        if (draft.Quantity <= 0)
        {
            throw new InputValidationException("quantity", $"\"{draft.Description}\": the quantity must be more than zero.");
        }
        if (draft.UnitPrice < 0)
        {
            throw new InputValidationException("unitPrice", $"\"{draft.Description}\": the unit price cannot be negative.");
        }
        InvoiceId = invoiceId;
        Position = position;
        Kind = draft.Kind;
        Description = draft.Description.Trim();
        Quantity = draft.Quantity;
        UnitPrice = draft.UnitPrice;
        LineTotal = currency.Round(draft.Quantity * draft.UnitPrice);
    }

    public Guid OrganizationId { get; private set; }
    public Guid InvoiceId { get; private set; }
    public int Position { get; private set; }
    public InvoiceLineKind Kind { get; private set; }
    public string Description { get; private set; } = "";
    public decimal Quantity { get; private set; }
    public decimal UnitPrice { get; private set; }
    public decimal LineTotal { get; private set; }
}
