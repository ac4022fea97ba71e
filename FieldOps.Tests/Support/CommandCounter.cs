using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FieldOps.Tests.Support;

/// <summary>Counts the SQL commands EF Core sends.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    private readonly List<RecordedCommand> _recorded = [];

    /// <summary>The commands (text and parameter values) sent since the last reset: to look at the queries' plans, or
    /// at everything the migrations run.</summary>
    public IReadOnlyList<RecordedCommand> Recorded
    {
        get
        {
            lock (_recorded)
            {
                return [.. _recorded];
            }
        }
    }

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        lock (_recorded)
        {
            _recorded.Clear();
        }
    }

    private void Record(DbCommand command)
    {
        lock (_recorded)
        {
            _recorded.Add(new RecordedCommand(command.CommandText,
                command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList()));
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}

/// <summary>A service harness whose database contexts count their SQL commands.</summary>
public sealed class CountingServiceHarness : ServiceHarness
{
    public CommandCounter Counter { get; } = new();

    /// <summary>How many SQL commands <paramref name="load"/> sends, run as <paramref name="email"/>.</summary>
    public async Task<int> CountCommandsAsync<TService>(string email, Func<TService, Task> load) where TService : notnull
    {
        await using var scope = await ScopeAsAsync(email);
        var service = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<TService>(scope.ServiceProvider);
        Counter.Reset();
        await load(service);
        return Counter.Count;
    }

    protected override void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services) =>
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<IInterceptor>(services, Counter);
}

/// <summary>A query the app sent: its text and parameter values.</summary>
public sealed record RecordedCommand(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);
