using FieldOps.Data.Platform.Lists;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Maintenance.Analytics;

/// <summary>
/// What a view's query starts from: the requests the caller may see, and the summary rows of their payments and
/// completed work, already narrowed to the filter's property, landlord and category; the period's bounds, both as
/// days (the months) and as UTC instants of the firm's midnights (request timestamps).
/// </summary>
public sealed class AnalyticsScope
{
    public required FieldOpsDbContext Db { get; init; }
    public required IQueryable<MaintenanceRequest> Requests { get; init; }

    /// <summary>The payments the caller may see, added up by month (<see cref="MaintenancePaymentMonth"/>).</summary>
    public required IQueryable<MaintenancePaymentMonth> PaymentMonths { get; init; }

    /// <summary>The same requests' completed work added up by month (<see cref="MaintenanceCompletionMonth"/>).</summary>
    public required IQueryable<MaintenanceCompletionMonth> CompletionMonths { get; init; }

    /// <summary>The same requests added up by the month they were made (<see cref="MaintenanceRequestMonth"/>).</summary>
    public required IQueryable<MaintenanceRequestMonth> RequestMonths { get; init; }

    public DateOnly? FromDay { get; init; }

    /// <summary>The day after the period (exclusive).</summary>
    public DateOnly? ToDay { get; init; }

    public DateTime? FromUtc { get; init; }
    public DateTime? ToUtc { get; init; }
    public Guid? CategoryId { get; init; }
    public DateTime Now { get; init; }

    public IQueryable<MaintenanceRequest> RequestedInPeriod
    {
        get
        {
            var requests = Requests;
            if (FromUtc is { } from)
            {
                requests = requests.Where(r => r.RequestedAt >= from);
            }
            if (ToUtc is { } to)
            {
                requests = requests.Where(r => r.RequestedAt < to);
            }
            return requests;
        }
    }

    public IQueryable<MaintenanceRequest> CompletedInPeriod
    {
        get
        {
            var requests = Requests.Where(r => r.CompletedAt != null);
            if (FromUtc is { } from)
            {
                requests = requests.Where(r => r.CompletedAt >= from);
            }
            if (ToUtc is { } to)
            {
                requests = requests.Where(r => r.CompletedAt < to);
            }
            return requests;
        }
    }

    /// <summary>The payment months of the period.</summary>
    public IQueryable<MaintenancePaymentMonth> PaidMonthsInPeriod => InPeriod(PaymentMonths);

    /// <summary>The completion months of the period.</summary>
    public IQueryable<MaintenanceCompletionMonth> CompletedMonthsInPeriod => InPeriod(CompletionMonths);

    /// <summary>The request months of the period.</summary>
    public IQueryable<MaintenanceRequestMonth> RequestedMonthsInPeriod => InPeriod(RequestMonths);

    private IQueryable<T> InPeriod<T>(IQueryable<T> months) where T : class, IMonthSummary
    {
        if (FromDay is { } from)
        {
            months = months.Where(m => m.Month >= from);
        }
        if (ToDay is { } to)
        {
            months = months.Where(m => m.Month < to);
        }
        return months;
    }
}

/// <summary>One of the fifteen views: its description, and how to read a page or every row of it.</summary>
public abstract class AnalyticsView
{
    public abstract AnalyticsViewInfo Info { get; }

    internal abstract Task<(IReadOnlyList<IReadOnlyList<object?>> Rows, ListTotal Total)> PageAsync(AnalyticsScope scope, ListRequest request,
        CancellationToken cancellationToken);

    internal abstract IAsyncEnumerable<IReadOnlyList<object?>> StreamAsync(AnalyticsScope scope, CancellationToken cancellationToken);
}

/// <summary>A column of a view: its key in the API, heading, kind, and how to read it from a row.</summary>
public sealed record AnalyticsField<TRow>(string Key, string Heading, AnalyticsValueKind Kind, Func<TRow, object?> Value);

/// <summary>
/// A view whose rows come from one query, grouped and summed by the database and ordered on a unique key, so a page is
/// one statement and its count another, at any size of the firm. A list of requests may say how many rows it has in
/// all from the summary months (<paramref name="total"/>: the counts to add up), instead of counting its rows, and may
/// read a page its own way (<paramref name="page"/>: the page's requests first, then their names).
/// </summary>
public sealed class AnalyticsView<TRow>(
    string name, string title, string description, AnalyticsSection section, string? periodMeans, AnalyticsFilters filters,
    IReadOnlyList<AnalyticsField<TRow>> fields, Func<AnalyticsScope, IQueryable<TRow>> query, Func<AnalyticsScope, IQueryable<int>>? total = null,
    Func<AnalyticsScope, ListRequest, IQueryable<TRow>>? page = null)
    : AnalyticsView
{
    public override AnalyticsViewInfo Info { get; } = new(name, title, description, section, periodMeans, filters,
        fields.Select(f => new AnalyticsColumn(f.Key, f.Heading, f.Kind)).ToList());

    internal override async Task<(IReadOnlyList<IReadOnlyList<object?>> Rows, ListTotal Total)> PageAsync(AnalyticsScope scope, ListRequest request,
        CancellationToken cancellationToken)
    {
        var rows = query(scope);
        var read = await (page is null ? rows.Skip(request.SafeSkip).Take(request.SafeTake) : page(scope, request)).ToListAsync(cancellationToken);
        var count = read.Count < request.SafeTake && (request.SafeSkip == 0 || read.Count > 0)
            ? ListTotal.Exact(request.SafeSkip + read.Count)
            : total is not null
                ? ListTotal.Exact(await total(scope).SumAsync(cancellationToken))
                // A grouped view's page has read every row of its period to group and sort them, so counting its groups
                // in full costs no more. Without a limit EF Core also leaves out the order, which for some views is a
                // lookup per group (the budget's landlord names).
                : ListTotal.Exact(await rows.CountAsync(cancellationToken));
        return (read.Select(Values).ToList(), count);
    }

    internal override async IAsyncEnumerable<IReadOnlyList<object?>> StreamAsync(AnalyticsScope scope,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in query(scope).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return Values(row);
        }
    }

    private IReadOnlyList<object?> Values(TRow row) => fields.Select(f => f.Value(row)).ToArray();
}

/// <summary>
/// A view of a few rows put together in memory from two small reads, where the database would join and group them
/// again for the page and again for the count: the accountant's analysis reads the period's payments added up per
/// month and expense type (a few hundred rows over a firm's whole history), then the categories of the types it met.
/// A page is cut from the rows in memory, and the total is exact.
/// </summary>
public sealed class AnalyticsComputedView<TRow>(
    string name, string title, string description, AnalyticsSection section, string? periodMeans, AnalyticsFilters filters,
    IReadOnlyList<AnalyticsField<TRow>> fields, Func<AnalyticsScope, CancellationToken, Task<IReadOnlyList<TRow>>> rows)
    : AnalyticsView
{
    public override AnalyticsViewInfo Info { get; } = new(name, title, description, section, periodMeans, filters,
        fields.Select(f => new AnalyticsColumn(f.Key, f.Heading, f.Kind)).ToList());

    internal override async Task<(IReadOnlyList<IReadOnlyList<object?>> Rows, ListTotal Total)> PageAsync(AnalyticsScope scope, ListRequest request,
        CancellationToken cancellationToken)
    {
        var all = await rows(scope, cancellationToken);
        return (all.Skip(request.SafeSkip).Take(request.SafeTake).Select(Values).ToList(), ListTotal.Exact(all.Count));
    }

    internal override async IAsyncEnumerable<IReadOnlyList<object?>> StreamAsync(AnalyticsScope scope,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var row in await rows(scope, cancellationToken))
        {
            yield return Values(row);
        }
    }

    private IReadOnlyList<object?> Values(TRow row) => fields.Select(f => f.Value(row)).ToArray();
}
