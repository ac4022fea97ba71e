using System.Collections.Concurrent;
using FieldOps.Data.Platform;

namespace FieldOps.E2E.Support;

[CollectionDefinition(Name)]
public sealed class E2ECollection : ICollectionFixture<E2EFixture>
{
    public const string Name = "FieldOps in Chromium";
}

/// <summary>One app process and one Chromium for the whole run. Each demo user signs in through the real sign-in page
/// once; later browser contexts reuse that session.</summary>
public sealed class E2EFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, string> _sessions = new();

    public AppServer Server { get; private set; } = default!;
    public IPlaywright? Playwright { get; private set; }
    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Server = await AppServer.StartAsync();
        try
        {
            Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
            Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath(),
                Headless = true,
                Timeout = (float)Timeouts.Action.TotalMilliseconds,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
        }
        catch
        {
            // The app was started: stop it before reporting that the browser could not be.
            await Server.DisposeAsync();
            Playwright?.Dispose();
            throw;
        }
        SetDefaultExpectTimeout((float)Timeouts.Expect.TotalMilliseconds);
    }

    /// <summary>FIELDOPS_CHROMIUM, else Debian's /usr/bin/chromium, else Playwright's own download.</summary>
    private static string? ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable("FIELDOPS_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }
        return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
    }

    public async Task<IBrowserContext> NewContextAsync(Viewport viewport, string? signedInAs = null)
    {
        var options = new BrowserNewContextOptions
        {
            BaseURL = Server.BaseUrl,
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            IsMobile = viewport.IsMobile,
            HasTouch = viewport.IsMobile,
            Locale = "en-GB",
            TimezoneId = "Africa/Nairobi",
        };
        if (signedInAs is not null)
        {
            options.StorageState = await SessionForAsync(signedInAs);
        }
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout((float)Timeouts.Action.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)Timeouts.Action.TotalMilliseconds);
        return context;
    }

    private async Task<string> SessionForAsync(string email)
    {
        if (_sessions.TryGetValue(email, out var state))
        {
            return state;
        }
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.BaseUrl });
        var page = await context.NewPageAsync();
        var login = new Pages.LoginPage(page);
        await login.GotoAsync();
        await login.SignInAsync(email, DemoAccounts.Password);
        await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        state = await context.StorageStateAsync();
        _sessions[email] = state;
        return state;
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (Browser is not null)
            {
                await Browser.DisposeAsync();
            }
            Playwright?.Dispose();
        }
        finally
        {
            await Server.DisposeAsync();
        }
    }
}
