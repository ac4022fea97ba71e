using System.Text.RegularExpressions;
using FieldOps.E2E.Support;

namespace FieldOps.E2E.Tests;

/// <summary>
/// Every page each demo role can reach — the menu's pages and one of each kind of detail page linked from them — at a
/// phone's width (390 × 844) and a desk's (1366 × 768): nothing wider than the screen, no serious or critical
/// accessibility violation, and a screenshot of each for review.
/// </summary>
public sealed partial class EveryPageTests(E2EFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string> OneUserPerRole() =>
    [
        "admin@garage.demo", "sitemanager@garage.demo", "technician@garage.demo", "workshopmanager@garage.demo", "warehouse@garage.demo",
        "billing@garage.demo", "admin@contracting.demo", "contractor@contracting.demo", "unlinked@contracting.demo",
        "admin@properties.demo", "landlord@properties.demo", "landlord2@properties.demo", "staff@properties.demo", "vendor@properties.demo", "tenant@properties.demo",
    ];

    // Detail pages reached from lists: one of each kind is visited.
    [GeneratedRegex(@"^/?(workshop/jobs/[0-9a-f-]{36}|workshop/invoices/[0-9a-f-]{36}|contracting/admin/vouchers/[0-9a-f-]{36}|contracting/vouchers/[0-9a-f-]{36}|contracting/expenses/[0-9a-f-]{36}|contracting/admin/subcontractors/[0-9a-f-]{36}/ledger|maintenance/requests/[0-9a-f-]{36})$")]
    private static partial Regex DetailPage();

    [GeneratedRegex("[0-9a-f-]{36}")]
    private static partial Regex Id();

    [Theory]
    [MemberData(nameof(OneUserPerRole))]
    public async Task EveryPage_FitsAPhone_IsAccessible_AndIsPhotographedAtBothWidths(string email)
    {
        var who = email.Split('@')[0] + "-" + email.Split('@')[1].Split('.')[0];
        await OnPageAsync(email, Viewport.Phone, async page =>
        {
            await page.GotoAsync("/");
            await WaitForInteractiveAsync(page);
            var menu = await page.Locator("nav[aria-label='Pages'] a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            Assert.NotEmpty(menu);

            var toVisit = new List<string>(menu.Select(href => "/" + href.TrimStart('/')));
            var detailKinds = new HashSet<string>();
            var problems = new List<string>();
            for (var i = 0; i < toVisit.Count; i++)
            {
                var path = toVisit[i];
                foreach (var viewport in new[] { Viewport.Phone, Viewport.DeskScreen })
                {
                    await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
                    await page.GotoAsync(path);
                    await WaitForInteractiveAsync(page);
                    await Expect(page.Locator("main h1").First).ToBeVisibleAsync();
                    await WaitForQuietAsync(page);

                    // Against the device's width, not innerWidth: a phone widens its layout viewport to fit wide content.
                    var overflow = await page.EvaluateAsync<int>("width => document.documentElement.scrollWidth - width", viewport.Width);
                    if (overflow > 0)
                    {
                        problems.Add($"{path} at {viewport.Width} px is {overflow} px wider than the screen: {await WidestAsync(page)}");
                    }
                    problems.AddRange((await SeriousViolationsAsync(page)).Select(v => $"{path} at {viewport.Width} px: {v}"));
                    var name = Id().Replace(path.Trim('/'), "detail").Replace('/', '-');
                    await ScreenshotAsync(page, $"page-{who}-{name}-{viewport.Name}");
                }

                var links = await page.Locator("main a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
                foreach (var link in links.Where(l => DetailPage().IsMatch(l)))
                {
                    var kind = Id().Replace(link.TrimStart('/'), "{id}");
                    if (detailKinds.Add(kind))
                    {
                        toVisit.Add("/" + link.TrimStart('/'));
                    }
                }
            }
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        });
    }

    private static async Task WaitForQuietAsync(IPage page)
    {
        // Grids load their rows after the first render; wait until none shows its loading bar.
        await Expect(page.Locator(".mud-table-loading-progress")).ToHaveCountAsync(0);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private static Task<string> WidestAsync(IPage page) => page.EvaluateAsync<string>("""
        () => {
            const limit = document.documentElement.clientWidth > screen.width ? screen.width : document.documentElement.clientWidth;
            const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > limit + 1);
            const leaf = wide.filter(e => !wide.some(other => other !== e && e.contains(other)));
            return leaf.slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '')
                + ' (right ' + Math.round(e.getBoundingClientRect().right) + ')').join(', ');
        }
        """);
}
