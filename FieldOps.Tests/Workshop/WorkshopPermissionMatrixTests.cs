using System.Net;
using System.Net.Http.Json;
using FieldOps.Data.Workshop;
using FieldOps.Data.Workshop.Services;
using FieldOps.Tests.Support;
using static FieldOps.Tests.Workshop.WorkshopScenario;

namespace FieldOps.Tests.Workshop;

/// <summary>
/// Every role against every workshop action, through the API. A role that may act succeeds on a record in the right
/// state; every other role — including an admin of an organization that does not use the workshop — gets 403, and
/// nothing changes.
/// </summary>
public sealed class WorkshopPermissionMatrixTests(FieldOpsAppFactory app) : IClassFixture<FieldOpsAppFactory>
{
    private const string ContractingAdmin = "admin@contracting.demo";

    private static readonly string[] Everyone = [Admin, SiteManager, Peter, Grace, Manager, Warehouse, Billing, ContractingAdmin];
    private static readonly string[] GarageStaff = [Admin, SiteManager, Peter, Grace, Manager, Warehouse, Billing];

    /// <summary>An action: who may do it, and how to set up a fresh record and call the API on it.</summary>
    private sealed record Action(string[] Allowed, Func<WorkshopScenario, Task<Func<HttpClient, Task<HttpResponseMessage>>>> Prepare);

    private static readonly Dictionary<string, Action> Actions = new()
    {
        ["create job"] = new([Admin, SiteManager], _ => Call(c => c.PostAsJsonAsync("/api/jobs", new
        {
            registrationNumber = NextRegistration(), ownerName = "Matrix", operationsStream = "body", revenueStream = "walk_in", issuesReported = "Dent",
        }))),
        ["list jobs"] = new(GarageStaff, _ => Call(c => c.GetAsync("/api/jobs"))),
        ["view job"] = new([Admin, SiteManager, Peter, Manager, Warehouse, Billing], async s =>
        {
            var job = await s.JobAsync(JobStatus.InProgress);
            return c => c.GetAsync($"/api/jobs/{job}");
        }),
        ["assign"] = new([Admin, SiteManager], async s =>
        {
            var job = await s.JobAsync(JobStatus.Received);
            var peter = (await s.As<JobService, IReadOnlyList<TechnicianOption>>(SiteManager, j => j.TechniciansAsync(OperationsStream.Mechanical, default)))
                .Single(t => t.Name == "Peter Otieno").Id;
            return c => c.PostAsJsonAsync($"/api/jobs/{job}/assign", new { technicianId = peter });
        }),
        ["start"] = new([Peter], async s => Post($"/api/jobs/{await s.JobAsync(JobStatus.Assigned)}/start")),
        ["update work done"] = new([Peter], async s =>
        {
            var job = await s.JobAsync(JobStatus.InProgress);
            return c => c.PatchAsJsonAsync($"/api/jobs/{job}", new { workDone = "Matrix" });
        }),
        ["add task"] = new([Peter], async s =>
        {
            var job = await s.JobAsync(JobStatus.InProgress);
            var task = (await s.As<TaskActionService, IReadOnlyList<TaskActionView>>(Peter, t => t.ListAsync(OperationsStream.Mechanical, false, default)))[0];
            return c => c.PostAsJsonAsync($"/api/task-actions/jobs/{job}/add-task", new { taskActionId = task.Id });
        }),
        ["request parts"] = new([Peter], async s =>
        {
            var job = await s.JobAsync(JobStatus.InProgress);
            var item = await s.ItemAsync(5);
            return c => c.PostAsJsonAsync($"/api/spare-parts/jobs/{job}/request", new { warehouseItemId = item.Id, quantity = 1 });
        }),
        ["complete job"] = new([Peter], async s => Post($"/api/jobs/{await s.JobAsync(JobStatus.InProgress)}/complete")),
        ["approve parts"] = new([Admin, Manager], async s => Post($"/api/spare-parts/requests/{(await s.RequestAsync(SparePartRequestStatus.Pending)).RequestId}/approve")),
        ["reject parts"] = new([Admin, Manager], async s =>
        {
            var request = (await s.RequestAsync(SparePartRequestStatus.Pending)).RequestId;
            return c => c.PostAsJsonAsync($"/api/spare-parts/requests/{request}/reject", new { reason = "Matrix" });
        }),
        ["issue parts"] = new([Admin, Warehouse], async s => Post($"/api/spare-parts/requests/{(await s.RequestAsync(SparePartRequestStatus.Approved)).RequestId}/issue")),
        ["mark parts fitted"] = new([Peter], async s => Post($"/api/spare-parts/requests/{(await s.RequestAsync(SparePartRequestStatus.Issued)).RequestId}/complete")),
        ["manager review"] = new([Admin, Manager], async s =>
        {
            var job = await s.JobAsync(JobStatus.Completed);
            return c => c.PostAsJsonAsync($"/api/jobs/{job}/manager-review", new { managerNotes = "Matrix" });
        }),
        ["return for rework"] = new([Admin, Manager], async s =>
        {
            var job = await s.JobAsync(JobStatus.Completed);
            return c => c.PostAsJsonAsync($"/api/jobs/{job}/return-for-rework", new { reason = "Matrix" });
        }),
        ["move to billing"] = new([Admin, Manager], async s => Post($"/api/jobs/{await s.JobAsync(JobStatus.ManagerReview)}/move-to-billing")),
        ["auto invoice"] = new([Admin, Billing], async s => Post($"/api/billing/jobs/{await s.JobAsync(JobStatus.Billing)}/auto-invoice")),
        ["manual invoice"] = new([Admin, Billing], async s =>
        {
            var job = await s.JobAsync(JobStatus.Billing);
            return c => c.PostAsJsonAsync($"/api/billing/jobs/{job}/invoice", new
            {
                lines = new[] { new { kind = "service", description = "Matrix", quantity = 1, unitPrice = 100 } },
            });
        }),
        ["mark invoice paid"] = new([Admin, Billing], async s =>
        {
            var invoice = await s.InvoiceAsync();
            return c => c.PostAsJsonAsync($"/api/billing/invoices/{invoice.Id}/mark-paid", new { paidOn = DateTime.UtcNow.ToString("yyyy-MM-dd"), method = "cash" });
        }),
        ["void invoice"] = new([Admin, Billing], async s =>
        {
            var invoice = await s.InvoiceAsync();
            return c => c.PostAsJsonAsync($"/api/billing/invoices/{invoice.Id}/void", new { reason = "Matrix" });
        }),
        ["read invoices"] = new([Admin, Billing, Manager, SiteManager], async s =>
        {
            var invoice = await s.InvoiceAsync();
            return c => c.GetAsync($"/api/billing/invoices/{invoice.Id}/pdf");
        }),
        ["create warehouse item"] = new([Admin, Warehouse], _ => Call(c => c.PostAsJsonAsync("/api/warehouse/items", new
        {
            sku = $"MX-{Guid.NewGuid():N}"[..16], name = "Matrix", unit = "pcs", unitCost = 1, unitPrice = 2, reorderPoint = 0,
        }))),
        ["adjust stock"] = new([Admin, Warehouse], async s =>
        {
            var item = await s.ItemAsync(5);
            return c => c.PostAsJsonAsync($"/api/warehouse/items/{item.Id}/adjust", new { quantityChange = -1, reason = "Matrix" });
        }),
        ["receive stock"] = new([Admin, Warehouse], async s =>
        {
            var item = await s.ItemAsync(5);
            return c => c.PostAsJsonAsync($"/api/warehouse/items/{item.Id}/receive", new { quantity = 3 });
        }),
        ["read stock"] = new(GarageStaff, _ => Call(c => c.GetAsync("/api/warehouse/items/low-stock"))),
        ["create task action"] = new([Admin], _ => Call(c => c.PostAsJsonAsync("/api/task-actions", new
        {
            operationsStream = "interior", name = $"Matrix {Guid.NewGuid():N}"[..20], defaultLaborCost = 100,
        }))),
        ["deactivate task action"] = new([Admin], async s =>
        {
            var task = await s.As<TaskActionService, TaskActionView>(Admin, t => t.CreateAsync(new TaskActionInput
            {
                OperationsStream = OperationsStream.Electrical, Name = $"Matrix {Guid.NewGuid():N}"[..20], DefaultLaborCost = 10,
            }, default));
            return c => c.PatchAsJsonAsync($"/api/task-actions/{task.Id}", new { isActive = false });
        }),
        ["attach photo to job"] = new([Admin, SiteManager, Manager, Peter], async s =>
        {
            var job = await s.JobAsync(JobStatus.InProgress);
            return c =>
            {
                var form = new MultipartFormDataContent { { new ByteArrayContent([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46]), "file", "photo.jpg" } };
                return c.PostAsync($"/api/records/Job/{job}/attachments", form);
            };
        }),
    };

    public static TheoryData<string> ActionNames() => new(Actions.Keys);

    [Theory]
    [MemberData(nameof(ActionNames))]
    public async Task OnlyTheRightRoles_MayTakeTheAction(string action)
    {
        var definition = Actions[action];
        var scenario = new WorkshopScenario(app);
        var mismatches = new List<string>();

        var forbiddenCall = await definition.Prepare(scenario);
        foreach (var email in Everyone.Except(definition.Allowed))
        {
            using var client = await app.ClientAsAsync(email);
            var response = await forbiddenCall(client);
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                mismatches.Add($"{email}: expected 403, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
        foreach (var email in definition.Allowed)
        {
            var call = await definition.Prepare(scenario);
            using var client = await app.ClientAsAsync(email);
            var response = await call(client);
            if (!response.IsSuccessStatusCode)
            {
                mismatches.Add($"{email}: expected success, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{action}:\n" + string.Join("\n", mismatches));
    }

    private static Task<Func<HttpClient, Task<HttpResponseMessage>>> Call(Func<HttpClient, Task<HttpResponseMessage>> call) => Task.FromResult(call);

    private static Func<HttpClient, Task<HttpResponseMessage>> Post(string url) => c => c.PostAsync(url, null);
}
