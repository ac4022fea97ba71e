using FieldOps.Data.Contracting;
using FieldOps.Data.Workshop;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Users;
using FieldOps.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FieldOps.Tests.Platform;

/// <summary>Sessions per OWASP ASVS level 2: access taken away ends at once, refresh tokens work once, sign-in
/// gives no account away, passwords are judged by length and commonness, not by composition.</summary>
public sealed class SessionSecurityTests(FieldOpsAppFactory app) : IClassFixture<FieldOpsAppFactory>
{
    private const string NewPassword = "gravel road under the baobab";

    private async Task<(string Id, string Email)> NewUserAsync(string role = WorkshopRoles.WarehouseManager)
    {
        var email = $"person-{Guid.NewGuid():N}@garage.demo";
        using var admin = await app.ClientAsAsync("admin@garage.demo");
        var created = await (await admin.PostAsJsonAsync("/api/users", new { email, displayName = "Temporary Person", password = NewPassword, roles = new[] { role } })
            .ExpectStatus(HttpStatusCode.Created)).Json();
        return (created.GetProperty("id").GetString()!, email);
    }

    private async Task<JsonElement> LoginAsync(string email, string password = NewPassword)
    {
        using var anonymous = app.AnonymousClient();
        return await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password }).JsonOk();
    }

    private HttpClient Bearer(string token)
    {
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Polls until the token is refused: revocation must take effect within seconds, not an hour.</summary>
    private static async Task AssertRevokedWithinSecondsAsync(HttpClient client)
    {
        var clock = Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            status = (await client.GetAsync("/api/warehouse/items")).StatusCode;
            if (status == HttpStatusCode.Unauthorized)
            {
                break;
            }
            await Task.Delay(250);
        }
        while (clock.Elapsed < TimeSpan.FromSeconds(15));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.True(clock.Elapsed < BearerRevocationLimit, $"Revocation took {clock.Elapsed}.");
    }

    private static readonly TimeSpan BearerRevocationLimit = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ATokenStopsWorking_WhenTheAdminLocksTheAccount()
    {
        var (id, email) = await NewUserAsync();
        using var client = Bearer((await LoginAsync(email)).GetProperty("accessToken").GetString()!);
        await client.GetAsync("/api/warehouse/items").ExpectStatus(HttpStatusCode.OK);

        using var admin = await app.ClientAsAsync("admin@garage.demo");
        await admin.PostAsync($"/api/users/{id}/lock", null).ExpectStatus(HttpStatusCode.NoContent);
        await AssertRevokedWithinSecondsAsync(client);
    }

    [Fact]
    public async Task ATokenStopsWorking_WhenTheRolesChange()
    {
        var (id, email) = await NewUserAsync();
        using var client = Bearer((await LoginAsync(email)).GetProperty("accessToken").GetString()!);
        await client.GetAsync("/api/warehouse/items").ExpectStatus(HttpStatusCode.OK);

        using var admin = await app.ClientAsAsync("admin@garage.demo");
        await admin.PutAsJsonAsync($"/api/users/{id}/roles", new { roles = new[] { WorkshopRoles.Technician } }).ExpectStatus(HttpStatusCode.NoContent);
        await AssertRevokedWithinSecondsAsync(client);
    }

    [Fact]
    public async Task ATokenStopsWorking_WhenThePasswordChanges()
    {
        var (id, email) = await NewUserAsync();
        using var client = Bearer((await LoginAsync(email)).GetProperty("accessToken").GetString()!);
        await client.GetAsync("/api/warehouse/items").ExpectStatus(HttpStatusCode.OK);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByIdAsync(id);
            var changed = await users.ChangePasswordAsync(user!, NewPassword, "a different phrase entirely");
            Assert.True(changed.Succeeded, string.Join(" ", changed.Errors.Select(e => e.Description)));
        }
        await AssertRevokedWithinSecondsAsync(client);
    }

    [Fact]
    public async Task ARefreshTokenWorksOnce_AndItsReuseEndsEverySessionOfTheAccount()
    {
        var (_, email) = await NewUserAsync();
        var login = await LoginAsync(email);
        var refreshToken = login.GetProperty("refreshToken").GetString();
        using var anonymous = app.AnonymousClient();

        var renewed = await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken }).JsonOk();
        using var client = Bearer(renewed.GetProperty("accessToken").GetString()!);
        await client.GetAsync("/api/warehouse/items").ExpectStatus(HttpStatusCode.OK);

        // The same refresh token again: refused, and the tokens it led to are revoked too.
        await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken }).ExpectStatus(HttpStatusCode.Unauthorized);
        await AssertRevokedWithinSecondsAsync(client);
        await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = renewed.GetProperty("refreshToken").GetString() })
            .ExpectStatus(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnUnknownAddress_TakesAsLongToRefuse_AsAWrongPassword()
    {
        using var anonymous = app.AnonymousClient();
        async Task<double> MedianAsync(string email)
        {
            var times = new List<double>();
            for (var i = 0; i < 7; i++)
            {
                var clock = Stopwatch.StartNew();
                await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = $"not the password {i}" }).ExpectStatus(HttpStatusCode.Unauthorized);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            return times.Order().ElementAt(times.Count / 2);
        }
        var (_, existing) = await NewUserAsync();
        await MedianAsync("nobody-at-all@garage.demo"); // warm up
        var unknown = await MedianAsync("nobody-at-all@garage.demo");
        var wrong = await MedianAsync(existing);
        // Hashing dominates both (a wrong password also records the failure); without the decoy hash an unknown
        // address answered some 25 times faster.
        Assert.True(unknown > wrong * 0.25, $"Unknown address {unknown:F0} ms, wrong password {wrong:F0} ms.");
    }

    [Theory]
    [InlineData("Password123!")]
    [InlineData("qwertyuiop12")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    public async Task ACommonPassword_IsRefused_WhateverItsComposition(string password)
    {
        using var admin = await app.ClientAsAsync("admin@garage.demo");
        var errors = await admin.PostAsJsonAsync("/api/users",
            new { email = $"p-{Guid.NewGuid():N}@garage.demo", displayName = "Common Password", password, roles = new[] { WorkshopRoles.Technician } })
            .ExpectValidationErrors();
        Assert.True(errors.TryGetProperty("password", out _), errors.ToString());
    }

    [Fact]
    public async Task ALongPassphrase_IsAccepted_WithoutDigitsOrCapitals_AndAVeryLongOneIsNot()
    {
        using var admin = await app.ClientAsAsync("admin@garage.demo");
        await admin.PostAsJsonAsync("/api/users", new
        {
            email = $"p-{Guid.NewGuid():N}@garage.demo", displayName = "Passphrase", password = "correct horse battery", roles = new[] { WorkshopRoles.Technician },
        }).ExpectStatus(HttpStatusCode.Created);
        await admin.PostAsJsonAsync("/api/users", new
        {
            email = $"p-{Guid.NewGuid():N}@garage.demo", displayName = "Too Long", password = new string('x', 60) + new string('y', 69), roles = new[] { WorkshopRoles.Technician },
        }).ExpectValidationErrors();
    }

    [Fact]
    public async Task AnAddressOfAnotherOrganization_Is422_WithTheSameWordsAsAnyTakenAddress()
    {
        using var admin = await app.ClientAsAsync("admin@garage.demo");
        var other = await admin.PostAsJsonAsync("/api/users", new
        {
            email = "contractor@contracting.demo", displayName = "Copy", password = NewPassword, roles = new[] { WorkshopRoles.Technician },
        }).ExpectValidationErrors();
        var own = await admin.PostAsJsonAsync("/api/users", new
        {
            email = "technician@garage.demo", displayName = "Copy", password = NewPassword, roles = new[] { WorkshopRoles.Technician },
        }).ExpectValidationErrors();
        Assert.Equal(own.GetProperty("email").ToString(), other.GetProperty("email").ToString());
    }

    [Fact]
    public async Task AGarageAdmin_CannotGiveRolesOfModulesTheGarageDoesNotUse()
    {
        using var admin = await app.ClientAsAsync("admin@garage.demo");
        var errors = await admin.PostAsJsonAsync("/api/users", new
        {
            email = $"p-{Guid.NewGuid():N}@garage.demo", displayName = "Not Here", password = NewPassword, roles = new[] { ContractingRoles.Contractor },
        }).ExpectValidationErrors();
        Assert.True(errors.TryGetProperty("roles", out _));
        var technicianId = (await admin.GetAsync("/api/users?role=Technician").JsonOk()).EnumerateArray().First().GetProperty("id").GetString();
        await admin.PutAsJsonAsync($"/api/users/{technicianId}/roles", new { roles = new[] { ContractingRoles.Contractor } }).ExpectValidationErrors();
    }

    [Fact]
    public async Task ACookieSignedInBrowser_CannotWriteThroughTheApiWithoutTheAntiforgeryToken()
    {
        var (_, email) = await NewUserAsync();
        using var browser = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var cookieLogin = await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = NewPassword });
        cookieLogin.EnsureSuccessStatusCode();
        await browser.GetAsync("/api/notifications").ExpectStatus(HttpStatusCode.OK);
        // A cross-site form would post like this: form-encoded, no token.
        await browser.PostAsync("/api/notifications/read-all", new FormUrlEncodedContent([])).ExpectStatus(HttpStatusCode.Forbidden);
    }
}

/// <summary>Guessing passwords from one address meets 429 with Retry-After.</summary>
public sealed class SignInRateLimitTests(RateLimitedAppFactory app) : IClassFixture<RateLimitedAppFactory>
{
    [Fact]
    public async Task RepeatedFailedSignIns_FromOneClient_Meet429_WithRetryAfter()
    {
        using var client = app.AnonymousClient();
        HttpResponseMessage? limited = null;
        for (var attempt = 0; attempt < RateLimitedAppFactory.PermitsPerMinute + 5 && limited is null; attempt++)
        {
            var response = await client.PostAsJsonAsync("/api/auth/login", new { email = $"guess{attempt}@garage.demo", password = "guessing-again" });
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
            else
            {
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            }
        }
        Assert.NotNull(limited);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 without Retry-After.");
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task BehindALoadBalancer_EachUsersForwardedAddress_HasItsOwnAllowance()
    {
        // All users reach the app from the proxy's address; the proxy names each one in X-Forwarded-For.
        using var guesser = app.AnonymousClient();
        guesser.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.10");
        var limited = false;
        for (var attempt = 0; attempt < RateLimitedAppFactory.PermitsPerMinute + 5 && !limited; attempt++)
        {
            var response = await guesser.PostAsJsonAsync("/api/auth/login", new { email = $"proxied{attempt}@garage.demo", password = "guessing-again" });
            limited = response.StatusCode == HttpStatusCode.TooManyRequests;
        }
        Assert.True(limited, "The guessing user was never limited.");

        using var colleague = app.AnonymousClient();
        colleague.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.11");
        var signIn = await colleague.PostAsJsonAsync("/api/auth/login", new { email = "technician@garage.demo", password = DemoAccounts.Password });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }
}
