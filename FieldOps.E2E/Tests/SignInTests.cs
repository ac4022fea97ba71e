using System.Text.RegularExpressions;
using FieldOps.Data.Platform;
using FieldOps.E2E.Pages;
using FieldOps.E2E.Support;

namespace FieldOps.E2E.Tests;

public sealed class SignInTests(E2EFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string, string> DemoUsers() => new()
    {
        { "admin@garage.demo", "/workshop/admin" },
        { "sitemanager@garage.demo", "/workshop/site-manager" },
        { "technician@garage.demo", "/workshop/technician" },
        { "technician2@garage.demo", "/workshop/technician" },
        { "workshopmanager@garage.demo", "/workshop/manager" },
        { "warehouse@garage.demo", "/workshop/warehouse" },
        { "billing@garage.demo", "/workshop/billing" },
        { "admin@garage2.demo", "/workshop/admin" },
        { "technician@garage2.demo", "/workshop/technician" },
        { "admin@contracting.demo", "/contracting/admin" },
        { "contractor@contracting.demo", "/contracting/workspace" },
        { "contractor2@contracting.demo", "/contracting/workspace" },
        { "unlinked@contracting.demo", "/contracting/workspace" },
    };

    [Theory]
    [MemberData(nameof(DemoUsers))]
    public async Task EveryDemoUser_SignsInThroughTheRealPage_AndLandsOnTheirDashboard(string email, string dashboard)
    {
        var demo = DemoAccounts.Users.Single(u => u.Email == email);
        var shotName = email.Split('@')[0] + "-" + demo.Organization.Replace(' ', '-').ToLowerInvariant();

        await OnPageAsync(null, Viewport.Desktop, async page =>
        {
            var login = new LoginPage(page);
            await login.GotoAsync();
            await login.SignInAsync(email, DemoAccounts.Password);

            await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(dashboard) + "$"));
            var shell = new Shell(page);
            await Expect(shell.Organization).ToHaveTextAsync(demo.Organization);
            await WaitForInteractiveAsync(page);
            await ScreenshotAsync(page, $"dashboard-{shotName}-desktop");
        });

        await OnPageAsync(email, Viewport.Phone, async page =>
        {
            await page.GotoAsync(dashboard);
            await WaitForInteractiveAsync(page);
            await Expect(new Shell(page).Heading).ToBeVisibleAsync();
            await ScreenshotAsync(page, $"dashboard-{shotName}-phone");
        });
    }

    [Fact]
    public async Task AWrongPassword_ExplainsWhatToDo_AndStaysOnTheSignInPage()
    {
        await OnPageAsync(null, Viewport.Phone, async page =>
        {
            var login = new LoginPage(page);
            await login.GotoAsync();
            await AssertAccessibleAsync(page);
            await login.SignInAsync("sitemanager@garage.demo", "not-the-password");

            await Expect(login.Error).ToContainTextAsync("do not match an account");
            await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
            await Expect(login.Email).ToHaveValueAsync("sitemanager@garage.demo");
            await ScreenshotAsync(page, "sign-in-error-phone");
        });
    }

    [Fact]
    public async Task SigningOut_EndsTheSession()
    {
        await OnPageAsync(null, Viewport.Desktop, async page =>
        {
            var login = new LoginPage(page);
            await login.GotoAsync();
            await login.SignInAsync("billing@garage.demo", DemoAccounts.Password);
            await WaitForInteractiveAsync(page);

            await new Shell(page).SignOutButton.ClickAsync();
            await Expect(page.GetByText("You have signed out.")).ToBeVisibleAsync();

            await page.GotoAsync("/workshop/billing");
            await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        });
    }

    [Fact]
    public async Task AUserWithoutTheRole_IsToldTheyHaveNoAccess()
    {
        await OnPageAsync("technician@garage.demo", Viewport.Desktop, async page =>
        {
            await page.GotoAsync("/workshop/billing");
            await Expect(page).ToHaveURLAsync(new Regex("/Account/AccessDenied"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Access denied" })).ToBeVisibleAsync();
        });
    }
}
