namespace FieldOps.Web.Platform.Api;

/// <summary>An optional or required note with a decision (approve, reject), shared by every module's endpoints.</summary>
public sealed record NoteRequest(string? Note);

/// <summary>Why something is rejected or reversed.</summary>
public sealed record ReasonRequest(string? Reason);
