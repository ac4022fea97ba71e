using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Platform.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Workshop.Services;

/// <summary>The parts warehouse: items and their prices, stock receipts and adjustments (each a recorded movement),
/// and the low-stock list.</summary>
public sealed class WarehouseService(
    IDbContextFactory<FieldOpsDbContext> contextFactory,
    WorkshopGuard guard,
    WorkshopNotifications notify,
    IValidator<WarehouseItemInput> itemValidator,
    IValidator<StockReceiptInput> receiptValidator,
    IValidator<StockAdjustmentInput> adjustmentValidator)
{
    private static readonly string[] Keepers = [.. WorkshopModule.Warehouse.Roles];

    public async Task<ListPage<WarehouseItemView>> ListAsync(WarehouseFilter filter, ListRequest request, CancellationToken cancellationToken)
    {
        guard.RequireWorkshop();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = await ViewsAsync(db, filter, cancellationToken);
        var items = await WarehouseQueries.Sorts.Apply(query, request).Skip(request.SafeSkip).Take(request.SafeTake).ToListAsync(cancellationToken);
        return ListPage<WarehouseItemView>.Of(items, await query.CountUpToLimitAsync(cancellationToken));
    }

    public async IAsyncEnumerable<WarehouseItemView> StreamAsync(WarehouseFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        guard.RequireWorkshop();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = await ViewsAsync(db, filter, cancellationToken);
        await foreach (var item in WarehouseQueries.Sorts.Apply(query, new ListRequest()).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return item;
        }
    }

    public async Task<IReadOnlyList<WarehouseItemView>> LowStockAsync(CancellationToken cancellationToken) =>
        (await ListAsync(new WarehouseFilter(LowStockOnly: true), new ListRequest(0, ListRequest.MaxTake, "quantity"), cancellationToken)).Items;

    public async Task<WarehouseItemView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        guard.RequireWorkshop();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = await ViewsAsync(db, new WarehouseFilter(IncludeInactive: true), cancellationToken);
        return await query.SingleOrDefaultAsync(i => i.Id == id, cancellationToken) ?? throw new RecordNotFoundException("Warehouse item", id);
    }

    public async Task<WarehouseItemView> CreateAsync(WarehouseItemInput input, CancellationToken cancellationToken)
    {
        guard.Require("add warehouse items", Keepers);
        await itemValidator.ValidateAndThrowAsync(input, cancellationToken);
        var id = await contextFactory.WriteAsync(async db =>
        {
            var sku = WarehouseItem.NormalizeSku(input.Sku);
            if (await db.Set<WarehouseItem>().AnyAsync(i => i.Sku == sku, cancellationToken))
            {
                throw new InputValidationException("sku", $"SKU {sku} is already in use.");
            }
            var item = new WarehouseItem(sku, input.Name, input.Unit, input.UnitCost!.Value, input.UnitPrice!.Value, input.ReorderPoint!.Value);
            item.Update(input.Name, input.Description, input.Unit, input.UnitCost.Value, input.UnitPrice.Value, input.ReorderPoint.Value, input.Location);
            item.SetActive(input.IsActive);
            db.Add(item);
            if (input.Quantity > 0)
            {
                db.Add(item.Receive(input.Quantity.Value, null, "Opening stock", guard.UserName));
            }
            return item.Id;
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Changes an item's details and prices. Its quantity changes only by receipts, issues and adjustments.</summary>
    public async Task<WarehouseItemView> UpdateAsync(Guid id, WarehouseItemInput input, CancellationToken cancellationToken)
    {
        guard.Require("change warehouse items", Keepers);
        await itemValidator.ValidateAndThrowAsync(input, cancellationToken);
        await contextFactory.WriteAsync(async db =>
        {
            var item = await db.Set<WarehouseItem>().SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
                ?? throw new RecordNotFoundException("Warehouse item", id);
            await ApplyAsync(db, item, input, cancellationToken);
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Changes only the fields given, in one step: the item is read, merged and saved in one transaction, so
    /// two patches of different fields never undo each other.</summary>
    public async Task<WarehouseItemView> PatchAsync(Guid id, WarehouseItemPatch patch, CancellationToken cancellationToken)
    {
        guard.Require("change warehouse items", Keepers);
        await contextFactory.WriteAsync(async db =>
        {
            var item = await db.Set<WarehouseItem>().SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
                ?? throw new RecordNotFoundException("Warehouse item", id);
            var input = patch.Over(item);
            await itemValidator.ValidateAndThrowAsync(input, cancellationToken);
            await ApplyAsync(db, item, input, cancellationToken);
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    private async Task ApplyAsync(FieldOpsDbContext db, WarehouseItem item, WarehouseItemInput input, CancellationToken cancellationToken)
    {
        ExpectedVersion.Check(item, "warehouse item");
        if (WarehouseItem.NormalizeSku(input.Sku) != item.Sku)
        {
            throw new InputValidationException("sku", "An item's SKU cannot change; create a new item instead.");
        }
        if (input.Quantity is not null && input.Quantity != item.QuantityOnHand)
        {
            throw new InputValidationException("quantity", "Change the quantity with a stock receipt or an adjustment, so the change is recorded.");
        }
        var wasLow = item.IsLowStock;
        item.Update(input.Name, input.Description, input.Unit, input.UnitCost!.Value, input.UnitPrice!.Value, input.ReorderPoint!.Value, input.Location);
        item.SetActive(input.IsActive);
        if (!wasLow && item.IsLowStock)
        {
            await notify.LowStockAsync(db, item, cancellationToken);
        }
    }

    public async Task<WarehouseItemView> ReceiveAsync(Guid id, StockReceiptInput input, CancellationToken cancellationToken)
    {
        guard.Require("receive stock", Keepers);
        await receiptValidator.ValidateAndThrowAsync(input, cancellationToken);
        await ChangeStockAsync(id, (_, item) => item.Receive(input.Quantity!.Value, input.UnitCost,
            string.IsNullOrWhiteSpace(input.Reason) ? "Stock received" : input.Reason, guard.UserName), cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task<WarehouseItemView> AdjustAsync(Guid id, StockAdjustmentInput input, CancellationToken cancellationToken)
    {
        guard.Require("adjust stock", Keepers);
        await adjustmentValidator.ValidateAndThrowAsync(input, cancellationToken);
        await ChangeStockAsync(id, (_, item) => item.Adjust(input.QuantityChange!.Value, input.Reason, guard.UserName), cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    private Task ChangeStockAsync(Guid id, Func<FieldOpsDbContext, WarehouseItem, StockMovement> change, CancellationToken cancellationToken) =>
        contextFactory.WriteAsync(async db =>
        {
            var item = await db.Set<WarehouseItem>().SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
                ?? throw new RecordNotFoundException("Warehouse item", id);
            var wasLow = item.IsLowStock;
            db.Add(change(db, item));
            if (!wasLow && item.IsLowStock)
            {
                await notify.LowStockAsync(db, item, cancellationToken);
            }
        }, cancellationToken);

    public async Task<ListPage<StockMovementView>> MovementsAsync(Guid itemId, ListRequest request, CancellationToken cancellationToken)
    {
        guard.RequireWorkshop();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<WarehouseItem>().AnyAsync(i => i.Id == itemId, cancellationToken))
        {
            throw new RecordNotFoundException("Warehouse item", itemId);
        }
        var movements = db.Set<StockMovement>().Where(m => m.WarehouseItemId == itemId);
        var items = await movements.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip(request.SafeSkip).Take(request.SafeTake)
            .Select(m => new StockMovementView(m.Id, m.Type, m.QuantityChange, m.QuantityAfter, m.Reason, m.ByName, m.CreatedAt, m.SparePartRequestId))
            .ToListAsync(cancellationToken);
        return ListPage<StockMovementView>.Of(items, await movements.CountUpToLimitAsync(cancellationToken));
    }

    private static async Task<IQueryable<WarehouseItemView>> ViewsAsync(FieldOpsDbContext db, WarehouseFilter filter, CancellationToken cancellationToken) =>
        WarehouseQueries.Views(db, filter, (await db.OrganizationAsync(cancellationToken)).Currency.Code);
}
