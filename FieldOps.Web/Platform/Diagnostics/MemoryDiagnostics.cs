using System.Runtime;

namespace FieldOps.Web.Platform.Diagnostics;

/// <summary>
/// <c>GET /diagnostics/memory</c>: the managed heap after a full, compacting collection and the open circuits, for the
/// circuit-memory benchmark. Mapped only when <c>FieldOps:Diagnostics:MemoryEndpoint</c> is true (never by default),
/// and answers only requests from this machine: forcing collections is not something the public may trigger.
/// </summary>
public static class MemoryDiagnostics
{
    public const string SettingName = "FieldOps:Diagnostics:MemoryEndpoint";

    public sealed record MemoryReport(long ManagedHeapBytes, long WorkingSetBytes, int OpenCircuits);

    public static void MapMemoryDiagnostics(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>(SettingName))
        {
            return;
        }
        app.MapGet("/diagnostics/memory", (HttpContext http, CircuitCounter circuits) =>
            {
                if (http.Connection.RemoteIpAddress is not { } remote || !System.Net.IPAddress.IsLoopback(remote))
                {
                    return Results.NotFound();
                }
                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                return Results.Ok(new MemoryReport(GC.GetTotalMemory(forceFullCollection: false),
                    Environment.WorkingSet, circuits.Open));
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}
