using FieldOps.Data.Platform;

namespace FieldOps.Data.Contracting;

/// <summary>A construction project the business runs, which logs and expenses can be linked to.</summary>
public sealed class Project : OrganizationEntity
{
    private Project()
    {
    }

    public Project(string code, string name, string? site)
    {
        Code = code.Trim().ToUpperInvariant();
        Update(name, site, true);
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Site { get; private set; }
    public bool IsActive { get; private set; }

    public void Update(string name, string? site, bool isActive)
    {
        Name = name.Trim();
        Site = string.IsNullOrWhiteSpace(site) ? null : site.Trim();
        IsActive = isActive;
    }
}
