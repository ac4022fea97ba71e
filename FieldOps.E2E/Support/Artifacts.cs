namespace FieldOps.E2E.Support;

/// <summary>Where screenshots and failure traces go: artifacts/screenshots and artifacts/traces in the repository
/// (override with FIELDOPS_ARTIFACTS).</summary>
public static class Artifacts
{
    public static string Root { get; } = Environment.GetEnvironmentVariable("FIELDOPS_ARTIFACTS")
        ?? Path.Combine(AppServer.Metadata("RepositoryRoot"), "artifacts");

    public static string Screenshots { get; } = Ensure(Path.Combine(Root, "screenshots"));
    public static string Traces { get; } = Ensure(Path.Combine(Root, "traces"));

    private static string Ensure(string path)
    {
        Directory.CreateDirectory(path);
        return path;
    }
}
