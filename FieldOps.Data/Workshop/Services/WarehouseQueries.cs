using FieldOps.Data.Platform.Lists;

namespace FieldOps.Data.Workshop.Services;

/// <summary>The stock list query, shared by the warehouse API, its dashboard and the export.</summary>
internal static class WarehouseQueries
{
    public static readonly SortKeys<WarehouseItemView> Sorts = new SortKeys<WarehouseItemView>()
        .Add("sku", i => i.Sku)
        .Add("name", i => i.Name, isDefault: true)
        .Add("quantity", i => i.Quantity)
        .Add("reorderPoint", i => i.ReorderPoint)
        .Add("location", i => i.Location);

    public static IQueryable<WarehouseItemView> Views(FieldOpsDbContext db, WarehouseFilter filter, string currency)
    {
        var items = db.Set<WarehouseItem>().AsQueryable();
        if (!filter.IncludeInactive)
        {
            items = items.Where(i => i.IsActive);
        }
        if (filter.LowStockOnly)
        {
            items = items.Where(i => i.QuantityOnHand <= i.ReorderPoint);
        }
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim().ToUpperInvariant();
            items = items.Where(i => i.Sku.Contains(search) || i.Name.ToUpper().Contains(search));
        }
        return items.Select(i => new WarehouseItemView
        {
            Id = i.Id,
            Sku = i.Sku,
            Name = i.Name,
            Description = i.Description,
            Unit = i.Unit,
            Quantity = i.QuantityOnHand,
            UnitCost = i.UnitCost,
            UnitPrice = i.UnitPrice,
            ReorderPoint = i.ReorderPoint,
            Location = i.Location,
            IsActive = i.IsActive,
            IsLowStock = i.QuantityOnHand <= i.ReorderPoint,
            Currency = currency,
            Version = i.Version,
        });
    }
}
