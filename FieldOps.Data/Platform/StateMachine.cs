namespace FieldOps.Data.Platform;

/// <summary>An explicit table of allowed status changes. Entities check every move against it and throw on an
/// illegal one; tests enumerate it.</summary>
public sealed class StateMachine<TStatus> where TStatus : struct, Enum
{
    private readonly Dictionary<TStatus, HashSet<TStatus>> _allowed = [];

    public StateMachine<TStatus> Allow(TStatus from, params TStatus[] to)
    {
        if (!_allowed.TryGetValue(from, out var targets))
        {
            targets = [];
            _allowed[from] = targets;
        }
        targets.UnionWith(to);
        return this;
    }

    public bool CanMove(TStatus from, TStatus to) => _allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    public IReadOnlyCollection<TStatus> NextFrom(TStatus from) =>
        _allowed.TryGetValue(from, out var targets) ? targets : [];

    /// <summary>Every allowed (from, to) pair.</summary>
    public IEnumerable<(TStatus From, TStatus To)> AllowedMoves =>
        _allowed.SelectMany(pair => pair.Value.Select(to => (pair.Key, to)));

    public void EnsureCanMove(string recordType, TStatus from, TStatus to)
    {
        if (!CanMove(from, to))
        {
            throw new InvalidTransitionException(recordType, from.ToString(), to.ToString());
        }
    }
}
