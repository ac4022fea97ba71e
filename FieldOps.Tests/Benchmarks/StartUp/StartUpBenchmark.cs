using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using FieldOps.Benchmarks.Scale;

namespace FieldOps.Benchmarks.StartUp;

/// <summary>
/// How long the app takes to be ready on an empty folder (migrations and demo data) and on a restart over the same
/// folder: the real app (Release, Production settings) started as a process, <c>/health</c> polled every 100 ms.
/// The app's own log line says where the time went. <c>--without-demo-data</c> starts it as a real deployment does:
/// the schema and the roles, no demo organizations.
/// </summary>
public static partial class StartUpBenchmark
{
    private sealed record Run(TimeSpan Listening, TimeSpan Ready, string Schema, string Phases, TimeSpan Restart);

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = int.Parse(CommandLine.Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        var output = Path.GetFullPath(CommandLine.Option(args, "--out") ?? "artifacts/benchmarks");
        var settings = new Dictionary<string, string>
        {
            // The start-up summary lines (Information) and nothing else.
            ["Logging__LogLevel__FieldOps.Data.DatabaseInitializer"] = "Information",
        };
        var withDemoData = !args.Contains("--without-demo-data");
        if (!withDemoData)
        {
            settings["FieldOps__SeedDemoData"] = "false";
        }
        var results = new List<Run>();
        for (var run = 1; run <= runs; run++)
        {
            var folder = Path.Combine(Path.GetTempPath(), "fieldops-startup", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                Run result;
                await using (var first = await AppProcess.StartAsync(folder, TimeSpan.FromMinutes(5), settings))
                {
                    var log = first.Output;
                    result = new Run(first.ListeningAfter ?? first.ReadyAfter, first.ReadyAfter,
                        Message(log, "Database schema is up to date: "), Message(log, "Database ready; start-up took: "), TimeSpan.Zero);
                }
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                await using (var again = await AppProcess.StartAsync(folder, TimeSpan.FromMinutes(5), settings))
                {
                    result = result with { Restart = again.ReadyAfter };
                }
                results.Add(result);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {run}: listening {result.Listening.TotalSeconds:N1} s, ready {result.Ready.TotalSeconds:N1} s ({result.Schema}; {result.Phases}); restart ready {result.Restart.TotalSeconds:N1} s"));
            }
            finally
            {
                TryDelete(folder);
            }
        }

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# First start, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}; the app in Release (not published), SQLite, Production settings {(withDemoData ? "with the demo data" : "without the demo data, as a real deployment starts")}. Each run starts the app on an empty folder and then once more on the same folder; ready = `/health` answers 200 (polled every 100 ms), listening = the first HTTP answer of any status.")
            .AppendLine()
            .AppendLine("| run | listening | ready (empty folder) | schema | the rest, from the app's log | restart ready |")
            .AppendLine("|---:|---:|---:|---|---|---:|");
        foreach (var (result, index) in results.Select((r, i) => (r, i + 1)))
        {
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {index} | {result.Listening.TotalSeconds:N1} s | {result.Ready.TotalSeconds:N1} s | {result.Schema} | {result.Phases} | {result.Restart.TotalSeconds:N1} s |");
        }
        report.AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Median: ready on an empty folder {Median(results.Select(r => r.Ready)):N1} s, restart {Median(results.Select(r => r.Restart)):N1} s.");
        Directory.CreateDirectory(output);
        var file = Path.Combine(output, $"startup-{(withDemoData ? "" : "without-demo-data-")}{DateTime.UtcNow:yyyyMMdd-HHmm}.md");
        await File.WriteAllTextAsync(file, report.ToString());
        Console.WriteLine(report);
        Console.WriteLine($"Report: {file}");
        return 0;
    }

    private static double Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Select(v => v.TotalSeconds).Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The rest of the app's log message that starts with <paramref name="prefix"/> (JSON console lines).</summary>
    private static string Message(string log, string prefix)
    {
        var match = MessagePattern().Matches(log).Select(m => m.Groups[1].Value).FirstOrDefault(m => m.StartsWith(prefix, StringComparison.Ordinal));
        return match is null ? "—" : match[prefix.Length..];
    }

    [GeneratedRegex("\"Message\":\"([^\"]*)\"")]
    private static partial Regex MessagePattern();

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
