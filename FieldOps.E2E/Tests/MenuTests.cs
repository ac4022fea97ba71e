using System.Text.RegularExpressions;
using FieldOps.E2E.Support;

namespace FieldOps.E2E.Tests;

/// <summary>
/// The side menu: beside the page on a desk, where its button hides it to give the page the whole width; over the
/// page on a phone, where it opens on demand and closes once the user has picked a page.
/// </summary>
public sealed class MenuTests(E2EFixture fixture) : BrowserTest(fixture)
{
    private const string Manager = "manager@properties.demo";

    [Fact]
    public async Task OnADesk_TheMenuSitsBesideThePage_AndItsButtonHidesAndShowsIt()
    {
        await OnPageAsync(Manager, Viewport.Desktop, async page =>
        {
            await page.GotoAsync("/maintenance/manager");
            await WaitForInteractiveAsync(page);
            var drawer = page.Locator("#fo-drawer");
            var button = page.GetByRole(AriaRole.Button, new() { Name = "Show or hide the menu" });
            await Expect(drawer).ToBeVisibleAsync();
            await Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
            Assert.True(await ContentLeftAsync(page) >= 240, "The page starts under the menu.");

            await button.ClickAsync();
            await Expect(drawer).ToBeHiddenAsync();
            await Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
            await WaitForTransitionsAsync(page);
            Assert.True(await ContentLeftAsync(page) < 100, "The page did not take the width the menu left.");
            await ScreenshotAsync(page, "menu-hidden-desk");

            await button.ClickAsync();
            await Expect(drawer).ToBeVisibleAsync();
            await WaitForTransitionsAsync(page);
            Assert.True(await ContentLeftAsync(page) >= 240, "The page starts under the menu once it is back.");
        });
    }

    [Fact]
    public async Task OnAPhone_TheMenuOpensOverThePage_AndClosesOnceAPageIsChosen()
    {
        await OnPageAsync(Manager, Viewport.Phone, async page =>
        {
            await page.GotoAsync("/maintenance/manager");
            await WaitForInteractiveAsync(page);
            var drawer = page.Locator("#fo-drawer");
            var button = page.GetByRole(AriaRole.Button, new() { Name = "Show or hide the menu" });
            await Expect(drawer).ToBeHiddenAsync();
            await Expect(button).ToHaveAttributeAsync("aria-expanded", "false");

            await button.ClickAsync();
            await Expect(drawer).ToBeVisibleAsync();
            await Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
            await ScreenshotAsync(page, "menu-open-phone");
            await AssertAccessibleAsync(page);

            await drawer.GetByRole(AriaRole.Link, new() { Name = "Maintenance costs" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/maintenance/costs"));
            await Expect(drawer).ToBeHiddenAsync();
            await Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
        });
    }

    private static Task<double> ContentLeftAsync(IPage page) =>
        page.EvaluateAsync<double>("() => document.querySelector('main').getBoundingClientRect().left");
}
