using System.Runtime.CompilerServices;
using Deque.AxeCore.Commons;
using Newtonsoft.Json.Linq;

namespace FieldOps.E2E.Support;

/// <summary>Base of the browser tests: opens pages as demo users, records a trace that is kept when a step fails,
/// saves screenshots for review and runs the accessibility audit.</summary>
[Collection(E2ECollection.Name)]
public abstract class BrowserTest(E2EFixture fixture)
{
    protected E2EFixture Fixture { get; } = fixture;

    /// <summary>Runs <paramref name="steps"/> on a fresh page as <paramref name="email"/> (or signed out). When a step
    /// throws, a screenshot, the page's HTML and the app's log are saved under artifacts/traces.</summary>
    protected Task OnPageAsync(string? email, Viewport viewport, Func<IPage, Task> steps, [CallerMemberName] string test = "") =>
        OnPageAsync(email, viewport, steps, expectConnectionLoss: false, test);

    /// <summary>As above; with <paramref name="expectConnectionLoss"/> the browser's complaints about a lost server
    /// connection are expected (the test stops the server) and not counted as errors.</summary>
    protected async Task OnPageAsync(string? email, Viewport viewport, Func<IPage, Task> steps, bool expectConnectionLoss, [CallerMemberName] string test = "")
    {
        await using var context = await Fixture.NewContextAsync(viewport, email);
        // A full trace slows a busy machine down a lot; record it only when asked to (FIELDOPS_TRACE=1), for
        // instance to re-run a failing test.
        var tracing = Environment.GetEnvironmentVariable("FIELDOPS_TRACE") == "1";
        if (tracing)
        {
            await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true });
        }
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !(expectConnectionLoss && IsConnectionLoss(message.Text)))
            {
                consoleErrors.Add(message.Text);
            }
        };
        var name = $"{GetType().Name}-{test}-{viewport.Name}-{(email ?? "anonymous").Split('@')[0]}";
        try
        {
            await steps(page);
            Assert.True(consoleErrors.Count == 0, "The browser console reported errors:\n" + string.Join("\n", consoleErrors));
            if (tracing)
            {
                await context.Tracing.StopAsync();
            }
        }
        catch
        {
            // What the page showed when the step failed, and the app's log, for the person reading the failure.
            await SaveFailureAsync(page, name);
            if (tracing)
            {
                await context.Tracing.StopAsync(new TracingStopOptions { Path = Path.Combine(Artifacts.Traces, $"{name}.zip") });
            }
            await File.WriteAllTextAsync(Path.Combine(Artifacts.Traces, "app-output.log"), Fixture.Server.Output);
            throw;
        }
    }

    private static bool IsConnectionLoss(string text) =>
        text.Contains("WebSocket", StringComparison.OrdinalIgnoreCase) || text.Contains("connection", StringComparison.OrdinalIgnoreCase)
        || text.Contains("Failed to load resource", StringComparison.OrdinalIgnoreCase) || text.Contains("circuit", StringComparison.OrdinalIgnoreCase)
        || text.Contains("negotiation", StringComparison.OrdinalIgnoreCase) || text.Contains("Failed to fetch", StringComparison.OrdinalIgnoreCase);

    private static async Task SaveFailureAsync(IPage page, string name)
    {
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Traces, $"{name}.png"), FullPage = true, Timeout = 10_000 });
            await File.WriteAllTextAsync(Path.Combine(Artifacts.Traces, $"{name}.html"), await page.ContentAsync());
        }
        catch (PlaywrightException)
        {
            // The page itself is gone; the log still tells the story.
        }
    }

    /// <summary>Full-page screenshot under artifacts/screenshots, taken once nothing moves, and only of a sound layout:
    /// nothing wider than the screen, and on a wide screen no content under the menu beside it.</summary>
    protected static async Task ScreenshotAsync(IPage page, string name)
    {
        // From the top, so the sticky header sits where a person sees it.
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await WaitForTransitionsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Screenshots, $"{name}.png"), FullPage = true });
        var problem = await page.EvaluateAsync<string?>(LayoutProblem, page.ViewportSize?.Width ?? 0);
        Assert.True(problem is null, $"Screenshot {name}: {problem}");
    }

    // Against the device's width, not innerWidth: a phone widens its layout viewport to fit wide content.
    private const string LayoutProblem = """
        width => {
            const overflow = document.documentElement.scrollWidth - width;
            if (overflow > 0) return `the page is ${overflow} px wider than the screen`;
            const drawer = document.querySelector('.fo-drawer');
            const main = document.querySelector('main');
            if (!drawer || !main || width < 960 || getComputedStyle(drawer).visibility === 'hidden') return null;
            const menuEdge = drawer.getBoundingClientRect().right, contentEdge = main.getBoundingClientRect().left;
            return contentEdge < menuEdge - 1 ? `the content starts at ${contentEdge} px, under the menu (to ${menuEdge} px)` : null;
        }
        """;

    /// <summary>Types a value and leaves the field, so a field bound on change takes it.</summary>
    protected static async Task Commit(ILocator field, string value)
    {
        await field.FillAsync(value);
        await field.PressAsync("Tab");
    }

    /// <summary>Waits until the page's server connection is live (buttons respond), not just prerendered.</summary>
    protected static async Task WaitForInteractiveAsync(IPage page) =>
        await Expect(page.Locator("main[data-interactive='true']")).ToBeVisibleAsync();

    /// <summary>Waits until every finite animation (a dialog or a message fading in) has finished, so the audit
    /// measures colours as a person sees them, not halfway through a fade.</summary>
    protected static Task WaitForTransitionsAsync(IPage page) => page.WaitForFunctionAsync("""
        () => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)
        """);

    /// <summary>The serious and critical violations of axe-core's WCAG 2.2 A/AA rules, one line each.</summary>
    protected static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page) =>
        (await ViolationsAsync(page, IsSerious)).Select(Describe).ToList();

    private static bool IsSerious(AxeResultItem violation) => violation.Impact is "serious" or "critical";

    /// <summary>The WCAG 2.2 A/AA rules of axe-core; fails listing every violation.</summary>
    protected static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await ViolationsAsync(page, _ => true);
        Assert.True(violations.Count == 0, $"Accessibility violations on {page.Url}:\n" + string.Join("\n", violations.Select(Describe)));
    }

    // A message can start fading out (its time is up) while the audit reads the page, and a half-faded text fails
    // the contrast rule. A violation counts when it is there twice, the second time once the page is still again.
    private static async Task<IReadOnlyList<AxeResultItem>> ViolationsAsync(IPage page, Func<AxeResultItem, bool> counts)
    {
        await WaitForTransitionsAsync(page);
        if (!(await RunAxeAsync(page)).Any(counts))
        {
            return [];
        }
        await page.WaitForTimeoutAsync(500);
        await WaitForTransitionsAsync(page);
        return (await RunAxeAsync(page)).Where(counts).ToList();
    }

    private static readonly string AxeScript = new BundledAxeScriptProvider().GetScript();

    // The pages have no frames, so axe runs in the page itself. (The library's own runner gathers results frame by
    // frame and opens a helper page to merge them: two seconds of each audit on a busy machine, against 0.2 s here.)
    // Only violations are reported: axe then skips describing every passed and inapplicable check.
    private static async Task<AxeResultItem[]> RunAxeAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe?.run === 'function'"))
        {
            await page.EvaluateAsync(AxeScript);
        }
        var json = await page.EvaluateAsync<string>("""
            () => axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
                resultTypes: ['violations'],
            }).then(result => JSON.stringify(result))
            """);
        return new AxeResult(JObject.Parse(json)).Violations;
    }

    private static string Describe(AxeResultItem v) =>
        $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}";
}
