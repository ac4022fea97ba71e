namespace FieldOps.Data.Platform.Workflows;

/// <summary>Authorization read from workflow definitions, for every module's guard.</summary>
public static class WorkflowAccess
{
    /// <summary>Throws 403 unless <paramref name="user"/> holds one of the roles the workflow gives <paramref name="action"/>.</summary>
    public static void EnsureMay<TEntity, TStatus>(this ICurrentUser user, WorkflowAction<TEntity, TStatus> action) where TStatus : struct, Enum
    {
        if (!action.HasRole(user))
        {
            throw new AccessDeniedException(action.Rule is null
                ? action.Refusal()
                : $"Only {string.Join(" or ", action.Roles.Select(r => Roles.DisplayName(r).ToLowerInvariant()))} can {action.Verb}.");
        }
    }
}
