using System.Net;
using FieldOps.Tests.Support;

namespace FieldOps.Tests.Platform;

/// <summary>Every kind of response carries the headers that keep a browser safe; personal answers are never cached.</summary>
public sealed class SecurityHeaderTests(FieldOpsAppFactory app) : IClassFixture<FieldOpsAppFactory>
{
    public static TheoryData<string, bool, bool> Responses() => new()
    {
        // path, signed in (bearer), personal (must not be cached)
        { "/Account/Login", false, true },
        { "/workshop/site-manager", false, false },
        { "/not-found", false, true },
        { "/api/me", true, true },
        { "/api/jobs", false, true },
        { "/api/warehouse/items/00000000-0000-0000-0000-000000000000", true, true },
        { "/health", false, false },
        { "/openapi/v1.json", false, false },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path, bool signedIn, bool personal)
    {
        using var client = signedIn ? await app.ClientAsAsync("warehouse@garage.demo") : app.AnonymousClient();
        var response = await client.GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Matches(@"script-src 'self' 'nonce-[A-Za-z0-9+/=]+';", policy);
        if (personal)
        {
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ThePagesOnlyInlineScript_CarriesTheNonceOfItsPolicy()
    {
        using var client = app.AnonymousClient();
        var response = await client.GetAsync("/Account/Login");
        var html = await response.Content.ReadAsStringAsync();
        var nonce = System.Text.RegularExpressions.Regex.Match(response.Headers.GetValues("Content-Security-Policy").Single(), "'nonce-([^']+)'").Groups[1].Value;
        var inlineScripts = System.Text.RegularExpressions.Regex.Matches(html, "<script(?![^>]*\\bsrc=)[^>]*>").Select(m => m.Value).ToList();
        Assert.NotEmpty(inlineScripts);
        Assert.All(inlineScripts, script => Assert.Contains($"nonce=\"{nonce}\"", script, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SigningOut_TakesAPostWithItsAntiforgeryToken()
    {
        using var client = app.AnonymousClient();
        Assert.NotEqual(HttpStatusCode.Redirect, (await client.GetAsync("/Account/Logout")).StatusCode);
        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
