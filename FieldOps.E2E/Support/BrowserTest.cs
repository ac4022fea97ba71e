using System.Runtime.CompilerServices;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace FieldOps.E2E.Support;

/// <summary>Base of the browser tests: opens pages as demo users, records a trace that is kept when a step fails,
/// saves screenshots for review and runs the accessibility audit.</summary>
[Collection(E2ECollection.Name)]
public abstract class BrowserTest(E2EFixture fixture)
{
    protected E2EFixture Fixture { get; } = fixture;

    /// <summary>Runs <paramref name="steps"/> on a fresh page as <paramref name="email"/> (or signed out). The
    /// Playwright trace is saved under artifacts/traces when a step throws.</summary>
    protected async Task OnPageAsync(string? email, Viewport viewport, Func<IPage, Task> steps, [CallerMemberName] string test = "")
    {
        await using var context = await Fixture.NewContextAsync(viewport, email);
        await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true });
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        try
        {
            await steps(page);
            Assert.True(consoleErrors.Count == 0, "The browser console reported errors:\n" + string.Join("\n", consoleErrors));
            await context.Tracing.StopAsync();
        }
        catch
        {
            await context.Tracing.StopAsync(new TracingStopOptions { Path = Path.Combine(Artifacts.Traces, $"{GetType().Name}-{test}-{viewport.Name}.zip") });
            await File.WriteAllTextAsync(Path.Combine(Artifacts.Traces, "app-output.log"), Fixture.Server.Output);
            throw;
        }
    }

    /// <summary>Full-page screenshot under artifacts/screenshots.</summary>
    protected static async Task ScreenshotAsync(IPage page, string name)
    {
        // From the top, so the sticky header sits where a person sees it.
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Screenshots, $"{name}.png"), FullPage = true });
    }

    /// <summary>Waits until the page's server connection is live (buttons respond), not just prerendered.</summary>
    protected static async Task WaitForInteractiveAsync(IPage page) =>
        await Expect(page.Locator("main[data-interactive='true']")).ToBeVisibleAsync();

    /// <summary>The WCAG 2.2 A/AA rules of axe-core; fails listing every violation.</summary>
    protected static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        var problems = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}");
        Assert.True(result.Violations.Length == 0, $"Accessibility violations on {page.Url}:\n" + string.Join("\n", problems));
    }
}
