using FieldOps.Data.Platform.Access;
using FieldOps.Data.Platform.Attachments;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Platform.History;

public enum TimelineEntryKind
{
    StatusChange,
    Attachment,
}

/// <summary>One line of a record's history: a status change or a file added.</summary>
public sealed record TimelineEntry(DateTime At, TimelineEntryKind Kind, string Title, string? Note, string ActorName,
    string? FromStatus, string? ToStatus, AttachmentInfo? Attachment);

/// <summary>The history of any record with a status: every change (from, to, who, when, note) and every file added,
/// oldest first. Shown only to people who may see the record.</summary>
public sealed class TimelineService(IDbContextFactory<FieldOpsDbContext> contextFactory, RecordAccess access)
{
    public async Task<IReadOnlyList<TimelineEntry>> GetAsync(string recordType, Guid recordId, CancellationToken cancellationToken)
    {
        var policy = access.For(recordType);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await policy.EnsureCanViewAsync(db, recordId, cancellationToken);

        var changes = await db.StatusChanges.AsNoTracking()
            .Where(s => s.EntityType == policy.RecordType && s.EntityId == recordId)
            .ToListAsync(cancellationToken);
        var files = await db.Set<Attachment>().AsNoTracking()
            .Where(a => a.RecordType == policy.RecordType && a.RecordId == recordId)
            .ToListAsync(cancellationToken);

        var workflow = FieldOpsModules.All.SelectMany(m => m.Workflows).FirstOrDefault(w => w.RecordType == policy.RecordType);
        string Label(string status) => status == "Deleted" ? "Deleted" : workflow?.LabelOf(status) ?? Workflows.Words.Capitalized(status);
        return changes.Select(c => c.FromStatus == c.ToStatus
                ? new TimelineEntry(c.ChangedAt, TimelineEntryKind.StatusChange, c.Note ?? "Updated", null, c.ChangedByName, c.FromStatus, c.ToStatus, null)
                : new TimelineEntry(c.ChangedAt, TimelineEntryKind.StatusChange,
                    c.FromStatus is null ? $"Created as {Label(c.ToStatus).ToLowerInvariant()}" : $"{Label(c.FromStatus)} → {Label(c.ToStatus)}",
                    c.Note, c.ChangedByName, c.FromStatus, c.ToStatus, null))
            .Concat(files.Select(f => new TimelineEntry(f.CreatedAt, TimelineEntryKind.Attachment,
                $"Attached {f.FileName}", f.Label, f.UploadedByName, null, null, AttachmentService.ToInfo(f))))
            .OrderBy(e => e.At)
            .ToList();
    }
}
