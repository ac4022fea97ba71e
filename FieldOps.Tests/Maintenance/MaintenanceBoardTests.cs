using FieldOps.Data.Maintenance;
using FieldOps.Data.Maintenance.Services;
using FieldOps.Data.Platform.Lists;
using FieldOps.Tests.Support;

namespace FieldOps.Tests.Maintenance;

/// <summary>
/// The board's past-SLA counts: exact while they are small, and counted no further than a badge shows them ("100+"),
/// so a firm with a large backlog pays for 101 rows, not for every late request. The tests move the app's clock, so
/// they have a database of their own.
/// </summary>
public sealed class MaintenanceBoardTests(ServiceHarness harness) : IClassFixture<ServiceHarness>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task PastSlaCounts_AreExactUpToAHundred_ThenSayMore()
    {
        var scenario = new MaintenanceScenario(harness, harness.Clock);
        Task<RequestBoard> BoardAsync() => scenario.As<MaintenanceRequestService, RequestBoard>(MaintenanceScenario.Manager, s => s.BoardAsync(None));
        Task<ListPage<RequestSummary>> PendingAsync() => scenario.As<MaintenanceRequestService, ListPage<RequestSummary>>(MaintenanceScenario.Manager,
            s => s.ListAsync(new RequestFilter(Status: MaintenanceStatus.Pending), new ListRequest(0, 20), None));

        // A month on, every pending request is past its assignment deadline: the count is all of them, exactly.
        harness.Clock.Advance(TimeSpan.FromDays(30));
        var pending = (await PendingAsync()).Total;
        Assert.InRange(pending, 1, RequestBoard.OverdueLimit - 1);
        var board = await BoardAsync();
        Assert.Equal(pending, board.AssignOverdue);
        Assert.False(board.OverdueIsAtLeast);

        // More than a hundred late: the count stops at the limit and says there are more.
        for (var i = pending; i <= RequestBoard.OverdueLimit; i++)
        {
            await scenario.RequestAsync(MaintenanceStatus.Pending);
        }
        harness.Clock.Advance(TimeSpan.FromDays(30));
        Assert.True((await PendingAsync()).Total > RequestBoard.OverdueLimit);
        board = await BoardAsync();
        Assert.Equal(RequestBoard.OverdueLimit, board.AssignOverdue);
        Assert.Equal(RequestBoard.OverdueLimit, board.OnSiteOverdue);
        Assert.True(board.OverdueIsAtLeast);
        Assert.Equal($"{2 * RequestBoard.OverdueLimit}+", board.PastSla);
    }
}
