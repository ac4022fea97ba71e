using System.Net;
using FieldOps.Tests.Support;

namespace FieldOps.Tests.Workshop;

public sealed class WorkshopExportTests(FieldOpsAppFactory app) : IClassFixture<FieldOpsAppFactory>
{
    [Fact]
    public async Task AnExportOfAFilteredList_ContainsExactlyTheListsRows()
    {
        using var siteManager = await app.ClientAsAsync("sitemanager@garage.demo");
        var list = await siteManager.GetAsync("/api/jobs?status=in_progress&operationsStream=mechanical&pageSize=200").JsonOk();
        var expected = list.GetProperty("items").EnumerateArray().Select(j => j.GetProperty("number").GetString()!).Order().ToList();
        Assert.NotEmpty(expected);

        var response = await siteManager.GetAsync("/api/exports/workshop-jobs.csv?status=in_progress&operationsStream=mechanical")
            .ExpectStatus(HttpStatusCode.OK);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("Job,Status,Registration", lines[0], StringComparison.Ordinal);
        Assert.Equal(expected, lines.Skip(1).Select(l => l.Split(',')[0]).Order().ToList());
        Assert.All(lines.Skip(1), l => Assert.Contains(",In progress,", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATechniciansExport_HoldsOnlyTheirJobs()
    {
        using var technician = await app.ClientAsAsync("technician2@garage.demo");
        var response = await technician.GetAsync("/api/exports/workshop-jobs.csv").ExpectStatus(HttpStatusCode.OK);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Contains("Grace Wanjiru", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnExcelExport_IsAWorkbook_AndExportsAreRoleChecked()
    {
        using var billing = await app.ClientAsAsync("billing@garage.demo");
        var workbook = await billing.GetAsync("/api/exports/invoices.xlsx?paid=false").ExpectStatus(HttpStatusCode.OK);
        var bytes = await workbook.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);

        using var technician = await app.ClientAsAsync("technician@garage.demo");
        await technician.GetAsync("/api/exports/invoices.csv").ExpectStatus(HttpStatusCode.Forbidden);
        await billing.GetAsync("/api/exports/nothing.csv").ExpectStatus(HttpStatusCode.NotFound);
    }
}
