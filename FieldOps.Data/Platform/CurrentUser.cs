using System.Security.Claims;

namespace FieldOps.Data.Platform;

/// <summary>Who is acting: the signed-in user of an HTTP request or a Blazor circuit, or nobody (start-up, system
/// jobs). Services authorize against it; the database context filters by its organization.</summary>
public interface ICurrentUser
{
    string? UserId { get; }
    string DisplayName { get; }
    string? Email { get; }
    Guid? OrganizationId { get; }
    bool IsAuthenticated { get; }
    IReadOnlyCollection<string> Roles { get; }
    OrganizationModules Modules { get; }
    bool IsInRole(string role);

    /// <summary>The organization's time zone: what "today" and the times on screen mean for this user.</summary>
    string TimeZoneId => OrganizationTime.Utc;
}

/// <summary>Supplies the principal the current user is read from. The web app provides one that knows about HTTP
/// requests and Blazor circuits; tests provide fixed principals.</summary>
public interface IPrincipalAccessor
{
    ClaimsPrincipal? Principal { get; }
}

public static class FieldOpsClaimTypes
{
    public const string OrganizationId = "fieldops:org";
    public const string DisplayName = "fieldops:name";
    public const string OrganizationName = "fieldops:org-name";
    public const string Modules = "fieldops:modules";
    public const string TimeZone = "fieldops:tz";
}

/// <summary>Lets trusted code act as a given user within a DI scope (the demo seeder runs the real services as the
/// demo users). Never set from request input.</summary>
public sealed class ActAs
{
    public ClaimsPrincipal? Principal { get; set; }
}

/// <summary>The current user read from a claims principal.</summary>
public sealed class ClaimsCurrentUser(IPrincipalAccessor accessor, ActAs actAs) : ICurrentUser
{
    private ClaimsPrincipal? Principal => actAs.Principal ?? accessor.Principal;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string? UserId => IsAuthenticated ? Principal!.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public string? Email => IsAuthenticated ? Principal!.FindFirstValue(ClaimTypes.Email) ?? Principal!.FindFirstValue(ClaimTypes.Name) : null;

    public string DisplayName => IsAuthenticated
        ? Principal!.FindFirstValue(FieldOpsClaimTypes.DisplayName) ?? Principal!.Identity!.Name ?? "Unknown user"
        : "System";

    public Guid? OrganizationId =>
        IsAuthenticated && Guid.TryParse(Principal!.FindFirstValue(FieldOpsClaimTypes.OrganizationId), out var id) ? id : null;

    public IReadOnlyCollection<string> Roles => IsAuthenticated
        ? Principal!.FindAll(ClaimTypes.Role).Select(c => c.Value).Distinct().ToArray()
        : [];

    public OrganizationModules Modules =>
        IsAuthenticated && int.TryParse(Principal!.FindFirstValue(FieldOpsClaimTypes.Modules), System.Globalization.NumberStyles.Integer,
            System.Globalization.CultureInfo.InvariantCulture, out var modules)
            ? (OrganizationModules)modules
            : OrganizationModules.None;

    public bool IsInRole(string role) => IsAuthenticated && Principal!.IsInRole(role);

    public string TimeZoneId => (IsAuthenticated ? Principal!.FindFirstValue(FieldOpsClaimTypes.TimeZone) : null) ?? OrganizationTime.Utc;
}

/// <summary>No user: start-up migration, seeding and background jobs. Sees no organization's data through the
/// query filters; such code works across organizations explicitly.</summary>
public sealed class SystemCurrentUser : ICurrentUser
{
    public static readonly SystemCurrentUser Instance = new();

    public string? UserId => null;
    public string DisplayName => "System";
    public string? Email => null;
    public Guid? OrganizationId => null;
    public bool IsAuthenticated => false;
    public IReadOnlyCollection<string> Roles => [];
    public OrganizationModules Modules => OrganizationModules.None;
    public bool IsInRole(string role) => false;
}
