using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Contracting.Services;

/// <summary>The business's material stock: kept by the admin, visible (read-only) to contractors.</summary>
public sealed class MaterialService(IDbContextFactory<FieldOpsDbContext> contextFactory, ContractingGuard guard, IValidator<MaterialInput> validator)
{
    internal static IQueryable<MaterialView> ListQuery(FieldOpsDbContext db, Guid? id = null) =>
        db.Set<MaterialStock>().Where(m => id == null || m.Id == id).OrderBy(m => m.ItemName)
            .Select(m => new MaterialView(m.Id, m.ItemName, m.Unit, m.Quantity, m.Location, m.Notes, m.UpdatedAt ?? m.CreatedAt));

    public async Task<IReadOnlyList<MaterialView>> ListAsync(CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await ListQuery(db).ToListAsync(cancellationToken);
    }

    public async Task<MaterialView> SaveAsync(Guid? id, MaterialInput input, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        var savedId = await contextFactory.WriteAsync(async db =>
        {
            if (id is null)
            {
                var material = new MaterialStock(input.ItemName, input.Unit, input.Quantity!.Value, input.Location, input.Notes);
                db.Add(material);
                return material.Id;
            }
            var existing = await db.Set<MaterialStock>().SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
                ?? throw new RecordNotFoundException("Material", id);
            existing.Update(input.ItemName, input.Unit, input.Quantity!.Value, input.Location, input.Notes);
            return existing.Id;
        }, cancellationToken);
        await using var read = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await ListQuery(read, savedId).SingleAsync(cancellationToken);
    }
}
