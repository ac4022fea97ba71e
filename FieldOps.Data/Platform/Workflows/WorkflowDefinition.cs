namespace FieldOps.Data.Platform.Workflows;

/// <summary>
/// The declarative definition of one stateful record's workflow: its actions, each declared once. The transition table
/// the entity enforces is derived from the actions, so a move no action makes cannot happen.
/// </summary>
public abstract class WorkflowDefinition<TEntity, TStatus> : IWorkflowDefinition
    where TEntity : StatefulEntity<TStatus>
    where TStatus : struct, Enum
{
    private readonly List<WorkflowAction<TEntity, TStatus>> _actions = [];
    private readonly Dictionary<TStatus, string> _labels = [];
    private StateMachine<TStatus>? _transitions;

    protected WorkflowDefinition(string recordType) => RecordType = recordType;

    /// <summary>The name the record's history is filed under ("Job").</summary>
    public string RecordType { get; }

    public IReadOnlyList<WorkflowAction<TEntity, TStatus>> Actions => _actions;

    /// <summary>How a status reads everywhere (badges, history, messages): its declared label, or its name in words
    /// ("AwaitingParts" → "Awaiting parts").</summary>
    public string LabelOf(TStatus status) => _labels.TryGetValue(status, out var label) ? label : Words.Capitalized(status.ToString());

    string IWorkflowDefinition.LabelOf(string status) =>
        Enum.TryParse<TStatus>(status, out var parsed) ? LabelOf(parsed) : Words.Capitalized(status);

    /// <summary>The transition table: every move some action makes.</summary>
    public StateMachine<TStatus> Transitions => _transitions ??= BuildTransitions();

    /// <summary>The actions <paramref name="user"/> may take on <paramref name="entity"/> now, by name, in declaration order.</summary>
    public IReadOnlyList<string> AllowedFor(TEntity entity, ICurrentUser user) =>
        _actions.Where(a => !a.IsSystemStep && a.IsAllowed(entity, entity.Status, user)).Select(a => a.Name).ToList();

    /// <summary>The same for a record read as a view rather than loaded: <paramref name="ruleHolds"/> says whether
    /// the user meets the resource rules (the record's person is them).</summary>
    public IReadOnlyList<string> AllowedFor(TStatus status, ICurrentUser user, bool ruleHolds) =>
        _actions.Where(a => !a.IsSystemStep && a.StartsFrom(status) && a.HasRole(user) && (a.Rule is null || ruleHolds))
            .Select(a => a.Name).ToList();

    public WorkflowAction<TEntity, TStatus> this[string name] =>
        _actions.SingleOrDefault(a => a.Name == name) ?? throw new ArgumentException($"{RecordType} has no action \"{name}\".", nameof(name));

    /// <summary>Throws 403 unless <paramref name="user"/> holds one of the action's roles (the status and resource
    /// rule are checked once the record is loaded, by <see cref="EnsureAllowed"/>).</summary>
    public static void EnsureRole(WorkflowAction<TEntity, TStatus> action, ICurrentUser user) => user.EnsureMay(action);

    /// <summary>Throws 403 when <paramref name="user"/> may not take the action on this record (roles and resource
    /// rule), and 409 when the record is not in a status the action starts from.</summary>
    public void EnsureAllowed(WorkflowAction<TEntity, TStatus> action, TEntity entity, ICurrentUser user)
    {
        EnsureRole(action, user);
        if (action.Rule is not null && !action.Rule.Holds(entity, user))
        {
            throw new AccessDeniedException(action.Refusal());
        }
        EnsureStartsFrom(action, entity.Status);
    }

    /// <summary>Throws 409 when the action does not start from <paramref name="status"/>.</summary>
    public void EnsureStartsFrom(WorkflowAction<TEntity, TStatus> action, TStatus status)
    {
        if (!action.StartsFrom(status))
        {
            var to = action.Edges.Select(e => e.To).FirstOrDefault(t => t is not null) ?? status;
            throw new InvalidTransitionException(RecordType, status.ToString(), to.ToString()!);
        }
    }

    IEnumerable<IWorkflowActionInfo> IWorkflowDefinition.Actions => _actions.Select(a => new WorkflowActionInfo(a.Name, a.Label, a.Tone, a.NeedsReason, a.IsSystemStep));

    /// <summary>Declares how a status reads when its name in words would not do.</summary>
    protected void Label(TStatus status, string label) => _labels[status] = label;

    /// <summary>Declares an action; chain the builder's methods to say the rest.</summary>
    protected ActionBuilder Action(string name, string label, string verb)
    {
        if (_actions.Any(a => a.Name == name))
        {
            throw new InvalidOperationException($"{RecordType} declares \"{name}\" twice.");
        }
        var action = new WorkflowAction<TEntity, TStatus>(name, label, verb);
        _actions.Add(action);
        return new ActionBuilder(action);
    }

    private StateMachine<TStatus> BuildTransitions()
    {
        var machine = new StateMachine<TStatus>();
        foreach (var edge in _actions.SelectMany(a => a.Edges).Where(e => e.To is not null && !EqualityComparer<TStatus>.Default.Equals(e.From, e.To.Value)))
        {
            machine.Allow(edge.From, edge.To!.Value);
        }
        return machine;
    }

    /// <summary>Says the rest of an action: its moves, roles, rule, tone, history and recipients.</summary>
    public sealed class ActionBuilder(WorkflowAction<TEntity, TStatus> action)
    {
        public WorkflowAction<TEntity, TStatus> Action => action;

        /// <summary>From each of <paramref name="from"/> the action leads to <paramref name="to"/>.</summary>
        public ActionBuilder Moves(TStatus to, params TStatus[] from)
        {
            action._edges.AddRange(from.Select(f => new WorkflowEdge<TStatus>(f, to)));
            return this;
        }

        /// <summary>In each of <paramref name="statuses"/> the action may be taken and the status stays.</summary>
        public ActionBuilder Stays(params TStatus[] statuses)
        {
            action._edges.AddRange(statuses.Select(s => new WorkflowEdge<TStatus>(s, null)));
            return this;
        }

        public ActionBuilder By(params string[] roles)
        {
            action.Roles = roles;
            return this;
        }

        public ActionBuilder Only(ResourceRule<TEntity> rule)
        {
            action.Rule = rule;
            return this;
        }

        public ActionBuilder OfferedWhen(Func<TEntity, bool> condition)
        {
            action.Condition = condition;
            return this;
        }

        public ActionBuilder Tone(ActionTone tone)
        {
            action.Tone = tone;
            return this;
        }

        public ActionBuilder History(string wording)
        {
            action.History = wording;
            return this;
        }

        public ActionBuilder Notifies(params string[] recipients)
        {
            action.Notifies = recipients;
            return this;
        }

        public ActionBuilder WithReason()
        {
            action.NeedsReason = true;
            return this;
        }

        public static implicit operator WorkflowAction<TEntity, TStatus>(ActionBuilder builder) => builder.Action;
    }
}

/// <summary>What a page needs to draw an action's button, whatever the record type.</summary>
public interface IWorkflowActionInfo
{
    string Name { get; }
    string Label { get; }
    ActionTone Tone { get; }
    bool NeedsReason { get; }
    bool IsSystemStep { get; }
}

public sealed record WorkflowActionInfo(string Name, string Label, ActionTone Tone, bool NeedsReason, bool IsSystemStep) : IWorkflowActionInfo;

/// <summary>A workflow definition seen without its record and status types (the action bar, the test kit).</summary>
public interface IWorkflowDefinition
{
    string RecordType { get; }
    IEnumerable<IWorkflowActionInfo> Actions { get; }

    /// <summary>How a status (by name) reads everywhere.</summary>
    string LabelOf(string status);
}

/// <summary>Names in words: "AwaitingParts" → "awaiting parts".</summary>
public static class Words
{
    public static string Of(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static string Capitalized(string name)
    {
        var words = Of(name);
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
