using FieldOps.Data.Platform;
using FieldOps.Tests.Support;
using FieldOps.Web.Platform.Navigation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FieldOps.Tests.Platform;

public sealed class DashboardRoutingTests(ServiceHarness harness) : IClassFixture<ServiceHarness>
{
    [Theory]
    [InlineData("admin@garage.demo", "/workshop/admin")]
    [InlineData("sitemanager@garage.demo", "/workshop/site-manager")]
    [InlineData("technician@garage.demo", "/workshop/technician")]
    [InlineData("technician2@garage.demo", "/workshop/technician")]
    [InlineData("workshopmanager@garage.demo", "/workshop/manager")]
    [InlineData("warehouse@garage.demo", "/workshop/warehouse")]
    [InlineData("billing@garage.demo", "/workshop/billing")]
    [InlineData("admin@garage2.demo", "/workshop/admin")]
    [InlineData("technician@garage2.demo", "/workshop/technician")]
    [InlineData("admin@contracting.demo", "/contracting/admin")]
    [InlineData("admin@properties.demo", "/maintenance/manager")]
    [InlineData("manager@properties.demo", "/maintenance/manager")]
    [InlineData("landlord@properties.demo", "/maintenance/landlord")]
    [InlineData("landlord2@properties.demo", "/maintenance/landlord")]
    [InlineData("staff@properties.demo", "/maintenance/work")]
    [InlineData("vendor@properties.demo", "/maintenance/work")]
    [InlineData("tenant@properties.demo", "/maintenance/tenant")]
    [InlineData("tenant2@properties.demo", "/maintenance/tenant")]
    [InlineData("admin@gulf.demo", "/maintenance/manager")]
    [InlineData("contractor@contracting.demo", "/contracting/workspace")]
    [InlineData("contractor2@contracting.demo", "/contracting/workspace")]
    [InlineData("unlinked@contracting.demo", "/contracting/workspace")]
    public async Task EachRole_LandsOnItsOwnDashboard(string email, string expectedRoute)
    {
        await using var scope = harness.SystemScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>()
            .CreateAsync((await users.FindByEmailAsync(email))!);

        Assert.Equal(expectedRoute, NavigationCatalog.LandingRoute(principal));
    }

    [Fact]
    public async Task AnAdmin_SeesOnlyTheModulesTheirOrganizationUses()
    {
        await using var scope = harness.SystemScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>()
            .CreateAsync((await users.FindByEmailAsync("admin@contracting.demo"))!);

        var routes = NavigationCatalog.For(principal).Where(l => l.IsDashboard).Select(l => l.Route).ToList();

        Assert.Equal(["/contracting/admin"], routes);
    }
}
