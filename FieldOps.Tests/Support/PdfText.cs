using System.Diagnostics;

namespace FieldOps.Tests.Support;

/// <summary>Extracts the text of a PDF with poppler's pdftotext, as a person searching the file would see it.</summary>
public static class PdfText
{
    public static async Task<string> ExtractAsync(byte[] pdf)
    {
        var path = Path.Combine(TestDirectories.Create("pdf"), "document.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        var start = new ProcessStartInfo("pdftotext", ["-layout", path, "-"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext (poppler-utils) is needed to read PDFs back.");
        var text = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pdftotext failed: {error}");
        return text;
    }

    public static int PageCount(string extracted) => extracted.Count(c => c == '\f');
}
