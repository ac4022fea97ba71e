using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FieldOps.Data.Platform;

/// <summary>
/// Runs a domain service as one of the demo users, so demo data goes through the same rules, history and
/// notifications as real work. Each call gets its own scope; principals are built once per user.
/// </summary>
public sealed class DemoActor(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<string, ClaimsPrincipal> _principals = new();

    public async Task AsAsync<TService>(string email, Func<TService, Task> action) where TService : notnull =>
        await AsAsync<TService, bool>(email, async service =>
        {
            await action(service);
            return true;
        });

    public async Task<TResult> AsAsync<TService, TResult>(string email, Func<TService, Task<TResult>> action) where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        if (!_principals.TryGetValue(email, out var principal))
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"Demo user {email} is missing.");
            principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
            _principals[email] = principal;
        }
        scope.ServiceProvider.GetRequiredService<ActAs>().Principal = principal;
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
