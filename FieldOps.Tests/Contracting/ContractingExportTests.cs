using System.Net;
using System.Net.Http.Json;
using FieldOps.Data.Contracting;
using FieldOps.Tests.Support;
using static FieldOps.Tests.Contracting.ContractingScenario;

namespace FieldOps.Tests.Contracting;

/// <summary>The contracting lists exported as the person sees them: same filters, only what they may see.</summary>
public sealed class ContractingExportTests(FieldOpsAppFactory app) : IClassFixture<FieldOpsAppFactory>
{
    private readonly ContractingScenario _scenario = new(app);

    private static async Task<List<string[]>> CsvAsync(HttpResponseMessage response)
    {
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return ParseCsv((await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
    }

    /// <summary>RFC 4180: fields may be quoted, with commas, line breaks and doubled quotes inside.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                if (c == '\r')
                {
                    i++;
                }
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add([.. row]);
        }
        return rows;
    }

    [Fact]
    public async Task TheVoucherExport_FollowsTheStatusFilter()
    {
        var admin = await app.ClientAsAsync(Admin);
        var rows = await CsvAsync(await admin.GetAsync("/api/exports/contracting-vouchers.csv?status=paid").ExpectStatus(HttpStatusCode.OK));
        Assert.Equal(["Voucher", "Status", "Subcontractor", "From", "To", "Total", "Currency", "Paid on"], rows[0]);
        Assert.True(rows.Count > 1);
        Assert.All(rows.Skip(1), row => Assert.Equal("Paid", row[1]));
        var all = await CsvAsync(await admin.GetAsync("/api/exports/contracting-vouchers.csv").ExpectStatus(HttpStatusCode.OK));
        Assert.True(all.Count > rows.Count);
    }

    [Fact]
    public async Task AContractorsLedgerExport_IsTheirOwn_WithTheRunningBalance_WhateverIdTheySend()
    {
        var wambui = await _scenario.CompanyOfAsync(Wambui);
        var mutua = await app.ClientAsAsync(Mutua);
        var rows = await CsvAsync(await mutua.GetAsync($"/api/exports/contracting-ledger.csv?subcontractorId={wambui.Id}").ExpectStatus(HttpStatusCode.OK));
        Assert.Equal("Balance due", rows[0][5]);
        var ledger = await mutua.GetAsync("/api/contractor/ledger").JsonOk();
        Assert.Equal(ledger.GetProperty("entries").GetArrayLength(), rows.Count - 1);
        Assert.Equal(ledger.GetProperty("summary").GetProperty("balanceDue").GetDecimal(),
            decimal.Parse(rows[^1][5], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task AdminListExports_AreRefusedToContractors_AndToTheGarage()
    {
        foreach (var user in new[] { Mutua, GarageAdmin })
        {
            var client = await app.ClientAsAsync(user);
            foreach (var list in new[] { "contracting-vouchers", "contracting-daily-logs", "contracting-expenses" })
            {
                await client.GetAsync($"/api/exports/{list}.csv").ExpectStatus(HttpStatusCode.Forbidden);
            }
        }
        var garage = await app.ClientAsAsync(GarageAdmin);
        await garage.GetAsync("/api/exports/contracting-materials.csv").ExpectStatus(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task TheReviewQueueExports_HoldExactlyThePendingRecords()
    {
        var log = await _scenario.LogAsync(Wambui, workers: 3);
        var admin = await app.ClientAsAsync(Admin);
        var logs = await CsvAsync(await admin.GetAsync("/api/exports/contracting-daily-logs.csv?status=submitted").ExpectStatus(HttpStatusCode.OK));
        Assert.All(logs.Skip(1), row => Assert.Equal("Submitted", row[5]));
        var dashboard = await admin.GetAsync("/api/admin/contracting-dashboard").JsonOk();
        Assert.Equal(dashboard.GetProperty("logsToReview").GetInt32(), logs.Count - 1);
        Assert.Contains(logs, row => row[1] == "Wambui Electrical Ltd" && row[3] == "3" && row[4] == log.WorkSummary);

        var xlsx = await admin.GetAsync("/api/exports/contracting-expenses.xlsx?status=pending").ExpectStatus(HttpStatusCode.OK);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"Click\")")]
    [InlineData("+SUM(1,2)")]
    [InlineData("-2+3")]
    [InlineData("@cmd")]
    public async Task TextThatLooksLikeAFormula_IsNeutralizedInEveryCsvExport(string summary)
    {
        using var mutua = await app.ClientAsAsync(Mutua);
        await mutua.PostAsJsonAsync("/api/contractor/daily-logs", new
        {
            logDate = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"), workSummary = summary, workersCount = 2,
        }).ExpectStatus(HttpStatusCode.Created);

        using var admin = await app.ClientAsAsync(Admin);
        var rows = await CsvAsync(await admin.GetAsync("/api/exports/contracting-daily-logs.csv?status=submitted").ExpectStatus(HttpStatusCode.OK));
        var cells = rows.SelectMany(r => r).ToList();
        Assert.Contains("'" + summary, cells);
        Assert.DoesNotContain(summary, cells);
        // Numbers keep their sign: only text is neutralized.
        Assert.DoesNotContain(cells, c => c.StartsWith("'-0", StringComparison.Ordinal) || c.StartsWith("'-1", StringComparison.Ordinal));
    }
}
