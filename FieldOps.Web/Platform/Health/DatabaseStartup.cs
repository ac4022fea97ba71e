using FieldOps.Data;
using FieldOps.Data.Platform.Persistence;

namespace FieldOps.Web.Platform.Health;

/// <summary>
/// Start-up in two steps. The schema is brought up to date before the host starts (<see cref="MigrateAsync"/>): the
/// host's own start reads from it (the data-protection key ring). The roles and demo data, most of a first start,
/// then go in while the web server starts and listens (this service): until they are in, the app answers "starting"
/// (<see cref="StartingUpGate"/>) and <c>/health/ready</c> says not ready. A failure in either step is logged and
/// stops the app with exit code 1.
/// </summary>
public sealed class DatabaseStartup(
    IServiceScopeFactory scopes,
    DatabaseReadiness readiness,
    IHostApplicationLifetime lifetime,
    ILogger<DatabaseStartup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        // On a thread of its own from the first line: SQLite's "asynchronous" calls run synchronously, and the host
        // waits for this method's first await before it starts the web server.
        Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().CompleteAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                readiness.MarkFailed(new OperationCanceledException("The app stopped before the database was ready."));
            }
            catch (Exception exception)
            {
                LogFailure(logger, exception);
                readiness.MarkFailed(exception);
                Environment.ExitCode = 1;
                lifetime.StopApplication();
            }
        }, CancellationToken.None);

    /// <summary>Applies the migrations before the host starts; false (the failure logged) when they could not be.</summary>
    public static async Task<bool> MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
            return true;
        }
        catch (Exception exception)
        {
            LogFailure(services.GetRequiredService<ILogger<DatabaseStartup>>(), exception);
            services.GetRequiredService<DatabaseReadiness>().MarkFailed(exception);
            return false;
        }
    }

    private static void LogFailure(ILogger logger, Exception exception) =>
        logger.LogCritical(exception, "The database could not be brought up to date; the app stops");
}
