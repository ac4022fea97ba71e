namespace FieldOps.Web.Platform.Exports;

/// <summary>
/// A list that can be exported. The rows come from the same service query as the on-screen grid, built from the same
/// filter values (passed as query-string parameters), so an export contains exactly what the user is looking at.
/// </summary>
public interface IExportDefinition
{
    /// <summary>URL name: /api/exports/{Name}.csv</summary>
    string Name { get; }

    string Title { get; }

    Task WriteAsync(HttpContext context, ExportFormat format, CancellationToken cancellationToken);
}

public enum ExportFormat
{
    Csv,
    Xlsx,
}

public abstract class ExportDefinition<TRow> : IExportDefinition
{
    public abstract string Name { get; }
    public abstract string Title { get; }
    protected abstract IReadOnlyList<ExportColumn<TRow>> Columns { get; }

    /// <summary>The rows, streamed; the service behind it checks the caller may see them.</summary>
    protected abstract IAsyncEnumerable<TRow> RowsAsync(IServiceProvider services, IQueryCollection query, CancellationToken cancellationToken);

    public async Task WriteAsync(HttpContext context, ExportFormat format, CancellationToken cancellationToken)
    {
        var rows = RowsAsync(context.RequestServices, context.Request.Query, cancellationToken);
        // Start the query before sending headers, so an authorization failure still becomes a proper error response.
        await using var enumerator = rows.GetAsyncEnumerator(cancellationToken);
        var hasFirst = await enumerator.MoveNextAsync();
        var buffered = Prepend(hasFirst ? enumerator.Current : default, hasFirst, enumerator);

        var stamp = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        var extension = format == ExportFormat.Csv ? "csv" : "xlsx";
        context.Response.ContentType = format == ExportFormat.Csv
            ? "text/csv; charset=utf-8"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{Name}-{stamp}.{extension}\"";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (format == ExportFormat.Csv)
        {
            await TabularExport.WriteCsvAsync(context.Response.Body, Columns, buffered, cancellationToken);
        }
        else
        {
            await TabularExport.WriteXlsxAsync(context.Response.Body, Title, Columns, buffered, cancellationToken);
        }
    }

    private static async IAsyncEnumerable<TRow> Prepend(TRow? first, bool hasFirst, IAsyncEnumerator<TRow> rest)
    {
        if (!hasFirst)
        {
            yield break;
        }
        yield return first!;
        while (await rest.MoveNextAsync())
        {
            yield return rest.Current;
        }
    }

    protected static string? Text(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString() : null;

    protected static T? Enum<T>(IQueryCollection query, string name) where T : struct, System.Enum =>
        Text(query, name) is { } text && System.Enum.TryParse<T>(text.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var parsed)
            ? parsed
            : null;

    protected static bool? Bool(IQueryCollection query, string name) =>
        Text(query, name) is { } text && bool.TryParse(text, out var parsed) ? parsed : null;
}
