using FieldOps.Data.Platform;

namespace FieldOps.Data.Contracting;

/// <summary>Building material the business holds, shown read-only to contractors.</summary>
public sealed class MaterialStock : OrganizationEntity
{
    private MaterialStock()
    {
    }

    public MaterialStock(string itemName, string unit, decimal quantity, string? location, string? notes)
    {
        Update(itemName, unit, quantity, location, notes);
    }

    public string ItemName { get; private set; } = "";
    public string Unit { get; private set; } = "";
    public decimal Quantity { get; private set; }
    public string? Location { get; private set; }
    public string? Notes { get; private set; }

    public void Update(string itemName, string unit, decimal quantity, string? location, string? notes)
    {
        if (quantity < 0)
        {
            throw new InputValidationException("quantity", "A quantity cannot be negative.");
        }
        ItemName = itemName.Trim();
        Unit = unit.Trim();
        Quantity = quantity;
        Location = string.IsNullOrWhiteSpace(location) ? null : location.Trim();
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
    }
}
