using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Platform.Numbering;

/// <summary>The last number used in one numbering series of an organization ("INV-2026").</summary>
public sealed class NumberSequence : Entity, IOrganizationOwned, IVersioned
{
    private NumberSequence()
    {
    }

    internal NumberSequence(string series) => Series = series;

    public Guid OrganizationId { get; private set; }
    public string Series { get; private set; } = "";
    public int LastValue { get; private set; }
    public int Version { get; private set; }

    internal int Take() => ++LastValue;
}

/// <summary>
/// Gap-free document numbers (INV-2026-0001, INV-2026-0002 …), unique per organization and series. The number is
/// taken inside the caller's unit of work, so it is used only if the document is saved; two writers that take the
/// same number collide on the sequence's version and the loser runs again (see <c>UnitOfWork</c>).
/// </summary>
public static class DocumentNumbers
{
    public static async Task<string> NextAsync(FieldOpsDbContext db, string prefix, int year, CancellationToken cancellationToken)
    {
        var series = $"{prefix}-{year}";
        var sequence = await db.Set<NumberSequence>().SingleOrDefaultAsync(s => s.Series == series, cancellationToken);
        if (sequence is null)
        {
            sequence = new NumberSequence(series);
            db.Add(sequence);
        }
        return $"{series}-{sequence.Take():D4}";
    }
}
