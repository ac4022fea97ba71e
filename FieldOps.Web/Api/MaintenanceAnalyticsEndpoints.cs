using FieldOps.Data.Maintenance.Analytics;
using FieldOps.Data.Maintenance.Services;
using FieldOps.Web.Documents;
using FieldOps.Web.Platform.Api;
using FieldOps.Web.Platform.Exports;

namespace FieldOps.Web.Api;

/// <summary>
/// Seed 002's fifteen views over HTTP: <c>GET /api/maintenance/analytics/{view}</c> for a page, and the same address
/// ending in <c>.csv</c>, <c>.xlsx</c> or <c>.pdf</c> for the whole view as a download, with the same filters.
/// </summary>
public static class MaintenanceAnalyticsEndpoints
{
    /// <summary>A page of a view: its columns, rows keyed by column, and how many rows match.</summary>
    public sealed record AnalyticsPageResponse(AnalyticsViewInfo View, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows, int Page, int PageSize,
        int Total, bool TotalIsAtLeast, string Currency, IReadOnlyList<string> Filters);

    public static void MapMaintenanceAnalytics(this RouteGroupBuilder group)
    {
        var analytics = group.MapGroup("/analytics").WithTags("Maintenance: analytics");
        analytics.MapGet("/", (MaintenanceAnalytics service) => TypedResults.Ok(service.Views()))
            .WithSummary("The fifteen views (seed 002's names), each with its columns, the filters it honours and what its period means.");

        analytics.MapGet("/{view}", async (string view, HttpContext http, MaintenanceAnalytics service, MaintenanceRequestService requests, TimeProvider clock,
                CancellationToken ct,
                string? from = null, string? to = null, Guid? propertyId = null, string? landlordId = null, Guid? categoryId = null, int? page = null,
                int? pageSize = null) =>
            {
                var filter = new AnalyticsFilter(from, to, propertyId, landlordId, categoryId);
                var extension = Path.GetExtension(view).TrimStart('.').ToLowerInvariant();
                if (extension is "csv" or "xlsx" or "pdf")
                {
                    var export = await service.ExportAsync(Path.GetFileNameWithoutExtension(view), filter, ct);
                    await WriteAsync(http, requests, export, extension, clock, ct);
                    return Results.Empty;
                }
                var request = ApiQuery.Page(page, pageSize, null, null);
                var table = await service.PageAsync(view, filter, request, ct);
                return TypedResults.Ok(new AnalyticsPageResponse(table.View, table.Keyed(), page ?? 1, request.SafeTake, table.Total, table.TotalIsAtLeast,
                    table.Currency, table.FilterSummary));
            })
            .WithSummary("A view, computed by the database: filters from and to (months, yyyy-MM, both included), propertyId, landlordId (managers), "
                + "categoryId; page and pageSize. Add .csv, .xlsx or .pdf to the view's name to download all of it with the same filters.")
            .Produces<AnalyticsPageResponse>()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/cost-charts", async (MaintenanceAnalytics service, CancellationToken ct, string? from = null, string? to = null, Guid? propertyId = null,
                string? landlordId = null, Guid? categoryId = null) =>
                TypedResults.Ok(await service.ChartsAsync(new AnalyticsFilter(from, to, propertyId, landlordId, categoryId), ct)))
            .WithTags("Maintenance: analytics")
            .WithSummary("Seed 003's six cost charts for a period of months (the last twelve by default, at most 36): monthlyTrend, byCategory, "
                + "byProperty, vendors, accuracyByCategory, accuracyByStaff, budget. The same filters as the views.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/cost-report.pdf", async (HttpContext http, MaintenanceAnalytics service, MaintenanceRequestService requests, CancellationToken ct,
                string? from = null, string? to = null, Guid? propertyId = null, string? landlordId = null, Guid? categoryId = null) =>
            {
                var charts = await service.ChartsAsync(new AnalyticsFilter(from, to, propertyId, landlordId, categoryId), ct);
                var letterhead = await requests.LetterheadAsync(ct);
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"maintenance-costs-{charts.From:yyyy-MM}-{charts.To:yyyy-MM}.pdf\"";
                http.Response.Headers.XContentTypeOptions = "nosniff";
                return Results.File(CostReport.Build(charts, letterhead.Name, letterhead.Settings), "application/pdf");
            })
            .WithTags("Maintenance: analytics")
            .WithSummary("The six cost charts as a PDF report, with the same filters as /cost-charts.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
    }

    private static async Task WriteAsync(HttpContext http, MaintenanceRequestService service, AnalyticsExport export, string extension, TimeProvider clock,
        CancellationToken ct)
    {
        var stamp = clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        var name = $"{export.View.Name}-{stamp}.{extension}";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        if (extension == "pdf")
        {
            var letterhead = await service.LetterheadAsync(ct);
            var pdf = await AnalyticsReport.BuildAsync(export, letterhead.Name, letterhead.Settings, clock, ct);
            http.Response.ContentType = "application/pdf";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
            await http.Response.Body.WriteAsync(pdf, ct);
            return;
        }
        var columns = export.View.Columns.Select((c, i) => new ExportColumn<IReadOnlyList<object?>>(
            AnalyticsFormat.Heading(c, export.Currency), row => c.Kind == AnalyticsValueKind.Month && row[i] is DateOnly month
                ? month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)
                : row[i])).ToList();
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        if (extension == "csv")
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            await TabularExport.WriteCsvAsync(http.Response.Body, columns, export.Rows, ct);
        }
        else
        {
            http.Response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            await TabularExport.WriteXlsxAsync(http.Response.Body, export.View.Title, columns, export.Rows, ct);
        }
    }
}
