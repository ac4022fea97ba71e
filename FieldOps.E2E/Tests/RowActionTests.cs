using System.Text.RegularExpressions;
using FieldOps.E2E.Support;

namespace FieldOps.E2E.Tests;

/// <summary>
/// Row buttons that are static markup answered by one handler per list (RowActions): each must act on its own row,
/// by mouse and by keyboard, on the desktop and on a phone's card layout.
/// </summary>
public sealed class RowActionTests(E2EFixture fixture) : BrowserTest(fixture)
{
    private const string Item = "Blade fuse assortment";

    [Fact]
    public async Task AWarehouseRowsButtons_ActOnThatItem_AndReceivingStockShowsInTheRow()
    {
        await OnPageAsync("warehouse@garage.demo", Viewport.Desktop, async page =>
        {
            await page.GotoAsync("/workshop/warehouse");
            await WaitForInteractiveAsync(page);
            await page.Locator("#stock-search").FillAsync("FUSE-KIT");
            var row = page.Locator("tbody tr").Filter(new() { HasText = Item });
            await Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
            var before = int.Parse(Regex.Match(await row.Locator("td[data-label='In stock']").InnerTextAsync(), @"\d+").Value);

            // A click elsewhere in the row does nothing; the buttons open their own dialog for this item.
            await row.Locator("td[data-label='Bin']").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);

            await page.GetByRole(AriaRole.Button, new() { Name = $"History of {Item}" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync($"{Item} (FUSE-KIT)");
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Close") }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);

            // By keyboard: focus the button and press Enter.
            await page.GetByRole(AriaRole.Button, new() { Name = $"Receive {Item}" }).FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Expect(dialog).ToContainTextAsync($"Receive {Item}");
            await dialog.Locator("#receive-quantity").FillAsync("3");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Receive", Exact = true }).ClickAsync();
            await Expect(dialog).ToHaveCountAsync(0);
            await Expect(row.Locator("td[data-label='In stock']")).ToContainTextAsync((before + 3).ToString(System.Globalization.CultureInfo.InvariantCulture));
            await AssertAccessibleAsync(page);
        });
    }

    [Fact]
    public async Task TheIntakeListsAssignButton_OpensTheAssignDialog_ForThatJob_OnAPhone()
    {
        await OnPageAsync("sitemanager@garage.demo", Viewport.Phone, async page =>
        {
            await page.GotoAsync("/workshop/site-manager");
            await WaitForInteractiveAsync(page);
            var assign = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(Assign|Reassign) ") }).First;
            var jobNumber = Regex.Match(await assign.GetAttributeAsync("aria-label") ?? "", @"\S+$").Value;
            await assign.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync($"Assign job {jobNumber}");
            await ScreenshotAsync(page, "workshop-assign-from-list-phone");
        });
    }
}
