using System.Linq.Expressions;

namespace FieldOps.Data.Platform.Lists;

/// <summary>One page of a server-side list: how many to skip and take, which column to sort by, a search text.</summary>
public sealed record ListRequest(int Skip = 0, int Take = 20, string? SortBy = null, bool Descending = false, string? Search = null)
{
    public const int MaxTake = 200;

    public int SafeSkip => Math.Max(0, Skip);
    public int SafeTake => Math.Clamp(Take, 1, MaxTake);
}

public sealed record ListPage<T>(IReadOnlyList<T> Items, int Total);

/// <summary>The sortable columns of a list, by the names the UI and API use.</summary>
public sealed class SortKeys<T>
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> _keys = new(StringComparer.OrdinalIgnoreCase);
    private Func<IQueryable<T>, bool, IOrderedQueryable<T>>? _default;
    private bool _defaultDescending;

    public SortKeys<T> Add<TKey>(string name, Expression<Func<T, TKey>> key, bool isDefault = false, bool defaultDescending = false)
    {
        IOrderedQueryable<T> Sort(IQueryable<T> query, bool descending) => descending ? query.OrderByDescending(key) : query.OrderBy(key);
        _keys[name] = Sort;
        if (isDefault)
        {
            _default = Sort;
            _defaultDescending = defaultDescending;
        }
        return this;
    }

    public IQueryable<T> Apply(IQueryable<T> query, ListRequest request)
    {
        if (request.SortBy is not null && _keys.TryGetValue(request.SortBy, out var sort))
        {
            return sort(query, request.Descending);
        }
        return _default is null ? query : _default(query, _defaultDescending);
    }
}
