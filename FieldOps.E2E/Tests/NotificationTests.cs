using System.Globalization;
using FieldOps.E2E.Support;

namespace FieldOps.E2E.Tests;

/// <summary>The bell and the notifications page agree, and the bell's panel fits a phone.</summary>
public sealed class NotificationTests(E2EFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task TheBellsPanel_FitsAPhone_AndTheNotificationsPage_ListsWhatTheBellCounts()
    {
        await OnPageAsync("warehouse@garage.demo", Viewport.Phone, async page =>
        {
            await page.GotoAsync("/workshop/warehouse");
            await WaitForInteractiveAsync(page);
            var unread = int.Parse(await page.GetByTestId("unread-count").TextContentAsync() ?? "0", CultureInfo.InvariantCulture);
            Assert.True(unread > 0, "The demo warehouse manager has unread notifications.");

            await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Notifications") }).ClickAsync();
            var panel = page.GetByRole(AriaRole.Region, new() { Name = "Notifications" });
            await Expect(panel).ToBeVisibleAsync();
            var box = await panel.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= Viewport.Phone.Width, $"The panel spans {box.X}–{box.X + box.Width} px of a {Viewport.Phone.Width} px screen.");
            await ScreenshotAsync(page, "notifications-bell-open-phone");
            await AssertAccessibleAsync(page);

            await page.GotoAsync("/notifications");
            await WaitForInteractiveAsync(page);
            await Expect(page.Locator("main table tbody tr").First).ToBeVisibleAsync();
            await Expect(page.GetByText("No notifications")).ToHaveCountAsync(0);
            await page.GetByLabel("Unread only").CheckAsync();
            await Expect(page.Locator(".mud-table-pagination")).ToContainTextAsync($"of {unread}");
            await ScreenshotAsync(page, "notifications-page-unread-phone");
        });
    }
}
