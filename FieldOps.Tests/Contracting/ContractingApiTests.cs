using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FieldOps.Data.Contracting;
using FieldOps.Tests.Support;
using static FieldOps.Tests.Contracting.ContractingScenario;

namespace FieldOps.Tests.Contracting;

/// <summary>The contracting API as a client sees it: the seed's onboarding flow, its error codes, and the walls between
/// contractors.</summary>
public sealed class ContractingApiTests(FieldOpsAppFactory app) : IClassFixture<FieldOpsAppFactory>
{
    private static string Yesterday => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)).ToString("yyyy-MM-dd");

    private readonly ContractingScenario _scenario = new(app);

    [Fact]
    public async Task TheOnboardingFlow_FromNewCompanyToAPaymentOnTheContractorsLedger()
    {
        var admin = await app.ClientAsAsync(Admin);

        // 1. The admin records the company.
        var company = await (await admin.PostAsJsonAsync("/api/admin/subcontractors", new
        {
            companyName = "Njoroge Roofing", tradeType = "Roofing", contactPerson = "Esther Njoroge", phone = "+254 700 111 222", email = "esther@roofing.demo",
        }).ExpectStatus(HttpStatusCode.Created)).Json();
        var companyId = company.GetProperty("id").GetGuid();
        Assert.Equal(JsonValueKind.Null, company.GetProperty("userId").ValueKind);
        await admin.PatchAsJsonAsync($"/api/admin/subcontractors/{companyId}", new { dailyRate = 2_500m }).ExpectStatus(HttpStatusCode.OK);

        // 2. A portal account is created separately; 3. the admin links it.
        var user = await (await admin.PostAsJsonAsync("/api/users", new
        {
            email = "esther@roofing.demo", displayName = "Esther Njoroge", password = "Roofing-2026-portal", roles = new[] { "Contractor" },
        }).ExpectStatus(HttpStatusCode.Created)).Json();
        var linked = await admin.PatchAsJsonAsync($"/api/admin/subcontractors/{companyId}", new { userId = user.GetProperty("id").GetString() }).JsonOk();
        Assert.Equal("esther@roofing.demo", linked.GetProperty("userEmail").GetString());
        Assert.Equal(2_500m, linked.GetProperty("dailyRate").GetDecimal());

        // 4. The contractor signs in and sees the company.
        var contractor = await app.ClientAsAsync("esther@roofing.demo", "Roofing-2026-portal");
        var workspace = await contractor.GetAsync("/api/contractor/workspaces").JsonOk();
        Assert.True(workspace.GetProperty("linked").GetBoolean());
        Assert.Equal("Njoroge Roofing", workspace.GetProperty("company").GetProperty("companyName").GetString());
        Assert.Equal(0m, workspace.GetProperty("summary").GetProperty("balanceDue").GetDecimal());

        // 5. Daily log and expense.
        var log = await (await contractor.PostAsJsonAsync("/api/contractor/daily-logs", new
        {
            logDate = Yesterday, workSummary = "Fixed iron sheets on the east roof", workersCount = 4,
        }).ExpectStatus(HttpStatusCode.Created)).Json();
        Assert.Equal("submitted", log.GetProperty("status").GetString());
        var expense = await (await contractor.PostAsJsonAsync("/api/contractor/expenses", new
        {
            category = "transport", amount = 1_850.5m, expenseDate = Yesterday, description = "Pickup hire for the ridge caps",
        }).ExpectStatus(HttpStatusCode.Created)).Json();
        Assert.Equal("pending", expense.GetProperty("status").GetString());

        // The admin reviews both, then drafts the week's voucher from the approved log, approves and pays it.
        await admin.PostAsJsonAsync($"/api/admin/daily-logs/{log.GetProperty("id").GetGuid()}/approve", new { note = "Seen on site" })
            .ExpectStatus(HttpStatusCode.NoContent);
        await admin.PostAsJsonAsync($"/api/admin/expenses/{expense.GetProperty("id").GetGuid()}/approve", new { })
            .ExpectStatus(HttpStatusCode.NoContent);
        var voucher = await (await admin.PostAsJsonAsync("/api/admin/vouchers", new
        {
            subcontractorId = companyId, periodStart = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-7)).ToString("yyyy-MM-dd"),
            periodEnd = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
        }).ExpectStatus(HttpStatusCode.Created)).Json();
        var voucherId = voucher.GetProperty("id").GetGuid();
        Assert.Equal(10_000m, voucher.GetProperty("total").GetDecimal()); // 4 worker-days × 2,500
        await admin.PostAsync($"/api/admin/vouchers/{voucherId}/submit", null).ExpectStatus(HttpStatusCode.OK);
        await admin.PostAsync($"/api/admin/vouchers/{voucherId}/approve", null).ExpectStatus(HttpStatusCode.OK);
        var paid = await admin.PostAsJsonAsync($"/api/admin/vouchers/{voucherId}/pay", new
        {
            paidOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"), method = "mpesa", reference = "RKX81QW0ZP",
        }).JsonOk();
        Assert.Equal("paid", paid.GetProperty("status").GetString());

        // The contractor's ledger and balance reflect it.
        var ledger = await contractor.GetAsync("/api/contractor/ledger").JsonOk();
        var summary = ledger.GetProperty("summary");
        Assert.Equal((10_000m, 0m, 0m, 10_000m, 1_850.5m), (summary.GetProperty("credits").GetDecimal(), summary.GetProperty("deductions").GetDecimal(),
            summary.GetProperty("advancePaid").GetDecimal(), summary.GetProperty("balanceDue").GetDecimal(), summary.GetProperty("expensesApproved").GetDecimal()));
        Assert.Contains("do not change balanceDue", summary.GetProperty("rule").GetString(), StringComparison.Ordinal);
        var types = ledger.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("entryType").GetString()).Order().ToList();
        Assert.Equal(["expense", "payment"], types);
        var vouchers = await contractor.GetAsync("/api/contractor/vouchers").JsonOk();
        Assert.Equal("paid", Assert.Single(vouchers.EnumerateArray()).GetProperty("status").GetString());
        var workspaceAfter = await contractor.GetAsync("/api/contractor/workspaces").JsonOk();
        Assert.Equal(10_000m, workspaceAfter.GetProperty("summary").GetProperty("balanceDue").GetDecimal());

        var pdf = await contractor.GetAsync($"/api/contractor/vouchers/{voucherId}/pdf").ExpectStatus(HttpStatusCode.OK);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var text = await PdfText.ExtractAsync(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains(voucher.GetProperty("number").GetString()!, text, StringComparison.Ordinal);
        Assert.Contains("Njoroge Roofing", text, StringComparison.Ordinal);
        Assert.Contains("KES 10,000.00", text, StringComparison.Ordinal);
        Assert.Contains("PAID", text, StringComparison.Ordinal);
        Assert.Contains("RKX81QW0ZP", text, StringComparison.Ordinal);

        // Unlinking takes the company away from the account again.
        var unlinked = await admin.PatchAsync($"/api/admin/subcontractors/{companyId}",
            new StringContent("""{"userId": null}""", System.Text.Encoding.UTF8, "application/json")).JsonOk();
        Assert.Equal(JsonValueKind.Null, unlinked.GetProperty("userId").ValueKind);
        Assert.False((await contractor.GetAsync("/api/contractor/workspaces").JsonOk()).GetProperty("linked").GetBoolean());
    }

    [Fact]
    public async Task ASubcontractorIdInTheContractorsPayload_IsIgnored()
    {
        var wambuiCompany = await _scenario.CompanyOfAsync(Wambui);
        var mutuaCompany = await _scenario.CompanyOfAsync(Mutua);
        var mutua = await app.ClientAsAsync(Mutua);

        var log = await (await mutua.PostAsJsonAsync("/api/contractor/daily-logs", new
        {
            logDate = Yesterday, workSummary = "Trying to file for someone else", workersCount = 2, subcontractorId = wambuiCompany.Id,
        }).ExpectStatus(HttpStatusCode.Created)).Json();
        var expense = await (await mutua.PostAsJsonAsync("/api/contractor/expenses", new
        {
            category = "fuel", amount = 100, expenseDate = Yesterday, description = "Diesel", subcontractorId = wambuiCompany.Id,
        }).ExpectStatus(HttpStatusCode.Created)).Json();

        Assert.Equal(mutuaCompany.Id, log.GetProperty("subcontractorId").GetGuid());
        Assert.Equal(mutuaCompany.Id, expense.GetProperty("subcontractorId").GetGuid());
        var wambui = await app.ClientAsAsync(Wambui);
        var wambuiLogs = await wambui.GetAsync("/api/contractor/daily-logs?pageSize=100").JsonOk();
        Assert.DoesNotContain(wambuiLogs.GetProperty("items").EnumerateArray(), l => l.GetProperty("id").GetGuid() == log.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task AContractorWithNoLinkedCompany_GetsEmptyListsAndAnExplanation_NeverAnError()
    {
        var client = await app.ClientAsAsync(Unlinked);
        Assert.Empty((await client.GetAsync("/api/contractor/vouchers").JsonOk()).EnumerateArray());
        var ledger = await client.GetAsync("/api/contractor/ledger").JsonOk();
        Assert.Empty(ledger.GetProperty("entries").EnumerateArray());
        Assert.Equal(0m, ledger.GetProperty("summary").GetProperty("balanceDue").GetDecimal());
        Assert.Equal(0, (await client.GetAsync("/api/contractor/daily-logs").JsonOk()).GetProperty("total").GetInt32());
        Assert.Equal(0, (await client.GetAsync("/api/contractor/expenses").JsonOk()).GetProperty("total").GetInt32());
        var workspace = await client.GetAsync("/api/contractor/workspaces").JsonOk();
        Assert.False(workspace.GetProperty("linked").GetBoolean());
        Assert.Equal(JsonValueKind.Null, workspace.GetProperty("company").ValueKind);
        Assert.Contains("not linked", workspace.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty((await client.GetAsync("/api/contractor/materials").JsonOk()).EnumerateArray());

        // Filing work needs a company: refused with the reason, nothing saved.
        var refused = await client.PostAsJsonAsync("/api/contractor/daily-logs", new { logDate = Yesterday, workSummary = "Work" })
            .ExpectStatus(HttpStatusCode.Conflict);
        Assert.Contains("not linked", (await refused.Json()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<string> ContractorRoutes() => new(
        "/api/contractor/workspaces", "/api/contractor/daily-logs", "/api/contractor/expenses", "/api/contractor/materials",
        "/api/contractor/vouchers", "/api/contractor/ledger", "/api/contractor/projects");

    public static TheoryData<string> AdminRoutes() => new(
        "/api/admin/subcontractors", "/api/admin/subcontractors/linkable-users", "/api/admin/projects", "/api/admin/materials",
        "/api/admin/daily-logs", "/api/admin/expenses", "/api/admin/vouchers", "/api/admin/contracting-dashboard");

    [Theory]
    [MemberData(nameof(ContractorRoutes))]
    [MemberData(nameof(AdminRoutes))]
    public async Task WithoutAToken_OrWithAnExpiredOne_Every_Route_Answers401(string route)
    {
        using var anonymous = app.AnonymousClient();
        await anonymous.GetAsync(route).ExpectStatus(HttpStatusCode.Unauthorized);
        using var forged = app.AnonymousClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8-expired-or-forged-token");
        await forged.GetAsync(route).ExpectStatus(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(ContractorRoutes))]
    public async Task NonContractors_CallingTheContractorPortal_Get403(string route)
    {
        foreach (var user in new[] { Admin, GarageAdmin, "technician@garage.demo" })
        {
            var client = await app.ClientAsAsync(user);
            await client.GetAsync(route).ExpectStatus(HttpStatusCode.Forbidden);
        }
        var admin = await app.ClientAsAsync(Admin);
        await admin.PostAsJsonAsync("/api/contractor/daily-logs", new { logDate = Yesterday, workSummary = "Admin filing" }).ExpectStatus(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task NonAdmins_AndAdminsOfOtherModules_CallingAdminRoutes_Get403(string route)
    {
        foreach (var user in new[] { Mutua, Wambui, Unlinked, "technician@garage.demo", GarageAdmin })
        {
            var client = await app.ClientAsAsync(user);
            await client.GetAsync(route).ExpectStatus(HttpStatusCode.Forbidden);
        }
    }

    /// <summary>Every admin action, on a record that does not exist: outsiders are refused before anything is looked
    /// up (403); the organization's admin is told the record is not there (404).</summary>
    public static TheoryData<string, string, string?> AdminActions()
    {
        var id = Guid.NewGuid();
        var day = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
        return new TheoryData<string, string, string?>
        {
            { "PATCH", $"/api/admin/subcontractors/{id}", """{"phone":"+254 700 000 000"}""" },
            { "PUT", $"/api/admin/projects/{id}", """{"code":"X-1","name":"Matrix","isActive":true}""" },
            { "PUT", $"/api/admin/materials/{id}", """{"itemName":"Sand","unit":"t","quantity":1}""" },
            { "POST", $"/api/admin/daily-logs/{id}/approve", "{}" },
            { "POST", $"/api/admin/daily-logs/{id}/reject", """{"note":"No"}""" },
            { "POST", "/api/admin/daily-logs/bulk-approve", $$"""{"ids":["{{id}}"]}""" },
            { "POST", $"/api/admin/expenses/{id}/approve", "{}" },
            { "POST", $"/api/admin/expenses/{id}/reject", """{"note":"No"}""" },
            { "POST", "/api/admin/expenses/bulk-approve", $$"""{"ids":["{{id}}"]}""" },
            { "GET", $"/api/admin/vouchers/{id}", null },
            { "GET", $"/api/admin/vouchers/{id}/pdf", null },
            { "PUT", $"/api/admin/vouchers/{id}/lines", """{"lines":[{"description":"Work","quantity":1,"rate":10}]}""" },
            { "POST", $"/api/admin/vouchers/{id}/submit", null },
            { "POST", $"/api/admin/vouchers/{id}/approve", null },
            { "POST", $"/api/admin/vouchers/{id}/reject", """{"reason":"No"}""" },
            { "POST", $"/api/admin/vouchers/{id}/reopen", null },
            { "POST", $"/api/admin/vouchers/{id}/pay", $$"""{"paidOn":"{{day}}","method":"cash"}""" },
            { "GET", $"/api/admin/subcontractors/{id}/ledger", null },
            { "POST", $"/api/admin/subcontractors/{id}/ledger", $$"""{"entryType":"advance","amount":5,"entryDate":"{{day}}","description":"Matrix"}""" },
            { "POST", $"/api/admin/ledger/{id}/reverse", """{"reason":"Matrix"}""" },
        };
    }

    [Theory]
    [MemberData(nameof(AdminActions))]
    public async Task EveryAdminAction_IsRefusedToOutsiders_AndReachesTheRecordForTheAdmin(string method, string route, string? body)
    {
        foreach (var user in new[] { Mutua, Unlinked, "technician@garage.demo", GarageAdmin })
        {
            var client = await app.ClientAsAsync(user);
            await client.SendAsync(Request(method, route, body)).ExpectStatus(HttpStatusCode.Forbidden);
        }
        var admin = await app.ClientAsAsync(Admin);
        await admin.SendAsync(Request(method, route, body)).ExpectStatus(HttpStatusCode.NotFound);
    }

    private static HttpRequestMessage Request(string method, string route, string? body) => new(new HttpMethod(method), route)
    {
        Content = body is null ? null : new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
    };

    [Fact]
    public async Task AContractor_CannotChangeAnything_OnTheAdminSide()
    {
        var mutua = await app.ClientAsAsync(Mutua);
        var myCompany = await _scenario.CompanyOfAsync(Mutua);
        var pending = await _scenario.LogAsync(Mutua);
        var expense = await _scenario.ExpenseAsync(Mutua);
        var voucher = await _scenario.VoucherAsync(myCompany.Id, VoucherStatus.Approved);

        await mutua.PostAsJsonAsync($"/api/admin/daily-logs/{pending.Id}/approve", new { }).ExpectStatus(HttpStatusCode.Forbidden);
        await mutua.PostAsJsonAsync($"/api/admin/expenses/{expense.Id}/approve", new { }).ExpectStatus(HttpStatusCode.Forbidden);
        await mutua.PostAsJsonAsync($"/api/admin/vouchers/{voucher.Id}/pay", ContractingScenario.Payment(), FieldOpsAppFactory.Json).ExpectStatus(HttpStatusCode.Forbidden);
        await mutua.PostAsJsonAsync($"/api/admin/subcontractors/{myCompany.Id}/ledger", new
        {
            entryType = "advance", amount = 1_000_000, entryDate = Yesterday, description = "Please",
        }).ExpectStatus(HttpStatusCode.Forbidden);
        await mutua.PatchAsJsonAsync($"/api/admin/subcontractors/{myCompany.Id}", new { dailyRate = 99_999 }).ExpectStatus(HttpStatusCode.Forbidden);

        var log = await _scenario.As<Data.Contracting.Services.ContractorPortalService, DailyLogView>(Mutua, s => s.LogAsync(pending.Id, default));
        Assert.Equal(DailyLogStatus.Submitted, log.Status);
        Assert.Equal(myCompany.DailyRate, (await _scenario.CompanyOfAsync(Mutua)).DailyRate);
    }

    [Fact]
    public async Task AnInvalidDailyLog_Gets422WithFieldErrors_AndNothingIsSaved()
    {
        var client = await app.ClientAsAsync(Wambui);
        var before = (await client.GetAsync("/api/contractor/daily-logs").JsonOk()).GetProperty("total").GetInt32();

        var errors = await client.PostAsJsonAsync("/api/contractor/daily-logs", new { workSummary = "", workersCount = -3 }).ExpectValidationErrors();
        Assert.True(errors.TryGetProperty("logDate", out _));
        Assert.True(errors.TryGetProperty("workSummary", out _));
        Assert.True(errors.TryGetProperty("workersCount", out _));

        var future = await client.PostAsJsonAsync("/api/contractor/daily-logs", new
        {
            logDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)).ToString("yyyy-MM-dd"), workSummary = "Tomorrow's work",
        }).ExpectValidationErrors();
        Assert.Contains("future", future.GetProperty("logDate")[0].GetString(), StringComparison.Ordinal);

        var badDate = await client.PostAsJsonAsync("/api/contractor/daily-logs", new { logDate = "31/12/2026", workSummary = "Work" }).ExpectValidationErrors();
        Assert.True(badDate.TryGetProperty("logDate", out _));
        var unknownProject = await client.PostAsJsonAsync("/api/contractor/daily-logs", new { logDate = Yesterday, workSummary = "Work", projectId = Guid.NewGuid() })
            .ExpectValidationErrors();
        Assert.True(unknownProject.TryGetProperty("projectId", out _));

        Assert.Equal(before, (await client.GetAsync("/api/contractor/daily-logs").JsonOk()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AnInvalidExpense_Gets422WithFieldErrors_AndNothingIsSaved()
    {
        var client = await app.ClientAsAsync(Wambui);
        var before = (await client.GetAsync("/api/contractor/expenses").JsonOk()).GetProperty("total").GetInt32();

        var errors = await client.PostAsJsonAsync("/api/contractor/expenses", new { amount = 0, description = "" }).ExpectValidationErrors();
        foreach (var field in new[] { "category", "amount", "expenseDate", "description" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        }
        var category = await client.PostAsJsonAsync("/api/contractor/expenses", new { category = "champagne", amount = 10, expenseDate = Yesterday, description = "Party" })
            .ExpectValidationErrors();
        Assert.Contains("fuel, materials, labour, transport", category.GetProperty("category")[0].GetString(), StringComparison.Ordinal);
        await client.PostAsJsonAsync("/api/contractor/expenses", new { category = "fuel", amount = -50, expenseDate = Yesterday, description = "Refund?" })
            .ExpectValidationErrors();

        Assert.Equal(before, (await client.GetAsync("/api/contractor/expenses").JsonOk()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ContractorOne_CannotReadContractorTwosLogsExpensesVouchersOrVoucherPdfs()
    {
        var wambuiCompany = await _scenario.CompanyOfAsync(Wambui);
        var log = await _scenario.LogAsync(Wambui);
        var expense = await _scenario.ExpenseAsync(Wambui);
        var voucher = await _scenario.VoucherAsync(wambuiCompany.Id, VoucherStatus.Paid);
        var mutua = await app.ClientAsAsync(Mutua);

        foreach (var route in new[]
        {
            $"/api/contractor/daily-logs/{log.Id}", $"/api/contractor/expenses/{expense.Id}", $"/api/contractor/vouchers/{voucher.Id}",
            $"/api/contractor/vouchers/{voucher.Id}/pdf", $"/api/records/expense/{expense.Id}/attachments", $"/api/records/expense/{expense.Id}/history",
            $"/api/records/voucher/{voucher.Id}/history", $"/api/records/dailylog/{log.Id}/history",
        })
        {
            await mutua.GetAsync(route).ExpectStatus(HttpStatusCode.NotFound);
        }
        var upload = new MultipartFormDataContent { { new ByteArrayContent(TinyPng), "file", "receipt.png" } };
        upload.First().Headers.ContentType = new MediaTypeHeaderValue("image/png");
        await mutua.PostAsync($"/api/records/expense/{expense.Id}/attachments", upload).ExpectStatus(HttpStatusCode.NotFound);

        // Not in the lists either, and Wambui herself reads them fine.
        Assert.DoesNotContain((await mutua.GetAsync("/api/contractor/vouchers").JsonOk()).EnumerateArray(), v => v.GetProperty("id").GetGuid() == voucher.Id);
        var wambui = await app.ClientAsAsync(Wambui);
        await wambui.GetAsync($"/api/contractor/vouchers/{voucher.Id}/pdf").ExpectStatus(HttpStatusCode.OK);
        await wambui.GetAsync($"/api/contractor/daily-logs/{log.Id}").ExpectStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheClaimant_AttachesAReceiptWhilePending_AndTheAdminSeesIt()
    {
        var expense = await _scenario.ExpenseAsync(Mutua, 640m);
        var mutua = await app.ClientAsAsync(Mutua);
        var upload = new MultipartFormDataContent { { new ByteArrayContent(TinyPng), "file", "receipt.png" } };
        upload.First().Headers.ContentType = new MediaTypeHeaderValue("image/png");
        await mutua.PostAsync($"/api/records/expense/{expense.Id}/attachments", upload).ExpectStatus(HttpStatusCode.Created);

        var seen = await mutua.GetAsync($"/api/contractor/expenses/{expense.Id}").JsonOk();
        Assert.Equal(1, seen.GetProperty("receipts").GetInt32());
        var admin = await app.ClientAsAsync(Admin);
        Assert.Single((await admin.GetAsync($"/api/records/expense/{expense.Id}/attachments").JsonOk()).EnumerateArray());

        await admin.PostAsJsonAsync($"/api/admin/expenses/{expense.Id}/reject", new { note = "Receipt is for a different site" }).ExpectStatus(HttpStatusCode.NoContent);
        var late = new MultipartFormDataContent { { new ByteArrayContent(TinyPng), "file", "another.png" } };
        late.First().Headers.ContentType = new MediaTypeHeaderValue("image/png");
        await mutua.PostAsync($"/api/records/expense/{expense.Id}/attachments", late).ExpectStatus(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task RejectingWithoutANote_Gets422_AndTheLogStaysSubmitted()
    {
        var log = await _scenario.LogAsync(Mutua);
        var admin = await app.ClientAsAsync(Admin);
        var errors = await admin.PostAsJsonAsync($"/api/admin/daily-logs/{log.Id}/reject", new { note = "" }).ExpectValidationErrors();
        Assert.True(errors.TryGetProperty("note", out _));
        var mutua = await app.ClientAsAsync(Mutua);
        Assert.Equal("submitted", (await mutua.GetAsync($"/api/contractor/daily-logs/{log.Id}").JsonOk()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task PayingAVoucherThatIsNotApproved_Gets409_AndNoLedgerEntry()
    {
        var company = await _scenario.CompanyOfAsync(Mutua);
        var voucher = await _scenario.VoucherAsync(company.Id, VoucherStatus.Submitted);
        var admin = await app.ClientAsAsync(Admin);
        var before = await admin.GetAsync($"/api/admin/subcontractors/{company.Id}/ledger").JsonOk();
        await admin.PostAsJsonAsync($"/api/admin/vouchers/{voucher.Id}/pay", ContractingScenario.Payment(), FieldOpsAppFactory.Json).ExpectStatus(HttpStatusCode.Conflict);
        var after = await admin.GetAsync($"/api/admin/subcontractors/{company.Id}/ledger").JsonOk();
        Assert.Equal(before.GetProperty("entries").GetArrayLength(), after.GetProperty("entries").GetArrayLength());
    }

    /// <summary>A 1×1 PNG, enough to pass the image signature check.</summary>
    private static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task TheContractorsVouchers_AreAnArrayOfOnePage_WithTheFullCountBeside()
    {
        using var mutua = await app.ClientAsAsync(Mutua);
        var all = await mutua.GetAsync("/api/contractor/vouchers?pageSize=200");
        var count = (await all.Json()).GetArrayLength();
        Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), all.Headers.GetValues("X-Total-Count").Single());
        Assert.True(count > 2);

        var page = await mutua.GetAsync("/api/contractor/vouchers?page=2&pageSize=2");
        Assert.Equal(2, (await page.Json()).GetArrayLength());
        Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Headers.GetValues("X-Total-Count").Single());
        await mutua.GetAsync("/api/contractor/vouchers?pageSize=201").ExpectValidationErrors();
    }
}
