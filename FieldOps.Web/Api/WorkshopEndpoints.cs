using FieldOps.Data.Workshop;
using FieldOps.Data.Workshop.Services;
using FieldOps.Web.Documents;
using FieldOps.Web.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FieldOps.Web.Api;

/// <summary>The workshop's API: the seed's route table (jobs, spare parts, warehouse, billing, task actions) plus the
/// few routes the dashboards also need (rework, invoice preview, stock receipts, technicians).</summary>
public static class WorkshopEndpoints
{
    public sealed record WorkDoneRequest(string? WorkDone);

    public sealed record EmailInvoiceRequest(string? To);

    /// <summary>Where a queued invoice e-mail goes.</summary>
    public sealed record EmailQueued(string QueuedTo);

    public sealed record StreamsRequest(List<OperationsStream> Streams);

    public sealed record JobTasksResponse(IReadOnlyList<JobTaskView> Tasks, string Currency);

    public sealed record JobBoardResponse(IReadOnlyDictionary<JobStatus, int> Counts);

    public sealed record TaskActionPatch(string? Name, string? Description, decimal? DefaultLaborCost, bool? IsActive);

    public static IEndpointRouteBuilder MapWorkshopEndpoints(this IEndpointRouteBuilder app)
    {
        MapJobs(app.MapGroup("/api/jobs").RequireAuthorization().WithVersionPreconditions().WithTags("Workshop: jobs"));
        MapSpareParts(app.MapGroup("/api/spare-parts").RequireAuthorization().WithVersionPreconditions().WithTags("Workshop: spare parts"));
        MapWarehouse(app.MapGroup("/api/warehouse").RequireAuthorization().WithVersionPreconditions().WithTags("Workshop: warehouse"));
        MapBilling(app.MapGroup("/api/billing").RequireAuthorization().WithVersionPreconditions().WithTags("Workshop: billing"));
        MapTaskActions(app.MapGroup("/api/task-actions").RequireAuthorization().WithVersionPreconditions().WithTags("Workshop: task actions"));
        return app;
    }

    private static void MapJobs(RouteGroupBuilder jobs)
    {
        jobs.MapPost("/", async (CreateJobInput input, JobService service, CancellationToken ct) =>
            {
                var job = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/jobs/{job.Id}", job);
            })
            .WithSummary("Receives a vehicle (found again by registration number) and opens a job for it (site manager).")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        jobs.MapGet("/", async (JobService service, CancellationToken ct, string? status = null, string? operationsStream = null,
                string? technicianId = null, string? search = null, int? page = null, int? pageSize = null, string? sortBy = null, bool? descending = null,
                string? after = null) =>
            {
                var request = ApiQuery.Page(page, pageSize, sortBy, descending) with { After = ApiQuery.Cursor(after, page, sortBy) };
                var filter = new JobFilter(ApiQuery.Enum<JobStatus>(status, "status"), ApiQuery.Enum<OperationsStream>(operationsStream, "operationsStream"),
                    technicianId, search);
                return TypedResults.Ok((await service.ListAsync(filter, request, ct)).ToResponse(request));
            })
            .WithSummary("Lists jobs, newest first; a technician sees only their own. In the default order each full page carries "
                + "`next`: pass it as `after` for the page after it, at any depth (offset pages stop 2,000 jobs deep).");

        jobs.MapGet("/board", async (JobService service, CancellationToken ct) => TypedResults.Ok(new JobBoardResponse(await service.CountByStatusAsync(ct))))
            .WithSummary("How many jobs are in each status.");

        jobs.MapGet("/vehicles/{registrationNumber}", async Task<Results<Ok<VehicleView>, NotFound>> (string registrationNumber, JobService service,
                CancellationToken ct) => await service.FindVehicleAsync(registrationNumber, ct) is { } vehicle ? TypedResults.Ok(vehicle) : TypedResults.NotFound())
            .WithSummary("Finds a vehicle the garage has seen before by its registration number.");

        jobs.MapGet("/technicians", async (JobService service, CancellationToken ct, string operationsStream = "mechanical") =>
                TypedResults.Ok(await service.TechniciansAsync(ApiQuery.Enum<OperationsStream>(operationsStream, "operationsStream")!.Value, ct)))
            .WithSummary("Technicians for assignment: those of the stream first, with their open jobs.");

        jobs.MapGet("/{id:guid}", async (Guid id, JobService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(id, ct)))
            .WithSummary("A job with its vehicle, tasks, parts requests, invoice and the actions the caller may take.");

        jobs.MapPost("/{id:guid}/assign", async (Guid id, AssignInput input, JobService service, CancellationToken ct) =>
                TypedResults.Ok(await service.AssignAsync(id, input.TechnicianId, ct)))
            .WithSummary("Assigns or reassigns the job to a technician of its stream (site manager).");

        jobs.MapPost("/{id:guid}/start", async (Guid id, JobService service, CancellationToken ct) => TypedResults.Ok(await service.StartAsync(id, ct)))
            .WithSummary("The assigned technician starts work.");

        jobs.MapPatch("/{id:guid}", async (Guid id, WorkDoneRequest input, JobService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UpdateAsync(id, new UpdateJobInput { WorkDone = input.WorkDone }, ct)))
            .WithSummary("The assigned technician updates the work-done notes.");

        jobs.MapPost("/{id:guid}/complete", async (Guid id, UpdateJobInput? body, JobService service, CancellationToken ct) =>
                TypedResults.Ok(await service.CompleteAsync(id, body ?? new UpdateJobInput(), ct)))
            .WithSummary("The assigned technician marks the job complete (refused while parts requests are open). An optional " +
                "{workDone} is saved as the job's notes in the same step.");

        jobs.MapPost("/{id:guid}/manager-review", async (Guid id, ReviewInput input, JobService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ReviewAsync(id, input.ManagerNotes, ct)))
            .WithSummary("The workshop manager reviews completed work and confirms it, with notes.");

        jobs.MapPost("/{id:guid}/return-for-rework", async (Guid id, ReasonInput input, JobService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ReturnForReworkAsync(id, input.Reason, ct)))
            .WithSummary("The workshop manager sends completed work back to the technician, saying why.");

        jobs.MapPost("/{id:guid}/move-to-billing", async (Guid id, JobService service, CancellationToken ct) =>
                TypedResults.Ok(await service.MoveToBillingAsync(id, ct)))
            .WithSummary("The workshop manager moves a reviewed job to the billing queue.");

        jobs.MapPut("/technicians/{userId}/streams", async (string userId, StreamsRequest input, JobService service, CancellationToken ct) =>
            {
                await service.SetTechnicianStreamsAsync(userId, input.Streams, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Sets the operations streams a technician works in (admin).");
    }

    private static void MapSpareParts(RouteGroupBuilder parts)
    {
        parts.MapPost("/jobs/{jobId:guid}/request", async (Guid jobId, PartRequestInput input, SparePartService service, CancellationToken ct) =>
            {
                var request = await service.RequestAsync(jobId, input, ct);
                return TypedResults.Created($"/api/spare-parts/jobs/{jobId}", request);
            })
            .WithSummary("The assigned technician requests parts for the job; the job waits for them.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        parts.MapGet("/jobs/{jobId:guid}", async (Guid jobId, SparePartService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ListForJobAsync(jobId, ct)))
            .WithSummary("The parts requests of a job.");

        parts.MapGet("/pending", async (HttpContext http, SparePartService service, CancellationToken ct, string status = "pending", int? page = null,
                int? pageSize = null) =>
            {
                var request = ApiQuery.Page(page, pageSize ?? 50, null, null);
                var queue = await service.QueueAsync(ApiQuery.Enum<SparePartRequestStatus>(status, "status")!.Value, request, ct);
                http.Response.Headers["X-Total-Count"] = queue.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return TypedResults.Ok(queue.Items);
            })
            .WithSummary("Requests awaiting a decision (or, with ?status=approved, awaiting issue), oldest first: an array of one page "
                + "(page, pageSize up to 200, 50 by default), with the full count in X-Total-Count.");

        parts.MapPost("/requests/{id:guid}/approve", async (Guid id, SparePartService service, CancellationToken ct, [FromBody] NoteRequest? input = null) =>
                TypedResults.Ok(await service.ApproveAsync(id, input?.Note, ct)))
            .WithSummary("The workshop manager approves a request.");

        parts.MapPost("/requests/{id:guid}/reject", async (Guid id, ReasonInput input, SparePartService service, CancellationToken ct) =>
                TypedResults.Ok(await service.RejectAsync(id, input.Reason, ct)))
            .WithSummary("The workshop manager rejects a request, saying why.");

        parts.MapPost("/requests/{id:guid}/issue", async (Guid id, SparePartService service, CancellationToken ct) =>
                TypedResults.Ok(await service.IssueAsync(id, ct)))
            .WithSummary("The warehouse issues an approved request, taking the stock (never below zero).");

        parts.MapPost("/requests/{id:guid}/complete", async (Guid id, SparePartService service, CancellationToken ct) =>
                TypedResults.Ok(await service.CompleteAsync(id, ct)))
            .WithSummary("The assigned technician marks issued parts as fitted.");
    }

    private static void MapWarehouse(RouteGroupBuilder warehouse)
    {
        warehouse.MapPost("/items", async (WarehouseItemInput input, WarehouseService service, CancellationToken ct) =>
            {
                var item = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/warehouse/items/{item.Id}", item);
            })
            .WithSummary("Adds an item, with its opening stock (warehouse manager).")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        warehouse.MapGet("/items", async (WarehouseService service, CancellationToken ct, string? search = null, bool lowStock = false,
                bool includeInactive = false, int? page = null, int? pageSize = null, string? sortBy = null, bool? descending = null) =>
            {
                var request = ApiQuery.Page(page, pageSize, sortBy, descending);
                return TypedResults.Ok((await service.ListAsync(new WarehouseFilter(search, lowStock, includeInactive), request, ct)).ToResponse(request));
            })
            .WithSummary("Lists items, paged.");

        warehouse.MapGet("/items/low-stock", async (WarehouseService service, CancellationToken ct) => TypedResults.Ok(await service.LowStockAsync(ct)))
            .WithSummary("Items at or below their reorder point.");

        warehouse.MapGet("/items/{id:guid}", async (Guid id, WarehouseService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(id, ct)))
            .WithSummary("One item.");

        warehouse.MapPatch("/items/{id:guid}", async (Guid id, WarehouseItemPatch patch, WarehouseService service, CancellationToken ct) =>
                TypedResults.Ok(await service.PatchAsync(id, patch, ct)))
            .WithSummary("Changes an item's details or prices; quantities change only through receipts and adjustments.");

        warehouse.MapPost("/items/{id:guid}/receive", async (Guid id, StockReceiptInput input, WarehouseService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ReceiveAsync(id, input, ct)))
            .WithSummary("Records stock received.");

        warehouse.MapPost("/items/{id:guid}/adjust", async (Guid id, StockAdjustmentInput input, WarehouseService service, CancellationToken ct) =>
                TypedResults.Ok(await service.AdjustAsync(id, input, ct)))
            .WithSummary("Corrects the stock count, with a reason.");

        warehouse.MapGet("/items/{id:guid}/movements", async (Guid id, WarehouseService service, CancellationToken ct, int? page = null, int? pageSize = null) =>
            {
                var request = ApiQuery.Page(page, pageSize, null, null);
                return TypedResults.Ok((await service.MovementsAsync(id, request, ct)).ToResponse(request));
            })
            .WithSummary("An item's stock movements, newest first.");
    }

    private static void MapBilling(RouteGroupBuilder billing)
    {
        billing.MapGet("/jobs/{jobId:guid}/invoice-preview", async (Guid jobId, BillingService service, CancellationToken ct) =>
                TypedResults.Ok(await service.PreviewAsync(jobId, ct)))
            .WithSummary("What an automatic invoice for the job would contain.");

        billing.MapPost("/jobs/{jobId:guid}/auto-invoice", async (Guid jobId, BillingService service, CancellationToken ct, [FromBody] AutoInvoiceInput? input = null) =>
            {
                var invoice = await service.AutoInvoiceAsync(jobId, input?.Notes, ct);
                return TypedResults.Created($"/api/billing/invoices/{invoice.Id}", invoice);
            })
            .WithSummary("Invoices a job from its completed task actions and issued parts, plus tax (billing staff).");

        billing.MapPost("/jobs/{jobId:guid}/invoice", async (Guid jobId, ManualInvoiceInput input, BillingService service, CancellationToken ct) =>
            {
                var invoice = await service.ManualInvoiceAsync(jobId, input, ct);
                return TypedResults.Created($"/api/billing/invoices/{invoice.Id}", invoice);
            })
            .WithSummary("Invoices a job with manual lines, plus tax (billing staff).")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        billing.MapGet("/invoices", async (BillingService service, CancellationToken ct, string? status = null, bool? paid = null, string? search = null,
                int? page = null, int? pageSize = null, string? sortBy = null, bool? descending = null) =>
            {
                var request = ApiQuery.Page(page, pageSize, sortBy, descending);
                var filter = new InvoiceFilter(ApiQuery.Enum<InvoiceStatus>(status, "status"), paid, search);
                return TypedResults.Ok((await service.ListAsync(filter, request, ct)).ToResponse(request));
            })
            .WithSummary("Lists invoices; ?paid=false for unpaid ones.");

        billing.MapGet("/invoices/{id:guid}", async (Guid id, BillingService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(id, ct)))
            .WithSummary("One invoice with its lines and payment.");

        billing.MapGet("/invoices/{id:guid}/pdf", async (Guid id, HttpContext http, BillingService service, CancellationToken ct) =>
            {
                var invoice = await service.GetAsync(id, ct);
                var pdf = InvoiceDocument.Render(invoice, await service.OrganizationNameAsync(ct), await service.LetterheadAsync(ct));
                http.Response.Headers.ContentDisposition = $"inline; filename=\"{invoice.Number}.pdf\"";
                http.Response.Headers.XContentTypeOptions = "nosniff";
                return Results.File(pdf, "application/pdf");
            })
            .WithSummary("The invoice as a PDF, shown in the browser.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");

        billing.MapPost("/invoices/{id:guid}/mark-paid", async (Guid id, MarkPaidInput input, BillingService service, CancellationToken ct) =>
                TypedResults.Ok(await service.MarkPaidAsync(id, input, ct)))
            .WithSummary("Records the payment of the whole balance due: date, method and reference.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        billing.MapPost("/invoices/{id:guid}/email", async (Guid id, EmailInvoiceRequest? request, BillingService service, CancellationToken ct) =>
            {
                var invoice = await service.GetAsync(id, ct);
                var pdf = InvoiceDocument.Render(invoice, await service.OrganizationNameAsync(ct), await service.LetterheadAsync(ct));
                var sentTo = await service.EmailAsync(id, request?.To, pdf, ct);
                return TypedResults.Accepted($"/api/billing/invoices/{id}", new EmailQueued(sentTo));
            })
            .WithSummary("E-mails the invoice PDF to the customer's address on file, or to {to}; queued in the outbox (202).")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        billing.MapPost("/invoices/{id:guid}/payments", async (Guid id, InvoicePaymentInput input, BillingService service, CancellationToken ct) =>
                TypedResults.Ok(await service.RecordPaymentAsync(id, input, ct)))
            .WithSummary("Records a payment of part or all of the balance due ({amount, paidOn, method, reference}); the invoice is paid when "
                + "the balance reaches zero. More than the balance is refused (422).")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        billing.MapPost("/invoices/{id:guid}/void", async (Guid id, ReasonInput input, BillingService service, CancellationToken ct) =>
                TypedResults.Ok(await service.VoidAsync(id, input, ct)))
            .WithSummary("Voids an unpaid invoice so a corrected one can be issued; the job returns to billing.");
    }

    private static void MapTaskActions(RouteGroupBuilder tasks)
    {
        tasks.MapPost("/", async (TaskActionInput input, TaskActionService service, CancellationToken ct) =>
            {
                var action = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/task-actions/{action.Id}", action);
            })
            .WithSummary("Adds a task action to the catalogue (admin).")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        tasks.MapGet("/", async (TaskActionService service, CancellationToken ct, string? operationsStream = null, bool includeInactive = false) =>
                TypedResults.Ok(await service.ListAsync(ApiQuery.Enum<OperationsStream>(operationsStream, "operationsStream"), includeInactive, ct)))
            .WithSummary("The task-action catalogue, by stream.");

        tasks.MapGet("/{id:guid}", async (Guid id, TaskActionService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(id, ct)))
            .WithSummary("One task action.");

        tasks.MapPatch("/{id:guid}", async (Guid id, TaskActionPatch patch, TaskActionService service, CancellationToken ct) =>
            {
                var current = await service.GetAsync(id, ct);
                return TypedResults.Ok(await service.UpdateAsync(id, new TaskActionInput
                {
                    OperationsStream = current.OperationsStream,
                    Name = patch.Name ?? current.Name,
                    Description = patch.Description ?? current.Description,
                    DefaultLaborCost = patch.DefaultLaborCost ?? current.DefaultLaborCost,
                    IsActive = patch.IsActive ?? current.IsActive,
                }, ct));
            })
            .WithSummary("Changes a task action, or deactivates it (isActive: false) (admin).");

        tasks.MapPost("/jobs/{jobId:guid}/add-task", async (Guid jobId, AddTaskInput input, TaskActionService service, CancellationToken ct) =>
                TypedResults.Ok(await service.AddToJobAsync(jobId, input, ct)))
            .WithSummary("The assigned technician adds a task action to the job, optionally with a custom labour cost.");

        tasks.MapGet("/jobs/{jobId:guid}/tasks", async (Guid jobId, JobService jobs, CancellationToken ct) =>
            {
                var job = await jobs.GetAsync(jobId, ct);
                return TypedResults.Ok(new JobTasksResponse(job.Tasks, job.Currency));
            })
            .WithSummary("The task actions of a job.");

        tasks.MapPatch("/jobs/{jobId:guid}/tasks/{taskId:guid}/complete", async (Guid jobId, Guid taskId, TaskActionService service, CancellationToken ct) =>
                TypedResults.Ok(await service.CompleteJobTaskAsync(jobId, taskId, ct)))
            .WithSummary("The assigned technician ticks off a task action.");
    }
}
