using System.Text.RegularExpressions;
using FieldOps.E2E.Support;

namespace FieldOps.E2E.Tests;

/// <summary>
/// Seed 003's budget and cost analytics and seed 002's views, in the browser: a landlord lowers their monthly budget
/// and is warned before approving a quote that would pass it; the manager reads the views with filters and downloads
/// them; the cost charts and their PDF report.
/// </summary>
public sealed class MaintenanceAnalyticsTests(E2EFixture fixture) : BrowserTest(fixture)
{
    private const string Landlord2 = "landlord2@properties.demo";
    private const string Manager = "manager@properties.demo";

    [Fact]
    public async Task ALandlordLowersTheirBudget_AndIsWarnedBeforeApprovingAQuoteThatWouldPassIt()
    {
        await OnPageAsync(Landlord2, Viewport.Desktop, async page =>
        {
            await page.GotoAsync("/maintenance/landlord");
            await WaitForInteractiveAsync(page);
            var card = page.Locator(".fo-budget");
            await Expect(card).ToContainTextAsync("50,000");
            // The thresholds and budgets have a page of their own, linked from the dashboard.
            await page.GetByRole(AriaRole.Link, new() { Name = "Thresholds and budgets" }).First.ClickAsync();
            await Expect(page.Locator("main h1")).ToHaveTextAsync("Thresholds and budgets");
            await WaitForInteractiveAsync(page);
            await Commit(page.GetByLabel(new Regex("^Monthly maintenance budget")), "20000");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save my thresholds and budget" }).ClickAsync();
            await Expect(page.GetByText("Your thresholds and budget are saved")).ToBeVisibleAsync();
            await ScreenshotAsync(page, "budget-00-landlord-settings");
            await page.GetByRole(AriaRole.Link, new() { Name = "Back to my properties" }).ClickAsync();
            await Expect(page.Locator("main h1")).ToHaveTextAsync("My properties");
            await Expect(card).ToContainTextAsync("20,000");
            await card.ScrollIntoViewIfNeededAsync();
            await ScreenshotAsync(page, "budget-01-landlord-card");

            await page.GetByRole(AriaRole.Link, new() { Name = "Replace corroded water pipes" }).First.ClickAsync();
            await Expect(page.Locator("main h1")).ToHaveTextAsync("Replace corroded water pipes");
            await WaitForInteractiveAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Approve XYZ Services" }).ClickAsync();
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();

            // Seed 003: "Approving pending will exceed budget" — the figures, before any money is committed.
            var warning = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "Over the monthly budget" });
            await Expect(warning).ToContainTextAsync("This month's budget is KES 20,000.00");
            await Expect(warning).ToContainTextAsync("Approving KES 22,000.00 leaves −KES");
            await ScreenshotAsync(page, "budget-02-over-budget-warning");
            await AssertAccessibleAsync(page);
            await warning.GetByRole(AriaRole.Button, new() { Name = "Approve over budget" }).ClickAsync();
            await Expect(page.GetByText("XYZ Services approved. Work can begin.")).ToBeVisibleAsync();
            await Expect(page.Locator(".fo-job-header [data-status='Approved']")).ToBeVisibleAsync();

            // Back to the seeded budget, for the page review.
            await page.GotoAsync("/maintenance/landlord/settings");
            await WaitForInteractiveAsync(page);
            await Commit(page.GetByLabel(new Regex("^Monthly maintenance budget")), "50000");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save my thresholds and budget" }).ClickAsync();
            await Expect(page.GetByText("Your thresholds and budget are saved")).ToBeVisibleAsync();
            await page.GotoAsync("/maintenance/landlord");
            await Expect(page.Locator(".fo-budget")).ToContainTextAsync("50,000");
        });
    }

    [Fact]
    public async Task TheManagerReadsAViewWithFilters_DownloadsIt_AndTheCostReport()
    {
        await OnPageAsync(Manager, Viewport.Desktop, async page =>
        {
            await page.GotoAsync("/maintenance/analytics");
            await WaitForInteractiveAsync(page);
            await Expect(page.Locator("table[data-view='active_maintenance_orders'] tbody tr").First).ToBeVisibleAsync();
            await page.Locator("#analytics-view").SelectOptionAsync(new SelectOptionValue { Label = "Estimate, budget and cost" });
            await Expect(page.Locator("table[data-view='maintenance_expense_correlation']")).ToBeVisibleAsync();
            await page.Locator("#analytics-property").SelectOptionAsync(new SelectOptionValue { Label = "Riverside Court" });
            await Expect(page).ToHaveURLAsync(new Regex("view=maintenance_expense_correlation.*propertyId=[0-9a-f-]{36}"));
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Property: Riverside Court" })).ToBeVisibleAsync();
            var rows = await page.Locator("table[data-view='maintenance_expense_correlation'] tbody tr td:first-child").AllInnerTextsAsync();
            Assert.NotEmpty(rows);
            await ScreenshotAsync(page, "analytics-01-view-with-filters");
            await AssertAccessibleAsync(page);

            // The downloads carry the filters on screen: the CSV has exactly the rows shown.
            var csv = await DownloadAsync(page, "CSV");
            Assert.Contains("propertyId=", csv.Url);
            var lines = (await csv.TextAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("Request,Title,Property", lines[0]);
            Assert.Equal(rows.Select(r => r.Trim()), lines.Skip(1).Select(l => l.Split(',')[0]));
            var pdf = await DownloadAsync(page, "PDF");
            var pdfBytes = await pdf.BodyAsync();
            await File.WriteAllBytesAsync(Path.Combine(Artifacts.Screenshots, "analytics-view-report.pdf"), pdfBytes);
            var text = await PdfText.ExtractAsync(pdfBytes);
            Assert.Contains("Property: Riverside Court", text, StringComparison.Ordinal);
            Assert.All(rows, number => Assert.Contains(number.Trim(), text, StringComparison.Ordinal));

            await page.GotoAsync("/maintenance/costs");
            await WaitForInteractiveAsync(page);
            await Expect(page.Locator(".fo-chart svg").First).ToBeVisibleAsync();
            await Expect(page.Locator(".fo-chart")).ToHaveCountAsync(6);
            await ScreenshotAsync(page, "analytics-02-cost-charts");
            await AssertAccessibleAsync(page);
            var report = await DownloadAsync(page, "PDF report");
            var reportBytes = await report.BodyAsync();
            await File.WriteAllBytesAsync(Path.Combine(Artifacts.Screenshots, "analytics-cost-report.pdf"), reportBytes); // kept for review
            var reportText = await PdfText.ExtractAsync(reportBytes);
            foreach (var heading in new[] { "1. Monthly trend", "2. Category breakdown", "3. Cost per property", "4. Vendor performance", "5. Estimate accuracy",
                "6. Budget utilisation" })
            {
                Assert.Contains(heading, reportText, StringComparison.Ordinal);
            }
        });

        await OnPageAsync(Manager, Viewport.Phone, async page =>
        {
            await page.GotoAsync("/maintenance/analytics?view=monthly_expense_budget");
            await WaitForInteractiveAsync(page);
            await Expect(page.Locator("table[data-view='monthly_expense_budget']")).ToBeVisibleAsync();
            await ScreenshotAsync(page, "analytics-03-monthly-budget-phone");
            await page.GotoAsync("/maintenance/costs");
            await WaitForInteractiveAsync(page);
            await Expect(page.Locator(".fo-chart svg").First).ToBeVisibleAsync();
            await ScreenshotAsync(page, "analytics-04-cost-charts-phone");
            Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - 390") <= 0, "The charts page is wider than the phone.");
        });
    }

    /// <summary>Fetches what a download link points at, as the browser would (signed in), from its resolved address.</summary>
    private static async Task<IAPIResponse> DownloadAsync(IPage page, string linkName)
    {
        var href = await page.GetByRole(AriaRole.Link, new() { Name = linkName, Exact = true }).GetAttributeAsync("href");
        var response = await page.Context.APIRequest.GetAsync(new Uri(new Uri(page.Url), href!).ToString());
        Assert.Equal(200, response.Status);
        return response;
    }
}
