using FieldOps.Data.Maintenance;
using FieldOps.Data.Maintenance.Services;
using FieldOps.Data.Platform.Lists;
using FieldOps.Tests.Support;
using Xunit.Abstractions;
using static FieldOps.Tests.Maintenance.MaintenanceScenario;

namespace FieldOps.Tests.Maintenance;

/// <summary>Each maintenance dashboard loads with the same small number of SQL commands with the demo's requests and
/// with ten times as many.</summary>
public sealed class MaintenanceDashboardQueryCountTests(CountingServiceHarness harness, ITestOutputHelper output) : IClassFixture<CountingServiceHarness>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task EveryMaintenanceDashboard_LoadsInAFixedNumberOfCommands_AtTenTimesTheDemoData()
    {
        var scenario = new MaintenanceScenario(harness);
        var sample = await scenario.RequestAsync(MaintenanceStatus.QuotesSubmitted);
        var atDemo = await MeasureAsync(sample.Id);

        // Ten times the demo's requests, in every status a dashboard lists.
        MaintenanceStatus[] statuses =
        [
            MaintenanceStatus.Pending, MaintenanceStatus.Assigned, MaintenanceStatus.Estimated, MaintenanceStatus.Approved, MaintenanceStatus.InProgress,
            MaintenanceStatus.Completed, MaintenanceStatus.Rejected,
        ];
        for (var i = 0; i < 210; i++)
        {
            await scenario.RequestAsync(statuses[i % statuses.Length]);
        }
        var atTenTimes = await MeasureAsync(sample.Id);

        foreach (var (dashboard, commands) in atDemo)
        {
            output.WriteLine($"{dashboard}: {commands} commands with the demo data, {atTenTimes[dashboard]} at ten times");
            Assert.True(commands > 0, $"{dashboard}: no SQL command was counted");
            Assert.True(commands <= 12, $"{dashboard} used {commands} SQL commands");
            Assert.Equal(commands, atTenTimes[dashboard]);
        }
    }

    private async Task<Dictionary<string, int>> MeasureAsync(Guid requestId)
    {
        var open = new RequestFilter(OpenOnly: true);
        var page = new ListRequest(0, 20);
        return new Dictionary<string, int>
        {
            ["maintenance desk"] = await CountAsync<MaintenanceRequestService>(Manager, async s =>
            {
                await s.BoardAsync(None);
                await s.ListAsync(open, page, None);
            }),
            ["landlord"] = await CountAsync<MaintenanceRequestService>(Landlord, async s =>
            {
                await s.ListAsync(new RequestFilter(Statuses: [MaintenanceStatus.Pending, MaintenanceStatus.Estimated, MaintenanceStatus.QuotesSubmitted]), page, None);
                await s.ListAsync(new RequestFilter(Statuses: [MaintenanceStatus.Verified, MaintenanceStatus.Completed]), page, None);
                await s.ListAsync(open, page, None);
                await s.CostsByPropertyAsync(None);
            }),
            ["tenant"] = await CountAsync<MaintenanceRequestService>(Tenant, async s =>
            {
                await s.ListAsync(open, page, None);
                await s.ListAsync(new RequestFilter(Status: MaintenanceStatus.Closed), page, None);
            }),
            ["landlord's budget card"] = await CountAsync<MaintenanceRequestService>(Landlord2, s => s.BudgetAsync(null, null, None)),
            ["tenant form"] = await CountAsync<MaintenanceCatalogService>(Tenant, s => s.TenantHomeAsync(None)),
            ["work orders"] = await CountAsync<MaintenanceRequestService>(Staff, async s =>
            {
                await s.ListAsync(new RequestFilter(Statuses: [MaintenanceStatus.Assigned, MaintenanceStatus.Approved, MaintenanceStatus.InProgress]), page, None);
                await s.ListAsync(new RequestFilter(Statuses: [MaintenanceStatus.Estimated, MaintenanceStatus.Completed]), page, None);
            }),
            ["request page"] = await CountAsync<MaintenanceRequestService>(Landlord, s => s.GetAsync(requestId, None)),
        };
    }

    private Task<int> CountAsync<TService>(string email, Func<TService, Task> load) where TService : notnull =>
        harness.CountCommandsAsync(email, load);
}
