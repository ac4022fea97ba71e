namespace FieldOps.Benchmarks;

/// <summary>The benchmarks' command-line options: "--name value" pairs after the command.</summary>
internal static class CommandLine
{
    /// <summary>The value after <paramref name="name"/>, or null when the option is not given.</summary>
    public static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
