using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FieldOps.Data.Platform;

/// <summary>Adds the user's organization and display name to the principal, for cookies and bearer tokens alike,
/// so every request knows its organization without a database round trip.</summary>
public sealed class FieldOpsClaimsPrincipalFactory(
    FieldOpsDbContext db,
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(FieldOpsClaimTypes.OrganizationId, user.OrganizationId.ToString()));
        identity.AddClaim(new Claim(FieldOpsClaimTypes.DisplayName, user.DisplayName));
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == user.OrganizationId);
        identity.AddClaim(new Claim(FieldOpsClaimTypes.OrganizationName, organization.Name));
        identity.AddClaim(new Claim(FieldOpsClaimTypes.Modules, ((int)organization.Modules).ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(FieldOpsClaimTypes.TimeZone, organization.Settings.TimeZoneId));
        if (user.Email is not null && !identity.HasClaim(c => c.Type == ClaimTypes.Email))
        {
            identity.AddClaim(new Claim(ClaimTypes.Email, user.Email));
        }
        return identity;
    }
}
