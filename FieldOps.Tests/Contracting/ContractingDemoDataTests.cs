using FieldOps.Data.Contracting;
using FieldOps.Data.Contracting.Services;
using FieldOps.Data.Platform;
using FieldOps.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static FieldOps.Tests.Contracting.ContractingScenario;

namespace FieldOps.Tests.Contracting;

/// <summary>The demo data of Demo Contracting, on its own untouched copy: its figures are documented for checking by hand.</summary>
public sealed class ContractingDemoDataTests(ServiceHarness harness) : IClassFixture<ServiceHarness>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly ContractingScenario _scenario = new(harness);

    [Fact]
    public async Task TheDemoLedgers_AddUpToTheFiguresDocumentedForHandChecking()
    {
        var expected = new Dictionary<string, (decimal Credits, decimal Deductions, decimal Advance, decimal Balance, decimal Expenses)>
        {
            ["Mutua Building Works"] = (168_000m, 5_000m, 20_000m, 143_000m, 6_250m),
            ["Wambui Electrical Ltd"] = (24_000m, 2_000m, 0m, 22_000m, 1_200m),
            ["Otieno Plumbing & Drainage"] = (85_000m, 0m, 15_000m, 70_000m, 0m),
            ["Kamau Steel Fixers"] = (0m, 0m, 0m, 0m, 0m),
        };
        foreach (var (company, figures) in expected)
        {
            var id = (await _scenario.CompanyNamedAsync(company)).Id;
            var ledger = await _scenario.As<LedgerService, LedgerView>(Admin, s => s.LedgerAsync(id, None));
            var summary = ledger.Summary;
            Assert.Equal(figures, (summary.Credits, summary.Deductions, summary.AdvancePaid, summary.BalanceDue, summary.ExpensesApproved));
            Assert.Equal(summary.BalanceDue, ledger.Entries.FirstOrDefault()?.BalanceDue ?? 0m); // newest first
        }
    }

    [Fact]
    public async Task TheDemoData_HasVouchersAndClaimsInEveryState_AndTwoMonthsOfLogs()
    {
        await using var db = await harness.SystemDbAsync();
        var organization = await harness.OrganizationIdAsync(DemoAccounts.DemoContracting);
        var vouchers = await db.Set<Voucher>().IgnoreQueryFilters().Where(v => v.OrganizationId == organization).Select(v => v.Status).ToListAsync();
        Assert.Equal(Enum.GetValues<VoucherStatus>().Order(), vouchers.Distinct().Order());
        var expenses = await db.Set<Expense>().IgnoreQueryFilters().Where(e => e.OrganizationId == organization).Select(e => e.Status).ToListAsync();
        Assert.Equal(Enum.GetValues<ExpenseStatus>().Order(), expenses.Distinct().Order());
        var logs = await db.Set<DailyLog>().IgnoreQueryFilters().Where(l => l.OrganizationId == organization).Select(l => new { l.LogDate, l.Status }).ToListAsync();
        Assert.True(logs.Max(l => l.LogDate).DayNumber - logs.Min(l => l.LogDate).DayNumber >= 56, "Logs should span two months");
        Assert.Equal(Enum.GetValues<DailyLogStatus>().Order(), logs.Select(l => l.Status).Distinct().Order());
        var linked = await db.Set<Subcontractor>().IgnoreQueryFilters().CountAsync(s => s.OrganizationId == organization && s.UserId != null);
        Assert.Equal(2, linked);
    }

    [Fact]
    public async Task WhatIsStillOwed_IsTheApprovedUnpaidVouchersAndTheApprovedClaims()
    {
        var mutua = (await _scenario.CompanyNamedAsync("Mutua Building Works")).Id;
        var ledger = await _scenario.As<LedgerService, LedgerView>(Admin, s => s.LedgerAsync(mutua, None));
        var approved = (await _scenario.As<VoucherService, Data.Platform.Lists.ListPage<VoucherSummary>>(Admin, s =>
            s.ListAsync(new VoucherFilter(VoucherStatus.Approved, mutua), new Data.Platform.Lists.ListRequest(0, 50), None))).Items;
        Assert.Equal(approved.Sum(v => v.Total), ledger.StillOwed.ApprovedVouchers);
        Assert.Equal(approved.Count, ledger.StillOwed.ApprovedVoucherCount);
        Assert.True(ledger.StillOwed.ApprovedVoucherCount > 0, "The demo has an approved voucher waiting for payment.");
        Assert.Equal(6_250m, ledger.StillOwed.ClaimsToReimburse);
    }
}
