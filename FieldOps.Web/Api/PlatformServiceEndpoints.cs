using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Attachments;
using FieldOps.Data.Platform.History;
using FieldOps.Data.Platform.Notifications;
using FieldOps.Data.Platform.Users;
using FieldOps.Web.Platform.Api;
using FieldOps.Web.Platform.Exports;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FieldOps.Web.Api;

public static class PlatformServiceEndpoints
{
    public sealed record NotificationsResponse(IReadOnlyList<NotificationItem> Items, int Total, int Unread, int Page, int PageSize);

    public sealed record RolesRequest(List<string> Roles);

    public static IEndpointRouteBuilder MapPlatformServiceEndpoints(this IEndpointRouteBuilder app)
    {
        MapNotifications(app.MapGroup("/api/notifications").RequireAuthorization().WithTags("Notifications"));
        MapAttachments(app.MapGroup("/api").RequireAuthorization().WithTags("Attachments and history"));
        MapUsers(app.MapGroup("/api/users").RequireAuthorization().WithTags("Users"));
        MapExports(app.MapGroup("/api/exports").RequireAuthorization().WithTags("Exports"));
        return app;
    }

    private static void MapNotifications(RouteGroupBuilder group)
    {
        group.MapGet("/", async (NotificationInbox inbox, CancellationToken ct, int? page = null, int? pageSize = null, bool unreadOnly = false) =>
            {
                var request = ApiQuery.Page(page, pageSize is > 100 ? 100 : pageSize, null, null);
                var result = await inbox.ListAsync(request.SafeSkip, request.SafeTake, unreadOnly, ct);
                return TypedResults.Ok(new NotificationsResponse(result.Items, result.Total, result.Unread, request.SafeSkip / request.SafeTake + 1, request.SafeTake));
            })
            .WithSummary("The caller's notifications, newest first, paged.");

        group.MapPost("/{id:guid}/read", async (Guid id, NotificationInbox inbox, CancellationToken ct) =>
            {
                await inbox.MarkReadAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Marks one of the caller's notifications as read.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/read-all", async (NotificationInbox inbox, CancellationToken ct) =>
            {
                await inbox.MarkAllReadAsync(ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Marks all of the caller's notifications as read.");
    }

    private static void MapAttachments(RouteGroupBuilder group)
    {
        group.MapPost("/records/{recordType}/{recordId:guid}/attachments", async Task<Created<AttachmentInfo>> (
                string recordType, Guid recordId, IFormFile file, [FromForm] string? label,
                HttpContext http, IAntiforgery antiforgery, AttachmentService attachments, CancellationToken ct) =>
            {
                await RequireAntiforgeryForCookieCallersAsync(http, antiforgery);
                await using var stream = file.OpenReadStream();
                var info = await attachments.UploadAsync(recordType, recordId, file.FileName, stream, label, ct);
                return TypedResults.Created(info.Url, info);
            })
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(UploadRequestLimit(group)))
            .WithSummary("Attaches a photo or document (JPEG, PNG, WebP, HEIC or PDF; 10 MB by default) to a record.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/records/{recordType}/{recordId:guid}/attachments", async (string recordType, Guid recordId,
                AttachmentService attachments, CancellationToken ct) => TypedResults.Ok(await attachments.ListAsync(recordType, recordId, ct)))
            .WithSummary("The files attached to a record.");

        group.MapGet("/records/{recordType}/{recordId:guid}/history", async (string recordType, Guid recordId,
                TimelineService timeline, CancellationToken ct) => TypedResults.Ok(await timeline.GetAsync(recordType, recordId, ct)))
            .WithSummary("A record's timeline: status changes (from, to, who, when, note) and files added.");

        group.MapGet("/attachments/{id:guid}", async (Guid id, HttpContext http, AttachmentService attachments, CancellationToken ct, bool download = false) =>
            {
                var (info, content) = await attachments.OpenAsync(id, ct);
                var disposition = new System.Net.Mime.ContentDisposition
                {
                    Inline = !download,
                    FileName = info.FileName,
                };
                http.Response.Headers.ContentDisposition = disposition.ToString();
                http.Response.Headers.XContentTypeOptions = "nosniff";
                http.Response.Headers.CacheControl = "private, max-age=3600";
                return Results.Stream(content, info.ContentType, enableRangeProcessing: true);
            })
            .WithSummary("Serves an attached file to someone who may see its record.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void MapUsers(RouteGroupBuilder group)
    {
        group.MapGet("/", async (UserDirectory users, CancellationToken ct, string? role = null) => TypedResults.Ok(await users.ListAsync(role, ct)))
            .WithSummary("The users of the caller's organization, optionally those holding a role (managers and admins).");

        group.MapPost("/", async (NewUserInput input, UserDirectory users, CancellationToken ct) =>
            {
                var user = await users.CreateAsync(input, ct);
                return TypedResults.Created($"/api/users/{user.Id}", user);
            })
            .WithSummary("Creates a user in the caller's organization (admins).")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPut("/{id}/roles", async (string id, RolesRequest request, UserDirectory users, CancellationToken ct) =>
            {
                await users.SetRolesAsync(id, request.Roles, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Replaces a user's roles (admins; never one's own).");

        group.MapPost("/{id}/lock", async (string id, UserDirectory users, CancellationToken ct) =>
            {
                await users.SetLockedAsync(id, locked: true, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Locks a user out (admins).");

        group.MapPost("/{id}/unlock", async (string id, UserDirectory users, CancellationToken ct) =>
            {
                await users.SetLockedAsync(id, locked: false, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Lets a locked-out user sign in again (admins).");
    }

    private static void MapExports(RouteGroupBuilder group)
    {
        group.MapGet("/{file}", async (string file, HttpContext http, IEnumerable<IExportDefinition> exports, CancellationToken ct) =>
            {
                var extension = Path.GetExtension(file).TrimStart('.').ToLowerInvariant();
                var name = Path.GetFileNameWithoutExtension(file);
                var export = exports.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
                if (export is null || extension is not ("csv" or "xlsx"))
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                        detail: $"There is no export called {file}. Exports end in .csv or .xlsx.");
                }
                await export.WriteAsync(http, extension == "csv" ? ExportFormat.Csv : ExportFormat.Xlsx, ct);
                return Results.Empty;
            })
            .WithSummary("Exports a list as CSV or Excel with the same filters as its screen: /api/exports/{list}.csv?status=…")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
    }

    /// <summary>Form posts from a browser carry the sign-in cookie automatically, so they must prove they come from
    /// FieldOps's own pages. Bearer-token callers are not exposed to that and need no token.</summary>
    public static async Task RequireAntiforgeryForCookieCallersAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (!http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                await antiforgery.ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                throw new AccessDeniedException("The form could not be verified. Reload the page and try again.");
            }
        }
    }

    private static long UploadRequestLimit(IEndpointRouteBuilder app) =>
        app.ServiceProvider.GetRequiredService<IOptions<FieldOps.Data.FieldOpsOptions>>().Value.Attachments.MaxBytes + 256 * 1024;
}
