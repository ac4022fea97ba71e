using FieldOps.Data.Maintenance;
using FieldOps.Data.Maintenance.Services;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Notifications;
using FieldOps.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static FieldOps.Tests.Maintenance.MaintenanceScenario;

namespace FieldOps.Tests.Maintenance;

/// <summary>The rules of seeds 002 and 003 on the real services and a real SQLite file: thresholds and their exact
/// boundaries, variance, quotes, ratings, payments and concurrent decisions.</summary>
public sealed class MaintenanceRulesTests(ServiceHarness harness) : IClassFixture<ServiceHarness>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly MaintenanceScenario _scenario = new(harness);

    private async Task<RequestView> AssignedAsync(MaintenancePriority priority = MaintenancePriority.Medium) =>
        await _scenario.RequestAsync(MaintenanceStatus.Assigned, priority);

    private Task<RequestView> EstimateAsync(Guid id, params (decimal Quantity, decimal UnitCost)[] lines) =>
        _scenario.Requests(Staff, s => s.EstimateAsync(id, MaintenanceScenario.Estimate(lines), None));

    [Theory]
    // Demo Properties: auto-approval 1,000; quote threshold 10,000 (seed 003: "<= 10,000 proceeds").
    [InlineData(1_000.00, MaintenanceStatus.Approved)]
    [InlineData(1_000.01, MaintenanceStatus.Estimated)]
    [InlineData(10_000.00, MaintenanceStatus.Estimated)]
    [InlineData(10_000.01, MaintenanceStatus.QuoteRequired)]
    public async Task AnEstimate_GoesWhereItsTotalLeads_AtTheExactBoundaries(decimal total, MaintenanceStatus expected)
    {
        var request = await AssignedAsync();
        var estimated = await EstimateAsync(request.Id, (1, total));
        Assert.Equal(expected, estimated.Status);
        Assert.Equal(total, estimated.EstimatedCost);
        if (expected == MaintenanceStatus.Approved)
        {
            Assert.Equal(total, estimated.ApprovedBudget);
            Assert.Equal("Automatic approval", estimated.ApprovedByName);
        }
    }

    [Theory]
    // Emergencies use the firm's emergency limit (15,000) and skip quotes within it.
    [InlineData(15_000.00, MaintenanceStatus.Approved)]
    [InlineData(15_000.01, MaintenanceStatus.QuoteRequired)]
    public async Task AnEmergency_IsFastTrackedWithinTheEmergencyLimit(decimal total, MaintenanceStatus expected)
    {
        var request = await AssignedAsync(MaintenancePriority.Emergency);
        Assert.Equal(expected, (await EstimateAsync(request.Id, (1, total))).Status);
        await using var db = await harness.SystemDbAsync();
        var history = await db.StatusChanges.IgnoreQueryFilters().Where(c => c.EntityId == request.Id).OrderBy(c => c.ChangedAt).Select(c => c.Note).ToListAsync();
        Assert.Contains(history, note => note != null && (expected == MaintenanceStatus.Approved ? note.StartsWith("Emergency fast-track") : note.Contains("quote threshold")));
    }

    [Fact]
    public async Task EstimateLines_AreQuantityTimesUnitCost_RoundedToTheCent()
    {
        var request = await AssignedAsync();
        var estimated = await EstimateAsync(request.Id, (3, 333.335m), (2, 1_500m), (2, 1_000m));
        Assert.Equal([1_000.01m, 3_000m, 2_000m], estimated.EstimateLines.Select(l => l.Total));
        Assert.Equal(6_000.01m, estimated.EstimatedCost);
    }

    [Fact]
    public async Task ALandlordsOverride_AppliesToTheirPropertiesOnly()
    {
        // Esther (landlord) set her owner-approval limit to 15,000; the firm's is 20,000. A 22,000 quote on her property
        // is hers alone to approve.
        var request = await _scenario.RequestAsync(MaintenanceStatus.QuotesSubmitted);
        var outside = request.Quotes.Single(q => q.VendorName == "XYZ Services");
        Assert.True(outside.NeedsOwner);
        await Assert.ThrowsAsync<AccessDeniedException>(() => _scenario.As<MaintenanceRequestService, QuoteView>(Manager, s => s.ApproveQuoteAsync(outside.Id, null, None)));
        var approved = await _scenario.As<MaintenanceRequestService, QuoteView>(Landlord, s => s.ApproveQuoteAsync(outside.Id, null, None));
        Assert.Equal(QuoteStatus.Approved, approved.Status);
    }

    [Fact]
    public async Task ApprovingOneQuote_RejectsTheOthers_AndItsAmountBecomesTheBudget()
    {
        var request = await _scenario.RequestAsync(MaintenanceStatus.QuotesSubmitted);
        var abc = request.Quotes.Single(q => q.VendorName == "ABC Plumbing Services");
        Assert.Matches(@"^Q-\d{4}-\d{4}$", abc.Number);

        await _scenario.As<MaintenanceRequestService, QuoteView>(Landlord, s => s.ApproveQuoteAsync(abc.Id, new ApprovalInput { Notes = "Proceed with ABC Plumbing" }, None));

        var after = await _scenario.Requests(Manager, s => s.GetAsync(request.Id, None));
        Assert.Equal(MaintenanceStatus.Approved, after.Status);
        Assert.Equal(25_000m, after.ApprovedBudget);
        Assert.Equal(abc.Id, after.SelectedQuoteId);
        Assert.Equal("Proceed with ABC Plumbing", after.ApprovalNotes);
        var other = after.Quotes.Single(q => q.Id != abc.Id);
        Assert.Equal(QuoteStatus.Rejected, other.Status);
        Assert.Equal("Another quote was selected", other.DecisionNote);
        // The vendor's portal user now sees the work order.
        Assert.Equal(after.Id, (await _scenario.Requests(VendorUser, s => s.GetAsync(request.Id, None))).Id);
    }

    [Fact]
    public async Task QuoteItems_MustAddUpToTheAmount()
    {
        var request = await _scenario.RequestAsync(MaintenanceStatus.QuoteRequired);
        var input = OutsideQuote(12_000m);
        input.Items[0].Cost = 10_000m;
        var error = await Assert.ThrowsAsync<InputValidationException>(() =>
            _scenario.As<MaintenanceRequestService, QuoteView>(Staff, s => s.AddQuoteAsync(request.Id, input, None)));
        Assert.Contains("items", error.Errors.Keys);
        Assert.Equal(MaintenanceStatus.QuoteRequired, (await _scenario.Requests(Manager, s => s.GetAsync(request.Id, None))).Status);
    }

    [Fact]
    public async Task AnExpiredQuote_CannotBeApproved_AndWhenNoneIsLeftTheRequestNeedsNewQuotes()
    {
        var request = await _scenario.RequestAsync(MaintenanceStatus.QuoteRequired);
        var quote = await _scenario.As<MaintenanceRequestService, QuoteView>(Staff, s => s.AddQuoteAsync(request.Id, OutsideQuote(12_000m, validDays: 3), None));
        harness.Clock.Advance(TimeSpan.FromDays(5));
        try
        {
            var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
                _scenario.As<MaintenanceRequestService, QuoteView>(Landlord, s => s.ApproveQuoteAsync(quote.Id, null, None)));
            Assert.Contains("expired", refused.Message);
            var after = await _scenario.Requests(Manager, s => s.GetAsync(request.Id, None));
            Assert.Equal(QuoteStatus.Expired, after.Quotes.Single().Status);
            Assert.Equal(MaintenanceStatus.QuoteRequired, after.Status);
            Assert.Null(after.ApprovedBudget);
        }
        finally
        {
            harness.Clock.Advance(TimeSpan.FromDays(-5));
        }
    }

    [Fact]
    public async Task RejectingTheEstimate_SendsTheRequestBackForANewOne()
    {
        var request = await _scenario.RequestAsync(MaintenanceStatus.Estimated);
        var rejected = await _scenario.Requests(Landlord, s => s.RejectEstimateAsync(request.Id, "Too dear for a washer", None));
        Assert.Equal(MaintenanceStatus.Assigned, rejected.Status);
        Assert.Contains("estimate", rejected.AllowedActions.Count == 0 ? [] : (await _scenario.Requests(Staff, s => s.GetAsync(request.Id, None))).AllowedActions);
        Assert.Equal(MaintenanceStatus.Estimated, (await EstimateAsync(request.Id, (1, 3_000m))).Status);
    }

    [Theory]
    // Approved budget 5,000: exactly +10% (5,500) needs no reason; a cent more does.
    [InlineData(5_500.00, false)]
    [InlineData(5_500.01, true)]
    public async Task ACostOverrunOfMoreThanTenPercent_NeedsAReason(decimal actual, bool needsReason)
    {
        var request = await _scenario.RequestAsync(MaintenanceStatus.InProgress);
        var complete = new CompleteInput { ActualCost = actual, CompletionNotes = "Done." };
        if (needsReason)
        {
            var error = await Assert.ThrowsAsync<InputValidationException>(() => _scenario.Requests(Staff, s => s.CompleteAsync(request.Id, complete, None)));
            Assert.Contains("varianceReason", error.Errors.Keys);
            Assert.Equal(MaintenanceStatus.InProgress, (await _scenario.Requests(Manager, s => s.GetAsync(request.Id, None))).Status);
            complete.VarianceReason = "The pipe behind the wall had rotted too.";
        }
        var completed = await _scenario.Requests(Staff, s => s.CompleteAsync(request.Id, complete, None));
        Assert.Equal(MaintenanceStatus.Completed, completed.Status);
        Assert.Equal(actual - 5_000m, completed.CostVariance);

        // Trigger 12: the landlord hears of any cost above the approved budget.
        await using var db = await harness.SystemDbAsync();
        var landlord = await harness.UserIdAsync(Landlord);
        Assert.True(await db.Set<Notification>().IgnoreQueryFilters().AnyAsync(n => n.RecipientUserId == landlord && n.RecordId == request.Id
            && n.Title.StartsWith("Cost overrun")));
    }

    [Fact]
    public async Task ACostMoreThanTenPercentUnder_IsRecordedAsASaving()
    {
        var request = await _scenario.RequestAsync(MaintenanceStatus.InProgress);
        var completed = await _scenario.Requests(Staff, s => s.CompleteAsync(request.Id, new CompleteInput { ActualCost = 4_499.99m, CompletionNotes = "Done." }, None));
        Assert.True(completed.IsSaving);
        Assert.Equal(-500.01m, completed.CostVariance);
    }

    [Fact]
    public async Task Verifying_UpdatesTheVendorsRatingAndJobs_InTheSameTransaction()
    {
        var abc = await _scenario.VendorIdAsync("ABC Plumbing Services");
        var before = await _scenario.As<MaintenanceCatalogService, VendorView>(Manager, s => s.VendorAsync(abc, None));
        var request = await _scenario.RequestAsync(MaintenanceStatus.Completed, vendorId: abc);

        await _scenario.Requests(Tenant, s => s.VerifyAsync(request.Id, new VerifyInput { Overall = 2, Quality = 2, WouldRecommend = false, Feedback = "Leaks again" }, None));

        var after = await _scenario.As<MaintenanceCatalogService, VendorView>(Manager, s => s.VendorAsync(abc, None));
        Assert.Equal(before.TotalJobsCompleted + 1, after.TotalJobsCompleted);
        Assert.Equal(before.RatingCount + 1, after.RatingCount);
        await using var db = await harness.SystemDbAsync();
        var ratings = await db.Set<MaintenanceRating>().IgnoreQueryFilters().Where(r => r.VendorId == abc).Select(r => r.Overall).ToListAsync();
        Assert.Equal(Math.Round((decimal)ratings.Sum() / ratings.Count, 2, MidpointRounding.AwayFromZero), after.Rating);
    }

    [Fact]
    public async Task ARatingOutsideOneToFive_IsRefused()
    {
        var request = await _scenario.RequestAsync(MaintenanceStatus.Completed);
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _scenario.Requests(Tenant, s => s.VerifyAsync(request.Id, new VerifyInput { Overall = 6 }, None)));
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _scenario.Requests(Tenant, s => s.VerifyAsync(request.Id, new VerifyInput(), None)));
    }

    [Theory]
    [InlineData("QK7HX2M9P", false)]
    [InlineData("QK7HX2M9PL", true)]
    [InlineData("QK7HX-M9PL", false)]
    public async Task AnMpesaCode_IsTenLettersAndDigits(string code, bool accepted)
    {
        var request = await _scenario.RequestAsync(MaintenanceStatus.Verified);
        if (accepted)
        {
            Assert.Equal(MaintenanceStatus.Closed, (await _scenario.Requests(Landlord, s => s.PayAsync(request.Id, Mpesa(code), None))).Status);
        }
        else
        {
            await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _scenario.Requests(Landlord, s => s.PayAsync(request.Id, Mpesa(code), None)));
        }
    }

    [Fact]
    public async Task CompletedWork_IsPaidWithoutTheTenant_OnlyAfterTheirWindow()
    {
        var request = await _scenario.RequestAsync(MaintenanceStatus.Completed);
        Assert.DoesNotContain("pay", request.AllowedActions);
        await Assert.ThrowsAsync<BusinessRuleException>(() => _scenario.Requests(Landlord, s => s.PayAsync(request.Id, Mpesa(), None)));

        harness.Clock.Advance(TimeSpan.FromDays(8));
        try
        {
            var paid = await _scenario.Requests(Landlord, s => s.PayAsync(request.Id, Mpesa(), None));
            Assert.Equal(MaintenanceStatus.Closed, paid.Status);
            Assert.Equal(5_000m, paid.Payment!.Amount);
            await using var db = await harness.SystemDbAsync();
            Assert.True(await db.StatusChanges.IgnoreQueryFilters().AnyAsync(c => c.EntityId == request.Id && c.Note!.Contains("did not verify within")));
        }
        finally
        {
            harness.Clock.Advance(TimeSpan.FromDays(-8));
        }
    }

    [Fact]
    public async Task TwoPaymentsAtOnce_RecordOne()
    {
        var request = await _scenario.RequestAsync(MaintenanceStatus.Verified);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(async () =>
        {
            try
            {
                await _scenario.Requests(i == 0 ? Landlord : Manager, s => s.PayAsync(request.Id, Mpesa(), None));
                return true;
            }
            catch (BusinessRuleException)
            {
                return false;
            }
        })));
        Assert.Single(outcomes, won => won);
        await using var db = await harness.SystemDbAsync();
        Assert.Equal(1, await db.Set<MaintenancePayment>().IgnoreQueryFilters().CountAsync(p => p.RequestId == request.Id));
    }

    [Fact]
    public async Task TwoApproversChoosingDifferentQuotesAtOnce_ExactlyOneWins()
    {
        var request = await _scenario.RequestAsync(MaintenanceStatus.QuotesSubmitted);
        var outcomes = await Task.WhenAll(request.Quotes.Select(q => Task.Run(async () =>
        {
            try
            {
                await _scenario.As<MaintenanceRequestService, QuoteView>(Landlord, s => s.ApproveQuoteAsync(q.Id, null, None));
                return true;
            }
            catch (BusinessRuleException)
            {
                return false;
            }
        })));
        Assert.Single(outcomes, won => won);
        var after = await _scenario.Requests(Manager, s => s.GetAsync(request.Id, None));
        Assert.Single(after.Quotes, q => q.Status == QuoteStatus.Approved);
        Assert.Equal(after.Quotes.Single(q => q.Status == QuoteStatus.Approved).Amount, after.ApprovedBudget);
    }

    [Fact]
    public async Task TwoAssignmentsAtOnce_ExactlyOneIsApplied()
    {
        var request = await _scenario.RequestAsync(MaintenanceStatus.Pending);
        var staff = await _scenario.StaffIdAsync();
        var vendors = new[] { await _scenario.VendorIdAsync("ABC Plumbing Services"), await _scenario.VendorIdAsync("XYZ Services") };
        var outcomes = await Task.WhenAll(vendors.Select(v => Task.Run(async () =>
        {
            try
            {
                await _scenario.Requests(Manager, s => s.AssignAsync(request.Id, new AssignInput { AssigneeUserId = staff, VendorId = v }, None));
                return true;
            }
            catch (BusinessRuleException)
            {
                return false;
            }
        })));
        Assert.Single(outcomes, won => won);
        await using var db = await harness.SystemDbAsync();
        Assert.Equal(1, await db.StatusChanges.IgnoreQueryFilters().CountAsync(c => c.EntityId == request.Id && c.ToStatus == "Assigned"));
    }

    [Fact]
    public async Task SchedulingOutsideTheTenantsWindows_IsRefused()
    {
        var request = await _scenario.Requests(Tenant, s => s.CreateAsync(new CreateRequestInput
        {
            Title = "Window", Description = "Latch", Priority = MaintenancePriority.Low, Availability = AvailabilityWindow.Format([DayOfWeek.Monday], new TimeOnly(8, 0), new TimeOnly(12, 0)),
        }, None));
        Assert.Equal("Mon 08:00-12:00", request.Availability);
        var staff = await _scenario.StaffIdAsync();
        await _scenario.Requests(Manager, s => s.AssignAsync(request.Id, new AssignInput { AssigneeUserId = staff }, None));
        await _scenario.Requests(Staff, s => s.EstimateAsync(request.Id, MaintenanceScenario.Estimate((1, 800m)), None));
        var monday = DateTime.SpecifyKind(DateTime.UtcNow.Date, DateTimeKind.Unspecified).AddDays(((int)DayOfWeek.Monday - (int)DateTime.UtcNow.DayOfWeek + 7) % 7 + 7);
        var error = await Assert.ThrowsAsync<InputValidationException>(() =>
            _scenario.Requests(Staff, s => s.ScheduleAsync(request.Id, new ScheduleInput { ScheduledFor = monday.AddHours(14) }, None)));
        Assert.Contains("outside the tenant's availability", error.Errors["scheduledFor"][0]);
        var scheduled = await _scenario.Requests(Staff, s => s.ScheduleAsync(request.Id, new ScheduleInput { ScheduledFor = monday.AddHours(9) }, None));
        Assert.Equal(MaintenanceStatus.Scheduled, scheduled.Status);
    }

    [Fact]
    public async Task StartingAheadOfSchedule_KeepsStartedAfterScheduled()
    {
        var request = await _scenario.RequestAsync(MaintenanceStatus.Scheduled);
        var started = await _scenario.Requests(Staff, s => s.StartAsync(request.Id, None));
        Assert.True(started.StartedAt >= started.ScheduledFor);
        var completed = await _scenario.Requests(Staff, s => s.CompleteAsync(request.Id, new CompleteInput { ActualCost = 5_000m, CompletionNotes = "Done." }, None));
        Assert.True(completed.CompletedAt >= completed.StartedAt);
    }

    [Fact]
    public async Task TheDatabase_RefusesAStartBeforeTheSchedule()
    {
        var request = await _scenario.RequestAsync(MaintenanceStatus.InProgress);
        await using var db = await harness.SystemDbAsync();
        var sql = "UPDATE \"MaintenanceRequests\" SET \"ScheduledFor\" = '2099-01-01 00:00:00' WHERE \"Id\" = {0}";
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(sql, request.Id));
    }

    [Fact]
    public async Task InternalNotes_AreNeverShownToTheTenantOrTheVendor()
    {
        var abc = await _scenario.VendorIdAsync("ABC Plumbing Services");
        var request = await _scenario.RequestAsync(MaintenanceStatus.Assigned, vendorId: abc);
        await _scenario.Requests(Manager, s => s.PostMessageAsync(request.Id, new MessageInput { Text = "Owner is slow to pay", Internal = true }, None));
        await _scenario.Requests(Manager, s => s.PostMessageAsync(request.Id, new MessageInput { Text = "We will come on Monday" }, None));
        Assert.Equal(2, (await _scenario.Requests(Staff, s => s.GetAsync(request.Id, None))).Messages.Count);
        foreach (var outsider in new[] { Tenant, VendorUser })
        {
            var seen = await _scenario.Requests(outsider, s => s.GetAsync(request.Id, None));
            Assert.Equal(["We will come on Monday"], seen.Messages.Select(m => m.Text));
        }
        await Assert.ThrowsAsync<AccessDeniedException>(() => _scenario.Requests(Tenant, s => s.PostMessageAsync(request.Id, new MessageInput { Text = "x", Internal = true }, None)));
    }
}

/// <summary>The vendor's portal user works their own company's work orders only, and quotes as that company whatever they send.</summary>
public sealed class VendorPortalTests(ServiceHarness harness) : IClassFixture<ServiceHarness>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly MaintenanceScenario _scenario = new(harness);

    [Fact]
    public async Task AVendorsUser_AcknowledgesEstimatesAndQuotes_AsTheirOwnCompany()
    {
        var abc = await _scenario.VendorIdAsync("ABC Plumbing Services");
        var xyz = await _scenario.VendorIdAsync("XYZ Services");
        var request = await _scenario.Requests(Tenant, s => s.CreateAsync(new CreateRequestInput { Title = "Drain", Description = "Slow drain", Priority = MaintenancePriority.Medium }, None));
        await _scenario.Requests(Manager, s => s.AssignAsync(request.Id, new AssignInput { VendorId = abc }, None));

        var acknowledged = await _scenario.Requests(VendorUser, s => s.AcknowledgeAsync(request.Id, None));
        Assert.NotNull(acknowledged.AcknowledgedAt);
        Assert.DoesNotContain("acknowledge", acknowledged.AllowedActions);
        await _scenario.Requests(VendorUser, s => s.EstimateAsync(request.Id, MaintenanceScenario.Estimate((1, 12_000m)), None));

        // The input names another vendor; the quote is ABC's, the company the signed-in user works for.
        var input = OutsideQuote(12_000m, "Someone Else Ltd");
        input.VendorId = xyz;
        var quote = await _scenario.As<MaintenanceRequestService, QuoteView>(VendorUser, s => s.AddQuoteAsync(request.Id, input, None));
        Assert.Equal(abc, quote.VendorId);
        Assert.Equal("ABC Plumbing Services", quote.VendorName);

        // Another company's work order is not theirs to see.
        var other = await _scenario.RequestAsync(MaintenanceStatus.Assigned, vendorId: xyz);
        await Assert.ThrowsAsync<RecordNotFoundException>(() => _scenario.Requests(VendorUser, s => s.GetAsync(other.Id, None)));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => _scenario.Requests(VendorUser, s => s.AcknowledgeAsync(other.Id, None)));
    }

    [Fact]
    public async Task ThresholdsThatContradictEachOther_AreRefused()
    {
        var error = await Assert.ThrowsAsync<InputValidationException>(() => _scenario.As<MaintenanceCatalogService, MaintenanceSettingsView>(Landlord2,
            s => s.SaveLandlordSettingsAsync(null, new MaintenanceSettingsInput { AutoApprovalThreshold = 12_000m }, None)));
        Assert.Contains("autoApprovalThreshold", error.Errors.Keys);
        await Assert.ThrowsAsync<AccessDeniedException>(() => _scenario.As<MaintenanceCatalogService, MaintenanceSettingsView>(Landlord2,
            s => s.SaveSettingsAsync(new MaintenanceSettingsInput { QuoteThreshold = 1m }, None)));
    }
}

/// <summary>The cost suggestion from history: a worked example, and no figure from too few jobs.</summary>
public sealed class CostHistoryTests(ServiceHarness harness) : IClassFixture<ServiceHarness>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly MaintenanceScenario _scenario = new(harness);

    [Fact]
    public async Task PastActualCosts_GiveTheMedianAndMiddleHalf_OnlyFromFiveJobs()
    {
        var category = (await _scenario.As<MaintenanceCatalogService, IReadOnlyList<ExpenseCategoryView>>(Manager, s => s.CategoriesAsync(None))).First();
        var gutters = await _scenario.As<MaintenanceCatalogService, ExpenseTypeView>(Manager, s => s.SaveExpenseTypeAsync(null, new ExpenseTypeInput
        {
            CategoryId = category.Id, Name = $"Gutter cleaning {Guid.NewGuid():N}"[..24], CostMin = 1_500m, CostMax = 6_000m,
        }, None));
        async Task CompleteAtAsync(decimal actual)
        {
            var request = await _scenario.RequestAsync(MaintenanceStatus.InProgress, expenseTypeId: gutters.Id);
            await _scenario.Requests(Staff, s => s.CompleteAsync(request.Id, new CompleteInput
            {
                ActualCost = actual, CompletionNotes = "Gutters cleared.", VarianceReason = "As found on the roof.",
            }, None));
        }

        foreach (var cost in new[] { 1_000m, 2_000m, 3_000m, 4_000m })
        {
            await CompleteAtAsync(cost);
        }
        var next = await _scenario.RequestAsync(MaintenanceStatus.Assigned, expenseTypeId: gutters.Id);
        var tooFew = await _scenario.As<MaintenanceRequestService, CostHistory>(Staff, s => s.CostHistoryAsync(next.Id, None));
        Assert.False(tooFew.IsEnough);
        Assert.Null(tooFew.Median);
        Assert.Contains("too few", tooFew.Basis);

        await CompleteAtAsync(5_000m);
        await CompleteAtAsync(10_000m);
        var history = await _scenario.As<MaintenanceRequestService, CostHistory>(Staff, s => s.CostHistoryAsync(next.Id, None));
        // Sorted 1,000 2,000 3,000 4,000 5,000 10,000: median (3,000 + 4,000) / 2; quartiles at positions 1.25 and 3.75.
        Assert.Equal((6, 3_500m, 2_250m, 4_750m), (history.Count, history.Median, history.Lower, history.Upper));
        Assert.Null(history.Check(3_000m));
        Assert.Contains("outside what most", history.Check(9_000m));
        Assert.Equal((1_500m, 6_000m), (history.TypeMin, history.TypeMax));
    }
}

/// <summary>A vendor's scorecard is computed from their history: a worked example.</summary>
public sealed class VendorScorecardTests(ServiceHarness harness) : IClassFixture<ServiceHarness>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly MaintenanceScenario _scenario = new(harness);

    [Fact]
    public async Task TheScorecard_AddsUpTheVendorsRatedAndCompletedWork()
    {
        var vendor = await _scenario.As<MaintenanceCatalogService, VendorView>(Manager, s => s.SaveVendorAsync(null, new VendorInput
        {
            Name = $"Scorecard Plumbing {Guid.NewGuid():N}"[..30], Specialization = "Plumbing",
        }, None));
        async Task JobAsync(decimal actual, VerifyInput rating)
        {
            var request = await _scenario.RequestAsync(MaintenanceStatus.InProgress, vendorId: vendor.Id);
            await _scenario.Requests(Staff, s => s.CompleteAsync(request.Id, new CompleteInput { ActualCost = actual, CompletionNotes = "Done." }, None));
            await _scenario.Requests(Tenant, s => s.VerifyAsync(request.Id, rating, None));
        }

        // Budgets of 5,000 each: one 10% over (5,500), one 20% under (4,000).
        await JobAsync(5_500m, new VerifyInput { Overall = 4, Quality = 5, WouldRecommend = true });
        await JobAsync(4_000m, new VerifyInput { Overall = 2, WouldRecommend = false });
        var card = await _scenario.As<MaintenanceCatalogService, VendorScorecard>(Manager, s => s.ScorecardAsync(vendor.Id, None));

        Assert.Equal((2, 3.00m, 5.00m, 0.5m), (card.Ratings, card.Overall, card.Quality, card.WouldRecommendShare));
        Assert.Null(card.ResponseTime);
        Assert.Equal((2, 4_750m, 9_500m), (card.JobsCompleted, card.AverageCost, card.TotalCost));
        Assert.Equal(-0.05m, card.AverageVarianceShare);
        Assert.Equal(1m, card.OnTimeShare);
        Assert.Equal((0, 0), (card.QuotesSubmitted, card.QuotesWon));
        Assert.Equal(3.00m, (await _scenario.As<MaintenanceCatalogService, VendorView>(Manager, s => s.VendorAsync(vendor.Id, None))).Rating);
    }
}
