using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Platform.Lists;

/// <summary>One page of a server-side list: how many to skip and take, which column to sort by, a search text, or
/// (lists that offer one) the keyset cursor <paramref name="After"/> of the page before, which reads the next page
/// from the index at the same cost at any depth.</summary>
public sealed record ListRequest(int Skip = 0, int Take = 20, string? SortBy = null, bool Descending = false, string? Search = null,
    string? After = null)
{
    public const int MaxTake = 200;

    /// <summary>How deep offset paging reaches. An offset makes the database step over every skipped row, so deeper
    /// pages would cost more with every row the firm adds; past this a list is narrowed by its filters, or read with
    /// a keyset cursor where the list offers one.</summary>
    public const int MaxSkip = 2_000;

    public int SafeSkip => Math.Clamp(Skip, 0, MaxSkip);
    public int SafeTake => Math.Clamp(Take, 1, MaxTake);
}

/// <summary>One page of a list and how many items match. When <paramref name="TotalIsAtLeast"/> is set, more than
/// <paramref name="Total"/> match: the count stopped at <see cref="ListCounts.Limit"/> instead of reading them all.
/// <paramref name="Next"/> is the keyset cursor of the page after this one, for lists that offer one.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Total, bool TotalIsAtLeast = false, string? Next = null)
{
    public static ListPage<T> Of(IReadOnlyList<T> items, ListTotal total, string? next = null) => new(items, total.Count, total.IsAtLeast, next);
}

/// <summary>A list's count: exact, or a lower bound when it reached <see cref="ListCounts.Limit"/>.</summary>
public readonly record struct ListTotal(int Count, bool IsAtLeast)
{
    public static ListTotal Exact(int count) => new(count, false);
}

/// <summary>
/// Counting without reading a whole table: a list's total is counted only as far as offset paging can reach. A
/// firm with 100,000 jobs sees "2,000+" for a broad filter instead of paying for a full count on every page;
/// totals that matter exactly (the jobs board, the bell) come from summary rows instead.
/// </summary>
public static class ListCounts
{
    public const int Limit = ListRequest.MaxSkip;

    public static Task<ListTotal> CountUpToLimitAsync<T>(this IQueryable<T> query, CancellationToken cancellationToken) =>
        query.CountUpToAsync(Limit, cancellationToken);

    /// <summary>Counts up to <paramref name="limit"/>, and says when there are more.</summary>
    public static async Task<ListTotal> CountUpToAsync<T>(this IQueryable<T> query, int limit, CancellationToken cancellationToken)
    {
        var count = await query.Take(limit + 1).CountAsync(cancellationToken);
        return count > limit ? new ListTotal(limit, true) : ListTotal.Exact(count);
    }
}

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
