using FieldOps.Data.Contracting;
using FieldOps.Data.Contracting.Services;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Platform.Notifications;
using FieldOps.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static FieldOps.Tests.Contracting.ContractingScenario;

namespace FieldOps.Tests.Contracting;

/// <summary>The contracting services over a real SQLite file, as the demo users.</summary>
public sealed class ContractingServiceTests(ServiceHarness harness) : IClassFixture<ServiceHarness>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly ContractingScenario _scenario = new(harness);

    [Fact]
    public async Task LedgerEntries_CannotBeChangedOrDeleted_EvenDirectlyThroughTheContext()
    {
        Guid entryId;
        decimal amount;
        await using (var db = await harness.SystemDbAsync())
        {
            var entry = await db.Set<LedgerEntry>().IgnoreQueryFilters().FirstAsync(e => e.EntryType == LedgerEntryType.Payment);
            (entryId, amount) = (entry.Id, entry.Amount);
            db.Entry(entry).Property(e => e.Amount).CurrentValue = 1m;
            var error = await Assert.ThrowsAsync<BusinessRuleException>(() => db.SaveChangesAsync());
            Assert.Contains("permanent", error.Message, StringComparison.Ordinal);
        }
        await using (var db = await harness.SystemDbAsync())
        {
            db.Remove(await db.Set<LedgerEntry>().IgnoreQueryFilters().SingleAsync(e => e.Id == entryId));
            await Assert.ThrowsAsync<BusinessRuleException>(() => db.SaveChangesAsync());
        }
        await using (var db = await harness.SystemDbAsync())
        {
            Assert.Equal(amount, (await db.Set<LedgerEntry>().IgnoreQueryFilters().SingleAsync(e => e.Id == entryId)).Amount);
        }
    }

    [Fact]
    public async Task PayingTheSameVoucherTwiceInParallel_RecordsExactlyOnePayment()
    {
        var company = await _scenario.CompanyOfAsync(Wambui);
        var before = (await Ledger(company.Id)).Summary.Credits;
        var voucher = await _scenario.VoucherAsync(company.Id, VoucherStatus.Approved, 7_500m);

        Assert.Equal(1, await _scenario.PayInParallelAsync(voucher.Id, attempts: 4));
        await using var db = await harness.SystemDbAsync();
        Assert.Equal(1, await db.Set<LedgerEntry>().IgnoreQueryFilters().CountAsync(e => e.VoucherId == voucher.Id));
        Assert.Equal(before + 7_500m, (await Ledger(company.Id)).Summary.Credits);
    }

    [Fact]
    public async Task ApprovingTheSameClaimTwiceInParallel_BooksItOnce()
    {
        var expense = await _scenario.ExpenseAsync(Mutua, 1_234.5m);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            try
            {
                await _scenario.As<ContractingReviewService, bool>(Admin, async s =>
                {
                    await s.ApproveExpenseAsync(expense.Id, null, None);
                    return true;
                });
                return true;
            }
            catch (BusinessRuleException)
            {
                return false;
            }
        })));
        Assert.Equal(1, outcomes.Count(approved => approved));
        await using var db = await harness.SystemDbAsync();
        var entries = await db.Set<LedgerEntry>().IgnoreQueryFilters().Where(e => e.ExpenseId == expense.Id).ToListAsync();
        Assert.Equal(LedgerEntryType.Expense, Assert.Single(entries).EntryType);
        Assert.Equal(1_234.5m, entries[0].Amount);
    }

    [Fact]
    public async Task ApprovingAClaim_AddsItToApprovedExpenses_ButNotToTheBalance()
    {
        var company = await _scenario.CompanyOfAsync(Mutua);
        var before = (await Ledger(company.Id)).Summary;
        var expense = await _scenario.ExpenseAsync(Mutua, 999m);
        await _scenario.As<ContractingReviewService, bool>(Admin, async s =>
        {
            await s.ApproveExpenseAsync(expense.Id, "Receipt seen", None);
            return true;
        });
        var after = (await Ledger(company.Id)).Summary;
        Assert.Equal(before.ExpensesApproved + 999m, after.ExpensesApproved);
        Assert.Equal(before.BalanceDue, after.BalanceDue);
    }

    [Fact]
    public async Task AFailedBulkApproval_ApprovesNothing()
    {
        var pending = await _scenario.LogAsync(Mutua);
        var alreadyApproved = await _scenario.LogAsync(Mutua);
        await _scenario.As<ContractingReviewService, bool>(Admin, async s =>
        {
            await s.ApproveLogAsync(alreadyApproved.Id, null, None);
            return true;
        });

        await Assert.ThrowsAsync<InvalidTransitionException>(() => _scenario.As<ContractingReviewService, bool>(Admin, async s =>
        {
            await s.BulkApproveLogsAsync([pending.Id, alreadyApproved.Id], None);
            return true;
        }));
        var still = await _scenario.As<ContractorPortalService, DailyLogView>(Mutua, s => s.LogAsync(pending.Id, None));
        Assert.Equal(DailyLogStatus.Submitted, still.Status);
    }

    [Fact]
    public async Task ALogForTomorrow_OrWithNegativeWorkers_IsRefused_AndNothingIsSaved()
    {
        var before = (await _scenario.As<ContractorPortalService, ListPage<DailyLogView>>(Mutua, s => s.LogsAsync(new ListRequest(0, 1), None))).Total;
        var future = await Assert.ThrowsAsync<InputValidationException>(() => _scenario.LogAsync(Mutua, date: DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2))));
        Assert.Contains("logDate", future.Errors.Keys);
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _scenario.LogAsync(Mutua, workers: -1));
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _scenario.As<ContractorPortalService, DailyLogView>(Mutua,
            s => s.SubmitLogAsync(new DailyLogInput { LogDate = DateOnly.FromDateTime(DateTime.UtcNow), WorkSummary = " " }, None)));
        var after = (await _scenario.As<ContractorPortalService, ListPage<DailyLogView>>(Mutua, s => s.LogsAsync(new ListRequest(0, 1), None))).Total;
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task ALogWithoutAWorkerCount_CountsZeroWorkers()
    {
        var log = await _scenario.As<ContractorPortalService, DailyLogView>(Mutua, s => s.SubmitLogAsync(new DailyLogInput
        {
            LogDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), WorkSummary = "Site inspection with the engineer",
        }, None));
        Assert.Equal((0, DailyLogStatus.Submitted, "Mutua Building Works"), (log.WorkersCount, log.Status, log.CompanyName));
    }

    [Fact]
    public async Task AVoucherWithoutLines_IsDraftedFromTheApprovedLogsOfThePeriod_AtTheDailyRate()
    {
        var kamau = await _scenario.CompanyNamedAsync("Kamau Steel Fixers");
        var userId = await harness.UserIdAsync(Unlinked);
        await _scenario.As<SubcontractorService, SubcontractorView>(Admin, s => s.LinkUserAsync(kamau.Id, userId, None));
        try
        {
            var monday = new DateOnly(2026, 10, 5);
            var approved = new[] { (monday, 6), (monday.AddDays(1), 4) };
            foreach (var (date, workers) in approved)
            {
                var log = await _scenario.LogAsync(Unlinked, workers, date);
                await _scenario.As<ContractingReviewService, bool>(Admin, async s =>
                {
                    await s.ApproveLogAsync(log.Id, null, None);
                    return true;
                });
            }
            await _scenario.LogAsync(Unlinked, 9, monday.AddDays(2)); // not yet approved: not claimed
            await _scenario.LogAsync(Unlinked, 9, monday.AddDays(7)); // outside the period

            var voucher = await _scenario.As<VoucherService, VoucherView>(Admin, s => s.CreateAsync(new VoucherInput
            {
                SubcontractorId = kamau.Id, PeriodStart = monday, PeriodEnd = monday.AddDays(6),
            }, None));

            Assert.Equal([6m, 4m], voucher.Lines.Select(l => l.Quantity));
            Assert.All(voucher.Lines, l => Assert.Equal(1_700m, l.Rate));
            Assert.Equal(17_000m, voucher.Total);
            Assert.Equal(VoucherStatus.Draft, voucher.Status);
            Assert.Matches(@"^PV-2026-\d{4}$", voucher.Number);
        }
        finally
        {
            await _scenario.As<SubcontractorService, SubcontractorView>(Admin, s => s.UnlinkUserAsync(kamau.Id, None));
        }
    }

    [Fact]
    public async Task OneAccount_ActsForAtMostOneCompany_AndOnlyContractorAccountsCanBeLinked()
    {
        var kamau = await _scenario.CompanyNamedAsync("Kamau Steel Fixers");
        var mutuaUser = await harness.UserIdAsync(Mutua);
        var taken = await Assert.ThrowsAsync<InputValidationException>(() =>
            _scenario.As<SubcontractorService, SubcontractorView>(Admin, s => s.LinkUserAsync(kamau.Id, mutuaUser, None)));
        Assert.Contains("Mutua Building Works", taken.Message, StringComparison.Ordinal);

        var adminUser = await harness.UserIdAsync(Admin);
        await Assert.ThrowsAsync<InputValidationException>(() =>
            _scenario.As<SubcontractorService, SubcontractorView>(Admin, s => s.LinkUserAsync(kamau.Id, adminUser, None)));
        var garageUser = await harness.UserIdAsync("technician@garage.demo");
        await Assert.ThrowsAsync<InputValidationException>(() =>
            _scenario.As<SubcontractorService, SubcontractorView>(Admin, s => s.LinkUserAsync(kamau.Id, garageUser, None)));
        Assert.Null((await _scenario.CompanyNamedAsync("Kamau Steel Fixers")).UserId);
    }

    [Fact]
    public async Task TheDatabase_RefusesTwoCompaniesForOneAccount_EvenIfTheServiceCheckIsRaced()
    {
        await using var db = await harness.SystemDbAsync();
        var organization = await harness.OrganizationIdAsync(DemoAccounts.DemoContracting);
        var company = new Subcontractor("Race Co", "Painting", null, null, null);
        company.AssignOrganization(organization);
        company.LinkUser(await harness.UserIdAsync(Wambui));
        db.Add(company);
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Notifications_GoToAdminsForNewWork_AndToTheContractorForEveryDecisionAndPayment()
    {
        var log = await _scenario.LogAsync(Wambui);
        var expense = await _scenario.ExpenseAsync(Wambui, 450m);
        Assert.True(await HasNotificationAsync(Admin, log.Id));
        Assert.True(await HasNotificationAsync(Admin, expense.Id));

        await _scenario.As<ContractingReviewService, bool>(Admin, async s =>
        {
            await s.RejectLogAsync(log.Id, "Wrong date", None);
            await s.ApproveExpenseAsync(expense.Id, null, None);
            return true;
        });
        Assert.True(await HasNotificationAsync(Wambui, log.Id));
        Assert.True(await HasNotificationAsync(Wambui, expense.Id));

        var company = await _scenario.CompanyOfAsync(Wambui);
        var voucher = await _scenario.VoucherAsync(company.Id, VoucherStatus.Paid, 3_000m);
        await using var db = await harness.SystemDbAsync();
        var wambuiId = await harness.UserIdAsync(Wambui);
        var titles = await db.Set<Notification>().IgnoreQueryFilters().Where(n => n.RecipientUserId == wambuiId && n.RecordId == voucher.Id)
            .Select(n => n.Title).ToListAsync();
        Assert.Equal(
            [$"Voucher {voucher.Number} approved", $"Voucher {voucher.Number} paid", $"Voucher {voucher.Number} submitted"],
            titles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AManualEntry_CanBeReversedOnce_ButPaymentsAndClaimsCannot()
    {
        var company = await _scenario.CompanyOfAsync(Wambui);
        var before = (await Ledger(company.Id)).Summary.BalanceDue;
        var ledger = await _scenario.As<LedgerService, LedgerView>(Admin, s => s.AddEntryAsync(company.Id, new LedgerEntryInput
        {
            EntryType = LedgerEntryType.Deduction, Amount = 300m, EntryDate = DateOnly.FromDateTime(DateTime.UtcNow), Description = "Lost drill bit",
        }, None));
        Assert.Equal(before - 300m, ledger.Summary.BalanceDue);
        var deduction = ledger.Entries.Last(e => e.Description == "Lost drill bit");

        var reversed = await _scenario.As<LedgerService, LedgerView>(Admin, s => s.ReverseAsync(deduction.Id, "Found it", None));
        Assert.Equal(before, reversed.Summary.BalanceDue);
        Assert.True(reversed.Entries.Single(e => e.Id == deduction.Id).IsReversed);
        await Assert.ThrowsAsync<BusinessRuleException>(() => _scenario.As<LedgerService, LedgerView>(Admin, s => s.ReverseAsync(deduction.Id, "Again", None)));

        var payment = reversed.Entries.First(e => e.EntryType == LedgerEntryType.Payment);
        await Assert.ThrowsAsync<BusinessRuleException>(() => _scenario.As<LedgerService, LedgerView>(Admin, s => s.ReverseAsync(payment.Id, "Oops", None)));
    }

    [Fact]
    public async Task TheAdminDashboard_CountsWhatWaits()
    {
        var before = await _scenario.As<ContractingDashboardService, ContractingAdminDashboard>(Admin, s => s.AdminAsync(None));
        var log = await _scenario.LogAsync(Mutua);
        await _scenario.ExpenseAsync(Mutua);
        var company = await _scenario.CompanyOfAsync(Mutua);
        await _scenario.VoucherAsync(company.Id, VoucherStatus.Approved);
        var after = await _scenario.As<ContractingDashboardService, ContractingAdminDashboard>(Admin, s => s.AdminAsync(None));
        Assert.Equal((before.LogsToReview + 1, before.ExpensesToReview + 1, before.VouchersToApprove, before.VouchersToPay + 1),
            (after.LogsToReview, after.ExpensesToReview, after.VouchersToApprove, after.VouchersToPay));
        Assert.Contains(after.PendingLogs, l => l.Id == log.Id);
    }

    [Fact]
    public async Task TheAdminDashboard_ShowsOnePageOfEachReviewQueue_AndTheReviewServiceTheNextInTheSameOrder()
    {
        const int size = ContractingAdminDashboard.QueuePageSize;
        for (var i = 0; i < size + 2; i++)
        {
            await _scenario.LogAsync(Mutua, workers: i, date: DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-i % 3)));
            await _scenario.ExpenseAsync(Mutua, amount: 100m + i);
        }
        var dashboard = await _scenario.As<ContractingDashboardService, ContractingAdminDashboard>(Admin, s => s.AdminAsync(None));
        Assert.Equal(size, dashboard.PendingLogs.Count);
        Assert.Equal(size, dashboard.PendingExpenses.Count);

        var logs = await _scenario.As<ContractingReviewService, ListPage<DailyLogView>>(Admin,
            s => s.LogsAsync(new DailyLogFilter(DailyLogStatus.Submitted), new ListRequest(0, 2 * size), None));
        var secondLogs = await _scenario.As<ContractingReviewService, ListPage<DailyLogView>>(Admin,
            s => s.LogsAsync(new DailyLogFilter(DailyLogStatus.Submitted), new ListRequest(size, size), None));
        Assert.Equal(dashboard.LogsToReview, logs.Total);
        Assert.Equal(logs.Items.Select(l => l.Id), dashboard.PendingLogs.Concat(secondLogs.Items).Select(l => l.Id));

        var expenses = await _scenario.As<ContractingReviewService, ListPage<ExpenseView>>(Admin,
            s => s.ExpensesAsync(new ExpenseFilter(ExpenseStatus.Pending), new ListRequest(0, 2 * size), None));
        var secondExpenses = await _scenario.As<ContractingReviewService, ListPage<ExpenseView>>(Admin,
            s => s.ExpensesAsync(new ExpenseFilter(ExpenseStatus.Pending), new ListRequest(size, size), None));
        Assert.Equal(dashboard.ExpensesToReview, expenses.Total);
        Assert.Equal(expenses.Items.Select(e => e.Id), dashboard.PendingExpenses.Concat(secondExpenses.Items).Select(e => e.Id));
    }

    private Task<LedgerView> Ledger(Guid subcontractorId) => _scenario.As<LedgerService, LedgerView>(Admin, s => s.LedgerAsync(subcontractorId, None));

    private async Task<bool> HasNotificationAsync(string email, Guid recordId)
    {
        await using var db = await harness.SystemDbAsync();
        var userId = await harness.UserIdAsync(email);
        return await db.Set<Notification>().IgnoreQueryFilters().AnyAsync(n => n.RecipientUserId == userId && n.RecordId == recordId);
    }
}
