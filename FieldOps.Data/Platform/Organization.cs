namespace FieldOps.Data.Platform;

/// <summary>The modules an organization uses. One organization may use several.</summary>
[Flags]
public enum OrganizationModules
{
    None = 0,
    Workshop = 1,
    Maintenance = 2,
    Contracting = 4,
}

/// <summary>A business using FieldOps (a garage, a property-management firm, a contracting business): the tenant
/// every business record belongs to.</summary>
public sealed class Organization : Entity
{
    private Organization()
    {
    }

    public Organization(string name, OrganizationModules modules, OrganizationSettings settings)
    {
        Rename(name);
        Modules = modules;
        Settings = settings;
    }

    public string Name { get; private set; } = "";
    public OrganizationModules Modules { get; private set; }
    public OrganizationSettings Settings { get; private set; } = new();
    public DateTime CreatedAt { get; private set; }

    public bool Uses(OrganizationModules module) => (Modules & module) == module;

    public Currency Currency => new(Settings.CurrencyCode, Settings.CurrencyMinorUnits);

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InputValidationException(nameof(Name), "An organization needs a name.");
        }
        Name = name.Trim();
    }

    public void EnableModules(OrganizationModules modules) => Modules |= modules;

    internal void StampCreated(DateTime at) => CreatedAt = at;
}
