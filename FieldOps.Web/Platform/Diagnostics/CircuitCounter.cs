using Microsoft.AspNetCore.Components.Server.Circuits;

namespace FieldOps.Web.Platform.Diagnostics;

/// <summary>How many Blazor circuits are open in this process (each open dashboard tab is one).</summary>
public sealed class CircuitCounter
{
    private int _open;

    public int Open => Volatile.Read(ref _open);

    internal void Opened() => Interlocked.Increment(ref _open);

    internal void Closed() => Interlocked.Decrement(ref _open);
}

/// <summary>Tells the <see cref="CircuitCounter"/> when a circuit opens and closes.</summary>
public sealed class CircuitCountingHandler(CircuitCounter counter) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        counter.Opened();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        counter.Closed();
        return Task.CompletedTask;
    }
}
