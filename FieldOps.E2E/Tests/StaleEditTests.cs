using FieldOps.E2E.Support;

namespace FieldOps.E2E.Tests;

/// <summary>Two people edit the same record at once: the second save is refused with "someone else changed this",
/// nothing of the first person's change is overwritten, and what the second person typed stays in their form.</summary>
public sealed class StaleEditTests(E2EFixture fixture) : BrowserTest(fixture)
{
    private const string Item = "Wiper blade 22 inch";

    [Fact]
    public async Task TheSecondSaveOfTheSameItem_IsTold_SomeoneElseChangedIt()
    {
        await using var secondContext = await Fixture.NewContextAsync(Viewport.Phone, "admin@garage.demo");
        var second = await secondContext.NewPageAsync();
        await OpenEditorAsync(second);

        await OnPageAsync("warehouse@garage.demo", Viewport.Desktop, async first =>
        {
            await OpenEditorAsync(first);
            await first.Locator("#item-location").FillAsync("Shelf A1");
            await first.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
            await Expect(first.GetByText("Item saved.")).ToBeVisibleAsync();
        });

        await second.Locator("#item-location").FillAsync("Shelf B9");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(second.GetByText("Someone else changed this", new() { Exact = false }).First).ToBeVisibleAsync();
        // The dialog stays open with what was typed, so nothing is lost while the user decides.
        await Expect(second.Locator("#item-location")).ToHaveValueAsync("Shelf B9");
        await ScreenshotAsync(second, "stale-edit-refused-phone");
        Assert.True(await second.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"),
            "The page is wider than the phone.");

        // Reloading shows the first person's change.
        await second.ReloadAsync();
        await OpenEditorAsync(second);
        await Expect(second.Locator("#item-location")).ToHaveValueAsync("Shelf A1");
    }

    private static async Task OpenEditorAsync(IPage page)
    {
        await page.GotoAsync("/workshop/warehouse");
        await WaitForInteractiveAsync(page);
        await page.Locator("#stock-search").FillAsync("WIPER-22");
        var edit = page.GetByRole(AriaRole.Button, new() { Name = $"Edit {Item}" });
        await Expect(edit).ToHaveCountAsync(1);
        await edit.ClickAsync();
        await Expect(page.Locator("#item-location")).ToBeVisibleAsync();
    }
}
