using System.Net;
using System.Net.Http.Json;
using FieldOps.Data;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Persistence;
using FieldOps.Tests.Support;
using FieldOps.Web.Platform.Health;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FieldOps.Tests.Platform;

/// <summary>
/// The app listens while its database is brought up to date (migrations, roles, demo data). Until that is done every
/// request but the health checks is told "starting" and nothing is processed; a failure stops the app.
/// </summary>
public sealed class StartUpTests
{
    [Fact]
    public async Task WhileTheDatabaseIsBroughtUpToDate_OnlyTheHealthChecksAnswer_AndTheyNameTheState()
    {
        await using var app = new HeldStartApp();
        await app.InitializeAsync();
        await app.Held.Reached.WaitAsync(TimeSpan.FromMinutes(2));
        using var client = app.AnonymousClient();

        var health = await client.GetAsync("/health").ExpectStatus(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());
        await client.GetAsync("/health/ready").ExpectStatus(HttpStatusCode.ServiceUnavailable);
        await client.GetAsync("/health/live").ExpectStatus(HttpStatusCode.OK);

        var api = await client.GetAsync("/api/jobs").ExpectStatus(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(StartingUpGate.RetryAfterSeconds), api.Headers.RetryAfter?.Delta);
        Assert.Contains("FieldOps is starting", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Not even a right password signs in: no request reaches the app before its database is ready.
        var signIn = await client.PostAsync("/api/auth/login", JsonContent.Create(new { email = "admin@garage.demo", password = DemoAccounts.Password }));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, signIn.StatusCode);

        var page = await client.GetAsync("/Account/Login").ExpectStatus(HttpStatusCode.ServiceUnavailable);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("FieldOps is starting", html, StringComparison.Ordinal);
        Assert.Contains("http-equiv=\"refresh\"", html, StringComparison.Ordinal);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.True(page.Headers.Contains("Content-Security-Policy"), "the starting page has the app's security headers");

        app.Held.Release();
        await app.Services.GetRequiredService<DatabaseReadiness>().WaitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal("Healthy", await (await client.GetAsync("/health").ExpectStatus(HttpStatusCode.OK)).Content.ReadAsStringAsync());
        await client.GetAsync("/Account/Login").ExpectStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task WhenTheDatabaseCannotBeBroughtUpToDate_TheAppStops_WithExitCodeOne_AndNeverAnswersReady()
    {
        var exitCode = Environment.ExitCode;
        try
        {
            await using var app = new HeldStartApp();
            await app.InitializeAsync();
            await app.Held.Reached.WaitAsync(TimeSpan.FromMinutes(2));
            var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
            var readiness = app.Services.GetRequiredService<DatabaseReadiness>();

            app.Held.Fail(new InvalidOperationException("The disk is full."));
            var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => readiness.WaitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2)));
            Assert.Equal("The disk is full.", failure.Message);
            Assert.True(readiness.HasFailed);
            Assert.False(readiness.IsReady);
            Assert.True(lifetime.ApplicationStopping.WaitHandle.WaitOne(TimeSpan.FromMinutes(1)), "the app did not stop");
            Assert.Equal(1, Environment.ExitCode);
        }
        finally
        {
            // The exit code is the test process's own: give it back.
            Environment.ExitCode = exitCode;
        }
    }

    /// <summary>The app whose demo data stops at a seeder the test releases (or fails).</summary>
    private sealed class HeldStartApp : FieldOpsAppFactory
    {
        public HeldSeeder Held { get; } = new();

        protected override bool WaitUntilReady => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IDemoDataSeeder>(Held));
        }
    }

    private sealed class HeldSeeder : IDemoDataSeeder
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Order => int.MaxValue;

        public Task Reached => _reached.Task;

        public void Release() => _release.TrySetResult();

        public void Fail(Exception exception) => _release.TrySetException(exception);

        public async Task SeedAsync(CancellationToken cancellationToken)
        {
            _reached.TrySetResult();
            await _release.Task.WaitAsync(cancellationToken);
        }
    }
}
