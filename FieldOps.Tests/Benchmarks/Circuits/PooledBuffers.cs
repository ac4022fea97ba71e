using Microsoft.Diagnostics.Runtime;

namespace FieldOps.Benchmarks.Circuits;

/// <summary>
/// What .NET's shared array pools and Kestrel's block pool hold in the app at this moment: buffers that renders and
/// connections rented and gave back. A pool keeps them for the next renter, for any tab, so they are no tab's own;
/// but they grow while tabs open, and a heap figure counts them against the tabs. Read from the live process with
/// ClrMD (the process is paused for the second it takes): the pools, what they hold, and nothing they do not.
/// </summary>
public static class PooledBuffers
{
    /// <summary>The same, read by this program run again (<c>pooled-buffers PID</c>): null when that read fails, so the
    /// benchmark goes on without the figure.</summary>
    public static async Task<long?> MeasureApartAsync(int processId)
    {
        var start = new System.Diagnostics.ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Run as a DLL by dotnet, or as the program itself.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(PooledBuffers).Assembly.Location);
        }
        start.ArgumentList.Add("pooled-buffers");
        start.ArgumentList.Add(processId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var reader = System.Diagnostics.Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            var output = await reader.StandardOutput.ReadToEndAsync(timeout.Token);
            await reader.WaitForExitAsync(timeout.Token);
            if (reader.ExitCode == 0 && long.TryParse(output.Trim(), out var bytes))
            {
                return bytes;
            }
            Console.WriteLine($"Could not read the buffer pools (exit {reader.ExitCode}): {await reader.StandardError.ReadToEndAsync(timeout.Token)}");
            return null;
        }
        catch (OperationCanceledException)
        {
            reader.Kill(entireProcessTree: true);
            Console.WriteLine("Reading the buffer pools took over two minutes; left out.");
            return null;
        }
    }

    public static long Measure(int processId)
    {
        using var target = DataTarget.AttachToProcess(processId, suspend: true);
        var clr = target.ClrVersions[0];
        // The debugging library ships beside the runtime the app runs on.
        var dac = Path.Combine(Path.GetDirectoryName(clr.ModuleInfo.FileName)!, OperatingSystem.IsWindows() ? "mscordaccore.dll" : "libmscordaccore.so");
        using var runtime = clr.CreateRuntime(dac, ignoreMismatch: true);
        var heap = runtime.Heap;

        var pending = new Stack<ClrObject>(heap.EnumerateObjects().Where(o => o.Type?.Name is { } name && IsPool(name)));
        var seen = new HashSet<ulong>();
        long bytes = 0;
        while (pending.Count > 0)
        {
            var item = pending.Pop();
            if (!item.IsValid || !seen.Add(item.Address))
            {
                continue;
            }
            bytes += (long)item.Size;
            // A pooled buffer is counted, not followed: what it still points to from its last renter may be in use.
            if (item.Type?.Name is { } name && IsPoolInside(name))
            {
                foreach (var reference in item.EnumerateReferences(carefully: false, considerDependantHandles: true))
                {
                    pending.Push(reference);
                }
            }
        }
        return bytes;
    }

    // ArrayPool<T>.Shared for every T, each thread's own buffers of it, and Kestrel's pinned blocks.
    private static bool IsPool(string type) =>
        type.StartsWith("System.Buffers.SharedArrayPool<", StringComparison.Ordinal) && !type.Contains("+<>c", StringComparison.Ordinal)
        || type == "System.Buffers.SharedArrayPoolThreadLocalArray[]"
        || type == "Microsoft.AspNetCore.PinnedBlockMemoryPool";

    private static bool IsPoolInside(string type) =>
        type.StartsWith("System.Buffers.", StringComparison.Ordinal)
        || type == "System.Array[]"
        || type.StartsWith("System.Runtime.CompilerServices.ConditionalWeakTable<System.Buffers.", StringComparison.Ordinal)
        || type.StartsWith("Microsoft.AspNetCore.PinnedBlockMemoryPool", StringComparison.Ordinal)
        || type.StartsWith("System.Collections.Concurrent.ConcurrentQueue", StringComparison.Ordinal) && type.Contains("MemoryPoolBlock", StringComparison.Ordinal)
        || type == "Microsoft.AspNetCore.MemoryPoolBlock";
}
