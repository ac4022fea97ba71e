using System.Text.RegularExpressions;

namespace FieldOps.E2E.Pages;

/// <summary>The contractor's workspace: the log and expense forms and the balance card.</summary>
public sealed class ContractorWorkspacePage(IPage page)
{
    public ILocator Balance => page.GetByTestId("balance-due");
    public ILocator ExpensesApproved => page.GetByTestId("expenses-approved");

    public Task GotoAsync() => page.GotoAsync("/contracting/workspace");

    public async Task SubmitLogAsync(int workers, string summary)
    {
        await page.GetByRole(AriaRole.Tab, new() { Name = "Daily log" }).ClickAsync();
        await page.GetByLabel("Workers on site").FillAsync(workers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Work done").FillAsync(summary);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit daily log" }).ClickAsync();
    }

    public async Task FillExpenseAsync(string category, string amount, string description, string receiptName, byte[] receipt)
    {
        await page.GetByRole(AriaRole.Tab, new() { Name = "Expense claim" }).ClickAsync();
        await page.GetByLabel("Category").SelectOptionAsync(category);
        await page.GetByLabel(new Regex("^Amount")).FillAsync(amount);
        await page.GetByLabel("What was it for?").FillAsync(description);
        await page.GetByLabel("Receipt photo").SetInputFilesAsync(new FilePayload { Name = receiptName, MimeType = "image/png", Buffer = receipt });
    }

    public Task SubmitExpenseAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Submit claim" }).ClickAsync();
}

/// <summary>The admin's review queues.</summary>
public sealed class ContractingAdminPage(IPage page)
{
    public Task GotoAsync() => page.GotoAsync("/contracting/admin");

    public ILocator LogWith(string text) => page.GetByRole(AriaRole.List, new() { Name = "Daily logs to review" }).Locator("li").Filter(new() { HasText = text });

    public ILocator ExpenseWith(string text) =>
        page.GetByRole(AriaRole.List, new() { Name = "Expense claims to review" }).Locator("li").Filter(new() { HasText = text });
}
