using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace FieldOps.E2E.Support;

/// <summary>
/// The real FieldOps app, started as its own process on a free loopback port with a fresh database (migrated and
/// seeded with the demo data at start-up, exactly as on a new machine).
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    private readonly ProcessStartInfo _startInfo;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private AppServer(ProcessStartInfo startInfo, string baseUrl, string dataDirectory)
    {
        _startInfo = startInfo;
        BaseUrl = baseUrl;
        DataDirectory = dataDirectory;
    }

    public string BaseUrl { get; }
    public string DataDirectory { get; }
    public string Output { get { lock (_output) { return _output.ToString(); } } }

    public static string Metadata(string key) =>
        typeof(AppServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    /// <param name="settings">Configuration given to the app as environment variables (e.g. "FieldOps__InstanceName"),
    /// over the defaults below: the SQLite default in a fresh folder, with the demo data.</param>
    /// <param name="prepareDataDirectory">Puts files into the fresh data folder before the app starts.</param>
    /// <param name="waitUntilHealthy">Whether to return only once the app answers ready (or fail when it does not).</param>
    public static async Task<AppServer> StartAsync(IReadOnlyDictionary<string, string>? settings = null,
        Action<string>? prepareDataDirectory = null, bool waitUntilHealthy = true)
    {
        var appPath = Metadata("WebAppPath");
        if (!File.Exists(appPath))
        {
            throw new InvalidOperationException($"The web app is not built: {appPath} is missing.");
        }
        var port = FreeLoopbackPort();
        var baseUrl = $"http://localhost:{port}";
        var dataDirectory = Path.Combine(Path.GetTempPath(), "fieldops-e2e", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        prepareDataDirectory?.Invoke(dataDirectory);

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(appPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(appPath);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUrl);
        // Development maps the static web assets (the Blazor script, MudBlazor's files) from the build output.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["FieldOps__DataDirectory"] = dataDirectory;
        start.Environment["FieldOps__SeedDemoData"] = "true";
        // Every demo user signs in from this one address within a few minutes.
        start.Environment["FieldOps__SignInRateLimit__PermitsPerMinute"] = "1000";
        start.Environment["ConnectionStrings__FieldOps"] = "";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var server = new AppServer(start, baseUrl, dataDirectory);
        try
        {
            server.Launch();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        if (!waitUntilHealthy)
        {
            return server;
        }
        try
        {
            await server.WaitUntilHealthyAsync(Timeouts.StartUp);
        }
        catch
        {
            // Never leave a started app behind: a failed start-up kills it before reporting.
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    private void Launch()
    {
        var process = Process.Start(_startInfo) ?? throw new InvalidOperationException("Could not start the web app.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    /// <summary>Waits until the app's process ends by itself; its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        var process = _process ?? throw new InvalidOperationException("The app is not running.");
        using var patience = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The web app did not stop within {timeout}:\n{Output}");
        }
        return process.ExitCode;
    }

    private Task WaitUntilHealthyAsync(TimeSpan timeout) =>
        WaitForOkAsync($"{BaseUrl}/health", _process, "The web app", () => Output, timeout);

    /// <summary>Polls <paramref name="url"/> until it answers 200, failing at once when <paramref name="process"/> exits.</summary>
    internal static async Task WaitForOkAsync(string url, Process? process, string name, Func<string> output, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process is null || process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited with code {process?.ExitCode}:\n{output()}");
            }
            try
            {
                if ((await http.GetAsync(url)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting (migrating, seeding) on a slow machine.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{name} did not answer within {timeout}:\n{output()}");
    }

    internal static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Stops the app (killed, as a crash would) and starts it again on the same port and database, waiting
    /// until it is healthy.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        Launch();
        await WaitUntilHealthyAsync(Timeouts.StartUp);
    }

    /// <summary>Kills the app, as a crash or a power cut would.</summary>
    public async Task StopAsync()
    {
        var process = _process;
        _process = null;
        if (process is not null)
        {
            await KillAsync(process);
        }
    }

    /// <summary>Kills a process the tests started, with its children, and waits until it is gone.</summary>
    internal static async Task KillAsync(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        process.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
