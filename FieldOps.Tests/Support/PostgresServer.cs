using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace FieldOps.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL server for the test run: a fresh cluster in a scratch folder, on a free loopback port,
/// stopped and removed at the end. Uses the server binaries of the machine's PostgreSQL packages (test.sh installs
/// them); the server refuses to run as root, so as root it runs as the <c>postgres</c> account.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _root;
    private readonly bool _asPostgresUser;

    private PostgresServer(string bin, string root, int port, bool asPostgresUser)
    {
        _bin = bin;
        _root = root;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=fieldops;Database={database};Pooling=true;Maximum Pool Size=20;Timeout=30";

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBinaries();
        var root = TestDirectories.Create("postgres");
        var asPostgresUser = Environment.UserName == "root";
        var server = new PostgresServer(bin, root, FreePort(), asPostgresUser);
        if (asPostgresUser)
        {
            await server.RunAsync("chown", ["-R", "postgres:postgres", root], asPostgres: false);
        }
        var data = Path.Combine(root, "data");
        await server.RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "fieldops", "--auth=trust", "-E", "UTF8", "--no-sync", "--locale=C.UTF-8"]);
        await server.RunAsync(Path.Combine(bin, "pg_ctl"),
        [
            "-D", data, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "start",
            "-o", $"-p {server.Port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60",
        ]);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop"]);
        }
        catch (InvalidOperationException)
        {
            // Already stopped; the folder is removed with the run's scratch space.
        }
    }

    private static string FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("FIELDOPS_PG_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return installed ?? throw new InvalidOperationException(
            "PostgreSQL's server binaries were not found (initdb under /usr/lib/postgresql/*/bin). Install the 'postgresql' package "
            + "(test.sh does) or set FIELDOPS_PG_BIN to the folder that holds initdb and pg_ctl.");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres = true)
    {
        var start = asPostgres && _asPostgresUser
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", program, .. arguments])
            : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = _root;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
