using FieldOps.Data;
using FieldOps.Web.Api;
using FieldOps.Web.Components;
using FieldOps.Web.Components.Account;
using FieldOps.Web.Platform.Api;
using FieldOps.Web.Platform.Diagnostics;
using FieldOps.Web.Platform.Exports;
using FieldOps.Web.Platform.Health;
using FieldOps.Web.Platform.Security;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using MudBlazor.Services;

namespace FieldOps.Web;

public static class WebSetup
{
    /// <summary>
    /// The base configuration is the repository-level appsettings.json, copied next to the app's assembly. It goes
    /// first, so appsettings.{Environment}.json, environment variables and the command line still override it.
    /// </summary>
    public static WebApplicationBuilder AddRepositorySettings(this WebApplicationBuilder builder)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        var inContentRoot = Path.Combine(builder.Environment.ContentRootPath, "appsettings.json");
        if (File.Exists(beside) && !string.Equals(Path.GetFullPath(beside), Path.GetFullPath(inContentRoot), StringComparison.Ordinal))
        {
            builder.Configuration.Sources.Insert(0, new JsonConfigurationSource
            {
                Path = "appsettings.json",
                Optional = true,
                FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            });
        }
        return builder;
    }

    /// <summary>The largest message the server takes from a tab (see <see cref="AddFieldOpsWeb"/>).</summary>
    public const long MaximumCircuitMessageBytes = 256 * 1024;

    public static WebApplicationBuilder AddFieldOpsWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole();
        }

        services.AddRazorComponents().AddInteractiveServerComponents()
            // A dashboard's data, read once for its first paint, travels back in the browser's first message so that
            // the live page starts without reading it again. With its lists full (up to 50 rows) that message was up to
            // 88 KB at 100× the demo data, and is 218 KB for 50 jobs with the longest issues (DashboardFirstMessageTests);
            // SignalR's default limit of 32 KB left such dashboards dead to clicks. Every other message a tab sends is small.
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = MaximumCircuitMessageBytes);
        services.AddSingleton<CircuitCounter>();
        services.AddSingleton<Components.Layout.ThemeStylesheets>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, CircuitCountingHandler>();
        services.AddMudServices(options =>
        {
            // Messages appear at the bottom centre, where a thumb and an eye expect them on a phone, in solid
            // colours with white text (AA contrast), and fade quickly.
            options.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomCenter;
            options.SnackbarConfiguration.SnackbarVariant = MudBlazor.Variant.Filled;
            options.SnackbarConfiguration.ShowTransitionDuration = 150;
            options.SnackbarConfiguration.HideTransitionDuration = 150;
            options.SnackbarConfiguration.MaxDisplayedSnackbars = 3;
        });
        services.AddScoped<Components.Shared.AppDialogs>();
        services.AddScoped<Components.Shared.DraftStore>();
        services.AddScoped<Components.Shared.UiActions>();
        services.AddFieldOpsDataProtection();
        services.AddFieldOpsAuthentication();
        services.AddSignInRateLimits(builder.Configuration);
        services.AddReverseProxySupport(builder.Configuration);
        services.AddMemoryCache();

        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddHostedService<DatabaseStartup>();
        services.AddFieldOpsOpenApi();
        foreach (var module in FieldOps.Web.Modules.WebModules.All)
        {
            module.AddServices(services);
        }
        return builder;
    }

    public static WebApplication UseFieldOps(this WebApplication app)
    {
        // First, so everything after sees the user's own address and scheme when a load balancer is in front.
        app.UseReverseProxySupport();
        if (app.Environment.IsDevelopment())
        {
            // Problem details for the API; browser pages fall through to the developer exception page.
            app.UseExceptionHandler();
        }
        else
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeaders>();
        // Until the database is up to date (DatabaseStartup), everything but the health checks answers "starting".
        app.UseMiddleware<StartingUpGate>();
        // Empty error answers get a body: the not-found page for the app, problem details for the API.
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseMiddleware<ApiStatusCodeProblems>();

        app.UseRateLimiter();
        app.UseMiddleware<RefreshTokenReuseGuard>();
        app.UseAuthentication();
        app.UseMiddleware<BearerTokenRevocation>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseMiddleware<CookieApiAntiforgery>();

        app.MapStaticAssets();
        // Readiness (the database answers): a load balancer sends traffic only to a ready instance. Liveness (the process
        // answers at all): an orchestrator restarts an instance only when this fails, not when the database is away.
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapHealthChecks("/health/ready").AllowAnonymous();
        app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapMemoryDiagnostics();
        app.MapFieldOpsOpenApi();
        app.MapPlatformEndpoints();
        app.MapPlatformServiceEndpoints();
        foreach (var module in FieldOps.Web.Modules.WebModules.All)
        {
            module.MapEndpoints(app);
        }
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
