using System.Security.Claims;
using FieldOps.Data.Platform;

namespace FieldOps.Tests.Support;

/// <summary>The principal of a test scope, set explicitly.</summary>
public sealed class TestPrincipalAccessor : IPrincipalAccessor
{
    public ClaimsPrincipal? Principal { get; set; }
}
