namespace FieldOps.Data.Platform.Attachments;

/// <summary>A type of file FieldOps accepts, recognised by its content (magic bytes), not only its name.</summary>
public sealed record FileKind(string Name, string ContentType, IReadOnlyList<string> Extensions, bool IsImage)
{
    public static readonly FileKind Jpeg = new("JPEG image", "image/jpeg", [".jpg", ".jpeg"], true);
    public static readonly FileKind Png = new("PNG image", "image/png", [".png"], true);
    public static readonly FileKind Webp = new("WebP image", "image/webp", [".webp"], true);
    public static readonly FileKind Heic = new("HEIC photo", "image/heic", [".heic", ".heif"], true);
    public static readonly FileKind Pdf = new("PDF document", "application/pdf", [".pdf"], false);

    public static readonly IReadOnlyList<FileKind> Allowed = [Jpeg, Png, Webp, Heic, Pdf];

    /// <summary>How many leading bytes <see cref="Detect"/> needs.</summary>
    public const int HeaderLength = 16;

    public static FileKind? ForExtension(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return Allowed.FirstOrDefault(kind => kind.Extensions.Contains(extension));
    }

    /// <summary>The kind the content really is, from its first bytes; null when it is none of the allowed kinds.</summary>
    public static FileKind? Detect(ReadOnlySpan<byte> header)
    {
        if (header.Length >= 3 && header[0] == 0xFF && header[1] == 0xD8 && header[2] == 0xFF)
        {
            return Jpeg;
        }
        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }
        if (header.Length >= 12 && header[..4].SequenceEqual("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return Webp;
        }
        if (header.Length >= 12 && header[4..8].SequenceEqual("ftyp"u8) && IsHeifBrand(header[8..12]))
        {
            return Heic;
        }
        if (header.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }
        return null;
    }

    private static bool IsHeifBrand(ReadOnlySpan<byte> brand) =>
        brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("mif1"u8)
        || brand.SequenceEqual("msf1"u8) || brand.SequenceEqual("hevc"u8) || brand.SequenceEqual("heim"u8);

    public static string AllowedDescription => "JPEG, PNG, WebP or HEIC photos and PDF documents";
}
