using System.Globalization;
using FieldOps.E2E.Support;

namespace FieldOps.E2E.Tests;

/// <summary>A field user's connection drops, or the server restarts: the page says so, comes back by itself when the
/// server does, and nothing the user typed is lost.</summary>
public sealed class ReconnectTests(E2EFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task WhenTheServerGoesAwayAndReturns_ThePageSaysSo_ResumesByItself_AndKeepsTheTechniciansTypedNotes()
    {
        var notes = "Bled the brakes and replaced the front pads, reference " + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
        await OnPageAsync("technician@garage.demo", Viewport.Phone, async page =>
        {
            await page.GotoAsync("/workshop/technician");
            await WaitForInteractiveAsync(page);
            var jobLinks = await page.Locator("main a[href*='workshop/jobs/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            string? jobPath = null;
            foreach (var link in jobLinks.Distinct())
            {
                await page.GotoAsync("/" + link.TrimStart('/'));
                await WaitForInteractiveAsync(page);
                await Expect(page.Locator("main h1").First).ToBeVisibleAsync();
                if (await page.Locator("#work-done").CountAsync() > 0)
                {
                    jobPath = link;
                    break;
                }
            }
            Assert.True(jobPath is not null, "The technician has no job whose notes can be written.");
            Assert.Contains("blazor.web.js", await page.ContentAsync(), StringComparison.Ordinal);

            await page.Locator("#work-done").FillAsync(notes);
            // The draft is kept in the tab as it is typed.
            await page.WaitForFunctionAsync("() => Object.keys(sessionStorage).some(key => key.includes('job-notes:'))");

            await Fixture.Server.StopAsync();
            var dialog = page.Locator("#components-reconnect-modal");
            await Expect(dialog).ToBeVisibleAsync();
            await Expect(dialog).ToContainTextAsync("reconnect", new() { IgnoreCase = true });
            await ScreenshotAsync(page, "reconnect-connection-lost-phone");

            await Fixture.Server.RestartAsync();
            // The page finds the server again by itself and the typed notes are back, unsaved but not lost.
            await Expect(dialog).Not.ToBeVisibleAsync(new() { Timeout = (float)Timeouts.StartUp.TotalMilliseconds });
            await WaitForInteractiveAsync(page);
            await Expect(page.Locator("#work-done")).ToHaveValueAsync(notes);
            await ScreenshotAsync(page, "reconnect-notes-kept-phone");
        }, expectConnectionLoss: true);
    }
}
