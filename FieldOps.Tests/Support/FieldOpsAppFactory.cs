using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FieldOps.Data.Platform;
using FieldOps.Web.Platform.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FieldOps.Tests.Support;

/// <summary>
/// The real app (all middleware, endpoints and the real Identity) in memory, over a private copy of the seeded demo
/// database. <see cref="ClientAsAsync"/> signs in through <c>POST /api/auth/login</c> and returns a client that
/// sends the bearer token.
/// </summary>
public class FieldOpsAppFactory : WebApplicationFactory<Program>, IAsyncLifetime, IActingHost
{
    private readonly ConcurrentDictionary<string, string> _tokens = new();

    public string DataDirectory { get; } = TestDirectories.Create("app");

    /// <summary>The environment the app runs in; Development unless a test needs Production behaviour.</summary>
    protected virtual string EnvironmentName => "Development";

    public static readonly JsonSerializerOptions Json = CreateJsonOptions();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        TemplateDatabase.CopyTo(DataDirectory);
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("FieldOps:DataDirectory", DataDirectory);
        builder.UseSetting("FieldOps:SeedDemoData", "true");
        builder.UseSetting("ConnectionStrings:FieldOps", "");
        // Tests sign in far more often than a person; the limit itself is tested with its own factory.
        builder.UseSetting("FieldOps:SignInRateLimit:PermitsPerMinute", SignInPermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Sign-in attempts allowed per minute from one address.</summary>
    protected virtual int SignInPermitsPerMinute => 1_000_000;

    public async Task InitializeAsync()
    {
        _ = Server; // start the app; its database is brought up to date in the background
        if (WaitUntilReady)
        {
            await Services.GetRequiredService<FieldOps.Data.Platform.Persistence.DatabaseReadiness>().WaitAsync(CancellationToken.None)
                .WaitAsync(TimeSpan.FromMinutes(5));
        }
    }

    /// <summary>Whether <see cref="InitializeAsync"/> returns only once the database is ready (all but the start-up tests).</summary>
    protected virtual bool WaitUntilReady => true;

    Task IAsyncLifetime.DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }

    public HttpClient AnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<HttpClient> ClientAsAsync(string email, string password = DemoAccounts.Password)
    {
        if (!_tokens.TryGetValue(email, out var token))
        {
            token = await LoginAsync(email, password);
            _tokens[email] = token;
        }
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<string> LoginAsync(string email, string password = DemoAccounts.Password)
    {
        using var anonymous = AnonymousClient();
        var response = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("accessToken").GetString()!;
    }

    /// <summary>Calls a domain service inside the running app as a demo user (to set up a test's records quickly).</summary>
    public async Task<TResult> AsAsync<TService, TResult>(string email, Func<TService, Task<TResult>> action) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        scope.ServiceProvider.GetRequiredService<ActAs>().Principal =
            await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(options);
        return options;
    }
}

/// <summary>The app as it runs in production: error pages without internals.</summary>
public sealed class ProductionAppFactory : FieldOpsAppFactory
{
    protected override string EnvironmentName => "Production";
}

/// <summary>The app with the production limit on sign-in attempts.</summary>
public sealed class RateLimitedAppFactory : FieldOpsAppFactory
{
    public const int PermitsPerMinute = 10;

    protected override int SignInPermitsPerMinute => PermitsPerMinute;
}
