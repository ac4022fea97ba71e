using FieldOps.Data.Platform.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace FieldOps.Data.Platform.Modules;

/// <summary>A role a module brings: its name (as stored and in tokens) and how screens call it.</summary>
public sealed record ModuleRole(string Name, string DisplayName, bool IsManager = false);

/// <summary>
/// Who may open a part of a module: holders of one of <see cref="Roles"/> in an organization that uses the module.
/// Pages, the menu and services read the same policy, so hiding a page and refusing its data never disagree.
/// </summary>
public sealed record ModulePolicy(string Name, OrganizationModules Module, IReadOnlyList<string> Roles)
{
    public bool Allows(ICurrentUser user) => user.Modules.HasFlag(Module) && Roles.Any(user.IsInRole);
}

/// <summary>
/// A module of the product declares here, in one place, what it brings to the platform: its roles, its access
/// policies, its workflows and its services (access policies for files and history, demo data). Adding a module
/// adds one of these and touches no other module.
/// </summary>
public abstract class FieldOpsModule
{
    public abstract OrganizationModules Flag { get; }

    public abstract string Name { get; }

    public abstract IReadOnlyList<ModuleRole> Roles { get; }

    public abstract IReadOnlyList<ModulePolicy> Policies { get; }

    public abstract IReadOnlyList<IWorkflowDefinition> Workflows { get; }

    public abstract void AddServices(IServiceCollection services);
}
