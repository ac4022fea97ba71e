using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FieldOps.Tests.Support;

namespace FieldOps.Tests.Workshop;

/// <summary>The seed's "Testing the System" walk, entirely over HTTP, each step as the right role.</summary>
public sealed class WorkshopApiWalkTests(FieldOpsAppFactory app) : IClassFixture<FieldOpsAppFactory>
{
    [Fact]
    public async Task TheWholeWorkflow_FromVehicleArrivalToPaidInvoice()
    {
        using var siteManager = await app.ClientAsAsync("sitemanager@garage.demo");
        using var technician = await app.ClientAsAsync("technician@garage.demo");
        using var manager = await app.ClientAsAsync("workshopmanager@garage.demo");
        using var warehouse = await app.ClientAsAsync("warehouse@garage.demo");
        using var billing = await app.ClientAsAsync("billing@garage.demo");

        // 1. Vehicle arrival: the site manager opens a job.
        var job = await (await siteManager.PostAsJsonAsync("/api/jobs", new
        {
            registrationNumber = "kdx 901z",
            vin = "JTDBR32E720123456",
            ownerName = "Wairimu Gitau",
            ownerPhone = "+254 700 123 456",
            make = "Toyota",
            model = "Corolla",
            year = 2018,
            mileage = 90210,
            operationsStream = "mechanical",
            revenueStream = "walk_in",
            issuesReported = "Brakes squeal; service due.",
        }).ExpectStatus(HttpStatusCode.Created)).Json();
        var jobId = job.GetProperty("id").GetString();
        Assert.Equal("received", job.GetProperty("status").GetString());
        Assert.Equal("KDX 901Z", job.GetProperty("vehicle").GetProperty("registrationNumber").GetString());
        Assert.Matches(@"^JOB-\d{4}-\d{4}$", job.GetProperty("number").GetString());

        // 2. Assignment to a technician of the stream.
        var technicians = await siteManager.GetAsync("/api/jobs/technicians?operationsStream=mechanical").JsonOk();
        var peter = technicians.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Peter Otieno");
        Assert.True(peter.GetProperty("worksInStream").GetBoolean());
        job = await siteManager.PostAsJsonAsync($"/api/jobs/{jobId}/assign", new { technicianId = peter.GetProperty("id").GetString() }).JsonOk();
        Assert.Equal("assigned", job.GetProperty("status").GetString());

        // 3. The technician starts work and adds task actions.
        job = await technician.PostAsync($"/api/jobs/{jobId}/start", null).JsonOk();
        Assert.Equal("in_progress", job.GetProperty("status").GetString());
        var catalogue = await technician.GetAsync("/api/task-actions?operationsStream=mechanical").JsonOk();
        var brakeService = catalogue.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Brake service");
        var oilChange = catalogue.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Oil change");
        await technician.PostAsJsonAsync($"/api/task-actions/jobs/{jobId}/add-task", new { taskActionId = brakeService.GetProperty("id").GetString() }).JsonOk();
        await technician.PostAsJsonAsync($"/api/task-actions/jobs/{jobId}/add-task", new { taskActionId = oilChange.GetProperty("id").GetString(), laborCost = 1200.50m }).JsonOk();

        // 4. Parts: request → approve → issue. The job waits for them, then resumes.
        var pads = (await warehouse.GetAsync("/api/warehouse/items?search=BRK-PAD-F-TOY").JsonOk()).GetProperty("items")[0];
        var stockBefore = pads.GetProperty("quantity").GetInt32();
        var request = await (await technician.PostAsJsonAsync($"/api/spare-parts/jobs/{jobId}/request",
            new { warehouseItemId = pads.GetProperty("id").GetString(), quantity = 2 }).ExpectStatus(HttpStatusCode.Created)).Json();
        var requestId = request.GetProperty("id").GetString();
        Assert.Equal("pending", request.GetProperty("status").GetString());
        Assert.Equal("awaiting_parts", (await technician.GetAsync($"/api/jobs/{jobId}").JsonOk()).GetProperty("status").GetString());

        var pending = await manager.GetAsync("/api/spare-parts/pending").JsonOk();
        Assert.Contains(pending.EnumerateArray(), r => r.GetProperty("id").GetString() == requestId);
        Assert.Equal("approved", (await manager.PostAsync($"/api/spare-parts/requests/{requestId}/approve", null).JsonOk()).GetProperty("status").GetString());
        var issued = await warehouse.PostAsync($"/api/spare-parts/requests/{requestId}/issue", null).JsonOk();
        Assert.Equal("issued", issued.GetProperty("status").GetString());
        Assert.Equal(stockBefore - 2, (await warehouse.GetAsync($"/api/warehouse/items/{pads.GetProperty("id").GetString()}").JsonOk()).GetProperty("quantity").GetInt32());
        Assert.Equal("in_progress", (await technician.GetAsync($"/api/jobs/{jobId}").JsonOk()).GetProperty("status").GetString());

        // 5. Tasks ticked off, work described, parts fitted, job completed.
        var tasks = (await technician.GetAsync($"/api/task-actions/jobs/{jobId}/tasks").JsonOk()).GetProperty("tasks");
        foreach (var task in tasks.EnumerateArray())
        {
            await technician.PatchAsync($"/api/task-actions/jobs/{jobId}/tasks/{task.GetProperty("id").GetString()}/complete", null).ExpectStatus(HttpStatusCode.OK);
        }
        await technician.PatchAsJsonAsync($"/api/jobs/{jobId}", new { workDone = "Front pads replaced, oil and filter changed." }).ExpectStatus(HttpStatusCode.OK);
        await technician.PostAsync($"/api/spare-parts/requests/{requestId}/complete", null).ExpectStatus(HttpStatusCode.OK);
        job = await technician.PostAsync($"/api/jobs/{jobId}/complete", null).JsonOk();
        Assert.Equal("completed", job.GetProperty("status").GetString());

        // 6–7. Manager review and move to billing.
        job = await manager.PostAsJsonAsync($"/api/jobs/{jobId}/manager-review", new { managerNotes = "Checked on the ramp." }).JsonOk();
        Assert.Equal("manager_review", job.GetProperty("status").GetString());
        Assert.Equal("Checked on the ramp.", job.GetProperty("managerNotes").GetString());
        job = await manager.PostAsync($"/api/jobs/{jobId}/move-to-billing", null).JsonOk();
        Assert.Equal("billing", job.GetProperty("status").GetString());

        // 8. Automatic invoice: labour 3,500 + 1,200.50, parts 2 × 4,200; VAT 16%.
        var invoice = await (await billing.PostAsync($"/api/billing/jobs/{jobId}/auto-invoice", null).ExpectStatus(HttpStatusCode.Created)).Json();
        Assert.Matches(@"^INV-\d{4}-\d{4}$", invoice.GetProperty("number").GetString());
        Assert.Equal(13_100.50m, invoice.GetProperty("subtotal").GetDecimal());
        Assert.Equal(2_096.08m, invoice.GetProperty("taxAmount").GetDecimal());
        Assert.Equal(15_196.58m, invoice.GetProperty("total").GetDecimal());
        Assert.Equal("KES", invoice.GetProperty("currency").GetString());
        Assert.Equal(3, invoice.GetProperty("lines").GetArrayLength());
        Assert.Equal("invoiced", (await manager.GetAsync($"/api/jobs/{jobId}").JsonOk()).GetProperty("status").GetString());

        // The PDF opens inline and its text carries the number, the lines and the total.
        var invoiceId = invoice.GetProperty("id").GetString();
        var pdfResponse = await billing.GetAsync($"/api/billing/invoices/{invoiceId}/pdf").ExpectStatus(HttpStatusCode.OK);
        Assert.Equal("application/pdf", pdfResponse.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("inline", pdfResponse.Content.Headers.ContentDisposition?.ToString() ?? pdfResponse.Headers.GetValues("Content-Disposition").First(), StringComparison.Ordinal);
        var text = await PdfText.ExtractAsync(await pdfResponse.Content.ReadAsByteArrayAsync());
        Assert.Contains(invoice.GetProperty("number").GetString()!, text, StringComparison.Ordinal);
        Assert.Contains("Brake service", text, StringComparison.Ordinal);
        Assert.Contains("Brake pads, front, Toyota", text, StringComparison.Ordinal);
        Assert.Contains("KES 15,196.58", text, StringComparison.Ordinal);
        Assert.Contains("Wairimu Gitau", text, StringComparison.Ordinal);

        // 9. Payment.
        var paid = await billing.PostAsJsonAsync($"/api/billing/invoices/{invoiceId}/mark-paid", new
        {
            paidOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
            method = "mpesa",
            reference = "QKA1B2C3D4",
        }).JsonOk();
        Assert.Equal("paid", paid.GetProperty("status").GetString());
        Assert.Equal("QKA1B2C3D4", paid.GetProperty("paymentReference").GetString());

        // The history records every step.
        var history = await manager.GetAsync($"/api/records/Job/{jobId}/history").JsonOk();
        var statuses = history.EnumerateArray().Select(e => e.GetProperty("toStatus").GetString()).ToList();
        Assert.Equal(["Received", "Assigned", "InProgress", "AwaitingParts", "InProgress", "Completed", "ManagerReview", "Billing", "Invoiced"],
            statuses.Where((s, i) => i == 0 || s != statuses[i - 1]).ToList());
    }

    [Fact]
    public async Task CompletingWithAPendingPartsRequest_Is409_AndTheJobStaysInItsState()
    {
        var (jobId, technician) = await StartedJobAsync("KDY 111A");
        using var warehouse = await app.ClientAsAsync("warehouse@garage.demo");
        var item = (await warehouse.GetAsync("/api/warehouse/items?search=FLT-OIL-TOY").JsonOk()).GetProperty("items")[0];
        await technician.PostAsJsonAsync($"/api/spare-parts/jobs/{jobId}/request", new { warehouseItemId = item.GetProperty("id").GetString(), quantity = 1 })
            .ExpectStatus(HttpStatusCode.Created);
        await technician.PatchAsJsonAsync($"/api/jobs/{jobId}", new { workDone = "Waiting for the filter." }).ExpectStatus(HttpStatusCode.OK);

        var response = await technician.PostAsync($"/api/jobs/{jobId}/complete", null).ExpectStatus(HttpStatusCode.Conflict);
        Assert.Contains("Parts requests are still open", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var job = await technician.GetAsync($"/api/jobs/{jobId}").JsonOk();
        Assert.Equal("awaiting_parts", job.GetProperty("status").GetString());
        Assert.Contains("awaiting approval", job.GetProperty("completionBlockedReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIllegalTransition_Is409()
    {
        var (jobId, _) = await StartedJobAsync("KDY 222B");
        using var manager = await app.ClientAsAsync("workshopmanager@garage.demo");
        var response = await manager.PostAsync($"/api/jobs/{jobId}/move-to-billing", null).ExpectStatus(HttpStatusCode.Conflict);
        Assert.Contains("cannot move from in progress to billing", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATechnician_CannotSeeOrTouchAnotherTechniciansJob_403()
    {
        var (jobId, _) = await StartedJobAsync("KDY 333C");
        using var grace = await app.ClientAsAsync("technician2@garage.demo");

        await grace.GetAsync($"/api/jobs/{jobId}").ExpectStatus(HttpStatusCode.Forbidden);
        await grace.PatchAsJsonAsync($"/api/jobs/{jobId}", new { workDone = "Not my job" }).ExpectStatus(HttpStatusCode.Forbidden);
        await grace.PostAsync($"/api/jobs/{jobId}/complete", null).ExpectStatus(HttpStatusCode.Forbidden);
        await grace.GetAsync($"/api/spare-parts/jobs/{jobId}").ExpectStatus(HttpStatusCode.Forbidden);
        var list = await grace.GetAsync("/api/jobs?pageSize=200").JsonOk();
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), j => j.GetProperty("id").GetString() == jobId);
        Assert.All(list.GetProperty("items").EnumerateArray(), j => Assert.Equal("Grace Wanjiru", j.GetProperty("technicianName").GetString()));
    }

    [Fact]
    public async Task Completing_WithTheWorkDone_SavesTheNotesAndCompletes_InOneStep()
    {
        using var siteManager = await app.ClientAsAsync("sitemanager@garage.demo");
        using var technician = await app.ClientAsAsync("technician@garage.demo");
        var job = await (await siteManager.PostAsJsonAsync("/api/jobs", new
        {
            registrationNumber = "KDZ 404C", ownerName = "Otieno Were", operationsStream = "electrical", revenueStream = "walk_in",
            issuesReported = "Battery light on.",
        }).ExpectStatus(HttpStatusCode.Created)).Json();
        var jobId = job.GetProperty("id").GetString();
        var technicians = await siteManager.GetAsync("/api/jobs/technicians?operationsStream=electrical").JsonOk();
        var peter = technicians.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Peter Otieno");
        await siteManager.PostAsJsonAsync($"/api/jobs/{jobId}/assign", new { technicianId = peter.GetProperty("id").GetString() }).JsonOk();
        await technician.PostAsync($"/api/jobs/{jobId}/start", null).JsonOk();

        // Without notes, and with notes too long for their column: refused, nothing saved.
        var refused = await technician.PostAsync($"/api/jobs/{jobId}/complete", null).ExpectStatus(HttpStatusCode.Conflict);
        Assert.Contains("Describe the work done", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await technician.PostAsJsonAsync($"/api/jobs/{jobId}/complete", new { workDone = new string('x', 4001) })
            .ExpectStatus(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("in_progress", (await technician.GetAsync($"/api/jobs/{jobId}").JsonOk()).GetProperty("status").GetString());

        job = await technician.PostAsJsonAsync($"/api/jobs/{jobId}/complete", new { workDone = "Alternator belt tightened; battery tested good." }).JsonOk();
        Assert.Equal("completed", job.GetProperty("status").GetString());
        Assert.Equal("Alternator belt tightened; battery tested good.", job.GetProperty("workDone").GetString());
    }

    [Fact]
    public async Task ARegistrationTypedAnyWay_FindsTheSameVehicle_AndATechnicianSeesOnlyTheirJobsVehicles()
    {
        using var siteManager = await app.ClientAsAsync("sitemanager@garage.demo");
        using var technician = await app.ClientAsAsync("technician@garage.demo");
        var vehicle = await siteManager.GetAsync("/api/jobs/vehicles/kdq468f").JsonOk();
        Assert.Equal("KDQ 468F", vehicle.GetProperty("registrationNumber").GetString());
        Assert.Equal(vehicle.GetProperty("id").GetString(), (await siteManager.GetAsync("/api/jobs/vehicles/KDQ-468-F").JsonOk()).GetProperty("id").GetString());

        // Intake with the registration typed differently opens the job on the vehicle on file, with its history.
        var job = await (await siteManager.PostAsJsonAsync("/api/jobs", new
        {
            registrationNumber = "kdq-468f", ownerName = "Tom Odhiambo", operationsStream = "body", revenueStream = "walk_in", issuesReported = "Dent.",
        }).ExpectStatus(HttpStatusCode.Created)).Json();
        Assert.Equal(vehicle.GetProperty("id").GetString(), job.GetProperty("vehicle").GetProperty("id").GetString());

        // Peter works on KDM 802Z, not on KDQ 468F: its owner's name and phone are not his to read.
        await technician.GetAsync("/api/jobs/vehicles/kdm802z").ExpectStatus(HttpStatusCode.OK);
        await technician.GetAsync("/api/jobs/vehicles/KDQ468F").ExpectStatus(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnInvoice_IsPaidInParts_AndIsPaidWhenNothingIsLeft()
    {
        using var billing = await app.ClientAsAsync("billing@garage.demo");
        var unpaid = (await billing.GetAsync("/api/billing/invoices?paid=false&pageSize=1").JsonOk()).GetProperty("items")[0];
        var id = unpaid.GetProperty("id").GetString();
        var total = unpaid.GetProperty("total").GetDecimal();
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");

        var part = await billing.PostAsJsonAsync($"/api/billing/invoices/{id}/payments", new { amount = 1_000m, paidOn = today, method = "cash" }).JsonOk();
        Assert.Equal("issued", part.GetProperty("status").GetString());
        Assert.Equal(total - 1_000m, part.GetProperty("balanceDue").GetDecimal());
        await billing.PostAsJsonAsync($"/api/billing/invoices/{id}/payments", new { amount = total, paidOn = today, method = "cash" }).ExpectValidationErrors();

        var paid = await billing.PostAsJsonAsync($"/api/billing/invoices/{id}/payments",
            new { amount = total - 1_000m, paidOn = today, method = "mpesa", reference = "RKT4Q8ZL2N" }).JsonOk();
        Assert.Equal("paid", paid.GetProperty("status").GetString());
        Assert.Equal(0m, paid.GetProperty("balanceDue").GetDecimal());
        Assert.Equal(2, paid.GetProperty("payments").GetArrayLength());
    }

    [Fact]
    public async Task EmailingAnInvoice_Is202_WithTheInvoiceAndTheAddress_AndABadAddressIs422()
    {
        using var billing = await app.ClientAsAsync("billing@garage.demo");
        var id = (await billing.GetAsync("/api/billing/invoices?pageSize=1").JsonOk()).GetProperty("items")[0].GetProperty("id").GetString();

        var queued = await billing.PostAsJsonAsync($"/api/billing/invoices/{id}/email", new { to = "accounts@example.test" })
            .ExpectStatus(HttpStatusCode.Accepted);
        Assert.Equal($"/api/billing/invoices/{id}", queued.Headers.Location?.OriginalString);
        Assert.Equal("accounts@example.test", (await queued.Json()).GetProperty("queuedTo").GetString());

        var errors = await billing.PostAsJsonAsync($"/api/billing/invoices/{id}/email", new { to = "not an address" }).ExpectValidationErrors();
        Assert.NotEmpty(errors.EnumerateObject());
    }

    [Fact]
    public async Task TheQueues_AreReadOnePageAtATime()
    {
        using var manager = await app.ClientAsAsync("workshopmanager@garage.demo");
        var first = await manager.GetAsync("/api/spare-parts/pending?pageSize=1");
        Assert.Equal(1, (await first.Json()).GetArrayLength());
        Assert.True(int.Parse(first.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        await manager.GetAsync("/api/spare-parts/pending?pageSize=0").ExpectValidationErrors();
    }

    [Fact]
    public async Task AnyIdOfAnotherGarage_Is404()
    {
        using var secondAdmin = await app.ClientAsAsync("admin@garage2.demo");
        var secondJob = (await secondAdmin.GetAsync("/api/jobs").JsonOk()).GetProperty("items")[0].GetProperty("id").GetString();
        var secondItem = (await secondAdmin.GetAsync("/api/warehouse/items").JsonOk()).GetProperty("items")[0].GetProperty("id").GetString();
        var secondInvoice = (await secondAdmin.GetAsync("/api/billing/invoices").JsonOk()).GetProperty("items")[0].GetProperty("id").GetString();
        var secondTask = (await secondAdmin.GetAsync("/api/task-actions").JsonOk())[0].GetProperty("id").GetString();

        using var admin = await app.ClientAsAsync("admin@garage.demo");
        await admin.GetAsync($"/api/jobs/{secondJob}").ExpectStatus(HttpStatusCode.NotFound);
        await admin.PostAsync($"/api/jobs/{secondJob}/move-to-billing", null).ExpectStatus(HttpStatusCode.NotFound);
        await admin.GetAsync($"/api/warehouse/items/{secondItem}").ExpectStatus(HttpStatusCode.NotFound);
        await admin.PostAsJsonAsync($"/api/warehouse/items/{secondItem}/adjust", new { quantityChange = -1, reason = "probe" }).ExpectStatus(HttpStatusCode.NotFound);
        await admin.GetAsync($"/api/billing/invoices/{secondInvoice}").ExpectStatus(HttpStatusCode.NotFound);
        await admin.GetAsync($"/api/billing/invoices/{secondInvoice}/pdf").ExpectStatus(HttpStatusCode.NotFound);
        await admin.GetAsync($"/api/task-actions/{secondTask}").ExpectStatus(HttpStatusCode.NotFound);
        await admin.GetAsync($"/api/records/Job/{secondJob}/history").ExpectStatus(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task InvalidInput_Is422WithFieldErrors_AndNothingIsSaved()
    {
        using var siteManager = await app.ClientAsAsync("sitemanager@garage.demo");
        var before = (await siteManager.GetAsync("/api/jobs").JsonOk()).GetProperty("total").GetInt32();

        var missingRegistration = await siteManager.PostAsJsonAsync("/api/jobs", new
        {
            ownerName = "X", operationsStream = "mechanical", revenueStream = "walk_in", issuesReported = "Noise",
        }).ExpectValidationErrors();
        Assert.True(missingRegistration.TryGetProperty("registrationNumber", out _));

        var unknownStream = await siteManager.PostAsJsonAsync("/api/jobs", new
        {
            registrationNumber = "KDZ 404A", ownerName = "X", operationsStream = "plumbing", revenueStream = "walk_in", issuesReported = "Noise",
        }).ExpectValidationErrors();
        Assert.True(unknownStream.TryGetProperty("operationsStream", out var streamError));
        Assert.Contains("mechanical", streamError[0].GetString(), StringComparison.Ordinal);

        Assert.Equal(before, (await siteManager.GetAsync("/api/jobs").JsonOk()).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await siteManager.GetAsync("/api/jobs/vehicles/KDZ%20404A")).StatusCode);

        var (jobId, technician) = await StartedJobAsync("KDY 444D");
        using var warehouse = await app.ClientAsAsync("warehouse@garage.demo");
        var item = (await warehouse.GetAsync("/api/warehouse/items?search=BULB-H4").JsonOk()).GetProperty("items")[0];
        var negative = await technician.PostAsJsonAsync($"/api/spare-parts/jobs/{jobId}/request",
            new { warehouseItemId = item.GetProperty("id").GetString(), quantity = -3 }).ExpectValidationErrors();
        Assert.True(negative.TryGetProperty("quantity", out _));
        Assert.Empty((await technician.GetAsync($"/api/spare-parts/jobs/{jobId}").JsonOk()).EnumerateArray());
        Assert.Equal("in_progress", (await technician.GetAsync($"/api/jobs/{jobId}").JsonOk()).GetProperty("status").GetString());
    }

    /// <summary>A mechanical job assigned to Peter Otieno and started; returns its id and Peter's client.</summary>
    private async Task<(string JobId, HttpClient Technician)> StartedJobAsync(string registration)
    {
        using var siteManager = await app.ClientAsAsync("sitemanager@garage.demo");
        var job = await (await siteManager.PostAsJsonAsync("/api/jobs", new
        {
            registrationNumber = registration, ownerName = "Test Owner", operationsStream = "mechanical", revenueStream = "walk_in", issuesReported = "Noise",
        }).ExpectStatus(HttpStatusCode.Created)).Json();
        var jobId = job.GetProperty("id").GetString()!;
        var peter = (await siteManager.GetAsync("/api/jobs/technicians?operationsStream=mechanical").JsonOk())
            .EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Peter Otieno").GetProperty("id").GetString();
        await siteManager.PostAsJsonAsync($"/api/jobs/{jobId}/assign", new { technicianId = peter }).ExpectStatus(HttpStatusCode.OK);
        var technician = await app.ClientAsAsync("technician@garage.demo");
        await technician.PostAsync($"/api/jobs/{jobId}/start", null).ExpectStatus(HttpStatusCode.OK);
        return (jobId, technician);
    }
}
