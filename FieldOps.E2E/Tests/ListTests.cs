using FieldOps.E2E.Support;

namespace FieldOps.E2E.Tests;

/// <summary>
/// The workshop's server-paged tables in the browser: a column header sorts the whole list in the database (both
/// ways), and the pager moves through it in that order, as the site manager, the storekeeper and billing use them.
/// </summary>
public sealed class ListTests(E2EFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("sitemanager@garage.demo", "/workshop/site-manager", "Vehicle", "td[data-label='Vehicle'] strong", true)]
    [InlineData("warehouse@garage.demo", "/workshop/warehouse", "Bin", "td[data-label='Bin']", true)]
    [InlineData("billing@garage.demo", "/workshop/billing", "Invoice", "td[data-label='Invoice'] a", false)]
    public async Task AColumnHeader_SortsTheWholeList_BothWays_AndThePagerKeepsTheOrder(string email, string path, string column,
        string cells, bool moreThanOnePage)
    {
        await OnPageAsync(email, Viewport.Desktop, async page =>
        {
            await page.GotoAsync(path);
            await WaitForInteractiveAsync(page);
            await SortsBothWaysAsync(page, column, cells);
            if (moreThanOnePage)
            {
                await PagesOnAsync(page, cells, descending: true);
            }
        });
    }

    /// <summary>First click ascending, second descending: the header says so and the rows are in that order.</summary>
    private static async Task SortsBothWaysAsync(IPage page, string column, string cells)
    {
        var header = page.Locator("th", new() { Has = page.GetByRole(AriaRole.Button, new() { Name = column, Exact = true }) });
        foreach (var direction in new[] { "ascending", "descending" })
        {
            await header.GetByRole(AriaRole.Button).ClickAsync();
            await Expect(header).ToHaveAttributeAsync("aria-sort", direction);
            await WaitUntilSortedAsync(page, cells, direction == "descending");
        }
    }

    /// <summary>The next page starts where the first ended: still sorted, across the page boundary too.</summary>
    private static async Task PagesOnAsync(IPage page, string cells, bool descending)
    {
        var lastOnFirst = (await page.Locator(cells).Last.TextContentAsync())!.Trim();
        var pager = page.GetByRole(AriaRole.Navigation, new() { Name = "Pagination" });
        await pager.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await Expect(pager).ToContainTextAsync("21–");
        await WaitUntilSortedAsync(page, cells, descending);
        var firstOnSecond = (await page.Locator(cells).First.TextContentAsync())!.Trim();
        var order = string.CompareOrdinal(lastOnFirst, firstOnSecond);
        Assert.True(descending ? order >= 0 : order <= 0, $"Page 2 starts with {firstOnSecond} after page 1 ended with {lastOnFirst}.");
    }

    // Rows arrive a moment after the header changes: wait until they are in order (code-unit order, as SQLite's
    // default collation sorts), which fails the test after the usual wait if they never are.
    private static Task WaitUntilSortedAsync(IPage page, string cells, bool descending) => page.WaitForFunctionAsync("""
        ([selector, descending]) => {
            const values = [...document.querySelectorAll(selector)].map(c => c.textContent.trim());
            if (values.length < 2) return false;
            return values.every((v, i) => i === 0 || (descending ? values[i - 1] >= v : values[i - 1] <= v));
        }
        """, new object[] { cells, descending });
}
