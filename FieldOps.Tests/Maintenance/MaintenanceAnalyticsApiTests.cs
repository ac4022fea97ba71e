using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using FieldOps.Data.Maintenance.Analytics;
using FieldOps.Tests.Support;
using static FieldOps.Tests.Maintenance.MaintenanceScenario;

namespace FieldOps.Tests.Maintenance;

/// <summary>The fifteen views over HTTP: every view for a manager and a landlord on the demo data, the downloads, who may read them, and bad filters.</summary>
public sealed class MaintenanceAnalyticsApiTests(FieldOpsAppFactory app) : IClassFixture<FieldOpsAppFactory>
{
    public static TheoryData<string> Views() => new(MaintenanceAnalyticsViews.All.Select(v => v.Info.Name));

    [Theory]
    [MemberData(nameof(Views))]
    public async Task EveryView_AnswersForAManagerAndALandlord_WithItsColumnsOnEveryRow(string view)
    {
        foreach (var email in new[] { Manager, Landlord })
        {
            using var client = await app.ClientAsAsync(email);
            var page = await client.GetAsync($"/api/maintenance/analytics/{view}?pageSize=50").JsonOk();
            var columns = page.GetProperty("view").GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("key").GetString()!).ToList();
            Assert.NotEmpty(columns);
            foreach (var row in page.GetProperty("rows").EnumerateArray())
            {
                Assert.Equal(columns, row.EnumerateObject().Select(p => p.Name).ToList());
            }
            Assert.True(page.GetProperty("total").GetInt32() >= page.GetProperty("rows").GetArrayLength());
        }
    }

    [Fact]
    public async Task Downloads_CarryTheScreensFilters_InCsvExcelAndPdf()
    {
        using var manager = await app.ClientAsAsync(Manager);
        var properties = await manager.GetAsync("/api/maintenance/properties?pageSize=50").JsonOk();
        var riverside = properties.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Riverside Court");
        var filter = $"from=2020-01&to={DateTime.UtcNow.AddMonths(1):yyyy-MM}&propertyId={riverside.GetProperty("id").GetString()}";
        var page = await manager.GetAsync($"/api/maintenance/analytics/maintenance_expense_correlation?{filter}&pageSize=200").JsonOk();
        var numbers = page.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("number").GetString()!).ToList();
        Assert.NotEmpty(numbers);
        Assert.Contains(page.GetProperty("filters").EnumerateArray(), f => f.GetString() == "Property: Riverside Court");

        // CSV: the same rows, in the same order, with the currency in the money headings.
        var csv = await manager.GetAsync($"/api/maintenance/analytics/maintenance_expense_correlation.csv?{filter}").ExpectStatus(HttpStatusCode.OK);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment; filename=\"maintenance_expense_correlation-", csv.Content.Headers.ContentDisposition?.ToString());
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Request,Title,Property,Category,Completed,Estimate (KES),Approved budget (KES),Actual cost (KES)", lines[0]);
        Assert.Equal(numbers, lines.Skip(1).Select(l => l.Split(',')[0]).ToList());

        // Excel: a workbook with a heading row and one row per request.
        var xlsx = await manager.GetAsync($"/api/maintenance/analytics/maintenance_expense_correlation.xlsx?{filter}").ExpectStatus(HttpStatusCode.OK);
        using (var document = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count();
            Assert.Equal(numbers.Count + 1, rows);
        }

        // PDF: the view's title, its filters and its rows, as text.
        var pdf = await manager.GetAsync($"/api/maintenance/analytics/maintenance_expense_correlation.pdf?{filter}").ExpectStatus(HttpStatusCode.OK);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var text = await PdfText.ExtractAsync(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("ESTIMATE, BUDGET AND COST", text);
        Assert.Contains("Property: Riverside Court", text);
        Assert.All(numbers, number => Assert.Contains(number, text));
    }

    [Fact]
    public async Task OnlyManagersAndLandlordsReadTheViews_AndBadFiltersAre422()
    {
        foreach (var email in new[] { Staff, VendorUser, Tenant })
        {
            using var client = await app.ClientAsAsync(email);
            await client.GetAsync("/api/maintenance/analytics/monthly_expense_summary").ExpectStatus(HttpStatusCode.Forbidden);
            await client.GetAsync("/api/maintenance/analytics/monthly_expense_summary.csv").ExpectStatus(HttpStatusCode.Forbidden);
        }
        using var landlord = await app.ClientAsAsync(Landlord);
        var catalogue = await landlord.GetAsync("/api/maintenance/analytics").JsonOk();
        Assert.Equal(15, catalogue.GetArrayLength());
        var errors = await landlord.GetAsync("/api/maintenance/analytics/monthly_expense_summary?from=13-2026").ExpectValidationErrors();
        Assert.True(errors.TryGetProperty("from", out _));
        await landlord.GetAsync("/api/maintenance/analytics/monthly_expense_summary?from=2026-05&to=2026-01").ExpectValidationErrors();
        await landlord.GetAsync("/api/maintenance/analytics/monthly_expense_summary?pageSize=5000").ExpectValidationErrors();
        await landlord.GetAsync("/api/maintenance/analytics/no_such_view").ExpectStatus(HttpStatusCode.NotFound);
        await landlord.GetAsync("/api/maintenance/analytics/no_such_view.pdf").ExpectStatus(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ALandlordsBudget_IsKeptWithTheirThresholds_AndShownToTheFirm()
    {
        // A new landlord, so the demo landlords' settings stay as seeded for the other tests.
        using var admin = await app.ClientAsAsync(Admin);
        var email = $"owner{Guid.NewGuid():N}"[..14] + "@properties.demo";
        var owner = await (await admin.PostAsJsonAsync("/api/users", new
        {
            email, displayName = "Settings Owner", password = "Settings!Owner2026x", roles = new[] { "Landlord" },
        }).ExpectStatus(HttpStatusCode.Created)).Json();
        var ownerId = owner.GetProperty("id").GetString();
        using var manager = await app.ClientAsAsync(Manager);
        await manager.PutAsJsonAsync("/api/maintenance/settings/landlord", new
        {
            landlordUserId = ownerId, ownerApprovalLimit = 15000, monthlyBudget = 30000, budgetAlertShare = 0.75, budgetAlerts = true,
        }).JsonOk();
        var settings = await manager.GetAsync("/api/maintenance/settings").JsonOk();
        var mine = settings.GetProperty("landlordOverrides").EnumerateArray().Single(o => o.GetProperty("landlordUserId").GetString() == ownerId);
        Assert.Equal((15000m, 30000m, 0.75m, true), (mine.GetProperty("ownerApprovalLimit").GetDecimal(), mine.GetProperty("monthlyBudget").GetDecimal(),
            mine.GetProperty("budgetAlertShare").GetDecimal(), mine.GetProperty("budgetAlerts").GetBoolean()));
        var card = await manager.GetAsync($"/api/maintenance/budget?landlordId={ownerId}").JsonOk();
        Assert.Equal(30000m, card.GetProperty("budget").GetDecimal());
        await manager.PutAsJsonAsync("/api/maintenance/settings/landlord", new { landlordUserId = ownerId, budgetAlertShare = 2 }).ExpectValidationErrors();
    }

    [Fact]
    public async Task TheCostCharts_AndTheirPdfReport_ShowTheSixCharts()
    {
        using var landlord = await app.ClientAsAsync(Landlord);
        var month = DateTime.UtcNow.ToString("yyyy-MM");
        var charts = await landlord.GetAsync($"/api/maintenance/cost-charts?from={month}&to={month}").JsonOk();
        foreach (var chart in new[] { "monthlyTrend", "byCategory", "byProperty", "vendors", "accuracyByCategory", "accuracyByStaff", "budget" })
        {
            Assert.Equal(JsonValueKind.Array, charts.GetProperty(chart).ValueKind);
        }
        var paid = charts.GetProperty("monthlyTrend").EnumerateArray().Sum(p => p.GetProperty("value").GetDecimal());
        Assert.Equal(paid, charts.GetProperty("byProperty").EnumerateArray().Sum(p => p.GetProperty("value").GetDecimal()));

        var pdf = await landlord.GetAsync($"/api/maintenance/cost-report.pdf?from={month}&to={month}").ExpectStatus(HttpStatusCode.OK);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var text = await PdfText.ExtractAsync(await pdf.Content.ReadAsByteArrayAsync());
        foreach (var heading in new[] { "MAINTENANCE COSTS", "1. Monthly trend", "2. Category breakdown", "3. Cost per property", "4. Vendor performance",
            "5. Estimate accuracy by category", "5. Estimate accuracy by staff member", "6. Budget utilisation" })
        {
            Assert.Contains(heading, text);
        }
        Assert.Contains($"KES {paid:N2}", text);
        await landlord.GetAsync("/api/maintenance/cost-charts?from=2020-01&to=2026-12").ExpectValidationErrors();
        using var tenant = await app.ClientAsAsync(Tenant);
        await tenant.GetAsync("/api/maintenance/cost-report.pdf").ExpectStatus(HttpStatusCode.Forbidden);
    }
}
