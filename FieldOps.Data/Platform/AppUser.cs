using Microsoft.AspNetCore.Identity;

namespace FieldOps.Data.Platform;

/// <summary>A person who signs in. Belongs to exactly one organization and sees only its data.</summary>
public sealed class AppUser : IdentityUser
{
    public Guid OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public string DisplayName { get; set; } = "";
}
