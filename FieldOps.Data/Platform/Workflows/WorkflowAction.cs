namespace FieldOps.Data.Platform.Workflows;

/// <summary>How an action's button looks: the main step forward, a neutral step, or one that turns something down.</summary>
public enum ActionTone
{
    Primary,
    Neutral,
    Positive,
    Danger,
}

/// <summary>One move an action makes: from a status to another, or staying in it (<see cref="To"/> null).</summary>
public readonly record struct WorkflowEdge<TStatus>(TStatus From, TStatus? To) where TStatus : struct, Enum;

/// <summary>A condition on the record and the person acting that the roles alone do not express ("the technician
/// assigned to the job"). <see cref="Description"/> completes "Only … can …" when it does not hold.</summary>
public sealed record ResourceRule<TEntity>(string Description, Func<TEntity, ICurrentUser, bool> Holds);

/// <summary>
/// One action of a workflow, declared once: its name (as the API and <c>allowedActions</c> spell it), the statuses it
/// starts from and where it leads, who may take it, how its button reads, what the history says and who hears of it.
/// Entities execute it, services authorize with it, pages draw their buttons from it and tests enumerate it.
/// </summary>
public sealed class WorkflowAction<TEntity, TStatus> where TStatus : struct, Enum
{
    internal WorkflowAction(string name, string label, string verb)
    {
        Name = name;
        Label = label;
        Verb = verb;
    }

    /// <summary>The action's name in the API and in <c>allowedActions</c> ("move_to_billing").</summary>
    public string Name { get; }

    /// <summary>The button's text ("Move to billing").</summary>
    public string Label { get; }

    /// <summary>Completes "Only … can …" in the refusal ("move jobs to billing").</summary>
    public string Verb { get; }

    public ActionTone Tone { get; internal set; } = ActionTone.Neutral;

    /// <summary>The moves this action makes; the statuses it may start from are theirs.</summary>
    public IReadOnlyList<WorkflowEdge<TStatus>> Edges => _edges;

    internal readonly List<WorkflowEdge<TStatus>> _edges = [];

    /// <summary>The roles that may take the action; empty for a step the system takes as a consequence of another.</summary>
    public IReadOnlyList<string> Roles { get; internal set; } = [];

    /// <summary>A further condition on the person acting, or null.</summary>
    public ResourceRule<TEntity>? Rule { get; internal set; }

    /// <summary>A condition on the record itself (not on the person) under which the action is offered, or null:
    /// "nothing paid yet" for voiding an invoice. The entity enforces it with its own message.</summary>
    public Func<TEntity, bool>? Condition { get; internal set; }

    /// <summary>What the status history says when no note is given.</summary>
    public string? History { get; internal set; }

    /// <summary>Who is told: roles of the organization and, by name, relations to the record (see the module's
    /// notifications). Empty when nobody is.</summary>
    public IReadOnlyList<string> Notifies { get; internal set; } = [];

    /// <summary>Whether an action asks for a reason (reject, return for rework): the UI asks for one, the API requires it.</summary>
    public bool NeedsReason { get; internal set; }

    /// <summary>Whether the system takes this step (as a consequence of another action), never a person directly.</summary>
    public bool IsSystemStep => Roles.Count == 0;

    public IEnumerable<TStatus> From => _edges.Select(e => e.From).Distinct();

    public bool StartsFrom(TStatus status) => _edges.Any(e => EqualityComparer<TStatus>.Default.Equals(e.From, status));

    /// <summary>Where the action leads from <paramref name="status"/>: another status, or null to stay.</summary>
    public TStatus? TargetFrom(TStatus status) =>
        _edges.First(e => EqualityComparer<TStatus>.Default.Equals(e.From, status)).To;

    /// <summary>Whether <paramref name="user"/> holds one of the roles (before the resource rule).</summary>
    public bool HasRole(ICurrentUser user) => Roles.Any(user.IsInRole);

    /// <summary>Whether <paramref name="user"/> may take this action on <paramref name="entity"/> in <paramref name="status"/>.</summary>
    public bool IsAllowed(TEntity entity, TStatus status, ICurrentUser user) =>
        StartsFrom(status) && HasRole(user) && (Rule is null || Rule.Holds(entity, user)) && (Condition is null || Condition(entity));

    /// <summary>"Only workshop managers or admins can move jobs to billing."</summary>
    public string Refusal() => Rule is not null
        ? $"Only {Rule.Description} can {Verb}."
        : $"Only {string.Join(" or ", Roles.Select(r => Platform.Roles.DisplayName(r).ToLowerInvariant()))} can {Verb}.";

    public override string ToString() => Name;
}
