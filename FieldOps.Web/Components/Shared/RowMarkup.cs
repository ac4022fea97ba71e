using Microsoft.AspNetCore.Components;

namespace FieldOps.Web.Components.Shared;

/// <summary>
/// A list's rows as static markup (see <see cref="Html"/>), each built once and kept while its row is unchanged.
/// <para>
/// Two reasons. An open tab keeps its page's last two renders; markup rebuilt on every render would be held twice,
/// as two equal strings. And a row whose markup stays the same is left alone in the browser, so what the user did
/// there without the server drawing it (ticking a selection box, see <see cref="RowActions.Checkbox"/>) stays as it
/// is. The markup of a row that did change is built again from the page's state at that moment.
/// </para>
/// A row is the same while its <paramref name="sameWhile"/> is: by default the row's value (the views are records), so
/// a live update that reads the same rows again keeps them. A view with a list in it (never equal to its copy) names
/// what does tell, such as its id and version.
/// </summary>
public sealed class RowMarkup<T>(Func<T, MarkupString> build, Func<T, object>? sameWhile = null) where T : notnull
{
    private readonly Func<T, object> _identity = sameWhile ?? (row => row);
    private IReadOnlyList<T>? _rows;
    private IReadOnlyList<(T Row, MarkupString Markup)> _built = [];

    /// <summary>Each row with its markup, in the list's order.</summary>
    public IReadOnlyList<(T Row, MarkupString Markup)> For(IReadOnlyList<T> rows)
    {
        if (!ReferenceEquals(rows, _rows))
        {
            var kept = new Dictionary<object, MarkupString>();
            foreach (var (row, markup) in _built)
            {
                kept.TryAdd(_identity(row), markup);
            }
            _built = rows.Select(row => (row, kept.TryGetValue(_identity(row), out var markup) ? markup : build(row))).ToList();
            _rows = rows;
        }
        return _built;
    }

    /// <summary>Builds every row again at the next render: the page changed what the rows show on its own (a
    /// "select all").</summary>
    public void Rebuild()
    {
        _rows = null;
        _built = [];
    }
}
