namespace FieldOps.Tests.Support;

/// <summary>The domain services over a PostgreSQL database that the app itself migrated and seeded with the demo
/// data, through the same services and rules as on SQLite.</summary>
public sealed class PostgresServiceHarness : ServiceHarness
{
    private PostgresServer? _server;

    protected override async Task<HarnessDatabase> PrepareDatabaseAsync()
    {
        _server = await PostgresServer.StartAsync();
        return new HarnessDatabase(SeedDemoData: true, new Dictionary<string, string?>
        {
            ["FieldOps:DatabaseProvider"] = "PostgreSQL",
            ["ConnectionStrings:FieldOps"] = _server.ConnectionString("fieldops"),
        });
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Npgsql.NpgsqlConnection.ClearAllPools();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
