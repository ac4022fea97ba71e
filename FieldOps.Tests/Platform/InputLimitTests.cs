using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FieldOps.Tests.Support;

namespace FieldOps.Tests.Platform;

/// <summary>Implausible numbers, dates and texts are refused with field errors (422) before any arithmetic, and
/// nothing is saved: no overflow ever reaches a 500.</summary>
public sealed class InputLimitTests(FieldOpsAppFactory app) : IClassFixture<FieldOpsAppFactory>
{
    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
    private static readonly string LastWeek = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-6)).ToString("yyyy-MM-dd");
    private static readonly string Megabyte = new('n', 1_000_000);

    private async Task<Guid> CompanyIdAsync(HttpClient admin) =>
        (await admin.GetAsync("/api/admin/subcontractors").JsonOk()).EnumerateArray()
            .First(c => c.GetProperty("companyName").GetString() == "Mutua Building Works").GetProperty("id").GetGuid();

    private static async Task<int> TotalAsync(HttpClient client, string path) => (await client.GetAsync(path).JsonOk()).GetProperty("total").GetInt32();

    [Theory]
    [InlineData(1e21, 1e8)]
    [InlineData(100_001, 1)]
    [InlineData(1, 100_000_001)]
    public async Task AVoucherLine_BeyondItsLimits_Is422_AndNothingIsDrafted(double quantity, double rate)
    {
        using var admin = await app.ClientAsAsync("admin@contracting.demo");
        var before = await TotalAsync(admin, "/api/admin/vouchers?pageSize=1");
        var errors = await admin.PostAsJsonAsync("/api/admin/vouchers", new
        {
            subcontractorId = await CompanyIdAsync(admin), periodStart = LastWeek, periodEnd = Today,
            lines = new[] { new { description = "Overflow", quantity = (decimal)quantity, rate = (decimal)rate } },
        }).ExpectValidationErrors();
        Assert.NotEmpty(errors.EnumerateObject());
        Assert.Equal(before, await TotalAsync(admin, "/api/admin/vouchers?pageSize=1"));
    }

    [Fact]
    public async Task AVoucherTotal_OfMoreThanTheDocumentLimit_IsImpossible()
    {
        using var admin = await app.ClientAsAsync("admin@contracting.demo");
        var lines = Enumerable.Range(0, 200).Select(i => new { description = $"Line {i}", quantity = 100_000m, rate = 100_000_000m }).ToArray();
        await admin.PostAsJsonAsync("/api/admin/vouchers", new { subcontractorId = await CompanyIdAsync(admin), periodStart = LastWeek, periodEnd = Today, lines })
            .ExpectValidationErrors();
    }

    [Theory]
    [InlineData("0001-01-01", "9999-12-31")]
    [InlineData("1900-01-01", "1900-01-07")]
    [InlineData("2099-01-01", "2099-01-07")]
    public async Task AVoucherPeriod_OutsideAPlausibleWindow_Is422(string from, string to)
    {
        using var admin = await app.ClientAsAsync("admin@contracting.demo");
        await admin.PostAsJsonAsync("/api/admin/vouchers", new
        {
            subcontractorId = await CompanyIdAsync(admin), periodStart = from, periodEnd = to,
            lines = new[] { new { description = "Work", quantity = 1m, rate = 100m } },
        }).ExpectValidationErrors();
    }

    [Theory]
    [InlineData("2099-01-01", "mpesa", "RKX81QW0ZP")]
    [InlineData("1900-01-01", "mpesa", "RKX81QW0ZP")]
    [InlineData(null, "cash", "LONG")]
    public async Task APayment_WithAnImplausibleDate_OrAnOverlongCashReference_Is422_AndTheVoucherStaysUnpaid(string? paidOn, string method, string reference)
    {
        using var admin = await app.ClientAsAsync("admin@contracting.demo");
        var voucher = await (await admin.PostAsJsonAsync("/api/admin/vouchers", new
        {
            subcontractorId = await CompanyIdAsync(admin), periodStart = LastWeek, periodEnd = Today,
            lines = new[] { new { description = "Work", quantity = 1m, rate = 100m } },
        }).ExpectStatus(HttpStatusCode.Created)).Json();
        var id = voucher.GetProperty("id").GetGuid();
        await admin.PostAsync($"/api/admin/vouchers/{id}/submit", null).ExpectStatus(HttpStatusCode.OK);
        await admin.PostAsync($"/api/admin/vouchers/{id}/approve", null).ExpectStatus(HttpStatusCode.OK);

        await admin.PostAsJsonAsync($"/api/admin/vouchers/{id}/pay", new
        {
            paidOn = paidOn ?? Today, method, reference = reference == "LONG" ? new string('R', 5_000) : reference,
        }).ExpectValidationErrors();
        Assert.Equal("approved", (await admin.GetAsync($"/api/admin/vouchers/{id}").JsonOk()).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("/api/contractor/daily-logs", "logDate")]
    [InlineData("/api/contractor/expenses", "expenseDate")]
    public async Task AContractorsRecord_DatedLongAgo_Is422(string path, string field)
    {
        using var contractor = await app.ClientAsAsync("contractor@contracting.demo");
        var errors = await contractor.PostAsJsonAsync(path, new Dictionary<string, object>
        {
            [field] = "1900-01-01", ["workSummary"] = "Old work", ["category"] = "fuel", ["amount"] = 100m, ["description"] = "Old diesel",
        }).ExpectValidationErrors();
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }

    [Fact]
    public async Task AStockCount_CanNeverOverflow()
    {
        using var warehouse = await app.ClientAsAsync("warehouse@garage.demo");
        var item = (await warehouse.GetAsync("/api/warehouse/items?search=BRK-PAD-F-TOY").JsonOk()).GetProperty("items")[0];
        var id = item.GetProperty("id").GetGuid();
        var before = item.GetProperty("quantity").GetInt32();

        await warehouse.PostAsJsonAsync($"/api/warehouse/items/{id}/adjust", new { quantityChange = int.MaxValue, reason = "Overflow" }).ExpectValidationErrors();
        await warehouse.PostAsJsonAsync($"/api/warehouse/items/{id}/adjust", new { quantityChange = 10_000_000 - before, reason = "Up to the limit" })
            .ExpectStatus(HttpStatusCode.OK);
        await warehouse.PostAsJsonAsync($"/api/warehouse/items/{id}/receive", new { quantity = 1 }).ExpectValidationErrors();
        Assert.Equal(10_000_000, (await warehouse.GetAsync($"/api/warehouse/items/{id}").JsonOk()).GetProperty("quantity").GetInt32());
        await warehouse.PostAsJsonAsync($"/api/warehouse/items/{id}/adjust", new { quantityChange = before - 10_000_000, reason = "Back" })
            .ExpectStatus(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/api/jobs?page=2147483647")]
    [InlineData("/api/jobs?page=0")]
    [InlineData("/api/jobs?pageSize=100000")]
    [InlineData("/api/jobs?page=102")]
    [InlineData("/api/jobs?page=12&pageSize=200")]
    [InlineData("/api/notifications?page=102")]
    [InlineData("/api/jobs?after=bm90LWEtY3Vyc29y")]
    [InlineData("/api/jobs?page=2&after=MTIz")]
    public async Task APageBeyondThePlausible_Is422_NotTheFirstPage(string path)
    {
        using var manager = await app.ClientAsAsync("workshopmanager@garage.demo");
        await manager.GetAsync(path).ExpectValidationErrors();
    }

    [Theory]
    [InlineData("/api/jobs?page=101")] // 2,000 items deep: the last page offset paging serves
    [InlineData("/api/jobs?page=11&pageSize=200")]
    public async Task TheDeepestOffsetPage_IsServed(string path)
    {
        using var manager = await app.ClientAsAsync("workshopmanager@garage.demo");
        var page = await manager.GetAsync(path).JsonOk();
        Assert.Empty(page.GetProperty("items").EnumerateArray());
        Assert.False(page.GetProperty("totalIsAtLeast").GetBoolean());
    }

    [Fact]
    public async Task TheJobsList_OffersACursor_AndTheCursorReadsThePageAfter()
    {
        using var manager = await app.ClientAsAsync("sitemanager@garage.demo");
        var first = await manager.GetAsync("/api/jobs?pageSize=5").JsonOk();
        var next = first.GetProperty("next").GetString();
        Assert.False(string.IsNullOrEmpty(next));
        var second = await manager.GetAsync($"/api/jobs?pageSize=5&after={next}").JsonOk();
        var byOffset = await manager.GetAsync("/api/jobs?pageSize=5&page=2").JsonOk();
        Assert.Equal(Ids(byOffset), Ids(second));
        Assert.Null((await manager.GetAsync("/api/jobs?pageSize=5&sortBy=number").JsonOk()).GetProperty("next").GetString());

        static List<string?> Ids(System.Text.Json.JsonElement page) =>
            page.GetProperty("items").EnumerateArray().Select(j => j.GetProperty("id").GetString()).ToList();
    }

    [Fact]
    public async Task ALedgerPage_FarPastOffsetPagingsDepth_IsServed_BecauseItIsReadByPosition()
    {
        using var contractor = await app.ClientAsAsync("contractor@contracting.demo");
        var page = await contractor.GetAsync("/api/contractor/ledger?page=5000").JsonOk();
        Assert.Equal(5000, page.GetProperty("page").GetInt32());
        Assert.Empty(page.GetProperty("entries").EnumerateArray());
    }

    [Fact]
    public async Task AMegabyteReason_OnAnyDecision_Is422_AndNothingIsDecided()
    {
        using var admin = await app.ClientAsAsync("admin@contracting.demo");
        var logs = await admin.GetAsync("/api/admin/daily-logs?status=submitted").JsonOk();
        var log = logs.GetProperty("items")[0].GetProperty("id").GetGuid();
        await admin.PostAsJsonAsync($"/api/admin/daily-logs/{log}/reject", new { note = Megabyte }).ExpectValidationErrors();
        await admin.PostAsJsonAsync($"/api/admin/daily-logs/{log}/approve", new { note = Megabyte }).ExpectValidationErrors();
        var expense = (await admin.GetAsync("/api/admin/expenses?status=pending").JsonOk()).GetProperty("items")[0].GetProperty("id").GetGuid();
        await admin.PostAsJsonAsync($"/api/admin/expenses/{expense}/reject", new { note = Megabyte }).ExpectValidationErrors();
        var submitted = (await admin.GetAsync("/api/admin/vouchers?status=submitted").JsonOk()).GetProperty("items")[0].GetProperty("id").GetGuid();
        await admin.PostAsJsonAsync($"/api/admin/vouchers/{submitted}/reject", new { reason = Megabyte }).ExpectValidationErrors();
        Assert.Equal("submitted", (await admin.GetAsync($"/api/admin/vouchers/{submitted}").JsonOk()).GetProperty("status").GetString());

        using var manager = await app.ClientAsAsync("workshopmanager@garage.demo");
        var pending = await manager.GetAsync("/api/spare-parts/pending").JsonOk();
        var request = (pending.ValueKind == JsonValueKind.Array ? pending : pending.GetProperty("items"))[0].GetProperty("id").GetGuid();
        await manager.PostAsJsonAsync($"/api/spare-parts/requests/{request}/reject", new { reason = Megabyte }).ExpectValidationErrors();
        await manager.PostAsJsonAsync($"/api/spare-parts/requests/{request}/approve", new { note = Megabyte }).ExpectValidationErrors();
    }
}
