using System.Text.RegularExpressions;
using FieldOps.E2E.Pages;
using FieldOps.E2E.Support;

namespace FieldOps.E2E.Tests;

/// <summary>The seed's "Testing the System" walk through the dashboards, each step as the right person.</summary>
public sealed class WorkshopWalkTests(E2EFixture fixture) : BrowserTest(fixture)
{
    private const string Registration = "KDZ 555E";

    [Fact]
    public async Task FromVehicleArrivalToPaidInvoice_ThroughTheDashboards()
    {
        string jobUrl = "";

        // Site manager receives the vehicle, opens the job and assigns Peter.
        await OnPageAsync("sitemanager@garage.demo", Viewport.Desktop, async page =>
        {
            var intake = new SiteManagerPage(page);
            await intake.GotoAsync();
            await WaitForInteractiveAsync(page);
            await ScreenshotAsync(page, "workshop-01-site-manager-board");
            await intake.ReceiveVehicleAsync(Registration, "Nyokabi Gathoni", "+254 701 000 555", "Toyota", "Axio", "2016", "123456",
                "Mechanical", "WalkIn", "Brakes squeal when stopping; handbrake weak.");
            await ScreenshotAsync(page, "workshop-02-intake-form");
            await intake.OpenJobAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Assign now" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("Peter Otieno");
            await ScreenshotAsync(page, "workshop-03-assign-dialog");
            await intake.AssignInDialogAsync("Peter Otieno");
            await Expect(intake.JobRow(Registration)).ToContainTextAsync("Peter Otieno");
            await Expect(intake.JobRow(Registration)).ToContainTextAsync("Assigned");
            await AssertAccessibleAsync(page);
        });

        // The technician, on a phone, starts, adds a task, requests parts: completion is blocked, and says why.
        await OnPageAsync("technician@garage.demo", Viewport.Phone, async page =>
        {
            await page.GotoAsync("/workshop/technician");
            await WaitForInteractiveAsync(page);
            var card = page.Locator(".fo-job-card").Filter(new() { HasText = Registration });
            await Expect(card).ToBeVisibleAsync();
            await ScreenshotAsync(page, "workshop-04-technician-jobs-phone");
            await card.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/workshop/jobs/"));
            jobUrl = page.Url;
            await WaitForInteractiveAsync(page);
            var job = new JobPage(page);
            await job.ClickAsync("Start work");
            await Expect(job.Status).ToHaveAttributeAsync("data-status", "InProgress");
            await job.AddTaskAsync("Brake service");
            await job.TickOffAsync("Brake service");
            await job.RequestPartAsync("BRK-PAD-F-TOY", 1);
            await Expect(job.Status).ToHaveAttributeAsync("data-status", "AwaitingParts");
            await Expect(job.CompleteButton).ToBeDisabledAsync();
            await Expect(job.NotReady).ToContainTextAsync("awaiting approval");
            await ScreenshotAsync(page, "workshop-05-job-awaiting-parts-phone");
            await AssertAccessibleAsync(page);
        });

        // The workshop manager approves the request.
        await OnPageAsync("workshopmanager@garage.demo", Viewport.Desktop, async page =>
        {
            await page.GotoAsync("/workshop/manager");
            await WaitForInteractiveAsync(page);
            await ScreenshotAsync(page, "workshop-06-manager-approvals");
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Approve 1 × Brake pads, front, Toyota") }).Last.ClickAsync();
            await Expect(page.GetByText("Approved. The warehouse has been told.")).ToBeVisibleAsync();
            await AssertAccessibleAsync(page);
        });

        // The warehouse issues it; stock goes down.
        await OnPageAsync("warehouse@garage.demo", Viewport.Desktop, async page =>
        {
            await page.GotoAsync("/workshop/warehouse");
            await WaitForInteractiveAsync(page);
            await ScreenshotAsync(page, "workshop-07-warehouse");
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Issue 1 × Brake pads, front, Toyota") }).Last.ClickAsync();
            await Expect(page.GetByText(new Regex("^Issued 1 × Brake pads"))).ToBeVisibleAsync();
            await AssertAccessibleAsync(page);
        });

        // The technician fits the parts, writes up the work and completes the job.
        await OnPageAsync("technician@garage.demo", Viewport.Phone, async page =>
        {
            await page.GotoAsync(jobUrl);
            await WaitForInteractiveAsync(page);
            var job = new JobPage(page);
            await Expect(job.Status).ToHaveAttributeAsync("data-status", "InProgress");
            await job.ClickAsync("Mark fitted");
            await job.SaveWorkDoneAsync("Replaced front pads, adjusted the handbrake, road tested.");
            await Expect(job.CompleteButton).ToBeEnabledAsync();
            await ScreenshotAsync(page, "workshop-08-job-ready-phone");
            await job.CompleteButton.ClickAsync();
            await Expect(job.Status).ToHaveAttributeAsync("data-status", "Completed");
        });

        // The workshop manager reviews and moves it to billing.
        await OnPageAsync("workshopmanager@garage.demo", Viewport.Desktop, async page =>
        {
            await page.GotoAsync(jobUrl);
            await WaitForInteractiveAsync(page);
            var job = new JobPage(page);
            await job.ClickAsync("Confirm work");
            await job.AnswerDialogAsync("Pads and handbrake checked on the ramp.", "Confirm work");
            await Expect(job.Status).ToHaveAttributeAsync("data-status", "ManagerReview");
            await job.ClickAsync("Move to billing");
            await Expect(job.Status).ToHaveAttributeAsync("data-status", "Billing");
            await ScreenshotAsync(page, "workshop-09-job-in-billing");
            await AssertAccessibleAsync(page);
        });

        // Billing issues the invoice automatically, checks the PDF and records the M-PESA payment.
        await OnPageAsync("billing@garage.demo", Viewport.Desktop, async page =>
        {
            await page.GotoAsync("/workshop/billing");
            await WaitForInteractiveAsync(page);
            await ScreenshotAsync(page, "workshop-10-billing");
            await page.Locator(".fo-list-item").Filter(new() { HasText = Registration }).GetByRole(AriaRole.Button, new() { Name = "Invoice" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Expect(dialog).ToContainTextAsync("Brake service");
            await Expect(dialog).ToContainTextAsync("Brake pads, front, Toyota");
            await ScreenshotAsync(page, "workshop-11-invoice-preview");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Issue invoice" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/workshop/invoices/"));
            await WaitForInteractiveAsync(page);
            // The new page renders after the address changes: wait for its heading rather than read the old one.
            var heading = page.Locator("main h1").First;
            await Expect(heading).ToHaveTextAsync(new Regex(@"^\s*INV-\d{4}-\d{4}\s*$"));
            var number = (await heading.TextContentAsync())!.Trim();
            // 3,500 labour + 4,200 pads = 7,700; VAT 16% = 1,232; total 8,932.
            await Expect(page.GetByTestId("invoice-total")).ToHaveTextAsync("KES 8,932.00");

            var pdf = await page.Context.APIRequest.GetAsync(page.Url.Replace("/workshop/invoices/", "/api/billing/invoices/", StringComparison.Ordinal) + "/pdf");
            Assert.Equal("application/pdf", pdf.Headers["content-type"]);
            var text = await PdfText.ExtractAsync(await pdf.BodyAsync());
            Assert.Contains(number, text, StringComparison.Ordinal);
            Assert.Contains("Brake service", text, StringComparison.Ordinal);
            Assert.Contains("KES 8,932.00", text, StringComparison.Ordinal);
            Assert.Contains(Registration, text, StringComparison.Ordinal);

            await page.GetByLabel("Method").SelectOptionAsync("Mpesa");
            await page.GetByLabel(new Regex("^Reference")).FillAsync("QKE2E55501");
            await page.GetByRole(AriaRole.Button, new() { Name = "Mark paid" }).ClickAsync();
            await Expect(page.Locator("header [data-status]")).ToHaveAttributeAsync("data-status", "Paid");
            await ScreenshotAsync(page, "workshop-12-invoice-paid");
            await AssertAccessibleAsync(page);
        });
    }

    [Fact]
    public async Task AUserOfAnotherGarage_CannotOpenThisGaragesJob()
    {
        string jobUrl = "";
        await OnPageAsync("sitemanager@garage.demo", Viewport.Desktop, async page =>
        {
            await page.GotoAsync("/workshop/site-manager");
            await WaitForInteractiveAsync(page);
            jobUrl = (await page.GetByRole(AriaRole.Row).Nth(1).GetByRole(AriaRole.Link).First.GetAttributeAsync("href"))!;
        });
        await OnPageAsync("admin@garage2.demo", Viewport.Desktop, async page =>
        {
            await page.GotoAsync("/" + jobUrl.TrimStart('/'));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Job not found" })).ToBeVisibleAsync();
            await Expect(page.Locator("main")).Not.ToContainTextAsync("KDA");
        });
    }
}
