using FieldOps.Data;
using FieldOps.Data.Platform;
using FieldOps.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FieldOps.Tests.Platform;

/// <summary>The query filters, not the callers, keep organizations apart.</summary>
public sealed class OrganizationIsolationTests(ServiceHarness harness) : IClassFixture<ServiceHarness>
{
    [Fact]
    public async Task AUserOfOneOrganization_SeesOnlyItsUsers_EvenWithAnUnfilteredQuery()
    {
        await using var scope = await harness.ScopeAsAsync("admin@garage.demo");
        await using var db = await Db(scope);

        var emails = await db.Users.Select(u => u.Email).ToListAsync();

        Assert.Contains("technician@garage.demo", emails);
        Assert.DoesNotContain("technician@garage2.demo", emails);
        Assert.DoesNotContain("admin@contracting.demo", emails);
    }

    [Fact]
    public async Task RecordsOfAnotherOrganization_AreInvisible_ToQueriesThatDoNotFilter()
    {
        var secondGarage = await harness.OrganizationIdAsync(DemoAccounts.SecondGarage);
        var demoGarage = await harness.OrganizationIdAsync(DemoAccounts.DemoGarage);
        var secondRecord = Guid.NewGuid();
        await using (var db = await harness.SystemDbAsync())
        {
            db.StatusChanges.Add(new StatusChange(secondGarage, "Probe", secondRecord, null, "Open", null, null, "System", DateTime.UtcNow));
            db.StatusChanges.Add(new StatusChange(demoGarage, "Probe", Guid.NewGuid(), null, "Open", null, null, "System", DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        await using var scope = await harness.ScopeAsAsync("admin@garage.demo");
        await using var userDb = await Db(scope);
        var visible = await userDb.StatusChanges.Where(s => s.EntityType == "Probe").ToListAsync();

        Assert.Single(visible);
        Assert.All(visible, s => Assert.Equal(demoGarage, s.OrganizationId));
        Assert.Null(await userDb.StatusChanges.FirstOrDefaultAsync(s => s.EntityId == secondRecord));
    }

    [Fact]
    public async Task WithoutASignedInUser_OrganizationOwnedRecordsAreHidden()
    {
        await using var scope = harness.SystemScope();
        await using var db = await Db(scope);

        var demoGarage = await harness.OrganizationIdAsync(DemoAccounts.DemoGarage);
        await using (var system = await harness.SystemDbAsync())
        {
            system.StatusChanges.Add(new StatusChange(demoGarage, "Hidden", Guid.NewGuid(), null, "Open", null, null, "System", DateTime.UtcNow));
            await system.SaveChangesAsync();
        }

        Assert.Equal(0, await db.StatusChanges.CountAsync(s => s.EntityType == "Hidden"));
        Assert.Equal(1, await db.StatusChanges.IgnoreQueryFilters().CountAsync(s => s.EntityType == "Hidden"));
    }

    [Fact]
    public async Task SavingARecordIntoAnotherOrganization_IsRefused()
    {
        var secondGarage = await harness.OrganizationIdAsync(DemoAccounts.SecondGarage);
        await using var scope = await harness.ScopeAsAsync("admin@garage.demo");
        await using var db = await Db(scope);

        db.StatusChanges.Add(new StatusChange(secondGarage, "CrossOrganizationProbe", Guid.NewGuid(), null, "Open", null, null, "x", DateTime.UtcNow));

        await Assert.ThrowsAsync<AccessDeniedException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task StatusHistory_IsAppendOnly()
    {
        var demoGarage = await harness.OrganizationIdAsync(DemoAccounts.DemoGarage);
        var change = new StatusChange(demoGarage, "AppendOnlyProbe", Guid.NewGuid(), null, "Open", "first", null, "System", DateTime.UtcNow);
        await using (var db = await harness.SystemDbAsync())
        {
            db.StatusChanges.Add(change);
            await db.SaveChangesAsync();
        }

        await using (var db = await harness.SystemDbAsync())
        {
            var stored = await db.StatusChanges.IgnoreQueryFilters().SingleAsync(s => s.Id == change.Id);
            db.Entry(stored).Property(s => s.Note).CurrentValue = "rewritten";
            await Assert.ThrowsAsync<BusinessRuleException>(() => db.SaveChangesAsync());
        }

        await using (var db = await harness.SystemDbAsync())
        {
            var stored = await db.StatusChanges.IgnoreQueryFilters().SingleAsync(s => s.Id == change.Id);
            db.StatusChanges.Remove(stored);
            await Assert.ThrowsAsync<BusinessRuleException>(() => db.SaveChangesAsync());
        }
    }

    private static Task<FieldOpsDbContext> Db(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<IDbContextFactory<FieldOpsDbContext>>().CreateDbContextAsync();
}
