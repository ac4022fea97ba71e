using System.Security.Cryptography;
using FieldOps.Data.Platform.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FieldOps.Data.Platform.Attachments;

/// <summary>
/// Stores and serves files attached to records. Uploads are checked for size, for an allowed type by extension
/// and by content, and against the record's access policy; files are kept under the data folder with generated
/// names and are only served to people who may see the record.
/// </summary>
public sealed class AttachmentService(
    IDbContextFactory<FieldOpsDbContext> contextFactory,
    RecordAccess access,
    ICurrentUser currentUser,
    TimeProvider clock,
    IOptions<FieldOpsOptions> options)
{
    private string Root => Path.Combine(options.Value.DataDirectory, "attachments");

    public long MaxBytes => options.Value.Attachments.MaxBytes;

    public async Task<AttachmentInfo> UploadAsync(string recordType, Guid recordId, string fileName, Stream content, string? label,
        CancellationToken cancellationToken)
    {
        var policy = access.For(recordType);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await policy.EnsureCanAttachAsync(db, recordId, cancellationToken);

        var safeName = SafeFileName(fileName);
        var claimed = FileKind.ForExtension(safeName)
            ?? throw new InputValidationException("file", $"\"{safeName}\" cannot be attached: only {FileKind.AllowedDescription} are accepted.");
        if (label?.Length > 80)
        {
            throw new InputValidationException("label", "A label can be at most 80 characters.");
        }

        var organizationId = currentUser.OrganizationId ?? throw new AccessDeniedException("Sign in to attach files.");
        var id = Guid.CreateVersion7();
        var relativePath = Path.Combine(organizationId.ToString("N"), clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            id.ToString("N") + claimed.Extensions[0]);
        var fullPath = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);

        var (size, hash, header) = await CopyWithLimitAsync(content, fullPath + ".part", safeName, cancellationToken);
        try
        {
            var actual = FileKind.Detect(header);
            if (actual != claimed)
            {
                throw new InputValidationException("file", actual is null
                    ? $"\"{safeName}\" is not a real {claimed.Name}: its content does not match its name. Only {FileKind.AllowedDescription} are accepted."
                    : $"\"{safeName}\" is really a {actual.Name}, not a {claimed.Name}. Rename it with the right extension and try again.");
            }
            File.Move(fullPath + ".part", fullPath);

            var attachment = new Attachment(id, policy.RecordType, recordId, label, safeName, claimed, size, relativePath, hash, currentUser.DisplayName);
            db.Add(attachment);
            await db.SaveChangesAsync(cancellationToken);
            return ToInfo(attachment);
        }
        catch
        {
            File.Delete(fullPath + ".part");
            File.Delete(fullPath);
            throw;
        }
    }

    public async Task<IReadOnlyList<AttachmentInfo>> ListAsync(string recordType, Guid recordId, CancellationToken cancellationToken)
    {
        var policy = access.For(recordType);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await policy.EnsureCanViewAsync(db, recordId, cancellationToken);
        var attachments = await db.Set<Attachment>()
            .Where(a => a.RecordType == policy.RecordType && a.RecordId == recordId)
            .OrderBy(a => a.CreatedAt)
            .ToListAsync(cancellationToken);
        return attachments.Select(ToInfo).ToList();
    }

    /// <summary>Opens an attachment for reading after checking the caller may see its record.</summary>
    public async Task<(AttachmentInfo Info, Stream Content)> OpenAsync(Guid attachmentId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var attachment = await db.Set<Attachment>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId, cancellationToken)
            ?? throw new RecordNotFoundException("Attachment", attachmentId);
        await access.For(attachment.RecordType).EnsureCanViewAsync(db, attachment.RecordId, cancellationToken);
        var path = Path.Combine(Root, attachment.StorageName);
        if (!File.Exists(path))
        {
            throw new RecordNotFoundException("Attachment file", attachmentId);
        }
        return (ToInfo(attachment), new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true));
    }

    private async Task<(long Size, string Sha256, byte[] Header)> CopyWithLimitAsync(Stream content, string path, string fileName,
        CancellationToken cancellationToken)
    {
        var limit = MaxBytes;
        var header = new byte[FileKind.HeaderLength];
        var headerLength = 0;
        long total = 0;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        await using (var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    output.Close();
                    File.Delete(path);
                    throw new InputValidationException("file",
                        $"\"{fileName}\" is larger than the {limit / (1024 * 1024)} MB limit. Send a smaller file or a lower-resolution photo.");
                }
                if (headerLength < header.Length)
                {
                    var take = Math.Min(header.Length - headerLength, read);
                    Array.Copy(buffer, 0, header, headerLength, take);
                    headerLength += take;
                }
                sha.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        if (total == 0)
        {
            File.Delete(path);
            throw new InputValidationException("file", $"\"{fileName}\" is empty.");
        }
        return (total, Convert.ToHexStringLower(sha.GetHashAndReset()), header[..headerLength]);
    }

    /// <summary>The file's own name, without any folder part or characters that could confuse a file system or header.</summary>
    private static string SafeFileName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var cleaned = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '/' or '\\' or ':' or '*' or '?' or '<' or '>' or '|')).ToArray()).Trim();
        if (cleaned.Length == 0)
        {
            throw new InputValidationException("file", "The file needs a name.");
        }
        return cleaned.Length > 150 ? cleaned[^150..] : cleaned;
    }

    internal static AttachmentInfo ToInfo(Attachment a) =>
        new(a.Id, a.RecordType, a.RecordId, a.Label, a.FileName, a.ContentType, a.SizeBytes, a.IsImage, a.CreatedAt, a.UploadedByName);
}
