using System.Globalization;
using FieldOps.E2E.Pages;
using FieldOps.E2E.Support;

namespace FieldOps.E2E.Tests;

/// <summary>What one person does appears on another person's open dashboard, pushed by the server, without a reload.</summary>
public sealed class LiveUpdateTests(E2EFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task AJobAssignedByTheSiteManager_AppearsOnTheTechniciansOpenDashboard()
    {
        const string registration = "KDW 777L";
        await using var technicianContext = await Fixture.NewContextAsync(Viewport.Phone, "technician2@garage.demo");
        var technician = await technicianContext.NewPageAsync();
        await technician.GotoAsync("/workshop/technician");
        await WaitForInteractiveAsync(technician);
        var unreadBefore = int.Parse(await technician.GetByTestId("unread-count").TextContentAsync() ?? "0", CultureInfo.InvariantCulture);
        // A marker in the page's memory: it survives only if the page is never reloaded.
        await technician.EvaluateAsync("window.__notReloaded = true");

        await OnPageAsync("sitemanager@garage.demo", Viewport.Desktop, async page =>
        {
            var intake = new SiteManagerPage(page);
            await intake.GotoAsync();
            await WaitForInteractiveAsync(page);
            await intake.ReceiveVehicleAsync(registration, "Live Update", "+254 700 777 777", "Subaru", "Legacy", "2015", "99000",
                "Body", "WalkIn", "Scratched rear door.");
            await intake.OpenJobAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Assign now" }).ClickAsync();
            await intake.AssignInDialogAsync("Grace Wanjiru");
            await Expect(intake.JobRow(registration)).ToContainTextAsync("Grace Wanjiru");
        });

        await Expect(technician.Locator(".fo-job-card").Filter(new() { HasText = registration })).ToBeVisibleAsync(new() { Timeout = 5_000 });
        await Expect(technician.GetByTestId("unread-count")).ToHaveTextAsync((unreadBefore + 1).ToString(CultureInfo.InvariantCulture));
        Assert.True(await technician.EvaluateAsync<bool>("window.__notReloaded === true"), "The technician's page was reloaded.");
        await ScreenshotAsync(technician, "live-update-technician-phone");
    }
}
