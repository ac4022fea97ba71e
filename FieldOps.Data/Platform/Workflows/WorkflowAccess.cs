namespace FieldOps.Data.Platform.Workflows;

/// <summary>Authorization read from workflow definitions, for every module's guard.</summary>
public static class WorkflowAccess
{
    /// <summary>Throws 403 unless <paramref name="user"/> is signed in to an organization that uses <paramref name="module"/>.</summary>
    public static void EnsureUses(this ICurrentUser user, OrganizationModules module, string moduleWords)
    {
        if (!user.IsAuthenticated)
        {
            throw new AccessDeniedException("Sign in first.");
        }
        if (!user.Modules.HasFlag(module))
        {
            throw new AccessDeniedException($"Your organization does not use the {moduleWords} module.");
        }
    }

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
