using FieldOps.Data.Maintenance;
using FieldOps.Data.Maintenance.Services;
using FieldOps.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static FieldOps.Tests.Maintenance.MaintenanceScenario;

namespace FieldOps.Tests.Maintenance;

/// <summary>The track record each vendor row keeps (would-recommend answers, starts within the SLA, cost against
/// budget) matches the history it summarises, rebuilt from scratch, after verified and paid work; it ranks suggestions
/// and reaches the quote comparison.</summary>
public sealed class VendorTrackRecordTests(ServiceHarness harness) : IClassFixture<ServiceHarness>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly MaintenanceScenario _scenario = new(harness);

    [Fact]
    public async Task TheKeptTrackRecord_EqualsTheHistoryRebuiltFromScratch()
    {
        var abc = await _scenario.VendorIdAsync("ABC Plumbing Services");
        // Verified with a recommendation, then paid; and a second job verified without an answer, over budget.
        var first = await _scenario.RequestAsync(MaintenanceStatus.Completed, vendorId: abc);
        await _scenario.Requests(Tenant, s => s.VerifyAsync(first.Id, new VerifyInput { Overall = 4, WouldRecommend = true }, None));
        var second = await _scenario.RequestAsync(MaintenanceStatus.InProgress, vendorId: abc);
        await _scenario.Requests(Staff, s => s.CompleteAsync(second.Id, new CompleteInput { ActualCost = 5_400m, CompletionNotes = "One more fitting." }, None));
        await _scenario.Requests(Tenant, s => s.VerifyAsync(second.Id, new VerifyInput { Overall = 3 }, None));
        await _scenario.Requests(Landlord, s => s.PayAsync(second.Id, Mpesa("QK7HX2M9PM"), None));

        await using var db = await harness.SystemDbAsync();
        var vendors = await db.Set<Vendor>().IgnoreQueryFilters().AsNoTracking().ToListAsync();
        foreach (var vendor in vendors)
        {
            var ratings = await db.Set<MaintenanceRating>().IgnoreQueryFilters().Where(r => r.VendorId == vendor.Id).ToListAsync();
            var done = await db.Set<MaintenanceRequest>().IgnoreQueryFilters()
                .Where(r => r.VendorId == vendor.Id && (r.VerifiedAt != null || r.Status == MaintenanceStatus.Closed)).ToListAsync();
            var budgeted = done.Where(r => r.ApprovedBudget > 0 && r.ActualCost != null).ToList();
            Assert.Equal(
                (ratings.Count(r => r.WouldRecommend == true), ratings.Count(r => r.WouldRecommend != null), done.Count(r => r.StartedAt != null),
                    done.Count(r => r.StartedAt != null && r.StartedAt <= r.OnSiteDueAt), budgeted.Sum(r => r.ApprovedBudget!.Value),
                    budgeted.Sum(r => r.ActualCost!.Value), done.Count),
                (vendor.RecommendYes, vendor.RecommendAnswered, vendor.TimedJobs, vendor.OnTimeJobs, vendor.BudgetedTotal, vendor.ActualTotal, vendor.JobsCompleted));
        }
        var record = vendors.Single(v => v.Id == abc).TrackRecord;
        Assert.NotNull(record.WouldRecommendPercent);
        Assert.True(record.CostVersusBudgetPercent > 0); // the 5,400 against 5,000 shows
    }

    [Fact]
    public async Task SuggestionsAndTheQuoteComparison_CarryTheTrackRecord()
    {
        var request = await _scenario.RequestAsync(MaintenanceStatus.QuotesSubmitted);
        var abcQuote = request.Quotes.Single(q => q.VendorName == "ABC Plumbing Services");
        Assert.NotNull(abcQuote.VendorRecord);
        Assert.Null(request.Quotes.Single(q => q.VendorName == "XYZ Services").VendorRecord); // named outside vendor, no history on file

        var pending = await _scenario.RequestAsync(MaintenanceStatus.Pending);
        var suggestions = await _scenario.As<MaintenanceCatalogService, IReadOnlyList<VendorSuggestion>>(Manager,
            s => s.SuggestVendorsAsync(pending.Id, None));
        Assert.All(suggestions, s => Assert.NotNull(s.Vendor.TrackRecord));
        Assert.Contains(suggestions, s => s.Vendor.TrackRecord!.JobsCompleted > 0);
        Assert.Equal("4.5/5 · 2 jobs · 50% would recommend · 100% on time · 4% over budget",
            new VendorTrackRecord(4.5m, 2, 50m, 100m, 4m).Summary());
    }
}
