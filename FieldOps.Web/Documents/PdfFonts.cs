using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace FieldOps.Web.Documents;

/// <summary>
/// PDFsharp has no access to system fonts on Linux, so fonts are resolved here: DejaVu Sans from the system's font
/// folder (embedded, so the text stays extractable), or PDFsharp's bundled fail-safe font where DejaVu is missing.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Family = "FieldOps Sans";

    private static readonly string[] Folders =
    [
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/dejavu",
        "/usr/local/share/fonts/dejavu",
    ];

    private static readonly Lock InitializationLock = new();
    private static bool _initialized;

    private readonly ConcurrentDictionary<string, byte[]> _faces = new();
    private readonly string? _folder = Folders.FirstOrDefault(folder => File.Exists(Path.Combine(folder, "DejaVuSans.ttf")));
    private readonly PdfSharp.Snippets.Font.FailsafeFontResolver _failsafe = new();

    /// <summary>Sets up PDFsharp once per process: this font resolver.</summary>
    public static void EnsureInitialized()
    {
        lock (InitializationLock)
        {
            if (_initialized)
            {
                return;
            }
            GlobalFontSettings.FontResolver = new PdfFonts();
            _initialized = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (_folder is null)
        {
            return _failsafe.ResolveTypeface(familyName, bold, italic);
        }
        var face = (bold, italic) switch
        {
            (true, true) => "DejaVuSans-BoldOblique",
            (true, false) => "DejaVuSans-Bold",
            (false, true) => "DejaVuSans-Oblique",
            _ => "DejaVuSans",
        };
        return File.Exists(Path.Combine(_folder, face + ".ttf"))
            ? new FontResolverInfo(face)
            : new FontResolverInfo("DejaVuSans", bold, italic);
    }

    public byte[]? GetFont(string faceName) =>
        _folder is null
            ? _failsafe.GetFont(faceName)
            : _faces.GetOrAdd(faceName, face => File.ReadAllBytes(Path.Combine(_folder, face + ".ttf")));
}
