using System.Diagnostics;
using System.Net;
using System.Text;

namespace FieldOps.E2E.Support;

/// <summary>
/// nginx running the repository's sample configuration (deploy/nginx/fieldops.conf) in front of app instances, on a
/// free loopback port, as an unprivileged foreground process in a scratch folder. Only the sample's example addresses
/// and listen port are replaced; everything else is the file a user copies.
/// </summary>
public sealed class NginxServer : IAsyncDisposable
{
    private const string SampleListen = "listen 80;";
    private static readonly string[] SampleUpstreams = ["10.0.0.11:8080", "10.0.0.12:8080"];

    private readonly Process _process;
    private readonly string _root;
    private readonly StringBuilder _output = new();

    private NginxServer(Process process, string root, string baseUrl)
    {
        _process = process;
        _root = root;
        BaseUrl = baseUrl;
    }

    /// <summary>The proxy's address, on 127.0.0.1 (its cookies are apart from the instances' own "localhost" ones).</summary>
    public string BaseUrl { get; }

    public string Output { get { lock (_output) { return _output.ToString(); } } }

    public static string SamplePath => Path.Combine(AppServer.Metadata("RepositoryRoot"), "deploy", "nginx", "fieldops.conf");

    public static async Task<NginxServer> StartAsync(IReadOnlyList<Uri> instances)
    {
        var nginx = FindNginx();
        var root = Path.Combine(Path.GetTempPath(), "fieldops-e2e", "nginx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var port = AppServer.FreeLoopbackPort();

        var site = await File.ReadAllTextAsync(SamplePath);
        Assert.True(instances.Count == SampleUpstreams.Length, $"The sample balances {SampleUpstreams.Length} instances.");
        site = ReplaceOnce(site, SampleListen, $"listen 127.0.0.1:{port};");
        for (var i = 0; i < instances.Count; i++)
        {
            site = ReplaceOnce(site, $"server {SampleUpstreams[i]} ", $"server 127.0.0.1:{instances[i].Port} ");
        }
        await File.WriteAllTextAsync(Path.Combine(root, "fieldops.conf"), site);
        // The main configuration a distribution's nginx.conf provides, pointed at the scratch folder.
        await File.WriteAllTextAsync(Path.Combine(root, "nginx.conf"), $$"""
            {{(Environment.UserName == "root" ? "user root;" : "")}}
            worker_processes 1;
            pid {{root}}/nginx.pid;
            error_log stderr warn;
            events { worker_connections 512; }
            http {
                access_log off;
                client_body_temp_path {{root}}/client-body;
                proxy_temp_path {{root}}/proxy;
                fastcgi_temp_path {{root}}/fastcgi;
                uwsgi_temp_path {{root}}/uwsgi;
                scgi_temp_path {{root}}/scgi;
                include {{root}}/fieldops.conf;
            }
            """);

        var start = new ProcessStartInfo(nginx)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-e", "stderr", "-p", root, "-c", Path.Combine(root, "nginx.conf"), "-g", "daemon off;" })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start nginx.");
        var server = new NginxServer(process, root, $"http://127.0.0.1:{port}");
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await AppServer.WaitForOkAsync($"{server.BaseUrl}/health/live", process, "nginx", () => server.Output, Timeouts.StartUp);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    private static string ReplaceOnce(string text, string sample, string replacement)
    {
        var at = text.IndexOf(sample, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(sample, at + 1, StringComparison.Ordinal) < 0,
            $"The test expects '{sample.Trim()}' exactly once in {SamplePath}.");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + sample.Length));
    }

    private static string FindNginx()
    {
        var configured = Environment.GetEnvironmentVariable("FIELDOPS_NGINX");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }
        return File.Exists("/usr/sbin/nginx")
            ? "/usr/sbin/nginx"
            : throw new InvalidOperationException("nginx was not found at /usr/sbin/nginx. Install the 'nginx' package (test.sh does) or set FIELDOPS_NGINX.");
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

    public async ValueTask DisposeAsync()
    {
        await AppServer.KillAsync(_process);
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
