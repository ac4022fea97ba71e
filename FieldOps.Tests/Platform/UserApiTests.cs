using System.Net;
using System.Net.Http.Json;
using FieldOps.Tests.Support;

namespace FieldOps.Tests.Platform;

public sealed class UserApiTests(FieldOpsAppFactory app) : IClassFixture<FieldOpsAppFactory>
{
    [Fact]
    public async Task Managers_ListTheirOrganizationsUsers_FilteredByRole()
    {
        using var client = await app.ClientAsAsync("sitemanager@garage.demo");
        var technicians = await client.GetAsync("/api/users?role=Technician").JsonOk();

        var emails = technicians.EnumerateArray().Select(u => u.GetProperty("email").GetString()).ToList();
        Assert.Contains("technician@garage.demo", emails);
        Assert.Contains("technician2@garage.demo", emails);
        Assert.DoesNotContain("technician@garage2.demo", emails);
        Assert.DoesNotContain("sitemanager@garage.demo", emails);
    }

    [Fact]
    public async Task ATechnician_CannotListUsers() =>
        await (await app.ClientAsAsync("technician@garage.demo")).GetAsync("/api/users").ExpectStatus(HttpStatusCode.Forbidden);

    [Fact]
    public async Task AnUnknownRole_Is422() =>
        await (await app.ClientAsAsync("admin@garage.demo")).GetAsync("/api/users?role=Pilot").ExpectValidationErrors();

    [Fact]
    public async Task AnAdmin_CreatesAUser_WhoCanSignInAndSeesTheSameOrganization()
    {
        using var admin = await app.ClientAsAsync("admin@garage.demo");
        await admin.PostAsJsonAsync("/api/users", new
        {
            email = "new.tech@garage.demo",
            displayName = "New Technician",
            password = "A-long-enough-password-1",
            roles = new[] { "Technician" },
        }).ExpectStatus(HttpStatusCode.Created);

        using var newcomer = await app.ClientAsAsync("new.tech@garage.demo", "A-long-enough-password-1");
        var me = await newcomer.GetAsync("/api/me").JsonOk();
        Assert.Equal("Demo Garage", me.GetProperty("organization").GetProperty("name").GetString());
    }

    [Fact]
    public async Task CreatingAUserWithBadInput_Is422WithFieldErrors_AndNothingIsSaved()
    {
        using var admin = await app.ClientAsAsync("admin@garage.demo");
        var errors = await admin.PostAsJsonAsync("/api/users", new { email = "not-an-email", displayName = "", password = "short", roles = Array.Empty<string>() })
            .ExpectValidationErrors();

        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("displayName", out _));
        Assert.True(errors.TryGetProperty("password", out _));
        Assert.True(errors.TryGetProperty("roles", out _));
        var users = await admin.GetAsync("/api/users").JsonOk();
        Assert.DoesNotContain(users.EnumerateArray(), u => u.GetProperty("email").GetString() == "not-an-email");
    }

    [Fact]
    public async Task NobodyChangesTheirOwnRoles()
    {
        using var admin = await app.ClientAsAsync("admin@garage.demo");
        var me = await admin.GetAsync("/api/me").JsonOk();
        await admin.PutAsJsonAsync($"/api/users/{me.GetProperty("userId").GetString()}/roles", new { roles = new[] { "Admin", "BillingStaff" } })
            .ExpectStatus(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AnAdminCannotTouchAnotherOrganizationsUser()
    {
        using var otherAdmin = await app.ClientAsAsync("admin@garage2.demo");
        using var admin = await app.ClientAsAsync("admin@garage.demo");
        var technicianId = (await admin.GetAsync("/api/users?role=Technician").JsonOk()).EnumerateArray().First().GetProperty("id").GetString();

        await otherAdmin.PostAsync($"/api/users/{technicianId}/lock", null).ExpectStatus(HttpStatusCode.NotFound);
    }
}
