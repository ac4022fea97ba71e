using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FieldOps.Data.Platform;
using FieldOps.Tests.Support;

namespace FieldOps.Tests.Platform;

public sealed class AuthenticationApiTests(FieldOpsAppFactory app) : IClassFixture<FieldOpsAppFactory>
{
    public static TheoryData<string> DemoEmails() => new(DemoAccounts.Users.Select(u => u.Email));

    [Theory]
    [MemberData(nameof(DemoEmails))]
    public async Task EveryDemoUser_CanLogIn_AndSeesTheirOrganizationAndRoles(string email)
    {
        var demo = DemoAccounts.Users.Single(u => u.Email == email);
        using var anonymous = app.AnonymousClient();

        var login = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = DemoAccounts.Password }).JsonOk();
        Assert.Equal("Bearer", login.GetProperty("tokenType").GetString());
        Assert.True(login.GetProperty("expiresIn").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(login.GetProperty("refreshToken").GetString()));

        using var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        var me = await client.GetAsync("/api/me").JsonOk();

        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal(demo.Organization, me.GetProperty("organization").GetProperty("name").GetString());
        Assert.Equal(demo.Roles.Order(), me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).Order());
    }

    [Fact]
    public async Task Me_WithoutAToken_Is401ProblemDetails()
    {
        using var client = app.AnonymousClient();
        var response = await client.GetAsync("/api/me").ExpectStatus(HttpStatusCode.Unauthorized);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Me_WithAForgedToken_Is401()
    {
        using var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8-not-a-real-token");
        await client.GetAsync("/api/me").ExpectStatus(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Login_WithAWrongPassword_Is401()
    {
        using var client = app.AnonymousClient();
        await client.PostAsJsonAsync("/api/auth/login", new { email = "billing@garage.demo", password = "not-the-password" })
            .ExpectStatus(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Registration_IsNotOffered()
    {
        using var client = app.AnonymousClient();
        await client.PostAsJsonAsync("/api/auth/register", new { email = "intruder@example.com", password = DemoAccounts.Password })
            .ExpectStatus(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Health_AnswersWhenTheDatabaseDoes()
    {
        using var client = app.AnonymousClient();
        var response = await client.GetAsync("/health").ExpectStatus(HttpStatusCode.OK);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        // For a load balancer: ready when the database answers, live while the process does.
        Assert.Equal("Healthy", await (await client.GetAsync("/health/ready").ExpectStatus(HttpStatusCode.OK)).Content.ReadAsStringAsync());
        Assert.Equal("Healthy", await (await client.GetAsync("/health/live").ExpectStatus(HttpStatusCode.OK)).Content.ReadAsStringAsync());
    }
}

/// <summary>Lockout gets its own app so the locked account does not disturb other tests.</summary>
public sealed class LockoutTests(FieldOpsAppFactory app) : IClassFixture<FieldOpsAppFactory>
{
    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenAgainstTheRightPassword()
    {
        using var client = app.AnonymousClient();
        const string email = "warehouse@garage.demo";

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await client.PostAsJsonAsync("/api/auth/login", new { email, password = $"wrong-password-{attempt}" })
                .ExpectStatus(HttpStatusCode.Unauthorized);
        }

        var locked = await client.PostAsJsonAsync("/api/auth/login", new { email, password = DemoAccounts.Password })
            .ExpectStatus(HttpStatusCode.Unauthorized);
        // To an anonymous caller a locked account answers exactly as an unknown one: nothing gives it away.
        var unknown = await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@garage.demo", password = DemoAccounts.Password })
            .ExpectStatus(HttpStatusCode.Unauthorized);
        Assert.Equal(ProblemWithoutTrace(await unknown.Content.ReadAsStringAsync()), ProblemWithoutTrace(await locked.Content.ReadAsStringAsync()));
        Assert.DoesNotContain("Locked", await locked.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    private static string ProblemWithoutTrace(string json) => System.Text.RegularExpressions.Regex.Replace(json, "\"traceId\":\"[^\"]*\"", "");

    [Fact]
    public async Task FourWrongPasswords_StillLetTheRightOneIn()
    {
        using var client = app.AnonymousClient();
        const string email = "billing@garage.demo";
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await client.PostAsJsonAsync("/api/auth/login", new { email, password = "wrong" }).ExpectStatus(HttpStatusCode.Unauthorized);
        }
        await client.PostAsJsonAsync("/api/auth/login", new { email, password = DemoAccounts.Password }).ExpectStatus(HttpStatusCode.OK);
    }
}
