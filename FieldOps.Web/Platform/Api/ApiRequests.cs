using FieldOps.Data.Platform;

namespace FieldOps.Web.Platform.Api;

/// <summary>An optional or required note with a decision (approve, reject), shared by every module's endpoints.</summary>
public sealed record NoteRequest(string? Note);

/// <summary>Why something is rejected or reversed.</summary>
public sealed record ReasonRequest(string? Reason);

/// <summary>
/// The one body of every reject: <c>{"reason": "…"}</c>. Daily-log and expense rejects took <c>{"note": "…"}</c>
/// before; that spelling is deprecated and still accepted for one release (its errors are reported under
/// <c>note</c>, as the caller wrote it).
/// </summary>
public sealed record RejectRequest(string? Reason, string? Note = null)
{
    public string Text => Reason ?? Note ?? "";

    private bool UsesDeprecatedNote => Reason is null && Note is not null;

    public async Task<T> RunAsync<T>(Func<string, Task<T>> reject)
    {
        try
        {
            return await reject(Text);
        }
        catch (InputValidationException invalid) when (UsesDeprecatedNote && invalid.Errors.ContainsKey("reason"))
        {
            throw new InputValidationException(invalid.Errors.ToDictionary(e => e.Key == "reason" ? "note" : e.Key, e => e.Value));
        }
    }

    public Task RunAsync(Func<string, Task> reject) => RunAsync(async text =>
    {
        await reject(text);
        return true;
    });
}
