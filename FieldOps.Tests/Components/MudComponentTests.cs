using FieldOps.Data.Contracting;
using System.Security.Claims;
using Bunit;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using FieldOps.Web.Components.Layout;
using FieldOps.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace FieldOps.Tests.Components;

/// <summary>The shared pieces built on MudBlazor: the menu, the dialog plumbing every dialog goes through, and the
/// mapping from a grid's page and sort to a database query.</summary>
public sealed class MudComponentTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();

    public MudComponentTests()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddScoped<AppDialogs>();
        // Every FieldOps component reads the viewer's time zone and the clock.
        _context.Services.AddSingleton<FieldOps.Data.Platform.ICurrentUser>(FieldOps.Data.Platform.SystemCurrentUser.Instance);
        _context.Services.AddSingleton(TimeProvider.System);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose asynchronously.
    public async Task DisposeAsync() => await _context.DisposeAsync();

    private static ClaimsPrincipal SignedIn(OrganizationModules modules, params string[] roles) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, "someone@example.test"),
                new Claim(FieldOpsClaimTypes.Modules, ((int)modules).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                .. roles.Select(role => new Claim(ClaimTypes.Role, role)),
            ], "Test"));

    private IRenderedComponent<NavMenu> Menu(ClaimsPrincipal user) => _context.Render<NavMenu>(p => p.Add(c => c.User, user));

    [Fact]
    public void TheMenu_ListsTheRolesPagesAsRealLinks_AndNothingElse()
    {
        var menu = Menu(SignedIn(OrganizationModules.Contracting, ContractingRoles.Contractor));

        var links = menu.FindAll("nav[aria-label=Pages] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["contracting/workspace", "contracting/logs", "contracting/expenses", "contracting/vouchers", "contracting/ledger",
            "contracting/materials", "notifications"], links);
    }

    [Fact]
    public void TheMenu_HighlightsOneEntryAtATime_ADashboardOnlyOnItsOwnPage()
    {
        var navigation = _context.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("contracting/admin/subcontractors");
        var menu = Menu(SignedIn(OrganizationModules.Contracting, Roles.Admin));

        var active = menu.FindAll("nav[aria-label=Pages] a.active").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["contracting/admin/subcontractors"], active);
        Assert.Equal("page", menu.Find("a.active").GetAttribute("aria-current"));

        // The highlight follows the user: on a subcontractor's ledger the subcontractors entry stays highlighted, and
        // back on the dashboard only the dashboard is.
        navigation.NavigateTo("contracting/admin/subcontractors/7/ledger");
        menu.WaitForAssertion(() => Assert.Equal(["contracting/admin/subcontractors"],
            menu.FindAll("nav a.active").Select(a => a.GetAttribute("href")).ToList()));
        navigation.NavigateTo("contracting/admin");
        menu.WaitForAssertion(() => Assert.Equal(["contracting/admin"], menu.FindAll("nav a.active").Select(a => a.GetAttribute("href")).ToList()));
    }

    [Fact]
    public void TheMenu_ShowsNoPagesOfAModuleTheOrganizationDoesNotUse()
    {
        var links = Menu(SignedIn(OrganizationModules.Workshop, Roles.Admin, ContractingRoles.Contractor)).FindAll("nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("workshop/admin", links);
        Assert.DoesNotContain(links, l => l!.StartsWith("contracting", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheThemeStylesheet_IsMudBlazorsForEachMode_MadeOnceAndSharedByEveryTab()
    {
        _context.Services.AddSingleton<ThemeStylesheets>();
        var light = _context.Render<SharedThemeProvider>(p => p.Add(c => c.IsDarkMode, false));
        var dark = _context.Render<SharedThemeProvider>(p => p.Add(c => c.IsDarkMode, true));
        var anotherTab = _context.Render<SharedThemeProvider>(p => p.Add(c => c.IsDarkMode, false));

        light.WaitForAssertion(() => Assert.Contains("--mud-palette-primary: rgba(31,78,121,1);", light.Markup, StringComparison.Ordinal));
        dark.WaitForAssertion(() => Assert.Contains("--mud-palette-primary: rgba(158,203,245,1);", dark.Markup, StringComparison.Ordinal));
        var stylesheets = _context.Services.GetRequiredService<ThemeStylesheets>();
        Assert.Same(await stylesheets.ForAsync(false), await stylesheets.ForAsync(false));
        anotherTab.WaitForAssertion(() => Assert.Equal(light.Markup, anotherTab.Markup));
    }

    [Fact]
    public async Task ADialog_ReturnsWhatItsBodyClosedWith()
    {
        var provider = _context.Render<MudDialogProvider>();
        var dialogs = _context.Services.GetRequiredService<AppDialogs>();

        var answer = provider.InvokeAsync(() => ReasonDialog.AskAsync(dialogs, "Reject this claim", "Why?", "Reject claim", Color.Error));
        provider.WaitForElement("textarea#reason-text").Input("  Receipt is unreadable  ");
        provider.Find("form").Submit();

        Assert.Equal("Receipt is unreadable", await answer);
        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll(".mud-dialog")));
    }

    [Fact]
    public async Task ADialog_AsksAgain_WhenARequiredReasonIsMissing_AndGivesNothingWhenCancelled()
    {
        var provider = _context.Render<MudDialogProvider>();
        var dialogs = _context.Services.GetRequiredService<AppDialogs>();

        var answer = provider.InvokeAsync(() => ReasonDialog.AskAsync(dialogs, "Return for rework", "What needs redoing?", "Return"));
        provider.WaitForElement("form").Submit();
        Assert.Equal("Give a reason.", provider.Find("[role=alert]").TextContent);
        Assert.False(answer.IsCompleted);

        provider.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();
        Assert.Null(await answer);
    }

    [Fact]
    public void AGridsPageAndSort_BecomeADatabaseQuery_WithTheColumnAsTheSortKey()
    {
        var state = new GridState<object>
        {
            Page = 3,
            PageSize = 20,
            SortDefinitions = [new SortDefinition<object>("RegistrationNumber", true, 0, _ => "")],
        };
        var request = state.ToListRequest(" KDA ");

        Assert.Equal(new ListRequest(60, 20, "registrationNumber", true, "KDA"), request);
        Assert.False(state.IsFirstPage());
        Assert.True(new GridState<object> { Page = 0, PageSize = 20 }.IsFirstPage());
    }
}
