using System.Linq.Expressions;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Workflows;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Maintenance.Services;

/// <summary>
/// The module's permission rules, applied in every query: property managers and admins see the firm's requests; a
/// landlord those of the properties they own; a tenant their own; staff and vendors the work orders assigned to
/// them. A request outside what the caller may see is reported as not found.
/// </summary>
public sealed class MaintenanceGuard(ICurrentUser user)
{
    public ICurrentUser User => user;

    public string UserId => user.UserId ?? throw new AccessDeniedException("Sign in first.");

    public string UserName => user.DisplayName;

    public void RequireModule() => user.EnsureUses(OrganizationModules.Maintenance, "property-maintenance");

    public bool IsManager => MaintenanceRoles.Managers.Any(user.IsInRole);

    public bool IsIn(params string[] roles) => roles.Any(user.IsInRole);

    /// <summary>Firm staff read internal notes; tenants and vendors never do.</summary>
    public bool SeesInternalNotes => IsManager || IsIn(MaintenanceRoles.Landlord, MaintenanceRoles.MaintenanceStaff);

    public void RequireManager()
    {
        RequireModule();
        if (!IsManager)
        {
            throw new AccessDeniedException("Only a property manager or an admin can do this.");
        }
    }

    public void RequireAny(params string[] roles)
    {
        RequireModule();
        if (!IsIn(roles))
        {
            throw new AccessDeniedException($"Only {string.Join(" or ", roles.Select(r => Roles.DisplayName(r).ToLowerInvariant()))} can do this.");
        }
    }

    /// <summary>Throws 403 unless the user holds one of the roles the workflow gives <paramref name="action"/>.</summary>
    public void Require<TEntity, TStatus>(WorkflowAction<TEntity, TStatus> action) where TStatus : struct, Enum
    {
        RequireModule();
        user.EnsureMay(action);
    }

    /// <summary>The requests the caller may see.</summary>
    public IQueryable<MaintenanceRequest> Visible(FieldOpsDbContext db) => Visible(db.Set<MaintenanceRequest>());

    /// <summary>The summary rows that count the requests the caller may see.</summary>
    public IQueryable<MaintenanceRequestCount> VisibleCounts(FieldOpsDbContext db) => Visible(db.Set<MaintenanceRequestCount>());

    /// <summary>The rows (requests, or their counts) of the requests the caller may see: all of the firm's for a
    /// manager, else those the caller owns, rents, works on or supplies.</summary>
    public IQueryable<T> Visible<T>(IQueryable<T> rows) where T : class, IMaintenanceParties
    {
        RequireModule();
        if (IsManager)
        {
            return rows;
        }
        var me = UserId;
        var filters = new List<Expression<Func<T, bool>>>();
        if (user.IsInRole(MaintenanceRoles.Landlord))
        {
            filters.Add(r => r.OwnerUserId == me);
        }
        if (user.IsInRole(MaintenanceRoles.Tenant))
        {
            filters.Add(r => r.TenantUserId == me);
        }
        if (user.IsInRole(MaintenanceRoles.MaintenanceStaff))
        {
            filters.Add(r => r.AssigneeUserId == me);
        }
        if (user.IsInRole(MaintenanceRoles.Vendor))
        {
            filters.Add(r => r.VendorUserId == me);
        }
        return filters.Count switch
        {
            0 => rows.Where(r => false),
            // One role (the usual case): a plain filter its own index serves.
            1 => rows.Where(filters[0]),
            _ => rows.Where(r => (user.IsInRole(MaintenanceRoles.Landlord) && r.OwnerUserId == me)
                || (user.IsInRole(MaintenanceRoles.Tenant) && r.TenantUserId == me)
                || (user.IsInRole(MaintenanceRoles.MaintenanceStaff) && r.AssigneeUserId == me)
                || (user.IsInRole(MaintenanceRoles.Vendor) && r.VendorUserId == me)),
        };
    }

    /// <summary>A request the caller may see, tracked for a change, or 404.</summary>
    public async Task<MaintenanceRequest> LoadAsync(FieldOpsDbContext db, Guid id, CancellationToken cancellationToken, bool withLines = false)
    {
        var query = Visible(db);
        if (withLines)
        {
            query = query.Include(r => r.Lines);
        }
        return await query.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new RecordNotFoundException("Maintenance request", id);
    }

    /// <summary>Throws 403 unless the caller may take <paramref name="action"/> on <paramref name="request"/> now
    /// (role and resource rule), 409 when its status does not allow it.</summary>
    public void EnsureAllowed(WorkflowAction<MaintenanceRequest, MaintenanceStatus> action, MaintenanceRequest request) =>
        MaintenanceRequestWorkflow.Definition.EnsureAllowed(action, request, user);
}
