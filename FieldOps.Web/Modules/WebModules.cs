using FieldOps.Web.Platform.Modules;

namespace FieldOps.Web.Modules;

/// <summary>Every module of the web app, in menu order. A new module is added here and nowhere else on this side.</summary>
public static class WebModules
{
    public static readonly IReadOnlyList<WebModule> All = [WorkshopWebModule.Instance, MaintenanceWebModule.Instance, ContractingWebModule.Instance];
}
