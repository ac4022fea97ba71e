using System.Net;
using FieldOps.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FieldOps.Tests.Platform;

/// <summary>In production an unexpected error shows no internals: a problem with a reference for the API, the error
/// page for the app.</summary>
public sealed class ErrorHandlingTests(ErrorHandlingTests.FailingProductionApp app) : IClassFixture<ErrorHandlingTests.FailingProductionApp>
{
    private const string Secret = "connection string with password=hunter2";

    [Fact]
    public async Task AnApiError_IsAProblemWithoutTheExceptionText()
    {
        using var client = app.AnonymousClient();
        var response = await client.GetAsync("/api/test-failure").ExpectStatus(HttpStatusCode.InternalServerError);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.Contains("traceId", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageError_ShowsTheErrorPageWithoutTheExceptionText()
    {
        using var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var response = await client.GetAsync("/test-failure").ExpectStatus(HttpStatusCode.InternalServerError);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains("Something went wrong", body, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("at FieldOps", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownApiRoute_IsA404Problem()
    {
        using var client = app.AnonymousClient();
        var response = await client.GetAsync("/api/no-such-endpoint").ExpectStatus(HttpStatusCode.NotFound);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnUnknownPage_ShowsTheNotFoundPage()
    {
        using var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var response = await client.GetAsync("/no/such/page").ExpectStatus(HttpStatusCode.NotFound);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The production app plus two routes that fail, added behind the app's own pipeline.</summary>
    public sealed class FailingProductionApp : FieldOpsAppFactory
    {
        protected override string EnvironmentName => "Production";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, FailingRoutes>());
        }
    }

    private sealed class FailingRoutes : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use(async (HttpContext context, RequestDelegate nextMiddleware) =>
            {
                if (context.Request.Path.Value is "/api/test-failure" or "/test-failure")
                {
                    throw new InvalidOperationException(Secret);
                }
                await nextMiddleware(context);
            });
        };
    }
}
