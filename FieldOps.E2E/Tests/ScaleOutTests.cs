using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FieldOps.Data.Platform;
using FieldOps.E2E.Pages;
using FieldOps.E2E.Support;
using FieldOps.Tests.Support;
using Npgsql;
using Xunit.Abstractions;

namespace FieldOps.E2E.Tests;

/// <summary>
/// Two instances of the real app over one throwaway PostgreSQL database, as a firm runs them behind a load balancer,
/// and the repository's sample nginx configuration in front of them. Instance "a" is started first: it migrates the
/// database and seeds the demo data; "b" then starts on the same database and data folder.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private readonly string _sharedData = Path.Combine(Path.GetTempPath(), "fieldops-e2e", "shared-" + Guid.NewGuid().ToString("N"));
    private PostgresServer? _database;

    public FakeSmtpServer Mail { get; } = new();
    public AppServer A { get; private set; } = default!;
    public AppServer B { get; private set; } = default!;
    public NginxServer Proxy { get; private set; } = default!;

    public string ConnectionString => _database!.ConnectionString("fieldops");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_sharedData);
        _database = await PostgresServer.StartAsync();
        A = await AppServer.StartAsync(Settings("a"));
        B = await AppServer.StartAsync(Settings("b"));
        Proxy = await NginxServer.StartAsync([new Uri(A.BaseUrl), new Uri(B.BaseUrl)]);
    }

    private Dictionary<string, string> Settings(string instance) => new()
    {
        ["FieldOps__InstanceName"] = instance,
        ["FieldOps__DatabaseProvider"] = "PostgreSQL",
        // The application name tells, in pg_stat_activity, which instance holds a connection (and the outbox lease).
        ["ConnectionStrings__FieldOps"] = $"{ConnectionString};Application Name=fieldops-{instance}",
        // Uploaded files live in the data folder, which the instances share (in production: a shared volume).
        ["FieldOps__DataDirectory"] = _sharedData,
        ["FieldOps__Smtp__Host"] = "127.0.0.1",
        ["FieldOps__Smtp__Port"] = Mail.Port.ToString(CultureInfo.InvariantCulture),
        ["FieldOps__Smtp__EnableSsl"] = "false",
        ["FieldOps__Smtp__PollInterval"] = "00:00:01",
        ["FieldOps__Smtp__LeaseRetryInterval"] = "00:00:01",
    };

    public AppServer Instance(string name) => name == "a" ? A : B;

    /// <summary>The instance whose database session holds the outbox lease (an advisory lock), by its application name.</summary>
    public async Task<string?> LeaseHolderAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT DISTINCT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted
            """, connection);
        var holders = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            holders.Add(reader.GetString(0));
        }
        Assert.True(holders.Count <= 1, "More than one instance holds the outbox lease: " + string.Join(", ", holders));
        return holders.Count == 0 ? null : holders[0]["fieldops-".Length..];
    }

    /// <summary>The outbox rows whose body carries <paramref name="marker"/>, and how many of them are marked sent.</summary>
    public async Task<(int Queued, int Sent)> OutboxAsync(string marker)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*), count(*) FILTER (WHERE "Status" = 'Sent') FROM "OutboxMails" WHERE strpos("Body", @marker) > 0
            """, connection);
        command.Parameters.AddWithValue("marker", marker);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
    }

    public string Output => $"--- instance a\n{A?.Output}\n--- instance b\n{B?.Output}\n--- nginx\n{Proxy?.Output}";

    public async Task DisposeAsync()
    {
        try
        {
            if (Proxy is not null)
            {
                await Proxy.DisposeAsync();
            }
            if (B is not null)
            {
                await B.DisposeAsync();
            }
            if (A is not null)
            {
                await A.DisposeAsync();
            }
            NpgsqlConnection.ClearAllPools();
        }
        finally
        {
            await Mail.DisposeAsync();
            if (_database is not null)
            {
                await _database.DisposeAsync();
            }
            try
            {
                Directory.Delete(_sharedData, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS temp cleaner.
            }
        }
    }
}

/// <summary>
/// Scale-out: sign-ins, live updates, the sample load balancer and the e-mail outbox hold across two app instances on
/// one PostgreSQL database.
/// </summary>
public sealed class ScaleOutTests(E2EFixture fixture, TwoInstances instances, ITestOutputHelper output) : BrowserTest(fixture), IClassFixture<TwoInstances>
{
    /// <summary>How soon a change made on one instance must show on a page open on the other: two seconds, as promised;
    /// FIELDOPS_E2E_CROSS_INSTANCE_SECONDS raises it on a machine too busy to keep it.</summary>
    private static readonly TimeSpan CrossInstance = TimeSpan.FromSeconds(
        double.TryParse(Environment.GetEnvironmentVariable("FIELDOPS_E2E_CROSS_INSTANCE_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 2);

    [Fact]
    public async Task ASignInOnOneInstance_HoldsOnTheOther_AndAChangeMadeThroughOneShowsAtOnceOnAPageOpenOnTheOther()
    {
        const string registration = "KDX 214S";
        await RunAsync(async () =>
        {
            // The technician's dashboard is open on instance a.
            await using var technicianContext = await ContextAsync(instances.A.BaseUrl, Viewport.Phone);
            var technician = await SignInAsync(technicianContext, instances.A.BaseUrl, "technician2@garage.demo");
            Assert.Equal("a", await InstanceOfAsync(technician, "/workshop/technician"));
            await WaitForInteractiveAsync(technician);
            var unreadBefore = int.Parse(await technician.GetByTestId("unread-count").TextContentAsync() ?? "0", CultureInfo.InvariantCulture);
            await technician.EvaluateAsync("window.__notReloaded = true");

            // The site manager signs in on instance a, and the same cookie works on instance b, where the job is assigned.
            await using var managerContext = await ContextAsync(instances.B.BaseUrl, Viewport.Desktop);
            var manager = await SignInAsync(managerContext, instances.A.BaseUrl, "sitemanager@garage.demo");
            Assert.Equal("b", await InstanceOfAsync(manager, "/workshop/site-manager"));
            await Expect(manager).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/workshop/site-manager$"));
            await WaitForInteractiveAsync(manager);
            var intake = new SiteManagerPage(manager);
            await intake.ReceiveVehicleAsync(registration, "Two Instances", "+254 700 214 214", "Toyota", "Probox", "2016", "181000",
                "Mechanical", "WalkIn", "Oil change and brake check.");
            await intake.OpenJobAsync();
            await manager.GetByRole(AriaRole.Button, new() { Name = "Assign now" }).ClickAsync();
            await manager.GetByLabel(new System.Text.RegularExpressions.Regex("Grace Wanjiru")).CheckAsync();
            var clock = Stopwatch.StartNew();
            await manager.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Assign", Exact = true }).ClickAsync();

            // Pushed from b to a through PostgreSQL, and rendered on the technician's open page without a reload.
            await Expect(technician.Locator(".fo-job-card").Filter(new() { HasText = registration }))
                .ToBeVisibleAsync(new() { Timeout = (float)CrossInstance.TotalMilliseconds });
            // The dashboard waits for a quarter of a second of quiet before it reloads, so a burst of changes costs one reload.
            output.WriteLine($"The assignment made on b showed on a's open page {clock.ElapsedMilliseconds} ms after the click.");
            await Expect(technician.GetByTestId("unread-count")).ToHaveTextAsync((unreadBefore + 1).ToString(CultureInfo.InvariantCulture));
            Assert.True(await technician.EvaluateAsync<bool>("window.__notReloaded === true"), "The technician's page was reloaded.");
            await Expect(intake.JobRow(registration)).ToContainTextAsync("Grace Wanjiru");
            await ScreenshotAsync(technician, "scale-out-technician-on-a-phone");
        });
    }

    [Fact]
    public async Task TheSampleNginxConfiguration_KeepsEachBrowserOnOneInstance_CarriesTheLiveConnection_AndMovesUsersOffAStoppedInstance()
    {
        await RunAsync(async () =>
        {
            // Each new browser is placed on an instance and stays there; across browsers both instances get users.
            var seen = new HashSet<string>();
            for (var browser = 0; browser < 40 && seen.Count < 2; browser++)
            {
                using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
                {
                    BaseAddress = new Uri(instances.Proxy.BaseUrl),
                    Timeout = Timeouts.Action,
                };
                var first = await InstanceOfAsync(http, "/Account/Login");
                for (var request = 0; request < 4; request++)
                {
                    Assert.Equal(first, await InstanceOfAsync(http, request % 2 == 0 ? "/Account/Login" : "/health/live"));
                }
                seen.Add(first);
            }
            Assert.Equal(new[] { "a", "b" }, seen.Order().ToArray());

            // A whole sign-in and a live dashboard through the proxy: every answer from one instance, the circuit on a WebSocket.
            await using var context = await ContextAsync(instances.Proxy.BaseUrl, Viewport.Desktop);
            var answeredBy = new HashSet<string>();
            var sockets = new List<string>();
            var page = await context.NewPageAsync();
            page.Response += (_, response) =>
            {
                if (response.Headers.TryGetValue("x-fieldops-instance", out var instance))
                {
                    lock (answeredBy)
                    {
                        answeredBy.Add(instance);
                    }
                }
            };
            page.WebSocket += (_, socket) =>
            {
                lock (sockets)
                {
                    sockets.Add(socket.Url);
                }
            };
            var login = new LoginPage(page);
            await login.GotoAsync();
            await login.SignInAsync("technician2@garage.demo", DemoAccounts.Password);
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/workshop/technician$"));
            await WaitForInteractiveAsync(page);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            var home = Assert.Single(answeredBy);
            Assert.Contains(sockets, url => url.StartsWith(instances.Proxy.BaseUrl.Replace("http:", "ws:", StringComparison.Ordinal) + "/_blazor",
                StringComparison.Ordinal));

            // The browser's instance stops. Its open page loses the circuit; a reload is served by the other instance,
            // where the shared key ring keeps the user signed in.
            var stopped = instances.Instance(home);
            await stopped.StopAsync();
            try
            {
                lock (answeredBy)
                {
                    answeredBy.Clear();
                }
                await ReloadThroughReconnectAsync(page);
                await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/workshop/technician$"));
                await WaitForInteractiveAsync(page);
                Assert.Equal(home == "a" ? "b" : "a", Assert.Single(answeredBy));
                await ScreenshotAsync(page, "scale-out-after-failover-desktop");
            }
            finally
            {
                await stopped.RestartAsync();
            }
        });
    }

    /// <summary>Reloads a page whose circuit just died. The reconnect handler reloads the page by itself when the other
    /// instance rejects the circuit, and that reload may interrupt this navigation ("net::ERR_ABORTED", "interrupted by
    /// another navigation") more than once while the proxy moves the browser over. Each time, the handler's reload is
    /// given time to finish (its new document has a live circuit and no reason to reload again), then the page is
    /// loaded once more, until <see cref="Timeouts.Action"/> has passed.</summary>
    private static async Task ReloadThroughReconnectAsync(IPage page)
    {
        var url = page.Url;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await page.GotoAsync(url);
                return;
            }
            catch (PlaywrightException aborted) when (clock.Elapsed < Timeouts.Action && IsInterruptedNavigation(aborted))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
                try
                {
                    await page.WaitForLoadStateAsync(LoadState.Load);
                }
                catch (PlaywrightException stillMoving) when (IsInterruptedNavigation(stillMoving))
                {
                }
            }
        }
    }

    private static bool IsInterruptedNavigation(PlaywrightException exception) =>
        exception.Message.Contains("ERR_ABORTED", StringComparison.Ordinal)
        || exception.Message.Contains("frame was detached", StringComparison.Ordinal)
        || exception.Message.Contains("interrupted by another navigation", StringComparison.Ordinal);

    [Fact]
    public async Task MailQueuedOnBothInstances_IsSentExactlyOnce_AndTheOtherInstanceTakesOverWhenTheSenderDies()
    {
        await RunAsync(async () =>
        {
            // The tenant's bearer token, issued by a, is accepted by b as well.
            using var http = new HttpClient { Timeout = Timeouts.Action };
            var token = await TokenAsync(http, instances.A.BaseUrl, "tenant@properties.demo");

            // 20 requests filed, half through each instance, while both run; each mails the owner and the managers.
            var batch = $"outbox-{Guid.NewGuid():N}"[..20];
            for (var i = 0; i < 20; i++)
            {
                await FileRequestAsync(http, i % 2 == 0 ? instances.A.BaseUrl : instances.B.BaseUrl, token, $"{batch} leak {i}");
            }
            var queued = await AllSentOnceAsync(batch);
            Assert.True(queued >= 20, $"Each of the 20 requests queues at least one mail; {queued} were queued.");

            // The instance holding the outbox lease dies; the other takes the lease and sends what is queued next.
            var holder = await instances.LeaseHolderAsync();
            Assert.NotNull(holder);
            var survivor = holder == "a" ? "b" : "a";
            await instances.Instance(holder).StopAsync();
            try
            {
                var after = $"takeover-{Guid.NewGuid():N}"[..20];
                for (var i = 0; i < 5; i++)
                {
                    await FileRequestAsync(http, instances.Instance(survivor).BaseUrl, token, $"{after} drip {i}");
                }
                await AllSentOnceAsync(after);
                Assert.Equal(survivor, await instances.LeaseHolderAsync());
            }
            finally
            {
                await instances.Instance(holder).RestartAsync();
            }
        });
    }

    /// <summary>Waits until every mail queued with <paramref name="marker"/> is marked sent and received, then checks
    /// for a while that none arrives twice. Returns how many were queued.</summary>
    private async Task<int> AllSentOnceAsync(string marker)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var (queued, sent) = await instances.OutboxAsync(marker);
            if (queued > 0 && sent == queued && Received(marker).Count >= queued)
            {
                break;
            }
            Assert.True(clock.Elapsed < Timeouts.Action, $"{sent} of {queued} mails marked sent and {Received(marker).Count} received after {clock.Elapsed}.");
            await Task.Delay(200);
        }
        output.WriteLine($"{marker}: all sent {clock.ElapsedMilliseconds} ms after the last was queued.");
        // Long enough for a second sender to repeat a mail, were there one (both poll every second).
        await Task.Delay(TimeSpan.FromSeconds(3));
        var (total, _) = await instances.OutboxAsync(marker);
        var received = Received(marker);
        Assert.Equal(total, received.Count);
        Assert.Equal(received.Count, received.Distinct().Count());
        return total;
    }

    /// <summary>Each received mail with the marker, as its recipients and the lines that name the request (each
    /// request's title is unique), so a mail sent twice shows as a repeat whatever its message id.</summary>
    private List<string> Received(string marker) =>
        instances.Mail.Received.Where(m => m.Text.Contains(marker, StringComparison.Ordinal))
            .Select(m => string.Join(",", m.To) + "|" + string.Join("|", m.Text.Split('\n').Where(line => line.Contains(marker, StringComparison.Ordinal))))
            .ToList();

    private static async Task<string> TokenAsync(HttpClient http, string baseUrl, string email)
    {
        var response = await http.PostAsJsonAsync($"{baseUrl}/api/auth/login", new { email, password = DemoAccounts.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task FileRequestAsync(HttpClient http, string baseUrl, string token, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{baseUrl}/api/maintenance/requests")
        {
            Content = JsonContent.Create(new { title, description = "Water drips from the kitchen tap all night.", priority = "medium" }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{baseUrl}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<IBrowserContext> ContextAsync(string baseUrl, Viewport viewport)
    {
        var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            IsMobile = viewport.IsMobile,
            HasTouch = viewport.IsMobile,
            Locale = "en-GB",
            TimezoneId = "Africa/Nairobi",
        });
        context.SetDefaultTimeout((float)Timeouts.Action.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)Timeouts.Action.TotalMilliseconds);
        return context;
    }

    /// <summary>Signs in through the sign-in page of the instance at <paramref name="signInAt"/>.</summary>
    private static async Task<IPage> SignInAsync(IBrowserContext context, string signInAt, string email)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{signInAt}/Account/Login");
        await new LoginPage(page).SignInAsync(email, DemoAccounts.Password);
        await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        return page;
    }

    private static async Task<string?> InstanceOfAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        return await response.HeaderValueAsync("x-fieldops-instance");
    }

    private static async Task<string> InstanceOfAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(response.Headers.GetValues("X-FieldOps-Instance"));
    }

    /// <summary>Runs the steps; when one fails, the instances' and the proxy's logs are saved beside the traces.</summary>
    private async Task RunAsync(Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch
        {
            await File.WriteAllTextAsync(Path.Combine(Artifacts.Traces, "scale-out-output.log"), instances.Output);
            throw;
        }
    }
}
