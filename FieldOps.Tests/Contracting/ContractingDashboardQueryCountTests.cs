using FieldOps.Data.Contracting;
using FieldOps.Data.Contracting.Services;
using FieldOps.Data.Platform;
using FieldOps.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static FieldOps.Tests.Contracting.ContractingScenario;

namespace FieldOps.Tests.Contracting;

/// <summary>The contracting dashboards load with a fixed number of SQL commands, however much history there is.</summary>
public sealed class ContractingDashboardQueryCountTests(CountingServiceHarness harness, ITestOutputHelper output) : IClassFixture<CountingServiceHarness>
{
    [Fact]
    public async Task TheAdminDashboard_AndTheContractorsWorkspace_TakeTheSameCommands_WithTenTimesTheHistory()
    {
        var before = await MeasureAsync();
        await AddHistoryAsync(logs: 600, expenses: 300, ledgerEntries: 300);
        var after = await MeasureAsync();

        foreach (var (screen, commands) in before)
        {
            output.WriteLine($"{screen}: {commands} commands with the demo history, {after[screen]} with ten times more");
            Assert.True(commands > 0, $"{screen}: nothing counted; the counter is not attached");
            Assert.True(commands <= 12, $"{screen} used {commands} commands");
            Assert.Equal(commands, after[screen]);
        }
    }

    private async Task<Dictionary<string, int>> MeasureAsync() => new()
    {
        ["contracting admin"] = await CountAsync<ContractingDashboardService>(Admin, s => s.AdminAsync(default)),
        ["contractor workspace"] = await CountAsync<ContractorPortalService>(Mutua, s => s.WorkspaceAsync(default)),
        ["contractor ledger"] = await CountAsync<ContractorPortalService>(Mutua, s => s.LedgerAsync(default)),
    };

    private async Task<int> CountAsync<TService>(string email, Func<TService, Task> load) where TService : notnull
    {
        await using var scope = await harness.ScopeAsAsync(email);
        var service = scope.ServiceProvider.GetRequiredService<TService>();
        harness.Counter.Reset();
        await load(service);
        return harness.Counter.Count;
    }

    /// <summary>Adds logs, claims and ledger entries for Mutua Building Works straight through the entities.</summary>
    private async Task AddHistoryAsync(int logs, int expenses, int ledgerEntries)
    {
        var organizationId = await harness.OrganizationIdAsync(DemoAccounts.DemoContracting);
        await using var db = await harness.SystemDbAsync();
        var mutuaUser = await harness.UserIdAsync(Mutua);
        var company = await db.Set<Subcontractor>().IgnoreQueryFilters().SingleAsync(s => s.UserId == mutuaUser);
        var start = new DateOnly(2024, 1, 1);
        for (var i = 0; i < logs; i++)
        {
            var log = new DailyLog(company.Id, null, start.AddDays(i), "Bulk history", 5);
            log.AssignOrganization(organizationId);
            db.Add(log);
        }
        for (var i = 0; i < expenses; i++)
        {
            var expense = new Expense(company.Id, null, ExpenseCategory.Fuel, 100m + i, start.AddDays(i), "Bulk diesel");
            expense.AssignOrganization(organizationId);
            db.Add(expense);
        }
        for (var i = 0; i < ledgerEntries; i++)
        {
            var entry = LedgerEntry.Manual(company.Id, i % 2 == 0 ? LedgerEntryType.Deduction : LedgerEntryType.Advance, 10m, start.AddDays(i), null, "Bulk");
            await Data.Contracting.Services.LedgerPosting.PostAsync(db, entry, default);
            db.Entry(entry).Property(e => e.OrganizationId).CurrentValue = organizationId;
        }
        await db.SaveChangesAsync();
    }
}
