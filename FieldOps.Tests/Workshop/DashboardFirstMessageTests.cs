using System.Text.RegularExpressions;
using FieldOps.Data.Platform;
using FieldOps.Data.Workshop;
using FieldOps.Data.Workshop.Services;
using FieldOps.Tests.Support;
using FieldOps.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FieldOps.Tests.Workshop;

/// <summary>
/// A dashboard's data, read for its first paint, goes back to the server in the first message its live tab sends. With
/// its list as full as it gets, that message must still be within the server's limit: over it, the tab never goes live.
/// </summary>
public sealed class DashboardFirstMessageTests(FieldOpsAppFactory app, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<FieldOpsAppFactory>
{
    private const string SiteManager = "admin@garage2.demo";
    private const string Technician = "technician@garage2.demo";

    [Fact]
    public async Task ATechniciansDashboard_WithFiftyJobsOfTheLongestIssues_FitsInTheFirstMessage()
    {
        var technicianId = await app.AsAsync<UserManager<AppUser>, string>(SiteManager,
            async users => (await users.FindByEmailAsync(Technician))!.Id);
        var issues = string.Concat(Enumerable.Repeat("Knocking from the front left wheel at speed; ", 50))[..2000];
        for (var i = 0; i < 55; i++)
        {
            var job = await app.AsAsync<JobService, JobDetails>(SiteManager, s => s.CreateAsync(new CreateJobInput
            {
                RegistrationNumber = $"FULL {i:D3}", OwnerName = "Fleet Owner With A Long Company Name Limited", Make = "Toyota",
                Model = "Land Cruiser Prado", Year = 2020, OperationsStream = OperationsStream.Mechanical, RevenueStream = RevenueStream.Scheduled,
                IssuesReported = issues,
            }, CancellationToken.None));
            await app.AsAsync<JobService, JobDetails>(SiteManager, s => s.AssignAsync(job.Id, technicianId, CancellationToken.None));
        }

        using var technician = await app.ClientAsAsync(Technician);
        var html = await (await technician.GetAsync("/workshop/technician").ExpectStatus(System.Net.HttpStatusCode.OK)).Content.ReadAsStringAsync();

        Assert.Contains("the first 50 listed", html, StringComparison.Ordinal);
        var state = Regex.Match(html, "<!--Blazor-Server-Component-State:([^>]*)-->").Groups[1].Value;
        output.WriteLine($"The page's state: {state.Length:N0} characters.");
        Assert.True(state.Length > 100_000, $"The state carries the listed jobs: {state.Length:N0} characters.");
        // The tab sends the state back in a JSON message with a few hundred bytes besides.
        Assert.True(state.Length + 4_096 < WebSetup.MaximumCircuitMessageBytes,
            $"The first message would be {state.Length + 4_096:N0} bytes; the server takes {WebSetup.MaximumCircuitMessageBytes:N0}.");
    }
}
