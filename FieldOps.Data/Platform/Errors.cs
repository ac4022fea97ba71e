namespace FieldOps.Data.Platform;

/// <summary>A business rule said no: an illegal state change, a conflicting action. The API answers 409.</summary>
public class BusinessRuleException(string message) : Exception(message);

/// <summary>A state change that the record's transition table does not allow.</summary>
public sealed class InvalidTransitionException(string recordType, string from, string to)
    : BusinessRuleException($"A {recordType} cannot move from {Humanize(from)} to {Humanize(to)}.")
{
    public string RecordType { get; } = recordType;
    public string From { get; } = from;
    public string To { get; } = to;

    private static string Humanize(string status) =>
        string.Concat(status.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

/// <summary>Someone else changed the record first. The API answers 409; the user reloads and tries again.</summary>
public sealed class ConcurrencyConflictException(string message = "Someone else changed this record at the same time. Reload it and try again.")
    : BusinessRuleException(message);

/// <summary>The record does not exist, or belongs to another organization (which must never be revealed). 404.</summary>
public sealed class RecordNotFoundException(string recordType, object id)
    : Exception($"{recordType} {id} was not found.")
{
    public string RecordType { get; } = recordType;
}

/// <summary>The caller is signed in but may not do this: wrong role, or a record of their organization that is not
/// theirs (another technician's job, another subcontractor's voucher). 403.</summary>
public sealed class AccessDeniedException(string message) : Exception(message);

/// <summary>Input failed validation. Field name → messages. The API answers 422; forms show them beside fields.</summary>
public sealed class InputValidationException : Exception
{
    public InputValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base("Some of the information entered is not valid: " + string.Join(" ", errors.SelectMany(e => e.Value)))
    {
        Errors = errors;
    }

    public InputValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
