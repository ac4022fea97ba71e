namespace FieldOps.Data.Platform.Modules;

/// <summary>The platform's own policies, for every organization whatever its modules.</summary>
public static class PlatformPolicies
{
    public const string AdministrationPolicy = "platform.admin";
    public const string EveryonePolicy = "platform.everyone";

    public static readonly ModulePolicy Administration = new(AdministrationPolicy, OrganizationModules.None, [Roles.Admin]);

    public static readonly ModulePolicy Everyone = new(EveryonePolicy, OrganizationModules.None, Roles.All);

    public static IReadOnlyList<ModulePolicy> All { get; } = [Administration, Everyone];
}
