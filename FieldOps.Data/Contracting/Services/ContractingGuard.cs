using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Workflows;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Contracting.Services;

/// <summary>
/// The contracting module's permission rules: admins run it; a contractor sees only their own company's records,
/// resolved from the signed-in user's link, never from anything they send.
/// </summary>
public sealed class ContractingGuard(ICurrentUser user)
{
    public ICurrentUser User => user;

    public string UserId => user.UserId ?? throw new AccessDeniedException("Sign in first.");

    public string UserName => user.DisplayName;

    /// <summary>Anyone signed in to an organization that uses the contracting module.</summary>
    public void RequireModule() => user.EnsureUses(OrganizationModules.Contracting, "contracting");

    public void RequireAdmin()
    {
        RequireModule();
        if (!user.IsInRole(Roles.Admin))
        {
            throw new AccessDeniedException("Only an admin can do this.");
        }
    }

    public void RequireContractor()
    {
        RequireModule();
        if (!user.IsInRole(ContractingRoles.Contractor))
        {
            throw new AccessDeniedException("This is the contractor portal; sign in with a contractor account.");
        }
    }

    public bool IsAdmin => user.IsInRole(Roles.Admin);

    /// <summary>Throws 403 unless the user holds one of the roles the workflow gives <paramref name="action"/>.</summary>
    public void Require<TEntity, TStatus>(WorkflowAction<TEntity, TStatus> action) where TStatus : struct, Enum
    {
        RequireModule();
        user.EnsureMay(action);
    }

    /// <summary>The signed-in contractor's company, or null when none is linked yet.</summary>
    public Task<Subcontractor?> MySubcontractorAsync(FieldOpsDbContext db, CancellationToken cancellationToken)
    {
        RequireContractor();
        var me = UserId;
        return db.Set<Subcontractor>().SingleOrDefaultAsync(s => s.UserId == me, cancellationToken);
    }

    /// <summary>Whether the caller may see records of <paramref name="subcontractorId"/>: any admin, or that company's
    /// contractor. A contractor asking for someone else's record is told it does not exist.</summary>
    public async Task EnsureCanSeeAsync(FieldOpsDbContext db, Guid subcontractorId, string recordType, Guid recordId, CancellationToken cancellationToken)
    {
        RequireModule();
        if (IsAdmin)
        {
            return;
        }
        var mine = user.IsInRole(ContractingRoles.Contractor) ? await MySubcontractorAsync(db, cancellationToken) : null;
        if (mine?.Id != subcontractorId)
        {
            throw new RecordNotFoundException(recordType, recordId);
        }
    }
}
