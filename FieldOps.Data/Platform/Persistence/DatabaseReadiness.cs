namespace FieldOps.Data.Platform.Persistence;

/// <summary>
/// Whether the database has been brought up to date (migrations, roles, demo data) since the process started. The app
/// listens while that runs, answering "starting" until it is done; background work waits for <see cref="WaitAsync"/>.
/// </summary>
public sealed class DatabaseReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    /// <summary>Set when bringing the database up to date failed; the app then stops.</summary>
    public bool HasFailed => _ready.Task.IsFaulted;

    public void MarkReady() => _ready.TrySetResult();

    public void MarkFailed(Exception exception) => _ready.TrySetException(exception);

    /// <summary>Completes when the database is ready; throws what stopped it when it could not be made ready.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);
}
