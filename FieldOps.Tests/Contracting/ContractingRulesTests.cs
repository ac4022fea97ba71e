using FieldOps.Data.Contracting;
using FieldOps.Data.Platform;

namespace FieldOps.Tests.Contracting;

/// <summary>The contracting records' own rules, without a database: status tables, amounts and the ledger formula.</summary>
public sealed class ContractingRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly Currency Shillings = new("KES", 2);

    private static Subcontractor Company() => new("Test Masonry", "Masonry", "Tester", null, null);

    private static readonly HashSet<(VoucherStatus, VoucherStatus)> VoucherMoves =
    [
        (VoucherStatus.Draft, VoucherStatus.Submitted),
        (VoucherStatus.Submitted, VoucherStatus.Approved),
        (VoucherStatus.Submitted, VoucherStatus.Rejected),
        (VoucherStatus.Rejected, VoucherStatus.Draft),
        (VoucherStatus.Approved, VoucherStatus.Paid),
    ];

    private static readonly (string Name, VoucherStatus From, VoucherStatus To, Action<Voucher> Act)[] VoucherActions =
    [
        ("submit", VoucherStatus.Draft, VoucherStatus.Submitted, v => v.Submit(Now)),
        ("approve", VoucherStatus.Submitted, VoucherStatus.Approved, v => v.Approve("admin-id", "Admin", Now, fourEyes: false)),
        ("reject", VoucherStatus.Submitted, VoucherStatus.Rejected, v => v.Reject("Wrong period")),
        ("reopen", VoucherStatus.Rejected, VoucherStatus.Draft, v => v.Reopen()),
        ("pay", VoucherStatus.Approved, VoucherStatus.Paid, v => v.Pay(Today, PaymentMethod.BankTransfer, "EFT-1", "admin-id", fourEyes: false)),
    ];

    /// <summary>A voucher with one line, brought to <paramref name="status"/> by its own actions.</summary>
    private static Voucher VoucherIn(VoucherStatus status)
    {
        var voucher = new Voucher("PV-2026-0001", Company(), null, Today.AddDays(-6), Today, Shillings, null);
        voucher.ReplaceLines([new VoucherLineDraft("Blockwork", 8, "worker-days", 1_500m)]);
        foreach (var step in ContractingScenario.StepsTo(status))
        {
            VoucherActions.Single(a => a.Name == step).Act(voucher);
        }
        Assert.Equal(status, voucher.Status);
        return voucher;
    }

    public static TheoryData<VoucherStatus, VoucherStatus> VoucherPairs() => Pairs<VoucherStatus>();

    [Theory]
    [MemberData(nameof(VoucherPairs))]
    public void TheVoucherTable_AllowsExactlyTheWorkflowsMoves(VoucherStatus from, VoucherStatus to)
    {
        var allowed = VoucherMoves.Contains((from, to));
        Assert.Equal(allowed, Voucher.Workflow.CanMove(from, to));
        if (!allowed)
        {
            Assert.Throws<InvalidTransitionException>(() => Voucher.Workflow.EnsureCanMove("Voucher", from, to));
        }
    }

    [Fact]
    public void TheVoucherActions_TogetherMakeEveryMoveOfTheTable() =>
        Assert.True(VoucherActions.Select(a => (a.From, a.To)).ToHashSet().SetEquals(VoucherMoves));

    public static TheoryData<VoucherStatus> VoucherStatuses() => new(Enum.GetValues<VoucherStatus>());

    [Theory]
    [MemberData(nameof(VoucherStatuses))]
    public void EveryVoucherAction_SucceedsOnlyFromItsStatus_AndOtherwiseThrowsAndChangesNothing(VoucherStatus status)
    {
        foreach (var (name, from, to, act) in VoucherActions)
        {
            var voucher = VoucherIn(status);
            if (from == status)
            {
                act(voucher);
                Assert.Equal(to, voucher.Status);
            }
            else
            {
                Assert.Throws<InvalidTransitionException>(() => act(voucher));
                Assert.True(voucher.Status == status, $"{name} from {status} changed the status");
            }
        }
    }

    [Theory]
    [InlineData(VoucherStatus.Submitted)]
    [InlineData(VoucherStatus.Approved)]
    [InlineData(VoucherStatus.Paid)]
    [InlineData(VoucherStatus.Rejected)]
    public void OnlyADraftsLines_CanChange(VoucherStatus status)
    {
        var voucher = VoucherIn(status);
        var error = Assert.Throws<BusinessRuleException>(() => voucher.ReplaceLines([new VoucherLineDraft("More", 1, null, 1m)]));
        Assert.Contains("only a draft's lines can change", error.Message, StringComparison.Ordinal);
        Assert.Equal(12_000m, voucher.Total);
    }

    [Fact]
    public void ARejectedVoucher_ReopensAsADraft_CanBeCorrected_AndResubmitted()
    {
        var voucher = VoucherIn(VoucherStatus.Rejected);
        Assert.Equal("Wrong period", voucher.RejectionReason);
        voucher.Reopen();
        voucher.ReplaceLines([new VoucherLineDraft("Blockwork", 7, "worker-days", 1_500m)]);
        voucher.Submit(Now);
        Assert.Equal(VoucherStatus.Submitted, voucher.Status);
        Assert.Null(voucher.RejectionReason);
        Assert.Equal(10_500m, voucher.Total);
    }

    [Fact]
    public void AnEmptyVoucher_CannotBeSubmitted()
    {
        var voucher = new Voucher("PV-2026-0002", Company(), null, Today.AddDays(-6), Today, Shillings, null);
        Assert.Throws<BusinessRuleException>(() => voucher.Submit(Now));
        Assert.Equal(VoucherStatus.Draft, voucher.Status);
    }

    [Fact]
    public void VoucherLines_AreQuantityTimesRate_RoundedToTheCurrency_AndTotalled()
    {
        var voucher = new Voucher("PV-2026-0003", Company(), null, Today.AddDays(-6), Today, new Currency("KWD", 3), null);
        voucher.ReplaceLines(
        [
            new VoucherLineDraft("Drain", 120.5m, "m", 3.3335m),
            new VoucherLineDraft("Chambers", 5, "no.", 12.125m),
        ]);
        Assert.Equal([401.687m, 60.625m], voucher.Lines.Select(l => l.Amount));
        Assert.Equal(462.312m, voucher.Total);
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(-1, 100)]
    [InlineData(1, -5)]
    public void AVoucherLine_RefusesNonPositiveQuantitiesAndNegativeRates(double quantity, double rate)
    {
        var voucher = new Voucher("PV-2026-0004", Company(), null, Today.AddDays(-6), Today, Shillings, null);
        Assert.Throws<InputValidationException>(() => voucher.ReplaceLines([new VoucherLineDraft("Work", (decimal)quantity, null, (decimal)rate)]));
    }

    [Fact]
    public void APeriodEndingBeforeItStarts_IsRefused() =>
        Assert.Throws<InputValidationException>(() => new Voucher("PV-2026-0005", Company(), null, Today, Today.AddDays(-1), Shillings, null));

    [Fact]
    public void PayingByTransfer_NeedsAReference_AndRecordsThePaymentEntry()
    {
        var voucher = VoucherIn(VoucherStatus.Approved);
        Assert.Throws<InputValidationException>(() => voucher.Pay(Today, PaymentMethod.Mpesa, " ", "admin-id", fourEyes: false));
        Assert.Equal(VoucherStatus.Approved, voucher.Status);

        var entry = voucher.Pay(Today, PaymentMethod.Mpesa, "RKT4Q8ZL2M", "admin-id", fourEyes: false);
        Assert.Equal((LedgerEntryType.Payment, 12_000m, voucher.Id, voucher.SubcontractorId, Today, "RKT4Q8ZL2M"),
            (entry.EntryType, entry.Amount, entry.VoucherId, entry.PartyId, entry.EntryDate, entry.Reference));
    }

    [Fact]
    public void PayingCash_NeedsNoReference_AndTheEntryQuotesTheVoucherNumber()
    {
        var voucher = VoucherIn(VoucherStatus.Approved);
        var entry = voucher.Pay(Today, PaymentMethod.Cash, null, "admin-id", fourEyes: false);
        Assert.Equal("PV-2026-0001", entry.Reference);
    }

    private static readonly (string Name, ExpenseStatus To, Func<Expense, object?> Act)[] ExpenseActions =
    [
        ("approve", ExpenseStatus.Approved, e => e.Approve("Admin", null, Today, Now)),
        ("reject", ExpenseStatus.Rejected, e => { e.Reject("Admin", "No receipt", Now); return null; }),
    ];

    private static Expense ExpenseIn(ExpenseStatus status)
    {
        var expense = new Expense(Guid.NewGuid(), null, ExpenseCategory.Fuel, 3_500m, Today, "Diesel for the mixer");
        if (status != ExpenseStatus.Pending)
        {
            ExpenseActions.Single(a => a.To == status).Act(expense);
        }
        return expense;
    }

    public static TheoryData<ExpenseStatus, ExpenseStatus> ExpensePairs() => Pairs<ExpenseStatus>();

    [Theory]
    [MemberData(nameof(ExpensePairs))]
    public void TheExpenseTable_AllowsOnlyPendingToApprovedOrRejected(ExpenseStatus from, ExpenseStatus to)
    {
        var allowed = from == ExpenseStatus.Pending && to is ExpenseStatus.Approved or ExpenseStatus.Rejected;
        Assert.Equal(allowed, Expense.Workflow.CanMove(from, to));
        var action = ExpenseActions.SingleOrDefault(a => a.To == to);
        if (action.Act is null)
        {
            return; // nothing moves a claim back to pending
        }
        var expense = ExpenseIn(from);
        if (allowed)
        {
            action.Act(expense);
            Assert.Equal(to, expense.Status);
        }
        else
        {
            Assert.Throws<InvalidTransitionException>(() => action.Act(expense));
            Assert.Equal(from, expense.Status);
        }
    }

    [Fact]
    public void ApprovingAClaim_ReturnsItsExpenseLedgerEntry()
    {
        var expense = ExpenseIn(ExpenseStatus.Pending);
        var entry = expense.Approve("Mercy Chebet", "Receipt checked", Today, Now);
        Assert.Equal((LedgerEntryType.Expense, 3_500m, expense.Id, expense.SubcontractorId), (entry.EntryType, entry.Amount, entry.ExpenseId, entry.PartyId));
        Assert.Equal(("Mercy Chebet", "Receipt checked"), (expense.ReviewedByName, expense.ReviewNote));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void RejectingAClaimOrALog_NeedsAReason(string note)
    {
        var expense = ExpenseIn(ExpenseStatus.Pending);
        Assert.Throws<InputValidationException>(() => expense.Reject("Admin", note, Now));
        Assert.Equal(ExpenseStatus.Pending, expense.Status);
        var log = new DailyLog(Guid.NewGuid(), null, Today, "Blockwork", 8);
        Assert.Throws<InputValidationException>(() => log.Reject("Admin", note, Now));
        Assert.Equal(DailyLogStatus.Submitted, log.Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void AClaimOfZeroOrLess_IsRefused(int amount) =>
        Assert.Throws<InputValidationException>(() => new Expense(Guid.NewGuid(), null, ExpenseCategory.Other, amount, Today, "Nothing"));

    public static TheoryData<DailyLogStatus, DailyLogStatus> LogPairs() => Pairs<DailyLogStatus>();

    [Theory]
    [MemberData(nameof(LogPairs))]
    public void TheDailyLogTable_AllowsOnlySubmittedToApprovedOrRejected(DailyLogStatus from, DailyLogStatus to)
    {
        var allowed = from == DailyLogStatus.Submitted && to is DailyLogStatus.Approved or DailyLogStatus.Rejected;
        Assert.Equal(allowed, DailyLog.Workflow.CanMove(from, to));
    }

    [Fact]
    public void AReviewedLog_CannotBeReviewedAgain()
    {
        var log = new DailyLog(Guid.NewGuid(), null, Today, "Blockwork", 8);
        log.Approve("Admin", null, Now);
        Assert.Throws<InvalidTransitionException>(() => log.Approve("Admin", null, Now));
        Assert.Throws<InvalidTransitionException>(() => log.Reject("Admin", "Changed my mind", Now));
        Assert.Equal(DailyLogStatus.Approved, log.Status);
    }

    /// <summary>The worked example shown in the README: payments 60,000 + 48,000 + 60,000, a deduction of 5,000, an
    /// advance of 20,000 and two approved claims.</summary>
    [Fact]
    public void TheBalance_IsPaymentsLessDeductionsLessAdvances_WithApprovedClaimsTotalledApart()
    {
        var summary = LedgerSummary.From(
        [
            (LedgerEntryType.Advance, 20_000m),
            (LedgerEntryType.Payment, 60_000m),
            (LedgerEntryType.Payment, 48_000m),
            (LedgerEntryType.Deduction, 5_000m),
            (LedgerEntryType.Payment, 60_000m),
            (LedgerEntryType.Expense, 3_500m),
            (LedgerEntryType.Expense, 2_750m),
        ], "KES");

        Assert.Equal(168_000m, summary.Credits);
        Assert.Equal(5_000m, summary.Deductions);
        Assert.Equal(20_000m, summary.AdvancePaid);
        Assert.Equal(143_000m, summary.BalanceDue);
        Assert.Equal(6_250m, summary.ExpensesApproved);
    }

    [Fact]
    public void AReversal_CancelsItsEntryInTheBalance_AndCannotItselfBeReversed()
    {
        var deduction = LedgerEntry.Manual(Guid.NewGuid(), LedgerEntryType.Deduction, 5_000m, Today, null, "Scaffold boards");
        var reversal = deduction.Reverse(Today, "Charged to the wrong company");
        Assert.Equal((LedgerEntryType.Deduction, -5_000m, deduction.Id), (reversal.EntryType, reversal.Amount, reversal.ReversesEntryId));
        var summary = LedgerSummary.From([(LedgerEntryType.Payment, 10_000m), (deduction.EntryType, deduction.Amount), (reversal.EntryType, reversal.Amount)], "KES");
        Assert.Equal(10_000m, summary.BalanceDue);
        Assert.Throws<BusinessRuleException>(() => reversal.Reverse(Today, "Again"));
    }

    [Theory]
    [InlineData(LedgerEntryType.Payment, 100)]
    [InlineData(LedgerEntryType.Expense, 100)]
    [InlineData(LedgerEntryType.Deduction, 0)]
    [InlineData(LedgerEntryType.Advance, -1)]
    public void AManualEntry_IsADeductionOrAnAdvance_OfMoreThanZero(LedgerEntryType type, int amount) =>
        Assert.Throws<InputValidationException>(() => LedgerEntry.Manual(Guid.NewGuid(), type, amount, Today, null, "Manual"));

    private static TheoryData<T, T> Pairs<T>() where T : struct, Enum
    {
        var data = new TheoryData<T, T>();
        foreach (var from in Enum.GetValues<T>())
        {
            foreach (var to in Enum.GetValues<T>())
            {
                data.Add(from, to);
            }
        }
        return data;
    }

    [Fact]
    public void AReversal_OfALongEntryForALongReason_StillFitsItsColumn()
    {
        var deduction = LedgerEntry.Manual(Guid.NewGuid(), LedgerEntryType.Deduction, 5_000m, Today, null, new string('d', LedgerEntry.DescriptionMaxLength));
        var reversal = deduction.Reverse(Today, new string('r', Data.Platform.InputLimits.MaxReasonLength));
        Assert.Equal(LedgerEntry.DescriptionMaxLength, reversal.Description.Length);
        Assert.StartsWith("Reversal: rrr", reversal.Description, StringComparison.Ordinal);
    }
}
