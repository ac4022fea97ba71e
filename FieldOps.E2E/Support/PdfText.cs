using System.Diagnostics;

namespace FieldOps.E2E.Support;

/// <summary>The text of a PDF as poppler's pdftotext extracts it.</summary>
public static class PdfText
{
    public static async Task<string> ExtractAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"fieldops-e2e-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", path, "-"]) { RedirectStandardOutput = true })
                ?? throw new InvalidOperationException("pdftotext (poppler-utils) is needed to read PDFs back.");
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
