using System.Net;
using System.Text.Json;
using FieldOps.Tests.Support;
using FieldOps.Web.Platform.Api;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FieldOps.Tests.Platform;

public sealed class ApiConventionTests(FieldOpsAppFactory app) : IClassFixture<FieldOpsAppFactory>
{
    public enum Sample
    {
        InProgress,
        WalkIn,
    }

    private sealed record Payload(Sample Status);

    [Theory]
    [InlineData("\"in_progress\"", Sample.InProgress)]
    [InlineData("\"IN_PROGRESS\"", Sample.InProgress)]
    [InlineData("\"walk_in\"", Sample.WalkIn)]
    [InlineData("\"Walk_In\"", Sample.WalkIn)]
    public void Enums_AreLowerSnakeCase_ReadWithoutRegardToCase(string json, Sample expected)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(options);

        Assert.Equal(expected, JsonSerializer.Deserialize<Payload>($"{{\"status\":{json}}}", options)!.Status);
        Assert.Equal("{\"status\":\"in_progress\"}", JsonSerializer.Serialize(new Payload(Sample.InProgress), options));
    }

    [Fact]
    public async Task TheOpenApiDocument_ListsEveryApiEndpoint_WithItsResponses()
    {
        using var client = app.AnonymousClient();
        var document = await client.GetAsync("/openapi/v1.json").JsonOk();
        var paths = document.GetProperty("paths");

        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription != true)
            .Select(e => OpenApiPath(e.RoutePattern.RawText!))
            .Distinct()
            .ToList();

        Assert.NotEmpty(endpoints);
        var missing = endpoints.Where(path => !paths.TryGetProperty(path, out _)).ToList();
        Assert.True(missing.Count == 0, "Not in the OpenAPI document: " + string.Join(", ", missing));
        foreach (var path in paths.EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                Assert.True(operation.Value.TryGetProperty("responses", out var responses) && responses.EnumerateObject().Any(),
                    $"{operation.Name.ToUpperInvariant()} {path.Name} documents no response");
            }
        }
    }

    [Fact]
    public async Task TheApiBrowser_IsServed()
    {
        using var client = app.AnonymousClient();
        var response = await client.GetAsync("/api/docs/index.html").ExpectStatus(HttpStatusCode.OK);
        Assert.Contains("swagger", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ErrorsAreProblemDetails_401_403_404_422()
    {
        using var anonymous = app.AnonymousClient();
        await anonymous.GetAsync("/api/notifications").ExpectStatus(HttpStatusCode.Unauthorized);

        using var technician = await app.ClientAsAsync("technician@garage.demo");
        var forbidden = await technician.GetAsync("/api/users").ExpectStatus(HttpStatusCode.Forbidden);
        Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType?.MediaType);

        var missing = await technician.PostAsync($"/api/notifications/{Guid.NewGuid()}/read", null).ExpectStatus(HttpStatusCode.NotFound);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);

        using var admin = await app.ClientAsAsync("admin@garage.demo");
        var invalid = new StringContent("{\"email\": 42", System.Text.Encoding.UTF8, "application/json");
        await admin.PostAsync("/api/users", invalid).ExpectValidationErrors();
    }

    /// <summary>"/api/jobs/{id:guid}" → "/api/jobs/{id}", as OpenAPI writes paths.</summary>
    private static string OpenApiPath(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route, @"\{([^}:=?]+)[^}]*\}", "{$1}").TrimEnd('/') is var path && path.Length > 0 ? path : "/";
}
