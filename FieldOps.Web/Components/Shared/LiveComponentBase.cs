using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Notifications;
using Microsoft.AspNetCore.Components;

namespace FieldOps.Web.Components.Shared;

/// <summary>
/// A component that reloads itself when records it shows change elsewhere: another user's action on another
/// circuit is pushed here and the page refreshes without a reload. Subscribes after the first interactive render
/// and unsubscribes on dispose. Bursts of changes are folded into one reload.
/// </summary>
public abstract class LiveComponentBase : ComponentBase, IDisposable
{
    private readonly HashSet<string> _recordTypes = new(StringComparer.Ordinal);
    private Guid? _organizationId;
    private bool _subscribed;
    private CancellationTokenSource? _pending;

    [Inject]
    protected LiveUpdates Live { get; set; } = default!;

    [Inject]
    protected ICurrentUser CurrentUser { get; set; } = default!;

    /// <summary>The record types whose changes reload this component.</summary>
    protected void WatchRecordTypes(params string[] recordTypes) => _recordTypes.UnionWith(recordTypes);

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
        if (change.OrganizationId != _organizationId || !_recordTypes.Contains(change.RecordType))
        {
            return;
        }
        _pending?.Cancel();
        var pending = _pending = new CancellationTokenSource();
        _ = Task.Delay(250, pending.Token).ContinueWith(async task =>
        {
            if (task.IsCanceled)
            {
                return;
            }
            await InvokeAsync(async () =>
            {
                await ReloadAsync();
                StateHasChanged();
            });
        }, TaskScheduler.Default);
    }

    public virtual void Dispose()
    {
        if (_subscribed)
        {
            Live.RecordChanged -= OnRecordChanged;
        }
        _pending?.Cancel();
        GC.SuppressFinalize(this);
    }
}
