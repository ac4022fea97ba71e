using FieldOps.Data.Platform.Modules;
using FieldOps.Web.Platform.Navigation;

namespace FieldOps.Web.Platform.Modules;

/// <summary>
/// What a module brings to the web app, in one place: its API endpoints, its exports and its menu. Its pages are
/// found by the router and guarded by the module's policies.
/// </summary>
public abstract class WebModule
{
    public abstract FieldOpsModule Module { get; }

    public abstract IReadOnlyList<NavigationLink> Navigation { get; }

    /// <summary>The module's web services (its exports).</summary>
    public abstract void AddServices(IServiceCollection services);

    public abstract void MapEndpoints(IEndpointRouteBuilder app);
}
