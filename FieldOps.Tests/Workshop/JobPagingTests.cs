using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Workshop;
using FieldOps.Data.Workshop.Services;
using FieldOps.Tests.Support;

namespace FieldOps.Tests.Workshop;

/// <summary>The jobs list read by keyset cursor: each full page in the default order carries <c>next</c>, and following
/// it walks every job exactly once, in the same order as offset pages, even when jobs share their received time.</summary>
public sealed class JobPagingTests(ServiceHarness harness) : IClassFixture<ServiceHarness>
{
    private readonly WorkshopScenario _scenario = new(harness);
    private static readonly CancellationToken None = CancellationToken.None;

    private Task<ListPage<JobSummary>> ListAsync(ListRequest request) =>
        _scenario.As<JobService, ListPage<JobSummary>>(WorkshopScenario.SiteManager, s => s.ListAsync(new JobFilter(), request, None));

    [Fact]
    public async Task FollowingNext_WalksEveryJobOnce_InTheOffsetOrder_ThroughJobsReceivedAtTheSameInstant()
    {
        // The test clock stands still: these jobs are all received at the same moment.
        for (var i = 0; i < 4; i++)
        {
            await _scenario.JobAsync(JobStatus.Received);
        }
        var byOffset = new List<Guid>();
        for (var skip = 0; ; skip += 7)
        {
            var page = await ListAsync(new ListRequest(skip, 7));
            byOffset.AddRange(page.Items.Select(j => j.Id));
            if (page.Items.Count < 7)
            {
                break;
            }
        }
        var byCursor = new List<Guid>();
        var first = await ListAsync(new ListRequest(0, 7));
        byCursor.AddRange(first.Items.Select(j => j.Id));
        for (var next = first.Next; next is not null;)
        {
            var page = await ListAsync(new ListRequest(Take: 7, After: next));
            byCursor.AddRange(page.Items.Select(j => j.Id));
            next = page.Next;
        }

        Assert.Equal(first.Total, byOffset.Count);
        Assert.Equal(byOffset, byCursor);
        Assert.Equal(byCursor.Count, byCursor.Distinct().Count());
    }

    [Fact]
    public async Task APageSortedByAColumn_HasNoCursor_AndACursorThatIsNotOurs_IsAFieldError()
    {
        var sorted = await ListAsync(new ListRequest(0, 2, SortBy: "number"));
        Assert.Null(sorted.Next);
        foreach (var bad in new[] { "garbage", "", "MTIz", "LTF8Sk9C", new string('A', 150) })
        {
            var error = await Assert.ThrowsAsync<InputValidationException>(() => ListAsync(new ListRequest(Take: 5, After: bad)));
            Assert.Contains("after", error.Errors.Keys);
        }
    }
}
