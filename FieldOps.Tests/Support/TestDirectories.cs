namespace FieldOps.Tests.Support;

/// <summary>Scratch folders for test databases and uploads, removed at the end of the run.</summary>
public static class TestDirectories
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "fieldops-tests", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    static TestDirectories() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open at exit is left for the OS to clean up.
        }
    };

    public static string Create(string purpose)
    {
        var path = Path.Combine(Root, $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
