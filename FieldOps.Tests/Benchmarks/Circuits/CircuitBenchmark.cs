using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using FieldOps.Benchmarks.Scale;
using FieldOps.Data.Platform;
using Microsoft.Playwright;

namespace FieldOps.Benchmarks.Circuits;

/// <summary>
/// What an open, idle dashboard tab costs the server: the real app (Release, demo data) and headless Chromium open 20
/// and then 50 tabs of a dashboard as one signed-in user; the app reports its managed heap after a full collection
/// (<c>/diagnostics/memory</c>, switched on for this run only). Per circuit = (heap with N more tabs − heap before) / (circuits open then − circuits open before).
/// </summary>
public static class CircuitBenchmark
{
    private sealed record Dashboard(string Name, string User, string Path, string ReadySelector);

    private static readonly Dashboard[] Dashboards =
    [
        new("Site manager dashboard", "sitemanager@garage.demo", "/workshop/site-manager", "h1"),
        new("Technician dashboard", "technician@garage.demo", "/workshop/technician", "h1"),
        new("Workshop manager dashboard", "workshopmanager@garage.demo", "/workshop/manager", "h1"),
        new("Warehouse dashboard", "warehouse@garage.demo", "/workshop/warehouse", "h1"),
        new("Billing dashboard", "billing@garage.demo", "/workshop/billing", "h1"),
        new("Workshop admin dashboard", "admin@garage.demo", "/workshop/admin", "h1"),
        new("Property manager dashboard", "manager@properties.demo", "/maintenance/manager", "h1"),
        new("Landlord dashboard", "landlord@properties.demo", "/maintenance/landlord", "h1"),
        new("Tenant dashboard", "tenant@properties.demo", "/maintenance/tenant", "h1"),
        new("Maintenance staff dashboard", "staff@properties.demo", "/maintenance/work", "h1"),
        new("Contracting admin dashboard", "admin@contracting.demo", "/contracting/admin", "h1"),
        new("Contractor workspace", "contractor@contracting.demo", "/contracting/workspace", "h1"),
        new("Contractor ledger", "contractor@contracting.demo", "/contracting/ledger", "h1"),
    ];

    private sealed record Memory(long ManagedHeapBytes, long WorkingSetBytes, int OpenCircuits)
    {
        /// <summary>What the shared buffer pools hold (see <see cref="PooledBuffers"/>), read right after the heap; null
        /// when it could not be read.</summary>
        public long? PooledBytes { get; init; }
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var output = Path.GetFullPath(CommandLine.Option(args, "--out") ?? "artifacts/benchmarks");
        var dataDirectory = Path.Combine(Path.GetTempPath(), "fieldops-circuits", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        // --data DIR: a copy of the database there (say the large set the scale benchmark's --keep DIR left), so that
        // the dashboards' lists are as full as a large business's; by default the demo data.
        var data = CommandLine.Option(args, "--data");
        if (data is not null)
        {
            File.Copy(Path.Combine(data, "fieldops.db"), Path.Combine(dataDirectory, "fieldops.db"));
        }
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Circuit memory, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}; the app in Release (Development environment, so that a build's output serves its scripts) with {(data is null ? "the demo data" : "a copy of the database in " + data)}; headless Chromium, one signed-in user, every tab idle on the page. Managed heap after a full compacting collection. A first round of 50 tabs of the first dashboard, not reported, fills the server's buffer pools beforehand. \"Net of pooled buffers\" leaves out what .NET's shared array pools and Kestrel's block pool hold (read from the process with ClrMD): buffers renders and connections gave back, kept for any tab.")
            .AppendLine()
            .AppendLine("| dashboard | tabs | open circuits | managed heap | pooled buffers | per circuit | per circuit, net of pooled buffers | each tab after the first 20 | the same, net | working set |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        try
        {
            await using var app = await AppProcess.StartAsync(dataDirectory, TimeSpan.FromMinutes(5),
                new Dictionary<string, string>
                {
                    ["FieldOps__Diagnostics__MemoryEndpoint"] = "true",
                    // A build's output serves the app's scripts and styles only in Development (a published app serves
                    // them in any environment); without them no circuit would start.
                    ["ASPNETCORE_ENVIRONMENT"] = "Development",
                });
            using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
            });
            // --only site-manager,ledger: the dashboards whose path contains any of the comma-separated words.
            var only = CommandLine.Option(args, "--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var measured = Dashboards.Where(d => only is null || only.Any(word => d.Path.Contains(word, StringComparison.OrdinalIgnoreCase))).ToList();
            // A first round, not reported, grows the server's buffer pools to what 50 open tabs need. The pools keep
            // their buffers once the tabs close, so without it the first dashboard measured would also carry them
            // (about 80 KB a tab with 20 open) and the ones after it would not.
            if (measured.Count > 0)
            {
                Console.WriteLine("Warming up …");
                await MeasureAsync(measured[0], app, http, browser, new StringBuilder(), TimeSpan.Zero);
            }
            foreach (var dashboard in measured)
            {
                await MeasureAsync(dashboard, app, http, browser, report, Hold(args));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
        Console.WriteLine(report);
        Directory.CreateDirectory(output);
        var path = Path.Combine(output, $"circuits-{DateTime.UtcNow:yyyyMMdd-HHmm}.md");
        await File.WriteAllTextAsync(path, report.ToString());
        Console.WriteLine($"Written to {path}");
        return 0;
    }

    private static async Task MeasureAsync(Dashboard dashboard, AppProcess app, HttpClient http, IBrowser browser, StringBuilder report, TimeSpan hold)
    {
        Console.WriteLine($"{dashboard.Name} …");
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl });
        var signIn = await context.NewPageAsync();
        await signIn.GotoAsync("/Account/Login");
        await signIn.GetByLabel("E-mail").FillAsync(dashboard.User);
        await signIn.GetByLabel("Password", new() { Exact = true }).FillAsync(DemoAccounts.Password);
        await signIn.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await signIn.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));
        // Warm up once (first render, JIT), then close every tab and wait for the circuit to go.
        await OpenAsync(signIn, dashboard);
        await signIn.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        var baseline = await QuietAsync(http);
        baseline = baseline with { PooledBytes = await PooledBuffers.MeasureApartAsync(app.ProcessId) };
        Row(report, dashboard, 0, baseline, baseline, previous: null);
        await HoldAsync(hold, 0);

        var pages = new List<IPage>();
        Memory? previous = null;
        foreach (var tabs in new[] { 20, 50 })
        {
            while (pages.Count < tabs)
            {
                var page = await context.NewPageAsync();
                await OpenAsync(page, dashboard);
                pages.Add(page);
            }
            var memory = await SettledAsync(http, atLeast: baseline.OpenCircuits + tabs);
            memory = memory with { PooledBytes = await PooledBuffers.MeasureApartAsync(app.ProcessId) };
            Row(report, dashboard, tabs, memory, baseline, previous);
            previous = memory;
            await HoldAsync(hold, tabs);
        }
        foreach (var page in pages)
        {
            await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        }
    }

    /// <summary>Time to take a heap dump of the app (<c>dotnet-gcdump collect -p PID</c>) at each step: two dumps
    /// compared say what the tabs between them hold.</summary>
    private static async Task HoldAsync(TimeSpan hold, int tabs)
    {
        if (hold > TimeSpan.Zero)
        {
            Console.WriteLine($"Holding {tabs} tabs open for {hold.TotalSeconds:N0} s …");
            await Task.Delay(hold);
        }
    }

    private static async Task OpenAsync(IPage page, Dashboard dashboard)
    {
        await page.GotoAsync(dashboard.Path);
        await page.Locator(dashboard.ReadySelector).First.WaitForAsync(new() { Timeout = 60_000 });
    }

    /// <summary>The baseline: waits (up to four minutes) for the circuits of earlier tabs to close, so that none of
    /// them closing later is counted against the tabs measured next.</summary>
    private static async Task<Memory> QuietAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow.AddMinutes(4);
        while (DateTime.UtcNow < deadline)
        {
            var memory = await http.GetFromJsonAsync<Memory>("/diagnostics/memory") ?? throw new InvalidOperationException("No memory report.");
            if (memory.OpenCircuits == 0)
            {
                return memory;
            }
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        return await SettledAsync(http, atLeast: 0);
    }

    /// <summary>Waits until the app has at least <paramref name="atLeast"/> circuits open and their number has stayed
    /// the same for three readings in a row (a closed tab's circuit may take a moment to go), then reads its heap.</summary>
    private static async Task<Memory> SettledAsync(HttpClient http, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddMinutes(4);
        var readings = new List<Memory>();
        while (true)
        {
            var memory = await http.GetFromJsonAsync<Memory>("/diagnostics/memory") ?? throw new InvalidOperationException("No memory report.");
            readings.Add(memory);
            if (readings.Count >= 3 && readings.TakeLast(3).All(r => r.OpenCircuits == memory.OpenCircuits) && memory.OpenCircuits >= atLeast)
            {
                return memory;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Expected at least {atLeast} steady open circuits; the app reports {memory.OpenCircuits}.");
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>"Per circuit" counts from the idle app, so it also carries what the first tabs grow once (caches);
    /// "each tab after the first 20" is what one more open tab costs once those exist.</summary>
    private static void Row(StringBuilder report, Dashboard dashboard, int tabs, Memory memory, Memory baseline, Memory? previous)
    {
        static string PerCircuit(Memory from, Memory to, bool net)
        {
            var added = to.OpenCircuits - from.OpenCircuits;
            if (added <= 0 || net && (from.PooledBytes is null || to.PooledBytes is null))
            {
                return "";
            }
            var grown = to.ManagedHeapBytes - from.ManagedHeapBytes - (net ? to.PooledBytes!.Value - from.PooledBytes!.Value : 0);
            return $"{grown / (double)added / 1024.0:N0} KB";
        }
        var pooled = memory.PooledBytes is { } bytes ? $"{bytes / 1048576.0:N1} MB" : "—";
        var line = $"| {dashboard.Name} | {tabs} | {memory.OpenCircuits} | {memory.ManagedHeapBytes / 1048576.0:N1} MB | {pooled} | " +
            $"{PerCircuit(baseline, memory, net: false)} | {PerCircuit(baseline, memory, net: true)} | " +
            $"{(previous is null ? "" : PerCircuit(previous, memory, net: false))} | {(previous is null ? "" : PerCircuit(previous, memory, net: true))} | " +
            $"{memory.WorkingSetBytes / 1048576.0:N0} MB |";
        Console.WriteLine(line);
        report.AppendLine(line);
    }

    private static TimeSpan Hold(string[] args) =>
        TimeSpan.FromSeconds(int.Parse(CommandLine.Option(args, "--hold-seconds") ?? "0", CultureInfo.InvariantCulture));
}
