using FieldOps.Data.Platform.Attachments;

namespace FieldOps.Tests.Platform;

public sealed class FileKindTests
{
    public static TheoryData<byte[], string?> Headers() => new()
    {
        { [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], "image/jpeg" },
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "image/png" },
        { "RIFF\0\0\0\0WEBPVP8 "u8.ToArray(), "image/webp" },
        { "\0\0\0\u0018ftypheic\0\0\0\0"u8.ToArray(), "image/heic" },
        { "%PDF-1.7\n"u8.ToArray(), "application/pdf" },
        { "MZ\u0090\0\u0003\0\0\0"u8.ToArray(), null },
        { "<html><script>"u8.ToArray(), null },
        { "GIF89a"u8.ToArray(), null },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void Detect_RecognisesAllowedKindsByContent(byte[] header, string? contentType) =>
        Assert.Equal(contentType, FileKind.Detect(header)?.ContentType);

    [Theory]
    [InlineData("photo.JPG", "image/jpeg")]
    [InlineData("scan.pdf", "application/pdf")]
    [InlineData("setup.exe", null)]
    [InlineData("photo.jpg.exe", null)]
    [InlineData("no-extension", null)]
    public void ForExtension_AllowsOnlyKnownExtensions(string name, string? contentType) =>
        Assert.Equal(contentType, FileKind.ForExtension(name)?.ContentType);
}
