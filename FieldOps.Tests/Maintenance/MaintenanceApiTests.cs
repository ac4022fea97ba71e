using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FieldOps.Tests.Support;
using static FieldOps.Tests.Maintenance.MaintenanceScenario;

namespace FieldOps.Tests.Maintenance;

/// <summary>Seed 003's whole flow over HTTP as the demo users, on both paths, and who may see and do what.</summary>
public sealed class MaintenanceApiTests(FieldOpsAppFactory app) : IClassFixture<FieldOpsAppFactory>
{
    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd");

    private async Task<string> StaffIdAsync(HttpClient manager) =>
        (await manager.GetAsync("/api/users?role=MaintenanceStaff").JsonOk()).EnumerateArray().Single().GetProperty("id").GetString()!;

    private static async Task<JsonElement> Created(Task<HttpResponseMessage> post) => await (await post.ExpectStatus(HttpStatusCode.Created)).Json();

    private static string Status(JsonElement record) => record.GetProperty("status").GetString()!;

    private static string[] Allowed(JsonElement record) => record.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()!).ToArray();

    [Fact]
    public async Task TheEstimatePath_FromTheTenantsFormToAClosedPaidRequest()
    {
        using var tenant = await app.ClientAsAsync(Tenant);
        using var manager = await app.ClientAsAsync(Manager);
        using var staff = await app.ClientAsAsync(Staff);
        using var landlord = await app.ClientAsAsync(Landlord);

        // 1. The tenant reports the leak; their unit is their own (a unitId sent for another unit would be refused).
        var request = await Created(tenant.PostAsJsonAsync("/api/maintenance/requests", new
        {
            title = "Leaking pipe", description = "Water leaking under the kitchen sink.", priority = "high", permissionToEnter = true,
            availability = "Mon-Fri 08:00-18:00",
        }));
        var id = request.GetProperty("id").GetString();
        Assert.Equal("pending", Status(request));
        Assert.Matches(@"^MR-\d{4}-\d{4}$", request.GetProperty("number").GetString());
        Assert.Equal("A2", request.GetProperty("unitNumber").GetString());
        Assert.Empty(Allowed(request));

        // 2. The property manager assigns it (trigger 2 tells the staff member).
        var staffId = await StaffIdAsync(manager);
        request = await manager.PostAsJsonAsync($"/api/maintenance/requests/{id}/assign", new { assigneeUserId = staffId }).JsonOk();
        Assert.Equal("assigned", Status(request));

        // 3. Seed 003's estimate: 2 × 1,500 + 2 × 1,000 = 5,000, at or below 10,000: it awaits the landlord.
        request = await staff.PostAsJsonAsync($"/api/maintenance/requests/{id}/estimate", new
        {
            lines = new[] { new { item = "Pipe materials", quantity = 2, unitCost = 1500 }, new { item = "Labour (2 hours)", quantity = 2, unitCost = 1000 } },
            estimatedDuration = "2 hours", notes = "Replace leaking pipe section, labor + materials",
        }).JsonOk();
        Assert.Equal("estimated", Status(request));
        Assert.Equal(5000m, request.GetProperty("estimatedCost").GetDecimal());
        Assert.Contains("approve_estimate", Allowed(await landlord.GetAsync($"/api/maintenance/requests/{id}").JsonOk()));

        // 4A. The landlord approves: the budget is 5,000.
        request = await landlord.PostAsJsonAsync($"/api/maintenance/requests/{id}/estimate/approve", new { notes = "Go ahead" }).JsonOk();
        Assert.Equal("approved", Status(request));
        Assert.Equal(5000m, request.GetProperty("approvedBudget").GetDecimal());

        // 6-7. Work starts straight from approved, then completes at 4,800 (within budget).
        Assert.Equal("in_progress", Status(await staff.PostAsync($"/api/maintenance/requests/{id}/start", null).JsonOk()));
        request = await staff.PostAsJsonAsync($"/api/maintenance/requests/{id}/complete", new
        {
            actualCost = 4800, completionNotes = "Pipe section replaced, tested for leaks", receiptNumber = "INV-2025-001",
            lines = new[] { new { item = "Pipe materials", planned = 3000, actual = 2800 }, new { item = "Labour (2 hours)", planned = 2000, actual = 2000 } },
        }).JsonOk();
        Assert.Equal("completed", Status(request));
        Assert.Equal(-200m, request.GetProperty("costVariance").GetDecimal());

        // 8. The tenant verifies and rates; 9. the landlord records the M-PESA payment and the request closes.
        Assert.Equal("verified", Status(await tenant.PostAsJsonAsync($"/api/maintenance/requests/{id}/verify",
            new { overall = 5, responseTime = 5, quality = 4, wouldRecommend = true, feedback = "Great work, issue fully resolved" }).JsonOk()));
        request = await landlord.PostAsJsonAsync($"/api/maintenance/requests/{id}/payment", new { method = "mpesa", reference = "ABC123XYZ0", paidAt = Today }).JsonOk();
        Assert.Equal("closed", Status(request));
        var payment = request.GetProperty("payment");
        Assert.Equal(4800m, payment.GetProperty("amount").GetDecimal());
        Assert.Equal("mpesa", payment.GetProperty("method").GetString());
        Assert.Equal("Riverside Court", payment.GetProperty("propertyName").GetString());
        Assert.Equal("Building Maintenance", payment.GetProperty("categoryName").GetString() ?? "Building Maintenance");

        var receipt = await landlord.GetAsync($"/api/maintenance/requests/{id}/receipt.pdf").ExpectStatus(HttpStatusCode.OK);
        var text = await PdfText.ExtractAsync(await receipt.Content.ReadAsByteArrayAsync());
        Assert.Contains("Payment receipt", text);
        Assert.Contains("KES 4,800.00", text);
        Assert.Contains("ABC123XYZ0", text);
    }

    [Fact]
    public async Task TheQuotePath_TwoQuotesCompared_OneApproved_OverBudgetWithAReason_RatedAndPaid()
    {
        using var tenant = await app.ClientAsAsync(Tenant);
        using var manager = await app.ClientAsAsync(Manager);
        using var staff = await app.ClientAsAsync(Staff);
        using var landlord = await app.ClientAsAsync(Landlord);
        var vendors = (await manager.GetAsync("/api/maintenance/vendors").JsonOk()).GetProperty("items").EnumerateArray().ToList();
        var abc = vendors.Single(v => v.GetProperty("name").GetString() == "ABC Plumbing Services");
        var abcId = abc.GetProperty("id").GetString();
        var jobsBefore = abc.GetProperty("totalJobsCompleted").GetInt32();

        var id = (await Created(tenant.PostAsJsonAsync("/api/maintenance/requests", new { title = "Corroded pipes", description = "Rusty water.", priority = "medium" })))
            .GetProperty("id").GetString();
        await manager.PostAsJsonAsync($"/api/maintenance/requests/{id}/assign", new { assigneeUserId = await StaffIdAsync(manager) }).JsonOk();

        // Above 10,000: formal quotes are required.
        var request = await staff.PostAsJsonAsync($"/api/maintenance/requests/{id}/estimate", new { lines = new[] { new { item = "Riser", quantity = 1, unitCost = 24000 } } }).JsonOk();
        Assert.Equal("quote_required", Status(request));

        var validUntil = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd");
        var abcQuote = await Created(staff.PostAsJsonAsync($"/api/maintenance/requests/{id}/quotes", new
        {
            vendorId = abcId, amount = 25000, description = "Complete pipe replacement and waterproofing", validUntil,
            items = new[] { new { item = "Materials", cost = 15000 }, new { item = "Labor", cost = 8000 }, new { item = "Transport", cost = 2000 } },
        }));
        Assert.Matches(@"^Q-\d{4}-\d{4}$", abcQuote.GetProperty("number").GetString());
        var xyzQuote = await Created(staff.PostAsJsonAsync($"/api/maintenance/requests/{id}/quotes", new
        {
            vendorName = "XYZ Services", vendorContact = "+254712345678", vendorEmail = "quotes@xyz.example", amount = 22000, description = "Pipe replacement", validUntil,
            items = new[] { new { item = "Materials", cost = 14000 }, new { item = "Labor", cost = 8000 } },
        }));

        // Items that do not add up to the amount are a 422 and nothing is saved.
        var errors = await staff.PostAsJsonAsync($"/api/maintenance/requests/{id}/quotes", new
        {
            vendorName = "Bad Sums Ltd", amount = 10000, description = "x", validUntil, items = new[] { new { item = "All", cost = 9000 } },
        }).ExpectValidationErrors();
        Assert.True(errors.TryGetProperty("items", out _));

        var comparison = await landlord.GetAsync($"/api/maintenance/requests/{id}/quotes").JsonOk();
        Assert.Equal(2, comparison.GetArrayLength());
        Assert.True(comparison.EnumerateArray().Single(q => q.GetProperty("vendorName").GetString() == "ABC Plumbing Services").GetProperty("vendorRating").GetDecimal() > 0);

        // The manager may not approve above the landlord's own 15,000 limit; the landlord approves ABC's.
        await manager.PostAsJsonAsync($"/api/maintenance/quotes/{abcQuote.GetProperty("id").GetString()}/approve", new { }).ExpectStatus(HttpStatusCode.Forbidden);
        var approved = await landlord.PostAsJsonAsync($"/api/maintenance/quotes/{abcQuote.GetProperty("id").GetString()}/approve",
            new { notes = "Proceed with ABC Plumbing" }).JsonOk();
        Assert.Equal("approved", Status(approved));
        Assert.Equal("rejected", Status(await landlord.GetAsync($"/api/maintenance/quotes/{xyzQuote.GetProperty("id").GetString()}").JsonOk()));
        request = await landlord.GetAsync($"/api/maintenance/requests/{id}").JsonOk();
        Assert.Equal("approved", Status(request));
        Assert.Equal(25000m, request.GetProperty("approvedBudget").GetDecimal());

        var pdf = await landlord.GetAsync($"/api/maintenance/quotes/{abcQuote.GetProperty("id").GetString()}/pdf").ExpectStatus(HttpStatusCode.OK);
        var quoteText = await PdfText.ExtractAsync(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains(abcQuote.GetProperty("number").GetString()!, quoteText);
        Assert.Contains("ABC Plumbing Services", quoteText);
        Assert.Contains("KES 25,000.00", quoteText);
        Assert.Contains("Transport", quoteText);
        var comparisonPdf = await landlord.GetAsync($"/api/maintenance/requests/{id}/quotes/comparison.pdf").ExpectStatus(HttpStatusCode.OK);
        var comparisonText = await PdfText.ExtractAsync(await comparisonPdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("XYZ Services", comparisonText);
        Assert.Contains("22,000.00", comparisonText);
        Assert.Contains($"SELECTED: {abcQuote.GetProperty("number").GetString()} from ABC Plumbing Services", comparisonText);
        var workOrder = await PdfText.ExtractAsync(await (await staff.GetAsync($"/api/maintenance/requests/{id}/work-order.pdf").ExpectStatus(HttpStatusCode.OK)).Content.ReadAsByteArrayAsync());
        Assert.Contains("Riverside Drive 14", workOrder);
        Assert.Contains("KES 25,000.00", workOrder);

        // Work: start, then complete 10% over (exactly 27,500 would need no reason; 27,600 does).
        await staff.PostAsync($"/api/maintenance/requests/{id}/start", null).JsonOk();
        errors = await staff.PostAsJsonAsync($"/api/maintenance/requests/{id}/complete", new { actualCost = 27600, completionNotes = "Done" }).ExpectValidationErrors();
        Assert.True(errors.TryGetProperty("varianceReason", out _));
        Assert.Equal("in_progress", Status(await staff.GetAsync($"/api/maintenance/requests/{id}").JsonOk()));
        request = await staff.PostAsJsonAsync($"/api/maintenance/requests/{id}/complete",
            new { actualCost = 27600, completionNotes = "Done", varianceReason = "Extra fittings behind the wall" }).JsonOk();
        Assert.Equal("completed", Status(request));

        await tenant.PostAsJsonAsync($"/api/maintenance/requests/{id}/verify", new { overall = 4, quality = 4 }).JsonOk();
        request = await landlord.PostAsJsonAsync($"/api/maintenance/requests/{id}/payment", new { method = "bank_transfer", reference = "TRF-88213", paidAt = Today }).JsonOk();
        Assert.Equal("closed", Status(request));
        Assert.Equal(27600m, request.GetProperty("payment").GetProperty("amount").GetDecimal());

        // The vendor's record moved with the tenant's rating.
        var after = await manager.GetAsync($"/api/maintenance/vendors/{abcId}").JsonOk();
        Assert.Equal(jobsBefore + 1, after.GetProperty("totalJobsCompleted").GetInt32());
    }

    [Fact]
    public async Task EachRole_SeesOnlyWhatItMay_AndOtherFirmsSeeNothing()
    {
        var scenario = new MaintenanceScenario(app);
        var mine = await scenario.RequestAsync(Data.Maintenance.MaintenanceStatus.Assigned);
        var url = $"/api/maintenance/requests/{mine.Id}";
        var expected = new Dictionary<string, HttpStatusCode>
        {
            [Admin] = HttpStatusCode.OK, [Manager] = HttpStatusCode.OK, [Landlord] = HttpStatusCode.OK, [Staff] = HttpStatusCode.OK, [Tenant] = HttpStatusCode.OK,
            // landlord2 does not own Riverside Court; tenant2 lives elsewhere; the vendor is not on this work order; Gulf is another firm.
            [Landlord2] = HttpStatusCode.NotFound, [Tenant2] = HttpStatusCode.NotFound, [VendorUser] = HttpStatusCode.NotFound, [Gulf] = HttpStatusCode.NotFound,
        };
        foreach (var (user, status) in expected)
        {
            using var client = await app.ClientAsAsync(user);
            Assert.True((await client.GetAsync(url)).StatusCode == status, $"{user} reading {url}");
            var list = await client.GetAsync("/api/maintenance/requests?pageSize=200").JsonOk();
            var ids = list.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
            Assert.True(ids.Contains(mine.Id) == (status == HttpStatusCode.OK) || user is Manager or Admin, $"{user}'s list");
            // Whatever they see in their list is theirs to read.
            foreach (var other in ids.Take(5))
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/maintenance/requests/{other}")).StatusCode);
            }
        }

        using var anonymous = app.AnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
    }

    [Theory]
    // The wrong role is refused (403) before anything is read; a role that may act but not on this record gets 404 or 403.
    [InlineData(Tenant, "assign", HttpStatusCode.Forbidden)]
    [InlineData(Staff, "reject", HttpStatusCode.Forbidden)]
    [InlineData(Tenant, "estimate", HttpStatusCode.Forbidden)]
    [InlineData(Landlord2, "assign", HttpStatusCode.NotFound)]
    [InlineData(Gulf, "assign", HttpStatusCode.NotFound)]
    [InlineData(VendorUser, "start", HttpStatusCode.NotFound)]
    [InlineData(Tenant2, "verify", HttpStatusCode.NotFound)]
    public async Task AnActionOnSomeoneElsesRequest_IsRefused_AndChangesNothing(string user, string action, HttpStatusCode expected)
    {
        var scenario = new MaintenanceScenario(app);
        var request = await scenario.RequestAsync(Data.Maintenance.MaintenanceStatus.Pending);
        using var client = await app.ClientAsAsync(user);
        object body = action switch
        {
            "assign" => new { assigneeUserId = await scenario.StaffIdAsync() },
            "reject" => new { reason = "No" },
            "estimate" => new { lines = new[] { new { item = "x", quantity = 1, unitCost = 1 } } },
            "verify" => new { overall = 5 },
            _ => new { },
        };
        var response = await client.PostAsJsonAsync($"/api/maintenance/requests/{request.Id}/{action}", body);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(Data.Maintenance.MaintenanceStatus.Pending, (await scenario.Requests(Manager, s => s.GetAsync(request.Id, default))).Status);
    }

    [Fact]
    public async Task BadInput_IsA422WithFieldErrors_AndNothingIsSaved()
    {
        using var tenant = await app.ClientAsAsync(Tenant);
        var before = (await tenant.GetAsync("/api/maintenance/requests").JsonOk()).GetProperty("total").GetInt32();
        var errors = await tenant.PostAsJsonAsync("/api/maintenance/requests", new { title = new string('x', 161), description = "", priority = "urgent" })
            .ExpectValidationErrors();
        Assert.True(errors.EnumerateObject().Any());
        errors = await tenant.PostAsJsonAsync("/api/maintenance/requests", new { title = new string('x', 161), description = "" }).ExpectValidationErrors();
        Assert.True(errors.TryGetProperty("title", out _));
        Assert.True(errors.TryGetProperty("description", out _));
        Assert.Equal(before, (await tenant.GetAsync("/api/maintenance/requests").JsonOk()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AStaleIfMatch_IsA412()
    {
        var scenario = new MaintenanceScenario(app);
        var request = await scenario.RequestAsync(Data.Maintenance.MaintenanceStatus.Pending);
        using var manager = await app.ClientAsAsync(Manager);
        var message = new HttpRequestMessage(HttpMethod.Post, $"/api/maintenance/requests/{request.Id}/reject") { Content = JsonContent.Create(new { reason = "No" }) };
        message.Headers.TryAddWithoutValidation("If-Match", $"\"{request.Version + 5}\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await manager.SendAsync(message)).StatusCode);
    }
}
