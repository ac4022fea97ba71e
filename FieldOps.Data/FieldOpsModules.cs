using FieldOps.Data.Contracting;
using FieldOps.Data.Maintenance;
using FieldOps.Data.Platform.Modules;
using FieldOps.Data.Workshop;

namespace FieldOps.Data;

/// <summary>Every module of the product, in menu order. A new module is added here and nowhere else on this side.</summary>
public static class FieldOpsModules
{
    public static readonly IReadOnlyList<FieldOpsModule> All = [WorkshopModule.Instance, MaintenanceModule.Instance, ContractingModule.Instance];

    /// <summary>Every access policy: the platform's and each module's.</summary>
    public static IEnumerable<ModulePolicy> Policies => PlatformPolicies.All.Concat(All.SelectMany(m => m.Policies));
}
