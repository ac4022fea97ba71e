using FieldOps.Data.Platform;
using Microsoft.AspNetCore.Components;

namespace FieldOps.Web.Components.Shared;

/// <summary>
/// The base of every FieldOps component that calls services: <see cref="ComponentToken"/> is cancelled when the
/// component goes away (the user left the page or the circuit closed), so no query outlives the screen that asked.
/// </summary>
public abstract class FieldOpsComponentBase : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private readonly Lock _gate = new();
    private bool _isDisposed;

    protected FieldOpsComponentBase() => ComponentToken = _disposed.Token;

    /// <summary>Pass it to every call the component makes.</summary>
    protected CancellationToken ComponentToken { get; }

    [Inject]
    private ICurrentUser Viewer { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    /// <summary>A stored UTC moment in the organization's time zone: "21 Nov, 15:12".</summary>
    protected string When(DateTime at) => DisplayFormats.When(at, Viewer.TimeZoneId);

    /// <summary>The organization's calendar date of a stored UTC moment: "21 Nov 2026".</summary>
    protected string Day(DateTime at) => DisplayFormats.Day(at, Viewer.TimeZoneId);

    /// <summary>A stored UTC moment with its year, in the organization's time: "21 Nov 2026, 15:12".</summary>
    protected string Moment(DateTime at) => DisplayFormats.Moment(at, Viewer.TimeZoneId);

    /// <summary>How long ago a stored UTC moment was: "just now", "5 min ago", "3 h ago", "2 d ago".</summary>
    protected string Ago(DateTime at)
    {
        var span = Clock.GetUtcNow().UtcDateTime - at;
        return span.TotalMinutes < 1 ? "just now"
            : span.TotalHours < 1 ? $"{(int)span.TotalMinutes} min ago"
            : span.TotalDays < 1 ? $"{(int)span.TotalHours} h ago"
            : $"{(int)span.TotalDays} d ago";
    }

    /// <summary>The organization's calendar date now.</summary>
    protected DateOnly Today => OrganizationTime.Today(Clock, Viewer.TimeZoneId);

    protected bool IsDisposed
    {
        get
        {
            lock (_gate)
            {
                return _isDisposed;
            }
        }
    }

    /// <summary>Releases what the component holds (subscriptions); called once, before the token is cancelled.</summary>
    protected virtual void OnDisposing()
    {
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_isDisposed)
            {
                return;
            }
            _isDisposed = true;
        }
        OnDisposing();
        _disposed.Cancel();
        _disposed.Dispose();
        GC.SuppressFinalize(this);
    }
}

