using System.Text.RegularExpressions;

namespace FieldOps.E2E.Pages;

/// <summary>The site manager's intake and jobs board.</summary>
public sealed class SiteManagerPage(IPage page)
{
    public Task GotoAsync() => page.GotoAsync("/workshop/site-manager");

    public async Task ReceiveVehicleAsync(string registration, string owner, string phone, string make, string model, string year, string mileage,
        string stream, string revenue, string issues)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Receive a vehicle" }).ClickAsync();
        var form = page.GetByRole(AriaRole.Region, new() { Name = "Receive a vehicle" });
        await form.GetByLabel("Registration number").FillAsync(registration);
        await form.GetByLabel("Owner's name").FillAsync(owner);
        await form.GetByLabel("Owner's phone").FillAsync(phone);
        await form.GetByLabel("Make").FillAsync(make);
        await form.GetByLabel("Model").FillAsync(model);
        await form.GetByLabel("Year").FillAsync(year);
        await form.GetByLabel("Mileage (km)").FillAsync(mileage);
        await form.GetByLabel("Operations stream").SelectOptionAsync(stream);
        await form.GetByLabel("Revenue stream").SelectOptionAsync(revenue);
        await form.GetByLabel("Issues reported by the owner").FillAsync(issues);
    }

    public Task OpenJobAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Open job", Exact = true }).ClickAsync();

    public async Task AssignInDialogAsync(string technician)
    {
        await page.GetByLabel(new Regex(Regex.Escape(technician))).CheckAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Assign", Exact = true }).ClickAsync();
    }

    public ILocator JobRow(string registration) => page.GetByRole(AriaRole.Row).Filter(new() { HasText = registration });
}

/// <summary>The job page shared by every workshop role.</summary>
public sealed class JobPage(IPage page)
{
    public ILocator Status => page.Locator(".fo-job-status [data-status]");
    public ILocator CompleteButton => page.GetByRole(AriaRole.Button, new() { Name = "Mark job complete" });
    public ILocator NotReady => page.Locator("#complete-blocked");

    public Task ClickAsync(string button) => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    public async Task AddTaskAsync(string taskAction)
    {
        var option = page.GetByLabel("Add a task action").Locator("option").Filter(new() { HasText = taskAction }).First;
        await page.GetByLabel("Add a task action").SelectOptionAsync(new SelectOptionValue { Value = await option.GetAttributeAsync("value") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
    }

    public Task TickOffAsync(string taskAction) => page.GetByRole(AriaRole.Button, new() { Name = $"Tick off {taskAction}" }).ClickAsync();

    public async Task RequestPartAsync(string sku, int quantity)
    {
        // The part picker is a type-ahead: type the SKU, wait until the search has narrowed the list to its one
        // match (the first list shown is the catalogue's start), choose it, and see it chosen.
        // A live update of the job (the task just ticked off) may redraw the list under the tap; a technician taps
        // again, and so does the test, at most three times.
        var picker = page.GetByLabel("Part", new() { Exact = true });
        var chosen = page.GetByTestId("part-chosen");
        for (var attempt = 1; ; attempt++)
        {
            await picker.FillAsync(sku);
            var options = page.Locator(".mud-popover-open .mud-list-item");
            await Expect(options).ToHaveCountAsync(1);
            await Expect(options.First).ToContainTextAsync(sku);
            await options.First.ClickAsync();
            try
            {
                await Expect(chosen).ToContainTextAsync(sku, new() { Timeout = attempt < 3 ? 5_000 : null });
                break;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
        await page.GetByLabel("Quantity").FillAsync(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Request parts" }).ClickAsync();
    }

    public async Task SaveWorkDoneAsync(string text)
    {
        await page.GetByLabel("Work done").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save notes" }).ClickAsync();
    }

    public async Task AnswerDialogAsync(string text, string confirm)
    {
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.Locator("textarea").FillAsync(text);
        await dialog.GetByRole(AriaRole.Button, new() { Name = confirm }).ClickAsync();
    }
}
