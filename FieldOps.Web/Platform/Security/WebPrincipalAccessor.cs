using System.Security.Claims;
using FieldOps.Data.Platform;

namespace FieldOps.Web.Platform.Security;

/// <summary>
/// The principal of whoever is acting in this DI scope. For an HTTP request that is the request's user; for an
/// interactive Blazor circuit (where there is no HttpContext) it is the circuit's authentication state, kept up to
/// date by <see cref="PrincipalCircuitHandler"/>.
/// </summary>
public sealed class WebPrincipalAccessor(IHttpContextAccessor httpContextAccessor) : IPrincipalAccessor
{
    private ClaimsPrincipal? _circuitPrincipal;

    public ClaimsPrincipal? Principal => _circuitPrincipal ?? httpContextAccessor.HttpContext?.User;

    public void SetCircuitPrincipal(ClaimsPrincipal principal) => _circuitPrincipal = principal;
}
