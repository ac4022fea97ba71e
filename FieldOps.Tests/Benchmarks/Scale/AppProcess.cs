using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FieldOps.Benchmarks.Scale;

/// <summary>The real web app (built next to this program) serving one data directory on a free loopback port.
/// Disposing it stops the process, on every path.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public int ProcessId => _process.Id;

    /// <summary>From the process's start until it first answered an HTTP request (any status).</summary>
    public TimeSpan? ListeningAfter { get; private set; }

    /// <summary>From the process's start until <c>/health</c> answered 200.</summary>
    public TimeSpan ReadyAfter { get; private set; }

    /// <summary>What the app wrote to its console so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<AppProcess> StartAsync(string dataDirectory, TimeSpan startUpTimeout,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FieldOps.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://localhost:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["FieldOps__DataDirectory"] = dataDirectory;
        start.Environment["FieldOps__SeedDemoData"] = "true";
        start.Environment["FieldOps__SignInRateLimit__PermitsPerMinute"] = "100000";
        start.Environment["ConnectionStrings__FieldOps"] = "";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the web app.");
        var app = new AppProcess(process, $"http://localhost:{port}");
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilReadyAsync(startUpTimeout);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The web app exited with code {_process.ExitCode}:\n{_output}");
            }
            try
            {
                var status = (await http.GetAsync($"{BaseUrl}/health")).StatusCode;
                ListeningAfter ??= clock.Elapsed;
                if (status == HttpStatusCode.OK)
                {
                    ReadyAfter = clock.Elapsed;
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or busy migrating.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The web app was not ready within {timeout}:\n{_output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
