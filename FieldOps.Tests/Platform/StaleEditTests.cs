using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FieldOps.Data.Contracting;
using FieldOps.Data.Workshop;
using FieldOps.Tests.Contracting;
using FieldOps.Tests.Support;
using FieldOps.Tests.Workshop;
using W = FieldOps.Tests.Workshop.WorkshopScenario;
using C = FieldOps.Tests.Contracting.ContractingScenario;

namespace FieldOps.Tests.Platform;

/// <summary>
/// An edit made from a stale copy is refused: every editable record's GET carries its version as the ETag, and a
/// change sent with that ETag in If-Match after someone else's change gets 412 with nothing saved.
/// </summary>
public sealed class StaleEditTests(FieldOpsAppFactory app) : IClassFixture<FieldOpsAppFactory>
{
    [Fact]
    public async Task AWarehouseItem_SecondPatchWithTheSameETag_Is412_AndTheFirstChangeStays()
    {
        var item = await new WorkshopScenario(app).ItemAsync(5);
        var warehouse = await app.ClientAsAsync(W.Warehouse);
        var etag = await ETagAsync(warehouse, $"/api/warehouse/items/{item.Id}");

        var first = await PatchAsync(warehouse, $"/api/warehouse/items/{item.Id}", etag, new { name = "Brake pads (front)" });
        var second = await PatchAsync(warehouse, $"/api/warehouse/items/{item.Id}", etag, new { unitPrice = 1 });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(etag, first.Headers.ETag?.Tag);
        await AssertPreconditionFailedAsync(second);
        var now = await warehouse.GetAsync($"/api/warehouse/items/{item.Id}").JsonOk();
        Assert.Equal("Brake pads (front)", now.GetProperty("name").GetString());
        Assert.Equal(item.UnitPrice, now.GetProperty("unitPrice").GetDecimal());
        Assert.Equal(first.Headers.ETag?.Tag, $"\"{now.GetProperty("version").GetInt32()}\"");
    }

    [Fact]
    public async Task TwoPatchesAtOnce_WithTheSameETag_OneWins_TheOtherIs412()
    {
        var item = await new WorkshopScenario(app).ItemAsync(5);
        var warehouse = await app.ClientAsAsync(W.Warehouse);
        var etag = await ETagAsync(warehouse, $"/api/warehouse/items/{item.Id}");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            PatchAsync(warehouse, $"/api/warehouse/items/{item.Id}", etag, new { location = $"Shelf {i}" })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
    }

    [Fact]
    public async Task WithoutIfMatch_ThePatchApplies_AndAMalformedIfMatchNeverMatches()
    {
        var item = await new WorkshopScenario(app).ItemAsync(5);
        var warehouse = await app.ClientAsAsync(W.Warehouse);

        var plain = await warehouse.PatchAsJsonAsync($"/api/warehouse/items/{item.Id}", new { location = "Bay 2" });
        var malformed = await PatchAsync(warehouse, $"/api/warehouse/items/{item.Id}", "\"not-a-version\"", new { location = "Bay 3" });

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        await AssertPreconditionFailedAsync(malformed);
        Assert.Equal("Bay 2", (await warehouse.GetAsync($"/api/warehouse/items/{item.Id}").JsonOk()).GetProperty("location").GetString());
    }

    [Fact]
    public async Task AJobsNotes_SavedFromAStaleCopy_Are412_AndTheFirstNotesStay()
    {
        var job = await new WorkshopScenario(app).JobAsync(JobStatus.InProgress);
        var peter = await app.ClientAsAsync(W.Peter);
        var etag = await ETagAsync(peter, $"/api/jobs/{job}");

        var first = await PatchAsync(peter, $"/api/jobs/{job}", etag, new { workDone = "Replaced the brake pads." });
        var second = await PatchAsync(peter, $"/api/jobs/{job}", etag, new { workDone = "Only checked the brakes." });
        var staleMove = await peter.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/jobs/{job}/complete")
        {
            Headers = { IfMatch = { new System.Net.Http.Headers.EntityTagHeaderValue(etag) } },
        });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertPreconditionFailedAsync(second);
        await AssertPreconditionFailedAsync(staleMove);
        var now = await peter.GetAsync($"/api/jobs/{job}").JsonOk();
        Assert.Equal("Replaced the brake pads.", now.GetProperty("workDone").GetString());
        Assert.Equal("in_progress", now.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AVouchersLines_EditedFromAStaleCopy_Are412_AndTheFirstLinesStay()
    {
        var scenario = new ContractingScenario(app);
        var company = await scenario.CompanyOfAsync(C.Mutua);
        var voucher = await scenario.VoucherAsync(company.Id, VoucherStatus.Draft, 500m);
        var admin = await app.ClientAsAsync(C.Admin);
        var etag = await ETagAsync(admin, $"/api/admin/vouchers/{voucher.Id}");

        var first = await PutLinesAsync(admin, voucher.Id, etag, "Plastering, level 2", 3);
        var second = await PutLinesAsync(admin, voucher.Id, etag, "Plastering, level 3", 5);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertPreconditionFailedAsync(second);
        var now = await admin.GetAsync($"/api/admin/vouchers/{voucher.Id}").JsonOk();
        var line = Assert.Single(now.GetProperty("lines").EnumerateArray());
        Assert.Equal("Plastering, level 2", line.GetProperty("description").GetString());
        Assert.Equal(1_500m, now.GetProperty("total").GetDecimal());
    }

    private static async Task<string> ETagAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var etag = response.Headers.ETag?.Tag ?? throw new Xunit.Sdk.XunitException($"{url} has no ETag");
        var version = (await response.Json()).GetProperty("version").GetInt32();
        Assert.Equal($"\"{version}\"", etag);
        return etag;
    }

    private static Task<HttpResponseMessage> PatchAsync(HttpClient client, string url, string etag, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> PutLinesAsync(HttpClient client, Guid voucherId, string etag, string description, int quantity)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/admin/vouchers/{voucherId}/lines")
        {
            Content = JsonContent.Create(new { lines = new[] { new { description, quantity, rate = 500 } } }),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        return client.SendAsync(request);
    }

    private static async Task AssertPreconditionFailedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(412, problem.GetProperty("status").GetInt32());
        Assert.Contains("Someone else changed this", problem.GetProperty("detail").GetString());
    }
}
