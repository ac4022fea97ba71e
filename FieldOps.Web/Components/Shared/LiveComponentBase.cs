using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Notifications;
using Microsoft.AspNetCore.Components;

namespace FieldOps.Web.Components.Shared;

/// <summary>
/// A component that reloads itself when records it shows change elsewhere: another user's action on another
/// circuit is pushed here and the page refreshes without a reload. Subscribes after the first interactive render
/// and unsubscribes on dispose. Bursts of changes are folded into one reload.
/// </summary>
public abstract class LiveComponentBase : FieldOpsComponentBase
{
    private readonly HashSet<string> _recordTypes = new(StringComparer.Ordinal);
    private Guid? _organizationId;
    private bool _subscribed;
    private CancellationTokenSource? _pending;
    private readonly Lock _gate = new();
    private bool _isDisposed;

    [Inject]
    protected LiveUpdates Live { get; set; } = default!;

    [Inject]
    protected ICurrentUser CurrentUser { get; set; } = default!;

    /// <summary>The record types whose changes reload this component.</summary>
    protected void WatchRecordTypes(params string[] recordTypes) => _recordTypes.UnionWith(recordTypes);

    /// <summary>Whether the change touches what this component shows. By default any record of a watched type does;
    /// a page showing one record narrows it to that record, so it does not reload for every other one.</summary>
    protected virtual bool Shows(LiveRecordChange change) => true;

    /// <summary>Reloads the data shown; called after changes to the watched record types.</summary>
    protected abstract Task ReloadAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive && !_subscribed)
        {
            _organizationId = CurrentUser.OrganizationId;
            Live.RecordChanged += OnRecordChanged;
            _subscribed = true;
        }
    }

    private void OnRecordChanged(LiveRecordChange change)
    {
        if (change.OrganizationId != _organizationId || !_recordTypes.Contains(change.RecordType) || !Shows(change))
        {
            return;
        }
        CancellationToken token;
        lock (_gate)
        {
            if (_isDisposed)
            {
                return;
            }
            _pending?.Cancel();
            _pending?.Dispose();
            _pending = CancellationTokenSource.CreateLinkedTokenSource(ComponentToken);
            token = _pending.Token;
        }
        _ = ReloadAfterQuietAsync(token);
    }

    private async Task ReloadAfterQuietAsync(CancellationToken cancellation)
    {
        try
        {
            await Task.Delay(250, cancellation);
            await InvokeAsync(async () =>
            {
                if (cancellation.IsCancellationRequested)
                {
                    return;
                }
                await ReloadAsync();
                StateHasChanged();
            });
        }
        catch (OperationCanceledException)
        {
            // A newer change or the page closing superseded this reload.
        }
    }

    protected override void OnDisposing()
    {
        if (_subscribed)
        {
            Live.RecordChanged -= OnRecordChanged;
        }
        lock (_gate)
        {
            _isDisposed = true;
            _pending?.Cancel();
            _pending?.Dispose();
        }
    }
}
