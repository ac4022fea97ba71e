using System.Security.Claims;
using FieldOps.Data;
using FieldOps.Data.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FieldOps.Tests.Support;

/// <summary>
/// The domain services exactly as the app registers them, over a private copy of the seeded demo database. Tests act
/// as a given user with <see cref="ScopeAsAsync"/>, or as the system with <see cref="SystemScope"/>.
/// </summary>
public class ServiceHarness : IAsyncLifetime, IActingHost
{
    private IHost? _host;

    public string DataDirectory { get; } = TestDirectories.Create("services");

    public ManualTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public IServiceProvider Services => _host!.Services;

    public async Task InitializeAsync()
    {
        var database = await PrepareDatabaseAsync();
        // Start the clock after the demo data was made, so the test's records are the newest. Demo data seeded
        // here is made on the real clock, as the app makes it.
        Clock.Set(DateTimeOffset.UtcNow.AddSeconds(1));
        _host = BuildHost(DataDirectory, database.SeedDemoData, database.SeedDemoData ? null : Clock, ConfigureServices, database.Settings);
        await using var scope = _host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await ((IAsyncDisposable)_host).DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
    }

    /// <summary>The database the services work on: by default a copy of the seeded SQLite template.</summary>
    protected virtual async Task<HarnessDatabase> PrepareDatabaseAsync()
    {
        await TemplateDatabase.CopyToAsync(DataDirectory);
        return new HarnessDatabase(SeedDemoData: false, new Dictionary<string, string?>());
    }

    /// <summary>A DI scope in which the given demo user is signed in.</summary>
    public async Task<AsyncServiceScope> ScopeAsAsync(string email)
    {
        var scope = Services.CreateAsyncScope();
        var principal = await PrincipalForAsync(scope.ServiceProvider, email);
        scope.ServiceProvider.GetRequiredService<TestPrincipalAccessor>().Principal = principal;
        return scope;
    }

    /// <summary>A DI scope with nobody signed in (start-up, background jobs).</summary>
    public AsyncServiceScope SystemScope() => Services.CreateAsyncScope();

    /// <summary>Runs <paramref name="action"/> with a service resolved in a scope signed in as <paramref name="email"/>.</summary>
    public async Task<TResult> AsAsync<TService, TResult>(string email, Func<TService, Task<TResult>> action) where TService : notnull
    {
        await using var scope = await ScopeAsAsync(email);
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task AsAsync<TService>(string email, Func<TService, Task> action) where TService : notnull
    {
        await using var scope = await ScopeAsAsync(email);
        await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>A database context that sees every organization (for assertions).</summary>
    public async Task<FieldOpsDbContext> SystemDbAsync()
    {
        var factory = Services.GetRequiredService<IDbContextFactory<FieldOpsDbContext>>();
        return await factory.CreateDbContextAsync();
    }

    public async Task<Guid> OrganizationIdAsync(string name)
    {
        await using var db = await SystemDbAsync();
        return await db.Organizations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync();
    }

    public async Task<string> UserIdAsync(string email)
    {
        await using var db = await SystemDbAsync();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private static async Task<ClaimsPrincipal> PrincipalForAsync(IServiceProvider services, string email)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        var factory = services.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        var principal = await factory.CreateAsync(user);
        return principal;
    }

    /// <summary>Extra registrations for a derived harness (a SQL command counter, say).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    internal static IHost BuildHost(string dataDirectory, bool seedDemoData, TimeProvider? timeProvider, Action<IServiceCollection>? configure = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = "Testing",
            ContentRootPath = dataDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FieldOps:DataDirectory"] = dataDirectory,
            ["FieldOps:SeedDemoData"] = seedDemoData ? "true" : "false",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.Logging.ClearProviders();
        if (timeProvider is not null)
        {
            builder.Services.AddSingleton(timeProvider);
        }
        builder.AddFieldOpsData();
        // One principal per scope: the accessor is scoped so parallel scopes act as different users.
        builder.Services.AddScoped<TestPrincipalAccessor>();
        builder.Services.AddScoped<IPrincipalAccessor>(sp => sp.GetRequiredService<TestPrincipalAccessor>());
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}

/// <summary>Where a harness's database comes from: whether the demo data is still to be seeded, and any settings
/// (provider, connection string) the host needs for it.</summary>
public sealed record HarnessDatabase(bool SeedDemoData, IReadOnlyDictionary<string, string?> Settings);
