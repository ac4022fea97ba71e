using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Platform.Search;
using FieldOps.Data.Workshop;
using FieldOps.Data.Workshop.Services;
using FieldOps.Tests.Support;

namespace FieldOps.Tests.Workshop;

/// <summary>The jobs search finds by word prefix through the search index: number, registration, owner.</summary>
public sealed class JobSearchTests(ServiceHarness harness) : IClassFixture<ServiceHarness>
{
    private readonly WorkshopScenario _scenario = new(harness);

    [Fact]
    public void Terms_AreTheWordsAndTheWholeText_NormalizedWithNumbersAlsoWithoutLeadingZeros()
    {
        Assert.Equal(new[] { "0042", "2026", "20260042", "42", "JOB", "JOB20260042" }, SearchTerms.Of("JOB-2026-0042").Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "123A", "KDA", "KDA123A", "NDUTAKIMANI", "NDUTA", "KIMANI", "WAIRIMU", "WAIRIMUNDUTAKIMANI" }.Order(StringComparer.Ordinal),
            SearchTerms.Of("KDA 123A", "Wairimu Nduta-Kimani").Order(StringComparer.Ordinal));
        Assert.Empty(SearchTerms.Of("  ", null, "--"));
        Assert.Equal(SearchTerms.MaxLength, SearchTerms.Of(new string('x', 100)).Single().Length);
    }

    [Theory]
    [InlineData("wairimu")]
    [InlineData("KIMANI")]
    [InlineData("nduta-k")]
    [InlineData("wairimu nduta")]
    [InlineData("zqx 9")]
    [InlineData("ZQX9")]
    public async Task AJob_IsFoundByAnyWordPrefix_OfItsNumberRegistrationOrOwner(string search)
    {
        var ct = CancellationToken.None;
        var job = await _scenario.As<JobService, JobDetails>(WorkshopScenario.SiteManager, s => s.CreateAsync(new CreateJobInput
        {
            RegistrationNumber = $"ZQX {Random.Shared.Next(900, 999)}{(char)('A' + Random.Shared.Next(26))}", OwnerName = "Wairimu Nduta-Kimani",
            OperationsStream = OperationsStream.Mechanical, RevenueStream = RevenueStream.WalkIn, IssuesReported = "Brakes squeal",
        }, ct));

        var found = await _scenario.As<JobService, ListPage<JobSummary>>(WorkshopScenario.SiteManager,
            s => s.ListAsync(new JobFilter(Search: search), new ListRequest(0, ListRequest.MaxTake), ct));

        Assert.Contains(found.Items, j => j.Id == job.Id);
        Assert.Equal(found.Items.Count, found.Total);
    }

    [Fact]
    public async Task ABroadSearch_WalkingTheJobsInOrder_FindsTheSameJobsInTheSameOrder_AsReadingTheMatches()
    {
        var ct = CancellationToken.None;
        var created = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            created.Add((await _scenario.As<JobService, JobDetails>(WorkshopScenario.SiteManager, s => s.CreateAsync(new CreateJobInput
            {
                RegistrationNumber = WorkshopScenario.NextRegistration(), OwnerName = "Zawadi Broadhurst",
                OperationsStream = OperationsStream.Mechanical, RevenueStream = RevenueStream.WalkIn, IssuesReported = "Service",
            }, ct))).Id);
        }
        // The broad list's total is counted from the terms, with the list's other filters and the user's visibility.
        foreach (var (email, search, status) in new (string, string, JobStatus?)[]
                 {
                     (WorkshopScenario.SiteManager, "broadh", null), (WorkshopScenario.SiteManager, "k", null), (WorkshopScenario.Peter, "k", null),
                     (WorkshopScenario.SiteManager, "k", JobStatus.Received), (WorkshopScenario.SiteManager, "zawadi", JobStatus.Received),
                 })
        {
            var byMatches = await _scenario.As<JobService, ListPage<JobSummary>>(email,
                s => s.ListAsync(new JobFilter(Status: status, Search: search), new ListRequest(0, ListRequest.MaxTake), ct));
            var byWalking = await _scenario.As<JobService, ListPage<JobSummary>>(email,
                s => s.ListAsync(new JobFilter(Status: status, Search: search) { SearchIsBroad = true }, new ListRequest(0, ListRequest.MaxTake), ct));

            Assert.NotEmpty(byMatches.Items);
            Assert.Equal(byMatches.Items.Select(j => j.Id), byWalking.Items.Select(j => j.Id));
            Assert.Equal(byMatches.Total > JobQueries.BroadSearchCountLimit
                ? (JobQueries.BroadSearchCountLimit, true) : (byMatches.Total, false), (byWalking.Total, byWalking.TotalIsAtLeast));
        }
        var broadhurst = await _scenario.As<JobService, ListPage<JobSummary>>(WorkshopScenario.SiteManager,
            s => s.ListAsync(new JobFilter(Search: "broadh") { SearchIsBroad = true }, new ListRequest(0, 20), ct));
        Assert.Equal(created.AsEnumerable().Reverse(), broadhurst.Items.Select(j => j.Id));
    }

    [Fact]
    public async Task ABroadSearchOfMoreJobsThanItsLimit_SaysSo_AndTheNarrowCountAgrees()
    {
        var ct = CancellationToken.None;
        var jobs = JobQueries.BroadSearchCountLimit + 3;
        for (var i = 0; i < jobs; i++)
        {
            await _scenario.As<JobService, JobDetails>(WorkshopScenario.SiteManager, s => s.CreateAsync(new CreateJobInput
            {
                RegistrationNumber = WorkshopScenario.NextRegistration(), OwnerName = "Zuberi Manyara",
                OperationsStream = OperationsStream.Mechanical, RevenueStream = RevenueStream.WalkIn, IssuesReported = "Service",
            }, ct));
        }
        var exact = await _scenario.As<JobService, ListPage<JobSummary>>(WorkshopScenario.SiteManager,
            s => s.ListAsync(new JobFilter(Search: "zuberi"), new ListRequest(0, 20), ct));
        var broad = await _scenario.As<JobService, ListPage<JobSummary>>(WorkshopScenario.SiteManager,
            s => s.ListAsync(new JobFilter(Search: "zuberi") { SearchIsBroad = true }, new ListRequest(0, 20), ct));

        Assert.Equal((jobs, false), (exact.Total, exact.TotalIsAtLeast));
        Assert.Equal((JobQueries.BroadSearchCountLimit, true), (broad.Total, broad.TotalIsAtLeast));
        Assert.Equal(exact.Items.Select(j => j.Id), broad.Items.Select(j => j.Id));
    }

    [Fact]
    public async Task ASearch_FindsByTheNumber_AndNothingInTheMiddleOfAWord_OrOfAnotherGarage()
    {
        var ct = CancellationToken.None;
        var jobId = await _scenario.JobAsync(JobStatus.Received);
        var job = await _scenario.As<JobService, JobDetails>(WorkshopScenario.SiteManager, s => s.GetAsync(jobId, ct));
        var sequence = job.Number.Split('-')[^1];

        async Task<IReadOnlyList<JobSummary>> SearchAsync(string email, string text) =>
            (await _scenario.As<JobService, ListPage<JobSummary>>(email, s => s.ListAsync(new JobFilter(Search: text), new ListRequest(0, 50), ct))).Items;

        Assert.Contains(await SearchAsync(WorkshopScenario.SiteManager, job.Number), j => j.Id == jobId);
        Assert.Contains(await SearchAsync(WorkshopScenario.SiteManager, sequence.TrimStart('0')), j => j.Id == jobId);
        Assert.DoesNotContain(await SearchAsync(WorkshopScenario.SiteManager, "cenario"), j => j.Id == jobId); // "Scenario Owner"
        Assert.Empty(await SearchAsync(WorkshopScenario.SiteManager, "%_"));
        Assert.Empty(await SearchAsync("admin@garage2.demo", "Scenario"));
    }
}
