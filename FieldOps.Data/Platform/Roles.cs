namespace FieldOps.Data.Platform;

/// <summary>
/// The roles of FieldOps: the platform's admin, and those each module brings (declared by the module). A user may
/// hold several; each role has its own dashboard.
/// </summary>
public static class Roles
{
    public const string Admin = "Admin";

    /// <summary>Every role of every module, the admin first.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, .. FieldOpsModules.All.SelectMany(m => m.Roles).Select(r => r.Name).Distinct()];

    /// <summary>Roles that manage others' work and may see the organization's user directory.</summary>
    public static IReadOnlyList<string> Managers { get; } =
        [Admin, .. FieldOpsModules.All.SelectMany(m => m.Roles).Where(r => r.IsManager).Select(r => r.Name).Distinct()];

    /// <summary>The roles that make sense in an organization using <paramref name="modules"/>.</summary>
    public static IReadOnlyList<string> ForModules(OrganizationModules modules) =>
        [Admin, .. FieldOpsModules.All.Where(m => modules.HasFlag(m.Flag)).SelectMany(m => m.Roles).Select(r => r.Name).Distinct()];

    public static string DisplayName(string role) =>
        FieldOpsModules.All.SelectMany(m => m.Roles).FirstOrDefault(r => r.Name == role)?.DisplayName ?? role;
}
