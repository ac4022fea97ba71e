using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Workflows;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Workshop.Services;

/// <summary>
/// The workshop's permission rules, checked inside every service call (not only by hiding buttons): which roles may
/// do what, and that a technician sees and changes only the jobs assigned to them.
/// </summary>
public sealed class WorkshopGuard(ICurrentUser user)
{
    /// <summary>Roles that see every job of the garage.</summary>
    private static readonly string[] Overseers =
        [Roles.Admin, WorkshopRoles.SiteManager, WorkshopRoles.WorkshopManager, WorkshopRoles.WarehouseManager, WorkshopRoles.BillingStaff];

    public static readonly string[] Staff = [.. WorkshopModule.Staff.Roles];

    public ICurrentUser User => user;

    public string UserId => user.UserId ?? throw new AccessDeniedException("Sign in first.");

    public string UserName => user.DisplayName;

    /// <summary>A technician without any broader role: limited to their own jobs.</summary>
    public bool IsTechnicianOnly => user.IsInRole(WorkshopRoles.Technician) && !Overseers.Any(user.IsInRole);

    public void RequireWorkshop()
    {
        if (!user.IsAuthenticated)
        {
            throw new AccessDeniedException("Sign in first.");
        }
        if (!user.Modules.HasFlag(OrganizationModules.Workshop))
        {
            throw new AccessDeniedException("Your organization does not use the workshop module.");
        }
        if (!Staff.Any(user.IsInRole))
        {
            throw new AccessDeniedException("Only workshop staff can do this.");
        }
    }

    public void Require(string action, params string[] roles)
    {
        RequireWorkshop();
        if (!roles.Any(user.IsInRole))
        {
            throw new AccessDeniedException($"Only {string.Join(" or ", roles.Select(r => Roles.DisplayName(r).ToLowerInvariant()))} can {action}.");
        }
    }

    /// <summary>Throws 403 unless the user holds one of the roles the workflow gives <paramref name="action"/>.</summary>
    public void Require<TEntity, TStatus>(WorkflowAction<TEntity, TStatus> action) where TStatus : struct, Enum
    {
        RequireWorkshop();
        user.EnsureMay(action);
    }

    /// <summary>Throws 403 unless the user may take <paramref name="action"/> on <paramref name="entity"/> (roles and
    /// resource rule), and 409 unless the record is in a status the action starts from.</summary>
    public void Allow<TEntity, TStatus>(WorkflowDefinition<TEntity, TStatus> workflow, WorkflowAction<TEntity, TStatus> action, TEntity entity)
        where TEntity : StatefulEntity<TStatus> where TStatus : struct, Enum
    {
        RequireWorkshop();
        workflow.EnsureAllowed(action, entity, user);
    }

    public bool IsIn(params string[] roles) => roles.Any(user.IsInRole);

    /// <summary>The jobs this user may see: all of the garage's, or a technician's own.</summary>
    public IQueryable<Job> VisibleJobs(FieldOpsDbContext db)
    {
        RequireWorkshop();
        var jobs = db.Set<Job>().AsQueryable();
        if (IsTechnicianOnly)
        {
            var me = UserId;
            jobs = jobs.Where(j => j.TechnicianId == me);
        }
        return jobs;
    }

    /// <summary>Throws 403 when a technician opens another technician's job (the job exists in their garage).</summary>
    public void EnsureCanSee(Job job)
    {
        RequireWorkshop();
        if (IsTechnicianOnly && job.TechnicianId != UserId)
        {
            throw new AccessDeniedException($"Job {job.Number} is assigned to another technician.");
        }
    }

    public async Task<Job> LoadJobAsync(FieldOpsDbContext db, Guid jobId, CancellationToken cancellationToken, bool withWork = true)
    {
        RequireWorkshop();
        IQueryable<Job> query = db.Set<Job>().Include(j => j.Vehicle);
        if (withWork)
        {
            query = query.Include(j => j.Tasks).Include(j => j.PartsRequests).ThenInclude(r => r.Item);
        }
        var job = await query.AsSplitQuery().SingleOrDefaultAsync(j => j.Id == jobId, cancellationToken)
            ?? throw new RecordNotFoundException("Job", jobId);
        EnsureCanSee(job);
        return job;
    }
}
