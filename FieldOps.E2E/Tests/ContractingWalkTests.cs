using System.Globalization;
using System.Text.RegularExpressions;
using FieldOps.E2E.Pages;
using FieldOps.E2E.Support;

namespace FieldOps.E2E.Tests;

/// <summary>The contractor's week: a log and a claim filed from a phone, reviewed and paid by the admin, and the
/// contractor seeing the money arrive.</summary>
public sealed class ContractingWalkTests(E2EFixture fixture) : BrowserTest(fixture)
{
    private const string Contractor = "contractor@contracting.demo";
    private const string Admin = "admin@contracting.demo";

    /// <summary>A small PNG standing in for a receipt photo.</summary>
    private static readonly byte[] ReceiptPhoto = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task AContractorsLogAndClaim_AreApproved_AVoucherIsPaid_AndTheContractorSeesTheNewBalanceAndThePdf()
    {
        var stamp = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        var summary = $"Column casting C7–C9, level 3 ({stamp})";
        var claim = $"Diesel for the poker vibrator ({stamp})";
        string[] moreLogs = [$"Stripped formwork, level 2 ({stamp})", $"Cured slab, level 3 ({stamp})"];
        decimal balanceBefore = 0, claimsBefore = 0;

        // The contractor files a daily log and an expense with its receipt photo, on a phone.
        await OnPageAsync(Contractor, Viewport.Phone, async page =>
        {
            var workspace = new ContractorWorkspacePage(page);
            await workspace.GotoAsync();
            await WaitForInteractiveAsync(page);
            await Expect(page.Locator("main h1")).ToHaveTextAsync("Mutua Building Works");
            balanceBefore = Amount(await workspace.Balance.TextContentAsync());
            claimsBefore = Amount(await workspace.ExpensesApproved.TextContentAsync());
            await ScreenshotAsync(page, "contracting-01-contractor-workspace-phone");
            await AssertAccessibleAsync(page);

            // Today and the last project are already filled in: a log is two fields and a tap.
            await Expect(page.GetByLabel("Date of the work")).ToHaveValueAsync(new Regex(@"^\d{4}-\d{2}-\d{2}$"));
            await Expect(page.GetByRole(AriaRole.Tabpanel, new() { Name = "Daily log" }).GetByLabel("Project")).Not.ToHaveValueAsync("");
            await workspace.SubmitLogAsync(7, summary);
            await Expect(page.GetByText("Daily log submitted. You will be told when it is reviewed.")).ToBeVisibleAsync();
            foreach (var more in moreLogs)
            {
                await workspace.SubmitLogAsync(5, more);
                await Expect(page.GetByLabel("Work done")).ToHaveValueAsync("");
            }

            // A claim half typed, then the page reloaded: the form is drawn when its tab opens, with the claim back.
            await page.GetByRole(AriaRole.Tab, new() { Name = "Expense claim" }).ClickAsync();
            await page.GetByLabel("What was it for?").FillAsync(claim);
            await page.GetByLabel("What was it for?").PressAsync("Tab");
            await page.WaitForFunctionAsync("() => Object.keys(sessionStorage).some(key => key.endsWith(':expense-claim'))");
            await page.ReloadAsync();
            await WaitForInteractiveAsync(page);
            await page.GetByRole(AriaRole.Tab, new() { Name = "Expense claim" }).ClickAsync();
            await Expect(page.GetByLabel("What was it for?")).ToHaveValueAsync(claim);

            await workspace.FillExpenseAsync("Fuel", "2400", claim, "receipt.png", ReceiptPhoto);
            await ScreenshotAsync(page, "contracting-02-expense-form-phone");
            await AssertAccessibleAsync(page);
            await workspace.SubmitExpenseAsync();
            await Expect(page.GetByText("Expense claim submitted. You will be told when it is reviewed.")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.List, new() { Name = "Recent activity" })).ToContainTextAsync("Fuel claim: KES 2,400.00");

            await page.GotoAsync("/contracting/expenses");
            await WaitForInteractiveAsync(page);
            var item = page.Locator(".fo-list-item").Filter(new() { HasText = claim });
            await Expect(item).ToContainTextAsync("Pending review");
            await Expect(item).ToContainTextAsync("1 receipt");
            await ScreenshotAsync(page, "contracting-03-my-claims-phone");
        });

        // The admin approves both, then pays the voucher that is waiting for payment.
        string voucherNumber = "";
        decimal voucherTotal = 0;
        await OnPageAsync(Admin, Viewport.Desktop, async page =>
        {
            var admin = new ContractingAdminPage(page);
            await admin.GotoAsync();
            await WaitForInteractiveAsync(page);
            await Expect(admin.LogWith(summary)).ToBeVisibleAsync();
            await ScreenshotAsync(page, "contracting-04-admin-review-queues");
            await AssertAccessibleAsync(page);

            await admin.LogWith(summary).GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = false }).ClickAsync();
            await Expect(page.GetByText("Log approved.")).ToBeVisibleAsync();
            await Expect(admin.LogWith(summary)).ToHaveCountAsync(0);

            // Two more approved together: one box ticked by mouse, one from the keyboard, which stays on its box.
            var approveSelected = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Approve selected \(\d+\)") }).First;
            await admin.LogWith(moreLogs[0]).GetByRole(AriaRole.Checkbox).CheckAsync();
            await Expect(approveSelected).ToHaveTextAsync(new Regex(@"Approve selected \(1\)", RegexOptions.IgnoreCase));
            var secondBox = admin.LogWith(moreLogs[1]).GetByRole(AriaRole.Checkbox);
            await secondBox.FocusAsync();
            await page.Keyboard.PressAsync("Space");
            await Expect(approveSelected).ToHaveTextAsync(new Regex(@"Approve selected \(2\)", RegexOptions.IgnoreCase));
            await Expect(secondBox).ToBeFocusedAsync();
            await Expect(secondBox).ToBeCheckedAsync();
            await Expect(admin.LogWith(moreLogs[0]).GetByRole(AriaRole.Checkbox)).ToBeCheckedAsync();
            await approveSelected.ClickAsync();
            await Expect(page.GetByText("2 daily logs approved.")).ToBeVisibleAsync();
            foreach (var more in moreLogs)
            {
                await Expect(admin.LogWith(more)).ToHaveCountAsync(0);
            }
            await admin.ExpenseWith(claim).GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Approve") }).ClickAsync();
            await Expect(page.GetByText("Claim approved and entered in the ledger.")).ToBeVisibleAsync();

            await page.GotoAsync("/contracting/admin/vouchers?status=approved");
            await WaitForInteractiveAsync(page);
            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Mutua Building Works" }).First;
            await ScreenshotAsync(page, "contracting-05-admin-vouchers-to-pay");
            await row.GetByRole(AriaRole.Link).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/contracting/admin/vouchers/"));
            await Expect(page.Locator("main h1")).ToHaveTextAsync(new Regex(@"^PV-\d{4}-\d{4}$"));
            await WaitForInteractiveAsync(page);
            voucherNumber = (await page.Locator("main h1").TextContentAsync())!.Trim();
            voucherTotal = Amount(await page.GetByTestId("voucher-total").TextContentAsync());
            await page.GetByLabel("Method").SelectOptionAsync("Bank transfer");
            await page.GetByLabel("Reference").FillAsync($"EFT-{stamp}");
            await ScreenshotAsync(page, "contracting-06-admin-voucher-payment");
            await AssertAccessibleAsync(page);
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Mark paid") }).ClickAsync();
            await Expect(page.GetByText("Paid. The payment is in the contractor's ledger.")).ToBeVisibleAsync();
            await Expect(page.Locator("main header [data-status]")).ToHaveAttributeAsync("data-status", "Paid");
        });

        // The contractor sees the payment in the balance and opens the voucher's PDF.
        await OnPageAsync(Contractor, Viewport.Phone, async page =>
        {
            var workspace = new ContractorWorkspacePage(page);
            await workspace.GotoAsync();
            await WaitForInteractiveAsync(page);
            await Expect(workspace.Balance).ToHaveTextAsync(Money(balanceBefore + voucherTotal));
            // The approved claim is counted beside the balance, not in it.
            await Expect(workspace.ExpensesApproved).ToHaveTextAsync(Money(claimsBefore + 2_400m));
            await ScreenshotAsync(page, "contracting-07-contractor-balance-after-payment-phone");

            await page.GotoAsync("/contracting/ledger");
            await WaitForInteractiveAsync(page);
            await Expect(page.Locator("tr").Filter(new() { HasText = $"EFT-{stamp}" })).ToContainTextAsync("+" + Money(voucherTotal));
            await ScreenshotAsync(page, "contracting-08-contractor-ledger-phone");
            await AssertAccessibleAsync(page);

            await page.GotoAsync("/contracting/vouchers");
            await WaitForInteractiveAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = voucherNumber, Exact = true }).ClickAsync();
            await Expect(page.Locator("main h1")).ToHaveTextAsync(voucherNumber);
            await WaitForInteractiveAsync(page);
            await Expect(page.Locator("main header [data-status]")).ToHaveAttributeAsync("data-status", "Paid");
            await ScreenshotAsync(page, "contracting-09-contractor-voucher-phone");
            var href = await page.GetByTestId("voucher-pdf").GetAttributeAsync("href");
            // Links are relative to the document base ("/"), as the browser resolves them.
            var pdf = await page.Context.APIRequest.GetAsync(new Uri(new Uri(page.Url), "/" + href).ToString());
            Assert.Equal("application/pdf", pdf.Headers["content-type"]);
            var text = await PdfText.ExtractAsync(await pdf.BodyAsync());
            Assert.Contains(voucherNumber, text, StringComparison.Ordinal);
            Assert.Contains("Mutua Building Works", text, StringComparison.Ordinal);
            Assert.Contains(Money(voucherTotal), text, StringComparison.Ordinal);
            Assert.Contains($"PAID", text, StringComparison.Ordinal);
            Assert.Contains($"EFT-{stamp}", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task TheAdminLinksAPortalAccount_AndThatPersonSeesTheCompanysWorkspace()
    {
        await OnPageAsync("unlinked@contracting.demo", Viewport.Phone, async page =>
        {
            await page.GotoAsync("/contracting/workspace");
            await WaitForInteractiveAsync(page);
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("No company linked yet.");
            await ScreenshotAsync(page, "contracting-10-unlinked-contractor-phone");
        });

        await OnPageAsync(Admin, Viewport.Desktop, async page =>
        {
            await page.GotoAsync("/contracting/admin/subcontractors");
            await WaitForInteractiveAsync(page);
            await ScreenshotAsync(page, "contracting-11-admin-subcontractors");
            await AssertAccessibleAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Link account to Kamau Steel Fixers" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByLabel("Contractor account").SelectOptionAsync(new SelectOptionValue { Label = "Kevin Omondi (unlinked@contracting.demo)" });
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Link account" }).ClickAsync();
            await Expect(page.Locator(".fo-list-item").Filter(new() { HasText = "Kamau Steel Fixers" })).ToContainTextAsync("Portal: Kevin Omondi");

            await page.GotoAsync("/contracting/admin");
            await WaitForInteractiveAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = "Subcontractors and ledgers" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Ledger of Mutua Building Works" }).ClickAsync();
            await WaitForInteractiveAsync(page);
            await Expect(page.GetByTestId("balance-due")).Not.ToBeEmptyAsync();
            await ScreenshotAsync(page, "contracting-12-admin-ledger");
            await AssertAccessibleAsync(page);
        });

        await OnPageAsync("unlinked@contracting.demo", Viewport.Phone, async page =>
        {
            await page.GotoAsync("/contracting/workspace");
            await WaitForInteractiveAsync(page);
            await Expect(page.Locator("main h1")).ToHaveTextAsync("Kamau Steel Fixers");
            await Expect(page.GetByTestId("balance-due")).ToHaveTextAsync("KES 0.00");
        });
    }

    private static decimal Amount(string? text) =>
        decimal.Parse(Regex.Replace(text ?? "", "[^0-9.]", ""), NumberStyles.Number, CultureInfo.InvariantCulture);

    private static string Money(decimal amount) => "KES " + amount.ToString("N2", CultureInfo.InvariantCulture);
}
