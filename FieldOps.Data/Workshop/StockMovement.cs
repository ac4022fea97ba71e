using FieldOps.Data.Platform;

namespace FieldOps.Data.Workshop;

/// <summary>One change to an item's stock, with who and why. Permanent.</summary>
public sealed class StockMovement : OrganizationEntity, IAppendOnly
{
    private StockMovement()
    {
    }

    internal StockMovement(Guid warehouseItemId, StockMovementType type, int quantityChange, int quantityAfter, string reason,
        string byName, Guid? sparePartRequestId, decimal unitCost)
    {
        WarehouseItemId = warehouseItemId;
        Type = type;
        QuantityChange = quantityChange;
        QuantityAfter = quantityAfter;
        Reason = reason;
        ByName = byName;
        SparePartRequestId = sparePartRequestId;
        UnitCost = unitCost;
    }

    public Guid WarehouseItemId { get; private set; }
    public StockMovementType Type { get; private set; }
    public int QuantityChange { get; private set; }
    public int QuantityAfter { get; private set; }
    public string Reason { get; private set; } = "";
    public string ByName { get; private set; } = "";
    public Guid? SparePartRequestId { get; private set; }
    public decimal UnitCost { get; private set; }
}
