using FieldOps.Data.Platform;

namespace FieldOps.Data.Workshop;

/// <summary>A stocked part. Its quantity changes only through stock movements (receipt, issue, adjustment), never
/// below zero: the database refuses it too.</summary>
public sealed class WarehouseItem : OrganizationEntity
{
    private WarehouseItem()
    {
    }

    public WarehouseItem(string sku, string name, string unit, decimal unitCost, decimal unitPrice, int reorderPoint)
    {
        Sku = NormalizeSku(sku);
        Update(name, null, unit, unitCost, unitPrice, reorderPoint, null);
        IsActive = true;
    }

    public string Sku { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Description { get; private set; }
    public string Unit { get; private set; } = "pcs";
    public int QuantityOnHand { get; private set; }
    public decimal UnitCost { get; private set; }
    public decimal UnitPrice { get; private set; }
    public int ReorderPoint { get; private set; }
    public string? Location { get; private set; }
    public bool IsActive { get; private set; }

    /// <summary>At or below the reorder point: time to order more.</summary>
    public bool IsLowStock => QuantityOnHand <= ReorderPoint;

    public void Update(string name, string? description, string unit, decimal unitCost, decimal unitPrice, int reorderPoint, string? location)
    {
        Name = name.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        Unit = string.IsNullOrWhiteSpace(unit) ? "pcs" : unit.Trim();
        UnitCost = unitCost;
        UnitPrice = unitPrice;
        ReorderPoint = reorderPoint;
        Location = string.IsNullOrWhiteSpace(location) ? null : location.Trim();
    }

    public void SetActive(bool active) => IsActive = active;

    public StockMovement Receive(int quantity, decimal? unitCost, string reason, string byName)
    {
        if (quantity <= 0)
        {
            throw new InputValidationException("quantity", "Receive at least one.");
        }
        if (unitCost is not null)
        {
            UnitCost = unitCost.Value;
        }
        return Move(StockMovementType.Receipt, quantity, reason, byName, null);
    }

    /// <summary>Takes stock for an approved parts request. Refuses when there is not enough.</summary>
    internal StockMovement Issue(SparePartRequest request, string byName)
    {
        if (request.Quantity > QuantityOnHand)
        {
            throw new BusinessRuleException(QuantityOnHand == 0
                ? $"{Name} is out of stock. Receive stock before issuing."
                : $"Only {QuantityOnHand} {Unit} of {Name} in stock; {request.Quantity} requested. Receive stock before issuing.");
        }
        return Move(StockMovementType.Issue, -request.Quantity, $"Issued for job {request.Job?.Number}", byName, request.Id);
    }

    /// <summary>Corrects the count after a stock-take, damage or loss; the reason is recorded.</summary>
    public StockMovement Adjust(int change, string reason, string byName)
    {
        if (change == 0)
        {
            throw new InputValidationException("quantityChange", "An adjustment changes the quantity by at least one.");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InputValidationException("reason", "Say why the stock is adjusted.");
        }
        if (QuantityOnHand + change < 0)
        {
            throw new BusinessRuleException($"Stock cannot go below zero: {QuantityOnHand} {Unit} on hand.");
        }
        return Move(StockMovementType.Adjustment, change, reason, byName, null);
    }

    private StockMovement Move(StockMovementType type, int change, string reason, string byName, Guid? requestId)
    {
        // Checked before adding, so no count can overflow: the shelf holds at most the limit.
        if ((long)QuantityOnHand + change > InputLimits.MaxStockQuantity)
        {
            throw new InputValidationException(type == StockMovementType.Adjustment ? "quantityChange" : "quantity",
                $"{Name} would hold more than {InputLimits.MaxStockQuantity:N0} {Unit}; {QuantityOnHand:N0} are on hand.");
        }
        QuantityOnHand += change;
        return new StockMovement(Id, type, change, QuantityOnHand, reason.Trim(), byName, requestId, UnitCost);
    }

    public static string NormalizeSku(string sku) => sku.Trim().ToUpperInvariant();
}
