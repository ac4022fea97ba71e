using System.Text.RegularExpressions;
using FieldOps.Data;
using FieldOps.Data.Contracting;
using FieldOps.Data.Contracting.Services;
using FieldOps.Data.Platform.Lists;
using FieldOps.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FieldOps.Tests.Contracting.ContractingScenario;

namespace FieldOps.Tests.Contracting;

/// <summary>Ledger entries are posted with their place and running totals, so any page and the summary cost the same
/// at any size; the stored totals always equal what adding up the entries gives.</summary>
public sealed class PostedLedgerTests(ServiceHarness harness) : IClassFixture<ServiceHarness>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly ContractingScenario _scenario = new(harness);

    [Fact]
    public async Task TheStoredTotals_EqualTheLedgerAddedUpFromScratch_ForEveryParty()
    {
        await using var db = await harness.SystemDbAsync();
        var entries = await db.Set<LedgerEntry>().IgnoreQueryFilters().AsNoTracking().ToListAsync();
        Assert.NotEmpty(entries);
        foreach (var party in entries.GroupBy(e => (e.PartyType, e.PartyId)))
        {
            decimal credits = 0, deductions = 0, advances = 0, expenses = 0;
            var ordered = party.OrderBy(e => e.Sequence).ToList();
            Assert.Equal(Enumerable.Range(1, ordered.Count).Select(i => (long)i), ordered.Select(e => e.Sequence));
            foreach (var entry in ordered)
            {
                credits += entry.EntryType == LedgerEntryType.Payment ? entry.Amount : 0;
                deductions += entry.EntryType == LedgerEntryType.Deduction ? entry.Amount : 0;
                advances += entry.EntryType == LedgerEntryType.Advance ? entry.Amount : 0;
                expenses += entry.EntryType == LedgerEntryType.Expense ? entry.Amount : 0;
                Assert.Equal((credits, deductions, advances, expenses, credits - deductions - advances),
                    (entry.CreditsAfter, entry.DeductionsAfter, entry.AdvancesAfter, entry.ExpensesAfter, entry.BalanceAfter));
            }
        }
    }

    [Fact]
    public async Task LedgerPages_ReadByPosition_TileTheWholeLedgerNewestFirst_AndPagesPastTheEndAreEmpty()
    {
        var company = await _scenario.CompanyNamedAsync("Mutua Building Works");
        var all = new List<LedgerEntryView>();
        await using var scope = await harness.ScopeAsAsync(Admin);
        await foreach (var entry in scope.ServiceProvider.GetRequiredService<LedgerService>().StreamLedgerAsync(company.Id, None))
        {
            all.Add(entry);
        }
        Assert.True(all.Count > 3);
        var pages = new List<LedgerEntryView>();
        for (var skip = 0; skip < all.Count + 3; skip += 3)
        {
            var page = await _scenario.As<LedgerService, LedgerView>(Admin, s => s.LedgerAsync(company.Id, new ListRequest(skip, 3), None));
            Assert.True(page.Entries.Count <= 3);
            Assert.Equal(all.Count, page.Total);
            pages.AddRange(page.Entries);
        }
        Assert.Equal(all.AsEnumerable().Reverse().Select(e => (e.Id, e.BalanceDue)), pages.Select(e => (e.Id, e.BalanceDue)));
        var farBeyond = await _scenario.As<LedgerService, LedgerView>(Admin, s => s.LedgerAsync(company.Id, new ListRequest(1_000_000, 50), None));
        Assert.Empty(farBeyond.Entries);
    }

    [Fact]
    public async Task EntriesPostedAtTheSameMoment_EachTakeTheirOwnPlace_AndTheTotalsStayExact()
    {
        var company = await _scenario.CompanyNamedAsync("Otieno Plumbing & Drainage");
        var before = (await _scenario.As<LedgerService, LedgerView>(Admin, s => s.LedgerAsync(company.Id, None))).Summary;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => _scenario.As<LedgerService, LedgerView>(Admin, s =>
            s.AddEntryAsync(company.Id, new LedgerEntryInput
            {
                EntryType = LedgerEntryType.Deduction, Amount = 100m + i, EntryDate = DateOnly.FromDateTime(DateTime.UtcNow), Description = $"Parallel {i}",
            }, None)))));

        var after = await _scenario.As<LedgerService, LedgerView>(Admin, s => s.LedgerAsync(company.Id, None));
        Assert.Equal(before.Deductions + Enumerable.Range(0, 8).Sum(i => 100m + i), after.Summary.Deductions);
        Assert.Equal(before.BalanceDue - Enumerable.Range(0, 8).Sum(i => 100m + i), after.Summary.BalanceDue);
        Assert.Equal(after.Summary.BalanceDue, after.Entries[0].BalanceDue);
        await TheStoredTotals_EqualTheLedgerAddedUpFromScratch_ForEveryParty();
    }

    [Fact]
    public async Task ALedger_IsReadPageByPage_NewestFirst_EachEntryWithTheBalanceAfterIt()
    {
        var mutua = await _scenario.CompanyNamedAsync("Mutua Building Works");
        var all = await _scenario.As<LedgerService, LedgerView>(Admin, s => s.LedgerAsync(mutua.Id, new ListRequest(0, 200), None));
        var first = await _scenario.As<LedgerService, LedgerView>(Admin, s => s.LedgerAsync(mutua.Id, new ListRequest(0, 3), None));
        var second = await _scenario.As<LedgerService, LedgerView>(Admin, s => s.LedgerAsync(mutua.Id, new ListRequest(3, 3), None));

        Assert.Equal(all.Total, first.Total);
        Assert.Equal(all.Entries.Count, all.Total);
        Assert.Equal(all.Entries.Take(6).Select(e => e.Id), first.Entries.Concat(second.Entries).Select(e => e.Id));
        Assert.Equal(all.Summary, second.Summary);
        // Each balance is the one after that entry: the next older entry's balance plus this one's effect.
        for (var i = 0; i < all.Entries.Count - 1; i++)
        {
            var entry = all.Entries[i];
            var effect = entry.EntryType switch
            {
                LedgerEntryType.Payment => entry.Amount,
                LedgerEntryType.Deduction or LedgerEntryType.Advance => -entry.Amount,
                _ => 0m,
            };
            Assert.Equal(all.Entries[i + 1].BalanceDue + effect, entry.BalanceDue);
        }
    }

    [Fact]
    public async Task ALedgerPage_IsReadThroughItsIndex_NotByScanningTheLedger()
    {
        var mutua = await _scenario.CompanyNamedAsync("Mutua Building Works");
        await using var db = await harness.SystemDbAsync();
        var query = db.Set<LedgerEntry>().IgnoreQueryFilters()
            .Where(e => e.PartyType == LedgerPartyType.Subcontractor && e.PartyId == mutua.Id)
            .OrderByDescending(e => e.Sequence).Skip(500).Take(50);
        var plan = await ExplainAsync(db, query.ToQueryString());
        Assert.Contains("IX_LedgerEntries_PartyType_PartyId_Sequence", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("USE TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    /// <summary>SQLite's plan for a query as EF Core writes it (with its parameters' values bound).</summary>
    internal static async Task<string> ExplainAsync(FieldOpsDbContext db, string queryString)
    {
        var lines = queryString.Split('\n');
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        foreach (var parameter in lines.Where(l => l.StartsWith(".param set", StringComparison.Ordinal)))
        {
            var match = Regex.Match(parameter, @"^\.param set (\S+) (.*)$");
            var value = match.Groups[2].Value.Trim();
            command.Parameters.AddWithValue(match.Groups[1].Value,
                value.StartsWith('\'') ? value.Trim('\'') : long.TryParse(value, out var number) ? number : value);
        }
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(3));
        }
        return string.Join("\n", rows);
    }
}
