namespace FieldOps.Data.Platform.Access;

/// <summary>
/// Who may see a kind of record, and who may attach files to it. Each module registers one per record type
/// (Job, Expense …). Attachments, timelines and documents ask it before serving anything. A record outside the
/// caller's organization is reported as not found; a record of their organization that is not theirs as denied.
/// </summary>
public interface IRecordAccessPolicy
{
    /// <summary>The record type key, as used in status history and attachment routes ("Job").</summary>
    string RecordType { get; }

    Task EnsureCanViewAsync(FieldOpsDbContext db, Guid recordId, CancellationToken cancellationToken);

    Task EnsureCanAttachAsync(FieldOpsDbContext db, Guid recordId, CancellationToken cancellationToken);
}

public sealed class RecordAccess(IEnumerable<IRecordAccessPolicy> policies)
{
    private readonly Dictionary<string, IRecordAccessPolicy> _policies =
        policies.ToDictionary(p => p.RecordType, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> RecordTypes => _policies.Keys;

    public IRecordAccessPolicy For(string recordType) =>
        _policies.TryGetValue(recordType, out var policy)
            ? policy
            : throw new InputValidationException("recordType", $"Files cannot be attached to \"{recordType}\".");

    /// <summary>The canonical spelling of a record type key ("job" → "Job").</summary>
    public string Normalize(string recordType) => For(recordType).RecordType;
}
