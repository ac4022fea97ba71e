using FieldOps.Data;
using FieldOps.Data.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FieldOps.Web.Platform.Health;

/// <summary>Healthy when the database has been brought up to date since the app started and answers a query.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<FieldOpsDbContext> contextFactory, DatabaseReadiness readiness) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsReady)
        {
            return HealthCheckResult.Unhealthy(readiness.HasFailed
                ? "The database could not be brought up to date."
                : "Starting: the database is being brought up to date.");
        }
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("The database answers.")
                : HealthCheckResult.Unhealthy("The database does not answer.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", exception);
        }
    }
}
