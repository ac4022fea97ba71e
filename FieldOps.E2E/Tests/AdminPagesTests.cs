using FieldOps.E2E.Support;

namespace FieldOps.E2E.Tests;

/// <summary>The admin's pages: the workshop catalogue, users and the e-mail outbox.</summary>
public sealed class AdminPagesTests(E2EFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task TheWorkshopAdmin_DeactivatesATaskAction_AndSeesUsersAndTheOutbox()
    {
        await OnPageAsync("admin@garage.demo", Viewport.Desktop, async page =>
        {
            await page.GotoAsync("/workshop/admin");
            await WaitForInteractiveAsync(page);
            await page.GetByRole(AriaRole.Tab, new() { Name = "Interior" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Deactivate Seat adjustment" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Reactivate Seat adjustment" })).ToBeVisibleAsync();
            await ScreenshotAsync(page, "admin-workshop-catalogue");
            await AssertAccessibleAsync(page);

            await page.GotoAsync("/admin/users");
            await WaitForInteractiveAsync(page);
            await Expect(page.GetByText("technician2@garage.demo", new() { Exact = true })).ToBeVisibleAsync();
            await ScreenshotAsync(page, "admin-users");
            await AssertAccessibleAsync(page);

            await page.GotoAsync("/admin/outbox");
            await WaitForInteractiveAsync(page);
            await Expect(page.GetByText("No mail server is configured")).ToBeVisibleAsync();
            await ScreenshotAsync(page, "admin-outbox");
            await AssertAccessibleAsync(page);
        });
    }
}
