namespace FieldOps.Tests.Support;

/// <summary>Runs a service call as a given demo user: the service harness and the in-memory app both can.</summary>
public interface IActingHost
{
    Task<TResult> AsAsync<TService, TResult>(string email, Func<TService, Task<TResult>> action) where TService : notnull;
}
