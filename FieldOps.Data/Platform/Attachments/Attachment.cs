namespace FieldOps.Data.Platform.Attachments;

/// <summary>A photo or document attached to a record. Stored outside the web root under a generated name; never
/// changed or removed, so nothing attached is lost when the record moves on.</summary>
public sealed class Attachment : OrganizationEntity, IAppendOnly
{
    private Attachment()
    {
    }

    internal Attachment(Guid id, string recordType, Guid recordId, string? label, string fileName, FileKind kind, long sizeBytes,
        string storageName, string sha256, string uploadedByName)
    {
        Id = id;
        RecordType = recordType;
        RecordId = recordId;
        Label = string.IsNullOrWhiteSpace(label) ? null : label.Trim();
        FileName = fileName;
        ContentType = kind.ContentType;
        SizeBytes = sizeBytes;
        StorageName = storageName;
        Sha256 = sha256;
        UploadedByName = uploadedByName;
    }

    public string RecordType { get; private set; } = "";
    public Guid RecordId { get; private set; }
    public string? Label { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public string StorageName { get; private set; } = "";
    public string Sha256 { get; private set; } = "";
    public string UploadedByName { get; private set; } = "";

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

public sealed record AttachmentInfo(Guid Id, string RecordType, Guid RecordId, string? Label, string FileName, string ContentType,
    long SizeBytes, bool IsImage, DateTime UploadedAt, string UploadedByName)
{
    public string Url => $"/api/attachments/{Id}";
}
