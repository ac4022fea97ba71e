using System.Text.Json;
using FieldOps.Data.Contracting;
using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Contracting.Services;
using FieldOps.Data.Platform;
using FieldOps.Web.Documents;
using FieldOps.Web.Platform.Api;
using Microsoft.AspNetCore.Mvc;

namespace FieldOps.Web.Api;

/// <summary>
/// The contracting API. <c>/api/contractor/*</c> is the contractor's portal: every record is resolved through the
/// company linked to the signed-in account, whatever the request says. <c>/api/admin/*</c> is the admin's side:
/// onboarding, review queues, vouchers and ledgers. The services enforce who may do what; the role requirement on
/// each group answers 403 before any work is done.
/// </summary>
public static class ContractingEndpoints
{
    /// <summary>A page of a ledger (newest first) with its summary, what is still owed, and paging.</summary>
    public sealed record LedgerResponse(IReadOnlyList<LedgerEntryView> Entries, LedgerSummary Summary, StillOwed StillOwed, int Total, int Page, int PageSize)
    {
        public static LedgerResponse Of(LedgerView ledger, ListRequest page) =>
            new(ledger.Entries, ledger.Summary, ledger.StillOwed, ledger.Total, Math.Max(0, page.Skip) / page.SafeTake + 1, page.SafeTake);
    }

    public static IEndpointRouteBuilder MapContractingEndpoints(this IEndpointRouteBuilder app)
    {
        MapContractor(app.MapGroup("/api/contractor").RequireAuthorization(p => p.RequireRole(ContractingRoles.Contractor)).WithVersionPreconditions().WithTags("Contracting: contractor portal"));
        var admin = app.MapGroup("/api/admin").RequireAuthorization(p => p.RequireRole(Roles.Admin)).WithVersionPreconditions();
        MapOnboarding(admin.MapGroup("").WithTags("Contracting: subcontractors and projects"));
        MapReview(admin.MapGroup("").WithTags("Contracting: review of logs and expenses"));
        MapVouchers(admin.MapGroup("/vouchers").WithTags("Contracting: vouchers"));
        MapLedger(admin.MapGroup("").WithTags("Contracting: ledger"));
        return app;
    }

    private static void MapContractor(RouteGroupBuilder portal)
    {
        portal.MapGet("/workspaces", async (ContractorPortalService service, CancellationToken ct) => TypedResults.Ok(await service.WorkspaceAsync(ct)))
            .WithSummary("The caller's company profile, balance summary and recent activity; says so when no company is linked yet.");

        portal.MapGet("/projects", async (ContractorPortalService service, CancellationToken ct) => TypedResults.Ok(await service.ProjectsAsync(ct)))
            .WithSummary("Active projects a daily log or expense can be linked to.");

        portal.MapGet("/daily-logs", async (ContractorPortalService service, CancellationToken ct, int? page = null, int? pageSize = null) =>
            {
                var request = ApiQuery.Page(page, pageSize, null, null);
                return TypedResults.Ok((await service.LogsAsync(request, ct)).ToResponse(request));
            })
            .WithSummary("The company's daily logs, newest first, with their review status.");

        portal.MapPost("/daily-logs", async (DailyLogInput input, ContractorPortalService service, CancellationToken ct) =>
            {
                var log = await service.SubmitLogAsync(input, ct);
                return TypedResults.Created($"/api/contractor/daily-logs/{log.Id}", log);
            })
            .WithSummary("Submits a daily log for the caller's company (any subcontractorId sent is ignored). Status starts as submitted.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        portal.MapGet("/daily-logs/{id:guid}", async (Guid id, ContractorPortalService service, CancellationToken ct) =>
                TypedResults.Ok(await service.LogAsync(id, ct)))
            .WithSummary("One of the company's daily logs.");

        portal.MapGet("/expenses", async (ContractorPortalService service, CancellationToken ct, int? page = null, int? pageSize = null) =>
            {
                var request = ApiQuery.Page(page, pageSize, null, null);
                return TypedResults.Ok((await service.ExpensesAsync(request, ct)).ToResponse(request));
            })
            .WithSummary("The company's expense claims, newest first, with their review status.");

        portal.MapPost("/expenses", async (ExpenseInput input, ContractorPortalService service, CancellationToken ct) =>
            {
                var expense = await service.SubmitExpenseAsync(input, ct);
                return TypedResults.Created($"/api/contractor/expenses/{expense.Id}", expense);
            })
            .WithSummary("Claims an expense for the caller's company; it starts as pending. Attach the receipt with "
                + "POST /api/records/expense/{id}/attachments.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        portal.MapGet("/expenses/{id:guid}", async (Guid id, ContractorPortalService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ExpenseAsync(id, ct)))
            .WithSummary("One of the company's expense claims, with its number of receipts.");

        portal.MapGet("/materials", async (ContractorPortalService service, CancellationToken ct) => TypedResults.Ok(await service.MaterialsAsync(ct)))
            .WithSummary("The business's material stock (read-only).");

        portal.MapGet("/vouchers", async (HttpContext http, ContractorPortalService service, CancellationToken ct, int? page = null, int? pageSize = null) =>
            {
                // An array, as the portal has always answered (empty when no company is linked), one page at a time.
                var request = ApiQuery.Page(page, pageSize ?? 50, null, null);
                var vouchers = await service.VouchersAsync(request, ct);
                http.Response.Headers["X-Total-Count"] = vouchers.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return TypedResults.Ok(vouchers.Items);
            })
            .WithSummary("The company's vouchers in every status; empty when no company is linked.");

        portal.MapGet("/vouchers/{id:guid}", async (Guid id, ContractorPortalService service, CancellationToken ct) =>
                TypedResults.Ok(await service.VoucherAsync(id, ct)))
            .WithSummary("One of the company's vouchers with its lines.");

        portal.MapGet("/vouchers/{id:guid}/pdf", async (Guid id, HttpContext http, ContractorPortalService portalService, VoucherService vouchers,
                CancellationToken ct) => VoucherPdf(http, await portalService.VoucherAsync(id, ct), await vouchers.LetterheadAsync(ct)))
            .WithSummary("One of the company's vouchers as a PDF.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");

        portal.MapGet("/ledger", async (ContractorPortalService service, CancellationToken ct, int? page = null, int? pageSize = null) =>
            {
                var request = ApiQuery.Page(page, pageSize ?? 50, null, null, seeksByPosition: true);
                return TypedResults.Ok(LedgerResponse.Of(await service.LedgerAsync(request, ct), request));
            })
            .WithSummary("The company's ledger with a running balance, and the summary: credits (payments), deductions, advancePaid, "
                + "balanceDue = credits − deductions − advancePaid. Approved expense claims are 'expense' entries, totalled in expensesApproved "
                + "and not part of balanceDue. Empty when no company is linked.");
    }

    private static void MapOnboarding(RouteGroupBuilder admin)
    {
        admin.MapPost("/subcontractors", async (SubcontractorInput input, SubcontractorService service, CancellationToken ct) =>
            {
                var company = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/admin/subcontractors/{company.Id}", company);
            })
            .WithSummary("Onboards a subcontractor: companyName, tradeType, contactPerson, phone, email (and dailyRate for drafting vouchers).")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        admin.MapGet("/subcontractors", async (SubcontractorService service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(ct)))
            .WithSummary("Every subcontractor with its linked portal account, if any.");

        admin.MapGet("/subcontractors/{id:guid}", async (Guid id, SubcontractorService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetAsync(id, ct)))
            .WithSummary("One subcontractor.");

        admin.MapPatch("/subcontractors/{id:guid}", async (Guid id, JsonElement patch, SubcontractorService service, CancellationToken ct) =>
                TypedResults.Ok(await PatchSubcontractorAsync(id, patch, service, ct)))
            .WithSummary("Changes a subcontractor's details. \"userId\": \"…\" links a contractor account of the organization; \"userId\": null unlinks it.")
            .Accepts<SubcontractorPatchDocument>("application/json")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        admin.MapGet("/subcontractors/linkable-users", async (SubcontractorService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UnlinkedContractorsAsync(ct)))
            .WithSummary("Contractor accounts not yet linked to any company.");

        admin.MapGet("/projects", async (ProjectService service, CancellationToken ct, bool includeInactive = false) =>
                TypedResults.Ok(await service.ListAsync(includeInactive, ct)))
            .WithSummary("The projects.");

        admin.MapPost("/projects", async (ProjectInput input, ProjectService service, CancellationToken ct) =>
            {
                var project = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/admin/projects/{project.Id}", project);
            })
            .WithSummary("Adds a project.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        admin.MapPut("/projects/{id:guid}", async (Guid id, ProjectInput input, ProjectService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UpdateAsync(id, input, ct)))
            .WithSummary("Changes a project's name or site, or closes it (isActive: false). The code stays.");

        admin.MapGet("/materials", async (MaterialService service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(ct)))
            .WithSummary("The material stock.");

        admin.MapPost("/materials", async (MaterialInput input, MaterialService service, CancellationToken ct) =>
            {
                var material = await service.SaveAsync(null, input, ct);
                return TypedResults.Created($"/api/admin/materials/{material.Id}", material);
            })
            .WithSummary("Adds a material to the stock list.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        admin.MapPut("/materials/{id:guid}", async (Guid id, MaterialInput input, MaterialService service, CancellationToken ct) =>
                TypedResults.Ok(await service.SaveAsync(id, input, ct)))
            .WithSummary("Updates a material's quantity, unit, location or notes.");

        admin.MapGet("/contracting-dashboard", async (ContractingDashboardService service, CancellationToken ct) => TypedResults.Ok(await service.AdminAsync(ct)))
            .WithSummary("What waits for the admin: logs and expenses to review, vouchers to approve and to pay.");
    }

    private static void MapReview(RouteGroupBuilder admin)
    {
        admin.MapGet("/daily-logs", async (ContractingReviewService service, CancellationToken ct, string? status = null, Guid? subcontractorId = null,
                Guid? projectId = null, int? page = null, int? pageSize = null) =>
            {
                var request = ApiQuery.Page(page, pageSize, null, null);
                var filter = new DailyLogFilter(ApiQuery.Enum<DailyLogStatus>(status, "status"), subcontractorId, projectId);
                return TypedResults.Ok((await service.LogsAsync(filter, request, ct)).ToResponse(request));
            })
            .WithSummary("Daily logs of every subcontractor; ?status=submitted for the review queue.");

        admin.MapGet("/daily-logs/{id:guid}", async (Guid id, ContractingReviewService service, CancellationToken ct) =>
                TypedResults.Ok(await service.LogAsync(id, ct)))
            .WithSummary("One daily log, with what the admin may do with it now (allowedActions).");

        admin.MapPost("/daily-logs/{id:guid}/approve", async (Guid id, ContractingReviewService service, CancellationToken ct,
                [FromBody] NoteRequest? input = null) =>
            {
                await service.ApproveLogAsync(id, input?.Note, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Approves a submitted daily log, with an optional note.");

        admin.MapPost("/daily-logs/{id:guid}/reject", async (Guid id, RejectRequest input, ContractingReviewService service, CancellationToken ct) =>
            {
                await input.RunAsync(reason => service.RejectLogAsync(id, reason, ct));
                return TypedResults.NoContent();
            })
            .WithSummary("Rejects a submitted daily log; the reason is required ({\"reason\": …}; the older {\"note\": …} is deprecated).");

        admin.MapPost("/daily-logs/bulk-approve", async (BulkApproveInput input, ContractingReviewService service, CancellationToken ct) =>
            {
                await service.BulkApproveLogsAsync(input.Ids, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Approves several submitted logs at once: all or none.");

        admin.MapGet("/expenses", async (ContractingReviewService service, CancellationToken ct, string? status = null, Guid? subcontractorId = null,
                string? category = null, int? page = null, int? pageSize = null) =>
            {
                var request = ApiQuery.Page(page, pageSize, null, null);
                var filter = new ExpenseFilter(ApiQuery.Enum<ExpenseStatus>(status, "status"), subcontractorId, ApiQuery.Enum<ExpenseCategory>(category, "category"));
                return TypedResults.Ok((await service.ExpensesAsync(filter, request, ct)).ToResponse(request));
            })
            .WithSummary("Expense claims of every subcontractor; ?status=pending for the review queue.");

        admin.MapGet("/expenses/{id:guid}", async (Guid id, ContractingReviewService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ExpenseAsync(id, ct)))
            .WithSummary("One expense claim, with what the admin may do with it now (allowedActions).");

        admin.MapPost("/expenses/{id:guid}/approve", async (Guid id, ContractingReviewService service, CancellationToken ct,
                [FromBody] NoteRequest? input = null) =>
            {
                await service.ApproveExpenseAsync(id, input?.Note, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Approves a pending claim and records its 'expense' ledger entry in the same transaction.");

        admin.MapPost("/expenses/{id:guid}/reject", async (Guid id, RejectRequest input, ContractingReviewService service, CancellationToken ct) =>
            {
                await input.RunAsync(reason => service.RejectExpenseAsync(id, reason, ct));
                return TypedResults.NoContent();
            })
            .WithSummary("Rejects a pending claim; the reason is required ({\"reason\": …}; the older {\"note\": …} is deprecated).");

        admin.MapPost("/expenses/bulk-approve", async (BulkApproveInput input, ContractingReviewService service, CancellationToken ct) =>
            {
                await service.BulkApproveExpensesAsync(input.Ids, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Approves several pending claims at once: all or none.");
    }

    private static void MapVouchers(RouteGroupBuilder vouchers)
    {
        vouchers.MapGet("/", async (VoucherService service, CancellationToken ct, string? status = null, Guid? subcontractorId = null,
                int? page = null, int? pageSize = null) =>
            {
                var request = ApiQuery.Page(page, pageSize, null, null);
                return TypedResults.Ok((await service.ListAsync(new VoucherFilter(ApiQuery.Enum<VoucherStatus>(status, "status"), subcontractorId), request, ct))
                    .ToResponse(request));
            })
            .WithSummary("Vouchers, latest period first.");

        vouchers.MapPost("/", async (VoucherInput input, VoucherService service, CancellationToken ct) =>
            {
                var voucher = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/admin/vouchers/{voucher.Id}", voucher);
            })
            .WithSummary("Drafts a voucher for a subcontractor and period. Without lines, one line per approved daily log in the period "
                + "that no other voucher has claimed (workers × the company's daily rate). A voucher with nothing to pay is refused (422).")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        vouchers.MapPost("/preview", async (VoucherInput input, VoucherService service, CancellationToken ct) =>
                TypedResults.Ok(await service.PreviewAsync(input, ct)))
            .WithSummary("What a voucher for this period would hold, without drafting it: its lines, total, and how many of the period's "
                + "approved logs another voucher already pays.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        vouchers.MapDelete("/{id:guid}", async (Guid id, VoucherService service, CancellationToken ct, string? reason = null) =>
            {
                await service.DeleteAsync(id, reason, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Deletes a draft voucher (409 for any other status); its daily logs may be claimed again. The history keeps it.");

        vouchers.MapGet("/{id:guid}", async (Guid id, VoucherService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(id, ct)))
            .WithSummary("One voucher with its lines.");

        vouchers.MapGet("/{id:guid}/pdf", async (Guid id, HttpContext http, VoucherService service, CancellationToken ct) =>
                VoucherPdf(http, await service.GetAsync(id, ct), await service.LetterheadAsync(ct)))
            .WithSummary("The voucher as a PDF.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");

        vouchers.MapPut("/{id:guid}/lines", async (Guid id, VoucherLinesInput input, VoucherService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ReplaceLinesAsync(id, input, ct)))
            .WithSummary("Replaces the lines of a draft voucher.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        vouchers.MapPost("/{id:guid}/submit", async (Guid id, VoucherService service, CancellationToken ct) => TypedResults.Ok(await service.SubmitAsync(id, ct)))
            .WithSummary("Submits a draft for approval.");

        vouchers.MapPost("/{id:guid}/approve", async (Guid id, VoucherService service, CancellationToken ct) => TypedResults.Ok(await service.ApproveAsync(id, ct)))
            .WithSummary("Approves a submitted voucher.");

        vouchers.MapPost("/{id:guid}/reject", async (Guid id, RejectRequest input, VoucherService service, CancellationToken ct) =>
                TypedResults.Ok(await input.RunAsync(reason => service.RejectAsync(id, reason, ct))))
            .WithSummary("Rejects a submitted voucher, saying why.");

        vouchers.MapPost("/{id:guid}/reopen", async (Guid id, VoucherService service, CancellationToken ct) => TypedResults.Ok(await service.ReopenAsync(id, ct)))
            .WithSummary("Turns a rejected voucher back into a draft to correct and resubmit.");

        vouchers.MapPost("/{id:guid}/pay", async (Guid id, VoucherPaymentInput input, VoucherService service, CancellationToken ct) =>
                TypedResults.Ok(await service.PayAsync(id, input, ct)))
            .WithSummary("Marks an approved voucher paid and records the ledger payment in the same transaction (once only).")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static readonly ListRequest ContractingSupportPage = new(0, 50);

    private static void MapLedger(RouteGroupBuilder admin)
    {
        admin.MapGet("/subcontractors/{id:guid}/ledger", async (Guid id, LedgerService service, CancellationToken ct, int? page = null, int? pageSize = null) =>
            {
                var request = ApiQuery.Page(page, pageSize ?? 50, null, null, seeksByPosition: true);
                return TypedResults.Ok(LedgerResponse.Of(await service.LedgerAsync(id, request, ct), request));
            })
            .WithSummary("A page of a subcontractor's ledger (newest first, 50 a page), each entry with the balance after it, and the summary.");

        admin.MapPost("/subcontractors/{id:guid}/ledger", async (Guid id, LedgerEntryInput input, LedgerService service, CancellationToken ct) =>
            {
                var ledger = await service.AddEntryAsync(id, input, ct);
                return TypedResults.Ok(LedgerResponse.Of(ledger, ContractingSupportPage));
            })
            .WithSummary("Records a deduction or an advance (entryType: deduction | advance).")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        admin.MapPost("/ledger/{entryId:guid}/reverse", async (Guid entryId, ReasonRequest input, LedgerService service, CancellationToken ct) =>
            {
                var ledger = await service.ReverseAsync(entryId, input.Reason ?? "", ct);
                return TypedResults.Ok(LedgerResponse.Of(ledger, ContractingSupportPage));
            })
            .WithSummary("Cancels a manual entry with a reversing entry; ledger entries themselves never change.");
    }

    /// <summary>The fields PATCH accepts; each is optional, and userId may be null (unlink).</summary>
    public sealed record SubcontractorPatchDocument(string? CompanyName, string? TradeType, string? ContactPerson, string? Phone, string? Email,
        decimal? DailyRate, bool? IsActive, string? UserId);

    private static async Task<SubcontractorView> PatchSubcontractorAsync(Guid id, JsonElement patch, SubcontractorService service, CancellationToken ct)
    {
        if (patch.ValueKind != JsonValueKind.Object)
        {
            throw new InputValidationException("body", "Send a JSON object with the fields to change.");
        }
        var current = await service.GetAsync(id, ct);
        var input = new SubcontractorInput
        {
            CompanyName = Text(patch, "companyName") ?? current.CompanyName,
            TradeType = Text(patch, "tradeType") ?? current.TradeType,
            ContactPerson = Has(patch, "contactPerson") ? Text(patch, "contactPerson") : current.ContactPerson,
            Phone = Has(patch, "phone") ? Text(patch, "phone") : current.Phone,
            Email = Has(patch, "email") ? Text(patch, "email") : current.Email,
            DailyRate = Has(patch, "dailyRate") ? Decimal(patch, "dailyRate") : current.DailyRate,
        };
        var detailsChanged = new[] { "companyName", "tradeType", "contactPerson", "phone", "email", "dailyRate" }.Any(name => Has(patch, name));
        var result = detailsChanged ? await service.UpdateAsync(id, input, ct) : current;
        if (Has(patch, "isActive"))
        {
            result = await service.SetActiveAsync(id, Get(patch, "isActive").ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw new InputValidationException("isActive", "Use true or false."),
            }, ct);
        }
        if (Has(patch, "userId"))
        {
            var userId = Text(patch, "userId");
            result = userId is null ? await service.UnlinkUserAsync(id, ct) : await service.LinkUserAsync(id, userId, ct);
        }
        return result;
    }

    private static bool Has(JsonElement patch, string name) => patch.EnumerateObject().Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    private static JsonElement Get(JsonElement patch, string name) =>
        patch.EnumerateObject().First(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string? Text(JsonElement patch, string name)
    {
        if (!Has(patch, name))
        {
            return null;
        }
        var value = Get(patch, name);
        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => value.GetString(),
            _ => throw new InputValidationException(name, "Send text, or null."),
        };
    }

    private static decimal? Decimal(JsonElement patch, string name)
    {
        var value = Get(patch, name);
        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Number when value.TryGetDecimal(out var number) => number,
            _ => throw new InputValidationException(name, "Send a number, or null."),
        };
    }

    private static IResult VoucherPdf(HttpContext http, VoucherView voucher, (string Name, OrganizationSettings Settings) letterhead)
    {
        var pdf = VoucherDocument.Render(voucher, letterhead.Name, letterhead.Settings);
        http.Response.Headers.ContentDisposition = $"inline; filename=\"{voucher.Number}.pdf\"";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(pdf, "application/pdf");
    }
}
