namespace FieldOps.Data.Platform.Persistence;

/// <summary>
/// The version of a record the caller last saw, for the change it is making now: an API request's <c>If-Match</c>,
/// or the version a form loaded. A write unit checks the record it changes against it and refuses (412) when someone
/// else changed the record in between, so a stale form never overwrites another person's change. Because the check
/// runs inside the unit, the unit's retry after a concurrent save sees the new version and refuses as well: status
/// moves and numbering are retried, a user's edit never is.
/// </summary>
public static class ExpectedVersion
{
    private static readonly AsyncLocal<int?> Current = new();

    /// <summary>The version expected within the returned scope; null expects nothing (no precondition).</summary>
    public static IDisposable Expect(int? version)
    {
        var previous = Current.Value;
        Current.Value = version;
        return new Restore(previous);
    }

    /// <summary>The version the caller expects, or null.</summary>
    public static int? Value => Current.Value;

    /// <summary>Throws 412 when the caller expects another version of <paramref name="record"/> than it has.</summary>
    public static void Check(IVersioned record, string recordType)
    {
        if (Current.Value is { } expected && expected != record.Version)
        {
            throw new StaleVersionException(recordType, expected, record.Version);
        }
    }

    private sealed class Restore(int? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}

/// <summary>The record changed since the caller read it: nothing was saved (412 Precondition Failed).</summary>
public sealed class StaleVersionException(string recordType, int expected, int current)
    : Exception($"Someone else changed this {recordType} since you opened it. Reload it to see their change, then make yours again.")
{
    public string RecordType { get; } = recordType;
    public int Expected { get; } = expected;
    public int Current { get; } = current;
}

/// <summary>A view of a versioned record: its version travels to forms and to the API's <c>ETag</c>.</summary>
public interface IVersionedView
{
    int Version { get; }
}
