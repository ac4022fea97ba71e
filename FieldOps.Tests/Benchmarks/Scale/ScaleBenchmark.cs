using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using FieldOps.Tests.Support;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FieldOps.Benchmarks.Scale;

/// <summary>
/// Builds the demo database twice (as seeded, and with <see cref="ScaleSize"/> added), serves each with the real app,
/// times the same requests against both and prints the ratios: flat cost as data grows, measured.
/// <c>dotnet run -c Release --project FieldOps.Tests/Benchmarks -- scale [--engine sqlite|postgresql] [--factor 1.0] [--runs 15] [--out artifacts/benchmarks]</c>
/// With <c>--engine postgresql</c> both databases are built the same way and then copied into a throwaway PostgreSQL
/// server (<see cref="PostgresCopy"/>), and the app is measured serving them from there.
/// </summary>
public static class ScaleBenchmark
{
    private const string Password = FieldOps.Data.Platform.DemoAccounts.Password;

    private sealed record Probe(string Name, string User, Func<IReadOnlyDictionary<string, string>, string> Url);

    public static async Task<int> RunAsync(string[] args)
    {
        var factor = double.Parse(CommandLine.Option(args, "--factor") ?? "1", CultureInfo.InvariantCulture);
        var runs = int.Parse(CommandLine.Option(args, "--runs") ?? "15", CultureInfo.InvariantCulture);
        var engine = (CommandLine.Option(args, "--engine") ?? "sqlite").ToLowerInvariant();
        if (engine is not ("sqlite" or "postgresql"))
        {
            Console.Error.WriteLine("--engine is sqlite or postgresql.");
            return 2;
        }
        var output = Path.GetFullPath(CommandLine.Option(args, "--out") ?? "artifacts/benchmarks");
        // --keep DIR leaves the large SQLite database there, to look at its query plans (--prepare-only: build it, measure nothing).
        var keep = CommandLine.Option(args, "--keep");
        var root = Path.Combine(Path.GetTempPath(), "fieldops-scale", Guid.NewGuid().ToString("N"));
        var demo = Path.Combine(root, "demo");
        var large = Path.Combine(root, "large");
        Directory.CreateDirectory(demo);
        Directory.CreateDirectory(large);
        try
        {
            Console.WriteLine($"Seeding the demo database in {demo} …");
            var startUp = Stopwatch.StartNew();
            await using (await AppProcess.StartAsync(demo, TimeSpan.FromMinutes(5)))
            {
                Console.WriteLine($"  first start on an empty folder (migrations + demo data): {startUp.Elapsed.TotalSeconds:N1} s");
            }
            SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(demo, "fieldops.db*"))
            {
                File.Copy(file, Path.Combine(large, Path.GetFileName(file)));
            }
            var size = ScaleSize.Scaled(factor);
            Console.WriteLine($"Adding {size} to {large} …");
            await new ScaleData(Path.Combine(large, "fieldops.db"), size).GenerateAsync();

            if (args.Contains("--prepare-only"))
            {
                // Only the data, for looking at query plans: with --keep DIR the large SQLite database is left there.
                return 0;
            }
            Measurement small, big;
            if (engine == "postgresql")
            {
                await using var server = await PostgresServer.StartAsync();
                try
                {
                    var onDemo = await LoadIntoPostgresAsync(server, "fieldops_demo", demo);
                    var onLarge = await LoadIntoPostgresAsync(server, "fieldops_large", large);
                    small = await MeasureAsync(demo, runs, onDemo);
                    big = await MeasureAsync(large, runs, onLarge);
                }
                finally
                {
                    NpgsqlConnection.ClearAllPools();
                }
            }
            else
            {
                small = await MeasureAsync(demo, runs);
                big = await MeasureAsync(large, runs);
            }
            var report = Report(engine == "postgresql" ? "PostgreSQL (a throwaway local server: fsync off)" : "SQLite", size, runs, small, big);
            Console.WriteLine(report);
            Directory.CreateDirectory(output);
            var path = Path.Combine(output, $"scale-{(engine == "postgresql" ? "postgresql-" : "")}{DateTime.UtcNow:yyyyMMdd-HHmm}.md");
            await File.WriteAllTextAsync(path, report);
            Console.WriteLine($"Written to {path}");
            // A timing of an error page is no timing: a run with a failed request says so and fails.
            var failed = small.Requests.Select(r => ("demo", r.Key, r.Value.Status)).Concat(big.Requests.Select(r => ("large", r.Key, r.Value.Status)))
                .Where(r => r.Status is < 200 or >= 300).ToList();
            foreach (var (data, name, status) in failed)
            {
                Console.Error.WriteLine($"FAILED on the {data} database: {name} answered HTTP {status}");
            }
            return failed.Count == 0 ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (keep is not null)
            {
                Directory.CreateDirectory(keep);
                foreach (var file in Directory.GetFiles(large, "fieldops.db*"))
                {
                    File.Copy(file, Path.Combine(keep, Path.GetFileName(file)), overwrite: true);
                }
            }
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Lets the app create and migrate the PostgreSQL database <paramref name="database"/>, then fills it with
    /// the rows of the SQLite database in <paramref name="dataDirectory"/>. Returns the app's settings for it.</summary>
    private static async Task<Dictionary<string, string>> LoadIntoPostgresAsync(PostgresServer server, string database, string dataDirectory)
    {
        var settings = new Dictionary<string, string>
        {
            ["FieldOps__DatabaseProvider"] = "PostgreSQL",
            ["ConnectionStrings__FieldOps"] = server.ConnectionString(database),
            ["FieldOps__SeedDemoData"] = "false",
        };
        Console.WriteLine($"Migrating PostgreSQL database {database} and copying {dataDirectory} into it …");
        await using (await AppProcess.StartAsync(dataDirectory, TimeSpan.FromMinutes(5), settings))
        {
        }
        NpgsqlConnection.ClearAllPools();
        await PostgresCopy.CopyAsync(Path.Combine(dataDirectory, "fieldops.db"), server.ConnectionString(database));
        return settings;
    }

    private sealed record Timing(double P50Ms, double P95Ms, long Bytes, int Status);

    private sealed record Measurement(Dictionary<string, Timing> Requests, double JobsPerSecond);

    private static readonly Probe[] Probes =
    [
        new("GET /api/jobs?page=1", "sitemanager@garage.demo", _ => "/api/jobs?page=1"),
        new("GET /api/jobs?page=1&search=KDA", "sitemanager@garage.demo", _ => "/api/jobs?page=1&search=KDA"),
        new("GET /api/jobs?page=1&search=wanjiku (thousands match)", "sitemanager@garage.demo", _ => "/api/jobs?page=1&search=wanjiku"),
        new("GET /api/jobs?page=101 (deepest offset page)", "sitemanager@garage.demo", _ => "/api/jobs?page=101"),
        new("GET /api/jobs?status=in_progress", "sitemanager@garage.demo", _ => "/api/jobs?page=1&status=in_progress"),
        new("GET /api/jobs (technician's own)", "technician@garage.demo", _ => "/api/jobs?page=1"),
        new("GET /api/notifications (technician)", "technician@garage.demo", _ => "/api/notifications"),
        new("GET /api/notifications (billing)", "billing@garage.demo", _ => "/api/notifications"),
        new("GET job history", "workshopmanager@garage.demo", ids => $"/api/records/Job/{ids["job"]}/history"),
        new("GET /api/billing/invoices/{id}", "billing@garage.demo", ids => $"/api/billing/invoices/{ids["invoice"]}"),
        new("GET invoice PDF", "billing@garage.demo", ids => $"/api/billing/invoices/{ids["invoice"]}/pdf"),
        new("GET /api/billing/invoices?page=1", "billing@garage.demo", _ => "/api/billing/invoices?page=1"),
        new("GET /api/spare-parts/pending", "workshopmanager@garage.demo", _ => "/api/spare-parts/pending"),
        new("GET /api/warehouse/items", "warehouse@garage.demo", _ => "/api/warehouse/items?page=1"),
        new("GET /api/admin/daily-logs", "admin@contracting.demo", _ => "/api/admin/daily-logs?page=1"),
        new("GET /api/admin/expenses", "admin@contracting.demo", _ => "/api/admin/expenses?page=1"),
        new("GET /api/admin/vouchers", "admin@contracting.demo", _ => "/api/admin/vouchers?page=1"),
        new("GET /api/admin/contracting-dashboard", "admin@contracting.demo", _ => "/api/admin/contracting-dashboard"),
        new("GET /api/contractor/workspaces", "contractor@contracting.demo", _ => "/api/contractor/workspaces"),
        new("GET /api/contractor/ledger", "contractor@contracting.demo", _ => "/api/contractor/ledger"),
        new("GET /api/contractor/ledger?page=500", "contractor@contracting.demo", _ => "/api/contractor/ledger?page=500"),
        new("GET /api/contractor/vouchers", "contractor@contracting.demo", _ => "/api/contractor/vouchers"),
        new("export workshop-jobs.csv", "sitemanager@garage.demo", _ => "/api/exports/workshop-jobs.csv"),
        new("export contracting-ledger.csv", "admin@contracting.demo", ids => $"/api/exports/contracting-ledger.csv?subcontractorId={ids["company"]}"),
        new("GET /api/maintenance/requests?page=1 (manager)", "manager@properties.demo", _ => "/api/maintenance/requests?page=1"),
        new("GET /api/maintenance/requests?page=1 (landlord)", "landlord@properties.demo", _ => "/api/maintenance/requests?page=1"),
        new("GET /api/maintenance/requests?page=1 (tenant)", "tenant@properties.demo", _ => "/api/maintenance/requests?page=1"),
        new("GET /api/maintenance/requests/board (manager)", "manager@properties.demo", _ => "/api/maintenance/requests/board"),
        new("GET /api/maintenance/requests/board (tenant)", "tenant@properties.demo", _ => "/api/maintenance/requests/board"),
        new("GET /api/maintenance/budget (landlord)", "landlord2@properties.demo", _ => "/api/maintenance/budget"),
        new("GET /api/maintenance/cost-charts (36 months)", "manager@properties.demo", _ => "/api/maintenance/cost-charts?from=2023-01&to=2025-12"),
        new("GET /api/maintenance/cost-charts (one month)", "manager@properties.demo", _ => "/api/maintenance/cost-charts?from=2024-06&to=2024-06"),
        // Each role's dashboard as a browser first receives it: the page drawn on the server with its data, before
        // the live connection takes over.
        new("page /workshop/site-manager", "sitemanager@garage.demo", _ => "/workshop/site-manager"),
        new("page /workshop/manager", "workshopmanager@garage.demo", _ => "/workshop/manager"),
        new("page /workshop/technician", "technician@garage.demo", _ => "/workshop/technician"),
        new("page /workshop/billing", "billing@garage.demo", _ => "/workshop/billing"),
        new("page /workshop/warehouse", "warehouse@garage.demo", _ => "/workshop/warehouse"),
        new("page /workshop/admin", "admin@garage.demo", _ => "/workshop/admin"),
        new("page /notifications (technician)", "technician@garage.demo", _ => "/notifications"),
        new("page /contracting/admin", "admin@contracting.demo", _ => "/contracting/admin"),
        new("page /contracting/workspace", "contractor@contracting.demo", _ => "/contracting/workspace"),
        new("page /contracting/ledger", "contractor@contracting.demo", _ => "/contracting/ledger"),
        new("page /maintenance/manager", "manager@properties.demo", _ => "/maintenance/manager"),
        new("page /maintenance/landlord", "landlord@properties.demo", _ => "/maintenance/landlord"),
        new("page /maintenance/tenant", "tenant@properties.demo", _ => "/maintenance/tenant"),
        new("page /maintenance/work (staff)", "staff@properties.demo", _ => "/maintenance/work"),
        new("page /maintenance/work (vendor)", "vendor@properties.demo", _ => "/maintenance/work"),
        new("page /maintenance/costs (36 months)", "manager@properties.demo", _ => "/maintenance/costs?from=2023-01&to=2025-12"),
        .. AnalyticsViews.SelectMany(view => new[]
        {
            new Probe($"view {view}, all time", "manager@properties.demo", _ => $"/api/maintenance/analytics/{view}?pageSize=50"),
            new Probe($"view {view}, one month", "manager@properties.demo", _ => $"/api/maintenance/analytics/{view}?from=2024-06&to=2024-06&pageSize=50"),
        }),
    ];

    /// <summary>Seed 002's fifteen views, each read for all time and for one month.</summary>
    private static string[] AnalyticsViews =>
    [
        "active_maintenance_orders", "maintenance_orders_by_requestor", "maintenance_orders_requiring_approval", "maintenance_expense_correlation",
        "active_vendors_by_type", "emergency_vendors", "vendor_performance_summary", "vendor_expense_analysis", "expense_hierarchy", "emergency_expense_types",
        "expenses_requiring_approval", "expense_transaction_summary", "accountant_expense_analysis", "monthly_expense_budget", "monthly_expense_summary",
    ];

    private static async Task<Measurement> MeasureAsync(string dataDirectory, int runs, IReadOnlyDictionary<string, string>? settings = null)
    {
        Console.WriteLine($"Measuring {dataDirectory} …");
        await using var app = await AppProcess.StartAsync(dataDirectory, TimeSpan.FromMinutes(5), settings);
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromMinutes(3) };
        var tokens = new Dictionary<string, string>();
        foreach (var user in Probes.Select(p => p.User).Distinct())
        {
            var login = await http.PostAsJsonAsync("/api/auth/login", new { email = user, password = Password });
            login.EnsureSuccessStatusCode();
            tokens[user] = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        }
        var ids = await IdsAsync(http, tokens);
        var results = new Dictionary<string, Timing>();
        foreach (var probe in Probes)
        {
            var url = probe.Url(ids);
            var samples = new List<double>();
            long bytes = 0;
            var status = 0;
            for (var run = -2; run < runs; run++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[probe.User]);
                var clock = Stopwatch.StartNew();
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                var body = await response.Content.ReadAsByteArrayAsync();
                clock.Stop();
                if (run >= 0)
                {
                    samples.Add(clock.Elapsed.TotalMilliseconds);
                }
                bytes = body.LongLength;
                status = (int)response.StatusCode;
            }
            samples.Sort();
            results[probe.Name] = new Timing(samples[samples.Count / 2], samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(samples.Count * 0.95) - 1)], bytes, status);
            Console.WriteLine($"  {probe.Name}: {samples[samples.Count / 2]:N1} ms, {bytes:N0} bytes, {status}");
        }
        var throughput = await ThroughputAsync(http, tokens["sitemanager@garage.demo"]);
        Console.WriteLine($"  GET /api/jobs?page=1, 8 clients: {throughput:N0} req/s");
        return new Measurement(results, throughput);
    }

    private static async Task<double> ThroughputAsync(HttpClient http, string token)
    {
        var done = 0;
        var clock = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(5);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < until)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/api/jobs?page=1");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await http.SendAsync(request);
                response.EnsureSuccessStatusCode();
                Interlocked.Increment(ref done);
            }
        })));
        return done / clock.Elapsed.TotalSeconds;
    }

    /// <summary>Records present in both databases: the demo's first job, its invoice, a subcontractor.</summary>
    private static async Task<Dictionary<string, string>> IdsAsync(HttpClient http, Dictionary<string, string> tokens)
    {
        async Task<JsonElement> GetAsync(string user, string url)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[user]);
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }
        var jobs = await GetAsync("sitemanager@garage.demo", "/api/jobs?page=1&search=KDA 123A");
        var job = Items(jobs).First();
        var details = await GetAsync("sitemanager@garage.demo", $"/api/jobs/{job.GetProperty("id").GetString()}");
        var workspace = await GetAsync("contractor@contracting.demo", "/api/contractor/workspaces");
        return new Dictionary<string, string>
        {
            ["job"] = job.GetProperty("id").GetString()!,
            ["invoice"] = details.GetProperty("invoice").GetProperty("id").GetString()!,
            ["company"] = workspace.GetProperty("company").GetProperty("id").GetString()!,
        };
    }

    private static IEnumerable<JsonElement> Items(JsonElement page) =>
        page.ValueKind == JsonValueKind.Array ? page.EnumerateArray() : page.GetProperty("items").EnumerateArray();

    private static string Report(string engine, ScaleSize size, int runs, Measurement small, Measurement big)
    {
        var text = new StringBuilder();
        text.AppendLine($"# Scale benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine();
        text.AppendLine($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}; "
            + $"{engine}; the app in Release, one process, requests over loopback HTTP.");
        text.AppendLine($"Large data set: the demo data plus {size.Jobs:N0} jobs, {size.DailyLogs:N0} daily logs, {size.Expenses:N0} expense claims, "
            + $"{size.Vouchers:N0} vouchers, {size.LedgerEntries:N0} ledger entries and {size.MaintenanceRequests:N0} maintenance requests. "
            + $"p50 and p95 of {runs} runs after 2 warm-ups.");
        text.AppendLine();
        text.AppendLine("| request | demo p50 (ms) | large p50 (ms) | ratio | demo p95 (ms) | large p95 (ms) | large body |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, timing) in small.Requests)
        {
            var large = big.Requests[name];
            var status = (timing.Status, large.Status) == (200, 200) ? "" : $" (HTTP {timing.Status} / {large.Status})";
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name}{status} | {timing.P50Ms:N1} | {large.P50Ms:N1} | {large.P50Ms / Math.Max(timing.P50Ms, 0.01):N1}× | {timing.P95Ms:N1} | {large.P95Ms:N1} | {large.Bytes:N0} B |"));
        }
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| GET /api/jobs?page=1, 8 clients (req/s) | {small.JobsPerSecond:N0} | {big.JobsPerSecond:N0} | {big.JobsPerSecond / Math.Max(small.JobsPerSecond, 0.01):N2}× | | | |"));
        return text.ToString();
    }
}
