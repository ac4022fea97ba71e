using FieldOps.Data;
using FieldOps.Web;
using FieldOps.Web.Platform.Health;

var builder = WebApplication.CreateBuilder(args);
builder.AddRepositorySettings();
builder.AddFieldOpsData();
builder.AddFieldOpsWeb();

var app = builder.Build();
// The schema first; the demo data goes in while the server starts, which answers "starting" until then (DatabaseStartup).
if (!await DatabaseStartup.MigrateAsync(app.Services, app.Lifetime.ApplicationStopping))
{
    // Disposing the app flushes the console log, which says why; returning at once could end the process first.
    await app.DisposeAsync();
    return 1;
}
app.UseFieldOps();
await app.RunAsync();
// 1 when the demo data or roles could not be made (DatabaseStartup set it before stopping the app).
return Environment.ExitCode;

/// <summary>Entry point; public so integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
