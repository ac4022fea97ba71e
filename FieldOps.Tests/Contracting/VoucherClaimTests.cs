using FieldOps.Data.Contracting;
using FieldOps.Data.Contracting.Services;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Users;
using FieldOps.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static FieldOps.Tests.Contracting.ContractingScenario;

namespace FieldOps.Tests.Contracting;

/// <summary>A day's work is paid once: a daily log is claimed by one voucher at most, drafts preview what they take,
/// empty drafts are refused and drafts can be deleted; optionally, four eyes approve and pay.</summary>
public sealed class VoucherClaimTests(ServiceHarness harness) : IClassFixture<ServiceHarness>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly Monday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-((((int)DateTime.UtcNow.DayOfWeek) + 6) % 7) - 21);
    private readonly ContractingScenario _scenario = new(harness);
    private SubcontractorView _kamau = default!;

    public async Task InitializeAsync()
    {
        _kamau = await _scenario.CompanyNamedAsync("Kamau Steel Fixers");
        if (_kamau.UserId is null)
        {
            var userId = await harness.UserIdAsync(Unlinked);
            _kamau = await _scenario.As<SubcontractorService, SubcontractorView>(Admin, s => s.LinkUserAsync(_kamau.Id, userId, None));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<DailyLogView> ApprovedLogAsync(DateOnly date, int workers)
    {
        var log = await _scenario.LogAsync(Unlinked, workers, date);
        await harness.AsAsync<ContractingReviewService>(Admin, s => s.ApproveLogAsync(log.Id, null, None));
        return log;
    }

    private Task<VoucherView> DraftAsync(DateOnly from, DateOnly to, string admin = Admin) =>
        _scenario.As<VoucherService, VoucherView>(admin, s => s.CreateAsync(new VoucherInput { SubcontractorId = _kamau.Id, PeriodStart = from, PeriodEnd = to }, None));

    private Task<VoucherPreview> PreviewAsync(DateOnly from, DateOnly to) =>
        _scenario.As<VoucherService, VoucherPreview>(Admin, s => s.PreviewAsync(new VoucherInput { SubcontractorId = _kamau.Id, PeriodStart = from, PeriodEnd = to }, None));

    private async Task PayAsync(Guid voucherId)
    {
        await _scenario.As<VoucherService, VoucherView>(Admin, s => s.SubmitAsync(voucherId, None));
        await _scenario.As<VoucherService, VoucherView>(Admin, s => s.ApproveAsync(voucherId, None));
        await _scenario.As<VoucherService, VoucherView>(Admin, s => s.PayAsync(voucherId, Payment(), None));
    }

    [Fact]
    public async Task VouchersForOverlappingPeriods_NeverPayTheSameLogTwice()
    {
        var week = Monday;
        await ApprovedLogAsync(week, 6);
        await ApprovedLogAsync(week.AddDays(1), 4);
        var first = await DraftAsync(week, week.AddDays(6));
        Assert.Equal([6m, 4m], first.Lines.Select(l => l.Quantity));

        // A later log, and a second voucher whose period overlaps the first: it takes only what the first did not.
        await ApprovedLogAsync(week.AddDays(7), 3);
        var preview = await PreviewAsync(week.AddDays(1), week.AddDays(7));
        Assert.Equal([3m], preview.Lines.Select(l => l.Quantity));
        Assert.Equal(1, preview.AlreadyClaimed);
        var second = await DraftAsync(week.AddDays(1), week.AddDays(7));
        Assert.Equal([3m], second.Lines.Select(l => l.Quantity));
        Assert.Equal(preview.Total, second.Total);

        // A third voucher for the first week finds nothing left, and is not drafted.
        var refused = await Assert.ThrowsAsync<InputValidationException>(() => DraftAsync(week, week.AddDays(6)));
        Assert.Contains("already on another voucher", refused.Message, StringComparison.Ordinal);

        await PayAsync(first.Id);
        await PayAsync(second.Id);
        var ledger = await _scenario.As<LedgerService, LedgerView>(Admin, s => s.LedgerAsync(_kamau.Id, None));
        var paid = ledger.Entries.Where(e => e.VoucherId == first.Id || e.VoucherId == second.Id).Sum(e => e.Amount);
        Assert.Equal((6 + 4 + 3) * 1_700m, paid);
    }

    [Fact]
    public async Task TwoVouchersDraftedAtTheSameMoment_ClaimEachLogOnce()
    {
        var week = Monday.AddDays(-14);
        await ApprovedLogAsync(week, 5);
        await ApprovedLogAsync(week.AddDays(2), 2);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            try
            {
                return await DraftAsync(week, week.AddDays(6));
            }
            catch (InputValidationException)
            {
                return null;
            }
        })));
        var drafted = outcomes.Where(v => v is not null).ToList();
        Assert.Equal(7m, drafted.SelectMany(v => v!.Lines).Sum(l => l.Quantity));
    }

    [Fact]
    public async Task TheDatabase_RefusesASecondClaimOnALog_WhateverTheCodeDoes()
    {
        var log = await ApprovedLogAsync(Monday.AddDays(-28), 2);
        var voucher = await DraftAsync(Monday.AddDays(-28), Monday.AddDays(-28));
        await using var db = await harness.SystemDbAsync();
        var organization = await harness.OrganizationIdAsync(DemoAccounts.DemoContracting);
        var second = new VoucherClaim(voucher.Id, log.Id);
        db.Add(second);
        db.Entry(second).Property(nameof(VoucherClaim.OrganizationId)).CurrentValue = organization;
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.True(Data.Platform.Persistence.UnitOfWork.IsUniqueViolation(refused));
    }

    [Fact]
    public async Task DeletingADraft_FreesItsLogs_IsKeptInTheHistory_AndIsRefusedOnceSubmitted()
    {
        var day = Monday.AddDays(-35);
        await ApprovedLogAsync(day, 8);
        var draft = await DraftAsync(day, day);
        await harness.AsAsync<VoucherService>(Admin, s => s.DeleteAsync(draft.Id, "Wrong week", None));

        await Assert.ThrowsAsync<RecordNotFoundException>(() => _scenario.As<VoucherService, VoucherView>(Admin, s => s.GetAsync(draft.Id, None)));
        await using (var db = await harness.SystemDbAsync())
        {
            var history = await db.StatusChanges.IgnoreQueryFilters().Where(c => c.EntityId == draft.Id).OrderBy(c => c.ChangedAt).ToListAsync();
            Assert.Equal(["Draft", "Deleted"], history.Select(h => h.ToStatus));
            Assert.Equal("Draft deleted: Wrong week", history[^1].Note);
        }

        var again = await DraftAsync(day, day);
        Assert.Equal([8m], again.Lines.Select(l => l.Quantity));
        await _scenario.As<VoucherService, VoucherView>(Admin, s => s.SubmitAsync(again.Id, None));
        await Assert.ThrowsAsync<BusinessRuleException>(() => harness.AsAsync<VoucherService>(Admin, s => s.DeleteAsync(again.Id, null, None)));
    }

    [Fact]
    public async Task AVoucherForAnEmptyPeriod_IsRefused_AndNothingIsNumbered()
    {
        var quiet = Monday.AddDays(-300);
        var preview = await PreviewAsync(quiet, quiet.AddDays(6));
        Assert.Empty(preview.Lines);
        Assert.Equal(0m, preview.Total);
        var refused = await Assert.ThrowsAsync<InputValidationException>(() => DraftAsync(quiet, quiet.AddDays(6)));
        Assert.Contains("periodStart", refused.Errors.Keys);
    }

    [Fact]
    public async Task UnderTheFourEyesRule_WhoeverDraftedCannotApprove_AndWhoeverDraftedOrApprovedCannotPay()
    {
        await SetFourEyesAsync(true);
        try
        {
            const string second = "second.admin@contracting.demo", third = "third.admin@contracting.demo";
            foreach (var (email, name) in new[] { (second, "Second Admin"), (third, "Third Admin") })
            {
                await harness.AsAsync<UserDirectory>(Admin, s => s.CreateAsync(new NewUserInput
                {
                    Email = email, DisplayName = name, Password = "Second-Admin-2026", Roles = [Roles.Admin],
                }, None));
            }
            var day = Monday.AddDays(-42);
            await ApprovedLogAsync(day, 3);
            var voucher = await DraftAsync(day, day);
            await _scenario.As<VoucherService, VoucherView>(Admin, s => s.SubmitAsync(voucher.Id, None));

            await Assert.ThrowsAsync<BusinessRuleException>(() => _scenario.As<VoucherService, VoucherView>(Admin, s => s.ApproveAsync(voucher.Id, None)));
            await _scenario.As<VoucherService, VoucherView>(second, s => s.ApproveAsync(voucher.Id, None));
            await Assert.ThrowsAsync<BusinessRuleException>(() => _scenario.As<VoucherService, VoucherView>(Admin, s => s.PayAsync(voucher.Id, Payment(), None)));
            await Assert.ThrowsAsync<BusinessRuleException>(() => _scenario.As<VoucherService, VoucherView>(second, s => s.PayAsync(voucher.Id, Payment(), None)));
            var paid = await _scenario.As<VoucherService, VoucherView>(third, s => s.PayAsync(voucher.Id, Payment(), None));
            Assert.Equal(VoucherStatus.Paid, paid.Status);
        }
        finally
        {
            await SetFourEyesAsync(false);
        }
    }

    private async Task SetFourEyesAsync(bool on)
    {
        await using var db = await harness.SystemDbAsync();
        var organization = await db.Organizations.IgnoreQueryFilters().SingleAsync(o => o.Name == DemoAccounts.DemoContracting);
        organization.Settings.VoucherFourEyes = on;
        await db.SaveChangesAsync();
    }
}
