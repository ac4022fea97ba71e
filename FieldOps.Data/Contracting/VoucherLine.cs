using FieldOps.Data.Platform;

namespace FieldOps.Data.Contracting;

/// <summary>A line of work claimed on a voucher: quantity × rate.</summary>
public sealed class VoucherLine : Entity, IOrganizationOwned
{
    private VoucherLine()
    {
    }

    internal VoucherLine(Guid voucherId, int position, VoucherLineDraft draft, Currency currency)
    {
        if (string.IsNullOrWhiteSpace(draft.Description))
        {
            throw new InputValidationException("description", "Describe each line.");
        }
        if (draft.Quantity <= 0)
        {
            throw new InputValidationException("quantity", $"\"{draft.Description}\": the quantity must be more than zero.");
        }
        if (draft.Rate < 0)
        {
            throw new InputValidationException("rate", $"\"{draft.Description}\": the rate cannot be negative.");
        }
        VoucherId = voucherId;
        Position = position;
        Description = draft.Description.Trim();
        Quantity = draft.Quantity;
        Unit = string.IsNullOrWhiteSpace(draft.Unit) ? null : draft.Unit.Trim();
        Rate = draft.Rate;
        Amount = currency.Round(draft.Quantity * draft.Rate);
    }

    public Guid OrganizationId { get; private set; }
    public Guid VoucherId { get; private set; }
    public int Position { get; private set; }
    public string Description { get; private set; } = "";
    public decimal Quantity { get; private set; }
    public string? Unit { get; private set; }
    public decimal Rate { get; private set; }
    public decimal Amount { get; private set; }
}
