using FieldOps.Data.Maintenance;
using FieldOps.Data.Maintenance.Services;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using FieldOps.Web.Documents;
using FieldOps.Web.Platform.Api;

namespace FieldOps.Web.Api;

/// <summary>
/// The property-maintenance API: requests from the tenant's form to the payment, quotes, and the firm's setup. Every
/// read and every action is scoped by the service to what the caller may see: a request outside it is a 404, an
/// action the caller's role or relation does not allow a 403, a move the status does not allow a 409.
/// </summary>
public static class MaintenanceEndpoints
{
    public sealed record NotesRequest(string? Notes, bool ConfirmOverBudget = false);

    public sealed record PropertyBudgetRequest(decimal? MonthlyBudget);

    /// <summary>A landlord's own settings, replaced whole: a field left out goes back to the firm's default.</summary>
    public sealed record LandlordsRequest(string? LandlordUserId, decimal? AutoApprovalThreshold, decimal? QuoteThreshold, decimal? OwnerApprovalLimit,
        decimal? MonthlyBudget = null, decimal? BudgetAlertShare = null, bool? BudgetAlerts = null);

    public static IEndpointRouteBuilder MapMaintenanceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/maintenance").RequireAuthorization().WithVersionPreconditions();
        MapRequests(group.MapGroup("/requests").WithTags("Maintenance: requests"));
        MapQuotes(group.MapGroup("/quotes").WithTags("Maintenance: quotes"));
        MapCatalogue(group.WithTags("Maintenance: properties, vendors and settings"));
        group.MapMaintenanceAnalytics();
        return app;
    }

    private static void MapRequests(RouteGroupBuilder requests)
    {
        requests.MapPost("/", async (CreateRequestInput input, MaintenanceRequestService service, CancellationToken ct) =>
            {
                var request = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/maintenance/requests/{request.Id}", request);
            })
            .WithSummary("Files a maintenance request: title, description, priority (low, medium, high, emergency), unitId or propertyId, expenseTypeId, "
                + "permissionToEnter, availability (\"Mon-Fri 08:00-12:00; Sat 09:00-13:00\"), accessNotes. A tenant's request is always for their own unit. "
                + "Attach photos with POST /api/records/maintenancerequest/{id}/attachments.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        requests.MapGet("/", async (MaintenanceRequestService service, CancellationToken ct, string? status = null, bool open = false, Guid? propertyId = null,
                string? priority = null, int? page = null, int? pageSize = null) =>
            {
                var request = ApiQuery.Page(page, pageSize, null, null);
                var filter = new RequestFilter(ApiQuery.Enum<MaintenanceStatus>(status, "status"), open, propertyId, ApiQuery.Enum<MaintenancePriority>(priority, "priority"));
                return TypedResults.Ok((await service.ListAsync(filter, request, ct)).ToResponse(request));
            })
            .WithSummary("The requests the caller may see (a manager: the firm's; a landlord: their properties'; a tenant: their own; staff and vendors: "
                + "their work orders), emergencies first, then newest. Each carries its SLA flags and allowedActions.");

        requests.MapGet("/board", async (MaintenanceRequestService service, CancellationToken ct) => TypedResults.Ok(await service.BoardAsync(ct)))
            .WithSummary("How many of the caller's requests are in each status, and how many are past their SLA.");

        requests.MapGet("/staff", async (MaintenanceRequestService service, CancellationToken ct) => TypedResults.Ok(await service.StaffAsync(ct)))
            .WithSummary("Maintenance staff to assign, with their open work orders.");

        requests.MapGet("/{id:guid}", async (Guid id, MaintenanceRequestService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(id, ct)))
            .WithSummary("A request with its estimate, quotes, conversation (internal notes only for the firm's staff), rating, payment and allowedActions.");

        requests.MapGet("/{id:guid}/vendor-suggestions", async (Guid id, MaintenanceCatalogService service, CancellationToken ct) =>
                TypedResults.Ok(await service.SuggestVendorsAsync(id, ct)))
            .WithSummary("Vendors ranked for the request: specialization match, service area, emergency availability and rating, each with its reasons.");

        requests.MapGet("/{id:guid}/cost-history", async (Guid id, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.CostHistoryAsync(id, ct)))
            .WithSummary("What completed requests of the same expense type actually cost (median and 25th–75th percentile, how many, the type's usual range); "
                + "with fewer than 5 to compare, no figure.");

        requests.MapPost("/{id:guid}/assign", async (Guid id, AssignInput input, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.AssignAsync(id, input, ct)))
            .WithSummary("Assigns a pending request to maintenance staff and/or a vendor (property manager, admin or the owner).");

        requests.MapPost("/{id:guid}/reassign", async (Guid id, AssignInput input, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.AssignAsync(id, input, ct, reassign: true)))
            .WithSummary("Gives an assigned request (not yet estimated) to other staff or another vendor.");

        requests.MapPost("/{id:guid}/reject", async (Guid id, ReasonRequest input, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.RejectAsync(id, input.Reason, ct)))
            .WithSummary("Rejects a pending request with a reason; the tenant is told.");

        requests.MapPost("/{id:guid}/request-info", async (Guid id, ReasonRequest input, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.RequestInfoAsync(id, input.Reason, ct)))
            .WithSummary("Asks the tenant for more information (the question, as reason, goes into the conversation).");

        requests.MapPost("/{id:guid}/messages", async (Guid id, MessageInput input, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.PostMessageAsync(id, input, ct)))
            .WithSummary("Adds to the request's conversation: {text, internal?}. Internal notes are for the firm's staff and never shown to tenants or vendors.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        requests.MapPost("/{id:guid}/acknowledge", async (Guid id, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.AcknowledgeAsync(id, ct)))
            .WithSummary("The assignee acknowledges the work order.");

        requests.MapPost("/{id:guid}/estimate", async (Guid id, EstimateInput input, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.EstimateAsync(id, input, ct)))
            .WithSummary("Adds the estimate: lines [{item, quantity, unitCost}], estimatedDuration, notes. Within the auto-approval threshold it is approved at once; "
                + "at or below the quote threshold it awaits approval (estimated); above it, quotes are required (quote_required).")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        requests.MapPost("/{id:guid}/estimate/approve", async (Guid id, NotesRequest? input, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ApproveEstimateAsync(id, new ApprovalInput { Notes = input?.Notes, ConfirmOverBudget = input?.ConfirmOverBudget == true }, ct)))
            .WithSummary("Approves the estimate: its total becomes the approved budget. Above the owner-approval limit only the property's owner may. "
                + "If it would take this month past the owner's budget, send confirmOverBudget: true (else 409 with the figures).");

        requests.MapGet("/{id:guid}/budget-outlook", async (Guid id, MaintenanceRequestService service, CancellationToken ct, Guid? quoteId = null) =>
                TypedResults.Ok(await service.BudgetOutlookAsync(id, quoteId, ct)))
            .WithSummary("What this month looks like for the owner after approving the estimate (or quoteId): budget, spent and committed, this approval, "
                + "remaining after, and whether it would pass the budget.");

        requests.MapPost("/{id:guid}/estimate/reject", async (Guid id, ReasonRequest input, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.RejectEstimateAsync(id, input.Reason, ct)))
            .WithSummary("Rejects the estimate with a reason: the request goes back to assigned for a new one.");

        requests.MapGet("/{id:guid}/quotes", async (Guid id, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.QuotesAsync(id, ct)))
            .WithSummary("The request's quotes side by side: amount, vendor rating and jobs, validity, items, status.");

        requests.MapPost("/{id:guid}/quotes", async (Guid id, QuoteInput input, MaintenanceRequestService service, CancellationToken ct) =>
            {
                var quote = await service.AddQuoteAsync(id, input, ct);
                return TypedResults.Created($"/api/maintenance/quotes/{quote.Id}", quote);
            })
            .WithSummary("Adds a quote: vendorId (on file) or vendorName, vendorContact, vendorEmail; amount; description; items [{item, cost}] adding up to "
                + "the amount; validUntil. Attach the vendor's PDF with POST /api/records/quote/{quoteId}/attachments.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        requests.MapPost("/{id:guid}/schedule", async (Guid id, ScheduleInput input, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ScheduleAsync(id, input, ct)))
            .WithSummary("Schedules the visit (scheduledFor, in the firm's local time unless marked Z); checked against the tenant's availability.");

        requests.MapPost("/{id:guid}/start", async (Guid id, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.StartAsync(id, ct)))
            .WithSummary("The assignee starts work (from approved, scheduled or reopened).");

        requests.MapPost("/{id:guid}/progress", async (Guid id, ProgressInput input, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ProgressAsync(id, input, ct)))
            .WithSummary("A progress note (photos: attach them to the request with the label \"progress\").");

        requests.MapPost("/{id:guid}/hold", async (Guid id, ReasonRequest input, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.HoldAsync(id, input.Reason, ct)))
            .WithSummary("Puts work on hold with a reason.");

        requests.MapPost("/{id:guid}/resume", async (Guid id, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ResumeAsync(id, ct)))
            .WithSummary("Resumes work on hold.");

        requests.MapPost("/{id:guid}/cancel", async (Guid id, ReasonRequest input, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.CancelAsync(id, input.Reason, ct)))
            .WithSummary("Cancels approved or scheduled work with a reason.");

        requests.MapPost("/{id:guid}/complete", async (Guid id, CompleteInput input, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.CompleteAsync(id, input, ct)))
            .WithSummary("Completes the work: actualCost, lines [{item, planned, actual}], completionNotes, receiptNumber. More than 10% above the approved "
                + "budget needs varianceReason (422 without it) and tells the landlord of the overrun.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        requests.MapPost("/{id:guid}/verify", async (Guid id, VerifyInput input, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.VerifyAsync(id, input, ct)))
            .WithSummary("The tenant verifies and rates the work: overall (1-5, required), responseTime, quality, professionalism, communication, "
                + "wouldRecommend, feedback. The vendor's rating changes at once.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        requests.MapPost("/{id:guid}/reopen", async (Guid id, ReasonRequest input, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ReopenAsync(id, input.Reason, ct)))
            .WithSummary("The tenant says the work did not fix it (reason): back to the assignee.");

        requests.MapPost("/{id:guid}/payment", async (Guid id, MaintenancePaymentInput input, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.PayAsync(id, input, ct)))
            .WithSummary("Records the payment (method mpesa, bank_transfer, cash, cheque or card; reference, required except for cash; paidAt) and closes "
                + "the request. From completed only when there is no tenant or their verification window has passed.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        requests.MapGet("/{id:guid}/work-order.pdf", async (Guid id, HttpContext http, MaintenanceRequestService service, CancellationToken ct) =>
            {
                var request = await service.GetAsync(id, ct);
                var letterhead = await service.LetterheadAsync(ct);
                return Pdf(http, MaintenanceDocuments.WorkOrder(request, letterhead.Name, letterhead.Settings), $"{request.Number}-work-order");
            })
            .WithSummary("The work order as a PDF: address, unit, access notes, the tenant's windows, scope and approved budget.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");

        requests.MapGet("/{id:guid}/quotes/comparison.pdf", async (Guid id, HttpContext http, MaintenanceRequestService service, TimeProvider clock,
                CancellationToken ct) =>
            {
                var request = await service.GetAsync(id, ct);
                var letterhead = await service.LetterheadAsync(ct);
                var today = OrganizationSettings.LocalDate(letterhead.Settings.TimeZoneId, clock.GetUtcNow().UtcDateTime);
                return Pdf(http, MaintenanceDocuments.Comparison(request, letterhead.Name, letterhead.Settings, today), $"{request.Number}-quotes");
            })
            .WithSummary("The request's quotes side by side as a PDF.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");

        requests.MapGet("/{id:guid}/receipt.pdf", async (Guid id, HttpContext http, MaintenanceRequestService service, CancellationToken ct) =>
            {
                var request = await service.GetAsync(id, ct);
                if (request.Payment is null)
                {
                    throw new BusinessRuleException($"Request {request.Number} has not been paid yet.");
                }
                var letterhead = await service.LetterheadAsync(ct);
                return Pdf(http, MaintenanceDocuments.Receipt(request, request.Payment, letterhead.Name, letterhead.Settings), $"{request.Number}-receipt");
            })
            .WithSummary("The payment receipt as a PDF (once paid).")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
    }

    private static void MapQuotes(RouteGroupBuilder quotes)
    {
        quotes.MapGet("/{id:guid}", async (Guid id, MaintenanceRequestService service, CancellationToken ct) => TypedResults.Ok(await service.QuoteAsync(id, ct)))
            .WithSummary("One quote.");

        quotes.MapPost("/{id:guid}/approve", async (Guid id, NotesRequest? input, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ApproveQuoteAsync(id, new ApprovalInput { Notes = input?.Notes, ConfirmOverBudget = input?.ConfirmOverBudget == true }, ct)))
            .WithSummary("Approves the quote: the others are rejected (\"another quote was selected\") and its amount becomes the approved budget. "
                + "An expired quote cannot be approved (409).");

        quotes.MapPost("/{id:guid}/reject", async (Guid id, ReasonRequest input, MaintenanceRequestService service, CancellationToken ct) =>
                TypedResults.Ok(await service.RejectQuoteAsync(id, input.Reason, ct)))
            .WithSummary("Rejects the quote with a reason; when none is left the request needs new quotes.");

        quotes.MapGet("/{id:guid}/pdf", async (Guid id, HttpContext http, MaintenanceRequestService service, CancellationToken ct) =>
            {
                var quote = await service.QuoteAsync(id, ct);
                var request = await service.GetAsync(quote.RequestId, ct);
                var letterhead = await service.LetterheadAsync(ct);
                return Pdf(http, MaintenanceDocuments.Quote(request, quote, letterhead.Name, letterhead.Settings), quote.Number);
            })
            .WithSummary("The quote as a PDF.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
    }

    private static void MapCatalogue(RouteGroupBuilder group)
    {
        group.MapGet("/properties", async (MaintenanceCatalogService service, CancellationToken ct, int? page = null, int? pageSize = null) =>
            {
                var request = ApiQuery.Page(page, pageSize, null, null);
                return TypedResults.Ok((await service.PropertiesAsync(request, ct)).ToResponse(request));
            })
            .WithSummary("The firm's properties (a landlord: their own).");
        group.MapPost("/properties", async (PropertyInput input, MaintenanceCatalogService service, CancellationToken ct) =>
            {
                var property = await service.SavePropertyAsync(null, input, ct);
                return TypedResults.Created($"/api/maintenance/properties/{property.Id}", property);
            })
            .WithSummary("Adds a property: name, address, area, ownerUserId (a landlord).").ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPut("/properties/{id:guid}", async (Guid id, PropertyInput input, MaintenanceCatalogService service, CancellationToken ct) =>
                TypedResults.Ok(await service.SavePropertyAsync(id, input, ct)))
            .WithSummary("Changes a property.").ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/units", async (MaintenanceCatalogService service, CancellationToken ct, Guid? propertyId = null, int? page = null, int? pageSize = null) =>
            {
                var request = ApiQuery.Page(page, pageSize, null, null);
                return TypedResults.Ok((await service.UnitsAsync(propertyId, request, ct)).ToResponse(request));
            })
            .WithSummary("Units with their tenants (a landlord: of their properties; a tenant: their own).");
        group.MapPost("/units", async (UnitInput input, MaintenanceCatalogService service, CancellationToken ct) =>
            {
                var unit = await service.SaveUnitAsync(null, input, ct);
                return TypedResults.Created($"/api/maintenance/units/{unit.Id}", unit);
            })
            .WithSummary("Adds a unit: propertyId, number, floor, tenantUserId.").ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPut("/units/{id:guid}", async (Guid id, UnitInput input, MaintenanceCatalogService service, CancellationToken ct) =>
                TypedResults.Ok(await service.SaveUnitAsync(id, input, ct)))
            .WithSummary("Changes a unit (and who lives there).").ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/vendors", async (MaintenanceCatalogService service, CancellationToken ct, bool activeOnly = false, int? page = null, int? pageSize = null) =>
            {
                var request = ApiQuery.Page(page, pageSize, null, null);
                return TypedResults.Ok((await service.VendorsAsync(activeOnly, request, ct)).ToResponse(request));
            })
            .WithSummary("The firm's vendors, with rating and jobs completed computed from verified work.");
        group.MapGet("/vendors/{id:guid}", async (Guid id, MaintenanceCatalogService service, CancellationToken ct) => TypedResults.Ok(await service.VendorAsync(id, ct)))
            .WithSummary("One vendor.");
        group.MapGet("/vendors/{id:guid}/scorecard", async (Guid id, MaintenanceCatalogService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ScorecardAsync(id, ct)))
            .WithSummary("The vendor's scorecard from history: average of each rating dimension, would-recommend share, jobs completed, average and total "
                + "cost, average days from assignment to completion, share on site within the SLA, average cost variance against the approved budget, "
                + "quotes submitted and won.");
        group.MapPost("/vendors", async (VendorInput input, MaintenanceCatalogService service, CancellationToken ct) =>
            {
                var vendor = await service.SaveVendorAsync(null, input, ct);
                return TypedResults.Created($"/api/maintenance/vendors/{vendor.Id}", vendor);
            })
            .WithSummary("Adds a vendor (every field of seed 002's vendors; userId links a Vendor portal account).")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPut("/vendors/{id:guid}", async (Guid id, VendorInput input, MaintenanceCatalogService service, CancellationToken ct) =>
                TypedResults.Ok(await service.SaveVendorAsync(id, input, ct)))
            .WithSummary("Changes a vendor.").ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/expense-categories", async (MaintenanceCatalogService service, CancellationToken ct) => TypedResults.Ok(await service.CategoriesAsync(ct)))
            .WithSummary("The expense categories, in display order.");
        group.MapPost("/expense-categories", async (ExpenseCategoryInput input, MaintenanceCatalogService service, CancellationToken ct) =>
            {
                var category = await service.SaveCategoryAsync(null, input, ct);
                return TypedResults.Created($"/api/maintenance/expense-categories/{category.Id}", category);
            })
            .WithSummary("Adds an expense category.").ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPut("/expense-categories/{id:guid}", async (Guid id, ExpenseCategoryInput input, MaintenanceCatalogService service, CancellationToken ct) =>
                TypedResults.Ok(await service.SaveCategoryAsync(id, input, ct)))
            .WithSummary("Changes an expense category.").ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/expense-types", async (MaintenanceCatalogService service, CancellationToken ct) => TypedResults.Ok(await service.ExpenseTypesAsync(ct)))
            .WithSummary("The expense types with their category, cost range, frequency and emergency flag.");
        group.MapPost("/expense-types", async (ExpenseTypeInput input, MaintenanceCatalogService service, CancellationToken ct) =>
            {
                var type = await service.SaveExpenseTypeAsync(null, input, ct);
                return TypedResults.Created($"/api/maintenance/expense-types/{type.Id}", type);
            })
            .WithSummary("Adds an expense type to a category.").ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPut("/expense-types/{id:guid}", async (Guid id, ExpenseTypeInput input, MaintenanceCatalogService service, CancellationToken ct) =>
                TypedResults.Ok(await service.SaveExpenseTypeAsync(id, input, ct)))
            .WithSummary("Changes an expense type.").ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/budget", async (MaintenanceRequestService service, CancellationToken ct, string? month = null, string? landlordId = null,
                Guid? propertyId = null) =>
                TypedResults.Ok(await service.BudgetAsync(month, landlordId, ct, propertyId)))
            .WithSummary("The caller's maintenance budget card for a month (yyyy-MM, this month by default): budget, spent, committed, pendingApprovals, "
                + "pendingAmount, remaining, percentUsed, byCategory. A manager names the landlord with landlordId; propertyId gives a property's own budget.");
        group.MapPut("/properties/{id:guid}/budget", async (Guid id, PropertyBudgetRequest input, MaintenanceCatalogService service, CancellationToken ct) =>
                TypedResults.Ok(await service.SetPropertyBudgetAsync(id, input.MonthlyBudget, ct)))
            .WithSummary("Sets a property's own monthly budget (monthlyBudget; null clears it): its owner or a manager. The owner's budget still applies.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/settings", async (MaintenanceCatalogService service, CancellationToken ct) => TypedResults.Ok(await service.SettingsAsync(ct)))
            .WithSummary("The firm's approval thresholds, emergency limit, verification window and SLA clocks, and the landlords' overrides.");
        group.MapPut("/settings", async (MaintenanceSettingsInput input, MaintenanceCatalogService service, CancellationToken ct) =>
                TypedResults.Ok(await service.SaveSettingsAsync(input, ct)))
            .WithSummary("Changes the firm's defaults (property managers and admins).").ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPut("/settings/landlord", async (LandlordsRequest input, MaintenanceCatalogService service, CancellationToken ct) =>
                TypedResults.Ok(await service.SaveLandlordSettingsAsync(input.LandlordUserId, new MaintenanceSettingsInput
                {
                    AutoApprovalThreshold = input.AutoApprovalThreshold, QuoteThreshold = input.QuoteThreshold, OwnerApprovalLimit = input.OwnerApprovalLimit,
                    MonthlyBudget = input.MonthlyBudget, BudgetAlertShare = input.BudgetAlertShare, BudgetAlerts = input.BudgetAlerts,
                }, ct)))
            .WithSummary("A landlord's own thresholds and monthly budget (monthlyBudget, budgetAlertShare 0–1, budgetAlerts) for their properties, replaced "
                + "whole: an empty field means the firm's. A manager may set any landlord's with landlordUserId.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static IResult Pdf(HttpContext http, byte[] pdf, string name)
    {
        http.Response.Headers.ContentDisposition = $"inline; filename=\"{name}.pdf\"";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(pdf, "application/pdf");
    }
}
