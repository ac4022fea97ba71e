using System.Globalization;
using System.Security.Claims;
using FieldOps.Data.Platform;

namespace FieldOps.Web.Platform.Security;

/// <summary>The modules a signed-in user's organization uses, as their token or cookie says.</summary>
public static class ModuleClaims
{
    public static OrganizationModules Of(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(FieldOpsClaimTypes.Modules), NumberStyles.Integer, CultureInfo.InvariantCulture, out var modules)
            ? (OrganizationModules)modules
            : OrganizationModules.None;

    public static bool Uses(ClaimsPrincipal user, OrganizationModules module) => (Of(user) & module) == module;
}
