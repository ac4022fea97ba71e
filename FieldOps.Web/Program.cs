using FieldOps.Data;
using FieldOps.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddRepositorySettings();
builder.AddFieldOpsData();
builder.AddFieldOpsWeb();

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.UseFieldOps();
await app.RunAsync();

/// <summary>Entry point; public so integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
