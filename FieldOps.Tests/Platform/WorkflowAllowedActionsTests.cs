using System.Net.Http.Json;
using System.Text.Json;
using FieldOps.Data.Contracting;
using FieldOps.Data.Maintenance;
using FieldOps.Data.Maintenance.Services;
using FieldOps.Tests.Maintenance;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Workflows;
using FieldOps.Data.Workshop;
using FieldOps.Data.Workshop.Services;
using FieldOps.Tests.Contracting;
using FieldOps.Tests.Support;
using FieldOps.Tests.Workshop;
using W = FieldOps.Tests.Workshop.WorkshopScenario;
using C = FieldOps.Tests.Contracting.ContractingScenario;
using M = FieldOps.Tests.Maintenance.MaintenanceScenario;

namespace FieldOps.Tests.Platform;

/// <summary>
/// For every workflow, every status it reaches and every demo user (each role, another company, another
/// organization): the <c>allowedActions</c> the API returns are exactly the actions the API then accepts. The
/// statuses and actions come from the workflow definitions, so a new action or status is covered by declaring it.
/// </summary>
public sealed class WorkflowAllowedActionsTests(FieldOpsAppFactory app) : IClassFixture<FieldOpsAppFactory>
{
    private static readonly IWorkflowDefinition[] Definitions =
    [
        JobWorkflow.Definition, SparePartRequestWorkflow.Definition, InvoiceWorkflow.Definition,
        DailyLogWorkflow.Definition, ExpenseWorkflow.Definition, VoucherWorkflow.Definition,
        MaintenanceRequestWorkflow.Definition, QuoteWorkflow.Definition,
    ];

    public static TheoryData<string, string> WorkflowStatuses()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, statuses) in new (string, IEnumerable<string>)[]
                 {
                     (nameof(Job), Statuses<JobStatus>()), (nameof(SparePartRequest), Statuses<SparePartRequestStatus>()),
                     (nameof(Invoice), Statuses<InvoiceStatus>()), (nameof(DailyLog), Statuses<DailyLogStatus>()),
                     (nameof(Expense), Statuses<ExpenseStatus>()), (nameof(Voucher), Statuses<VoucherStatus>()),
                     (nameof(MaintenanceRequest), Statuses<MaintenanceStatus>()),
                     // An expired quote needs time to pass: its refusals are covered by the rules tests with a manual clock.
                     (nameof(Quote), Statuses<QuoteStatus>().Where(s => s != Json(QuoteStatus.Expired))),
                 })
        {
            foreach (var status in statuses)
            {
                data.Add(name, status);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(WorkflowStatuses))]
    public async Task AllowedActions_AreExactlyWhatTheApiPermits(string workflow, string status)
    {
        var definition = Definitions.Single(d => d.RecordType == workflow);
        var kit = await CaseAsync(workflow);
        Assert.Equal(WorkflowKit.DeclaredActions(definition).Order(), kit.Calls.Keys.Order());

        var mismatches = await WorkflowKit.MismatchesAsync(kit, status, user => app.ClientAsAsync(user));

        Assert.True(mismatches.Count == 0, $"{workflow} in {status}:\n" + string.Join("\n", mismatches));
    }

    [Fact]
    public void EveryDeclaredMove_IsInTheTransitionTable_AndNothingElse()
    {
        AssertTableIsTheActions(JobWorkflow.Definition, Job.Workflow);
        AssertTableIsTheActions(SparePartRequestWorkflow.Definition, SparePartRequest.Workflow);
        AssertTableIsTheActions(InvoiceWorkflow.Definition, Invoice.Workflow);
        AssertTableIsTheActions(DailyLogWorkflow.Definition, DailyLog.Workflow);
        AssertTableIsTheActions(ExpenseWorkflow.Definition, Expense.Workflow);
        AssertTableIsTheActions(VoucherWorkflow.Definition, Voucher.Workflow);
        AssertTableIsTheActions(MaintenanceRequestWorkflow.Definition, MaintenanceRequestWorkflow.Definition.Transitions);
        AssertTableIsTheActions(QuoteWorkflow.Definition, QuoteWorkflow.Definition.Transitions);
    }

    private static void AssertTableIsTheActions<TEntity, TStatus>(WorkflowDefinition<TEntity, TStatus> definition, StateMachine<TStatus> table)
        where TEntity : StatefulEntity<TStatus> where TStatus : struct, Enum
    {
        var declared = definition.Actions.SelectMany(a => a.Edges).Where(e => e.To is not null && !e.From.Equals(e.To.Value))
            .Select(e => (e.From, e.To!.Value)).ToHashSet();
        Assert.Equal(declared.OrderBy(m => m.ToString()), table.AllowedMoves.OrderBy(m => m.ToString()));
        foreach (var action in definition.Actions.Where(a => !a.IsSystemStep))
        {
            Assert.NotEmpty(action.Roles);
            Assert.False(string.IsNullOrWhiteSpace(action.Label));
        }
    }

    private static IEnumerable<string> Statuses<TStatus>() where TStatus : struct, Enum => Enum.GetValues<TStatus>().Select(Json);

    private static string Json<TStatus>(TStatus status) where TStatus : struct, Enum =>
        JsonSerializer.Serialize(status, FieldOpsAppFactory.Json).Trim('"');

    private static TStatus Parse<TStatus>(string status) where TStatus : struct, Enum =>
        Enum.GetValues<TStatus>().Single(s => Json(s) == status);

    private Task<WorkflowCase> CaseAsync(string workflow) => workflow switch
    {
        nameof(Job) => JobCaseAsync(),
        nameof(SparePartRequest) => PartsCaseAsync(),
        nameof(Invoice) => InvoiceCaseAsync(),
        nameof(DailyLog) => Task.FromResult(LogCase()),
        nameof(Expense) => Task.FromResult(ExpenseCase()),
        nameof(Voucher) => VoucherCaseAsync(),
        nameof(MaintenanceRequest) => Task.FromResult(MaintenanceCase()),
        nameof(Quote) => Task.FromResult(QuoteCase()),
        _ => throw new ArgumentOutOfRangeException(nameof(workflow)),
    };

    private static readonly string[] GarageUsers = [W.Admin, W.SiteManager, W.Peter, W.Grace, W.Manager, W.Warehouse, W.Billing, C.Admin];
    private static readonly string[] ContractingUsers = [C.Admin, C.Mutua, C.Wambui, W.Admin];

    private async Task<string> StatusAsync(string email, string url) =>
        (await (await app.ClientAsAsync(email)).GetAsync(url).JsonOk()).GetProperty("status").GetString()!;

    private static Func<HttpClient, Guid, Task<HttpResponseMessage>> Post(string url, object? body = null) =>
        (client, id) => client.PostAsJsonAsync(string.Format(url, id), body ?? new { });

    private async Task<WorkflowCase> JobCaseAsync()
    {
        var scenario = new WorkshopScenario(app);
        var technicians = await scenario.As<JobService, IReadOnlyList<TechnicianOption>>(W.SiteManager, s => s.TechniciansAsync(OperationsStream.Mechanical, default));
        var peter = technicians.Single(t => t.Name == "Peter Otieno").Id;
        var grace = technicians.Single(t => t.Name != "Peter Otieno" && t.Streams.Contains(OperationsStream.Mechanical)).Id;
        var task = (await scenario.As<TaskActionService, IReadOnlyList<TaskActionView>>(W.Peter, s => s.ListAsync(OperationsStream.Mechanical, false, default)))[0];
        var item = await scenario.ItemAsync(1_000);
        return new WorkflowCase
        {
            Definition = JobWorkflow.Definition,
            Statuses = Statuses<JobStatus>().ToList(),
            Users = GarageUsers,
            ArrangeAsync = status => scenario.JobAsync(Parse<JobStatus>(status)),
            ReadAsync = (client, _, id) => client.GetAsync($"/api/jobs/{id}"),
            StatusOfAsync = id => StatusAsync(W.Admin, $"/api/jobs/{id}"),
            Calls = new Dictionary<string, Func<HttpClient, Guid, Task<HttpResponseMessage>>>
            {
                ["assign"] = async (client, id) =>
                {
                    var job = await (await app.ClientAsAsync(W.Admin)).GetAsync($"/api/jobs/{id}").JsonOk();
                    var assigned = job.TryGetProperty("technician", out var technician) && technician.ValueKind == JsonValueKind.Object;
                    return await client.PostAsJsonAsync($"/api/jobs/{id}/assign", new { technicianId = assigned ? grace : peter });
                },
                ["start"] = Post("/api/jobs/{0}/start"),
                ["update"] = (client, id) => client.PatchAsJsonAsync($"/api/jobs/{id}", new { workDone = "Checked by the workflow kit." }),
                ["add_task"] = Post("/api/task-actions/jobs/{0}/add-task", new { taskActionId = task.Id }),
                ["complete_task"] = async (client, id) =>
                {
                    // An open task to tick off: the assigned technician adds one first when the job allows it.
                    try
                    {
                        await scenario.As<TaskActionService, JobDetails>(W.Peter, s => s.AddToJobAsync(id, new AddTaskInput { TaskActionId = task.Id }, default));
                    }
                    catch (Exception e) when (e is BusinessRuleException or AccessDeniedException)
                    {
                    }
                    var job = await (await app.ClientAsAsync(W.Admin)).GetAsync($"/api/jobs/{id}").JsonOk();
                    var open = job.GetProperty("tasks").EnumerateArray().FirstOrDefault(t => !t.GetProperty("isCompleted").GetBoolean());
                    var tasks = job.GetProperty("tasks");
                    var taskId = open.ValueKind == JsonValueKind.Object ? open.GetProperty("id").GetGuid()
                        : tasks.GetArrayLength() > 0 ? tasks[0].GetProperty("id").GetGuid() : Guid.NewGuid();
                    return await client.PatchAsync($"/api/task-actions/jobs/{id}/tasks/{taskId}/complete", null);
                },
                ["request_parts"] = Post("/api/spare-parts/jobs/{0}/request", new { warehouseItemId = item.Id, quantity = 1 }),
                ["complete"] = Post("/api/jobs/{0}/complete"),
                ["manager_review"] = Post("/api/jobs/{0}/manager-review", new { managerNotes = "Kit" }),
                ["return_for_rework"] = Post("/api/jobs/{0}/return-for-rework", new { reason = "Kit" }),
                ["move_to_billing"] = Post("/api/jobs/{0}/move-to-billing"),
                ["invoice"] = Post("/api/billing/jobs/{0}/auto-invoice"),
            },
        };
    }

    private Task<WorkflowCase> PartsCaseAsync()
    {
        var scenario = new WorkshopScenario(app);
        var jobs = new Dictionary<Guid, Guid>();
        return Task.FromResult(new WorkflowCase
        {
            Definition = SparePartRequestWorkflow.Definition,
            Statuses = Statuses<SparePartRequestStatus>().ToList(),
            Users = GarageUsers,
            ArrangeAsync = async status =>
            {
                var (jobId, requestId, _) = await scenario.RequestAsync(Parse<SparePartRequestStatus>(status));
                lock (jobs)
                {
                    jobs[requestId] = jobId;
                }
                return requestId;
            },
            ReadAsync = async (client, _, id) =>
            {
                var response = await client.GetAsync($"/api/spare-parts/jobs/{jobs[id]}");
                if (!response.IsSuccessStatusCode)
                {
                    return response;
                }
                var request = (await response.Json()).EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id);
                return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent(request.GetRawText()) };
            },
            StatusOfAsync = async id => (await (await app.ClientAsAsync(W.Admin)).GetAsync($"/api/spare-parts/jobs/{jobs[id]}").JsonOk())
                .EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id).GetProperty("status").GetString()!,
            Calls = new Dictionary<string, Func<HttpClient, Guid, Task<HttpResponseMessage>>>
            {
                ["approve"] = Post("/api/spare-parts/requests/{0}/approve"),
                ["reject"] = Post("/api/spare-parts/requests/{0}/reject", new { reason = "Kit" }),
                ["issue"] = Post("/api/spare-parts/requests/{0}/issue"),
                ["complete"] = Post("/api/spare-parts/requests/{0}/complete"),
            },
        });
    }

    private Task<WorkflowCase> InvoiceCaseAsync()
    {
        var scenario = new WorkshopScenario(app);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        return Task.FromResult(new WorkflowCase
        {
            Definition = InvoiceWorkflow.Definition,
            Statuses = Statuses<InvoiceStatus>().ToList(),
            Users = GarageUsers,
            ArrangeAsync = async status =>
            {
                var invoice = await scenario.InvoiceAsync(paid: Parse<InvoiceStatus>(status) == InvoiceStatus.Paid);
                if (Parse<InvoiceStatus>(status) == InvoiceStatus.Void)
                {
                    await scenario.As<BillingService, InvoiceView>(W.Billing, s => s.VoidAsync(invoice.Id, new ReasonInput { Reason = "Kit" }, default));
                }
                return invoice.Id;
            },
            ReadAsync = (client, _, id) => client.GetAsync($"/api/billing/invoices/{id}"),
            StatusOfAsync = id => StatusAsync(W.Admin, $"/api/billing/invoices/{id}"),
            Calls = new Dictionary<string, Func<HttpClient, Guid, Task<HttpResponseMessage>>>
            {
                ["record_payment"] = Post("/api/billing/invoices/{0}/payments", new { amount = 1, paidOn = today, method = "cash" }),
                ["mark_paid"] = Post("/api/billing/invoices/{0}/mark-paid", new { paidOn = today, method = "cash" }),
                ["void"] = Post("/api/billing/invoices/{0}/void", new { reason = "Kit" }),
                ["email"] = Post("/api/billing/invoices/{0}/email", new { to = "customer@example.com" }),
            },
        });
    }

    private WorkflowCase MaintenanceCase()
    {
        var scenario = new MaintenanceScenario(app);
        var staff = new Lazy<Task<string>>(scenario.StaffIdAsync);
        var xyz = new Lazy<Task<Guid>>(() => scenario.VendorIdAsync("XYZ Services"));
        return new WorkflowCase
        {
            Definition = MaintenanceRequestWorkflow.Definition,
            Statuses = Statuses<MaintenanceStatus>().ToList(),
            Users = M.Everyone,
            ArrangeAsync = async status => (await scenario.RequestAsync(Parse<MaintenanceStatus>(status))).Id,
            ReadAsync = (client, _, id) => client.GetAsync($"/api/maintenance/requests/{id}"),
            StatusOfAsync = id => StatusAsync(M.Manager, $"/api/maintenance/requests/{id}"),
            Calls = new Dictionary<string, Func<HttpClient, Guid, Task<HttpResponseMessage>>>
            {
                ["assign"] = async (client, id) => await client.PostAsJsonAsync($"/api/maintenance/requests/{id}/assign", new { assigneeUserId = await staff.Value }),
                ["reassign"] = async (client, id) => await client.PostAsJsonAsync($"/api/maintenance/requests/{id}/reassign",
                    new { assigneeUserId = await staff.Value, vendorId = await xyz.Value }),
                ["request_info"] = Post("/api/maintenance/requests/{0}/request-info", new { reason = "Which tap?" }),
                ["reject"] = Post("/api/maintenance/requests/{0}/reject", new { reason = "Kit" }),
                ["acknowledge"] = Post("/api/maintenance/requests/{0}/acknowledge"),
                ["estimate"] = Post("/api/maintenance/requests/{0}/estimate", new { lines = new[] { new { item = "Washer", quantity = 1, unitCost = 3_000 } } }),
                ["approve_estimate"] = Post("/api/maintenance/requests/{0}/estimate/approve"),
                ["reject_estimate"] = Post("/api/maintenance/requests/{0}/estimate/reject", new { reason = "Kit" }),
                ["add_quote"] = Post("/api/maintenance/requests/{0}/quotes", new
                {
                    vendorName = "Kit Plumbing", amount = 12_000, description = "Kit quote", items = new[] { new { item = "All", cost = 12_000 } },
                    validUntil = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd"),
                }),
                ["schedule"] = Post("/api/maintenance/requests/{0}/schedule", new { scheduledFor = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-ddTHH:mm:ssZ") }),
                ["start"] = Post("/api/maintenance/requests/{0}/start"),
                ["progress"] = Post("/api/maintenance/requests/{0}/progress", new { note = "Kit progress" }),
                ["hold"] = Post("/api/maintenance/requests/{0}/hold", new { reason = "Kit" }),
                ["resume"] = Post("/api/maintenance/requests/{0}/resume"),
                ["cancel"] = Post("/api/maintenance/requests/{0}/cancel", new { reason = "Kit" }),
                ["complete"] = Post("/api/maintenance/requests/{0}/complete", new { actualCost = 5_000, completionNotes = "Kit done" }),
                ["verify"] = Post("/api/maintenance/requests/{0}/verify", new { overall = 4 }),
                ["reopen"] = Post("/api/maintenance/requests/{0}/reopen", new { reason = "Kit" }),
                ["pay"] = Post("/api/maintenance/requests/{0}/payment", new { method = "mpesa", reference = "QK7HX2M9PL", paidAt = DateTime.UtcNow.ToString("yyyy-MM-dd") }),
            },
        };
    }

    private WorkflowCase QuoteCase()
    {
        var scenario = new MaintenanceScenario(app);
        return new WorkflowCase
        {
            Definition = QuoteWorkflow.Definition,
            Statuses = Statuses<QuoteStatus>().ToList(),
            Users = M.Everyone,
            ArrangeAsync = async status =>
            {
                var request = await scenario.RequestAsync(MaintenanceStatus.QuotesSubmitted);
                // The on-file vendor's quote (25,000) is above the landlord's own approval limit: theirs to decide.
                var quote = request.Quotes.Single(q => q.VendorId is not null);
                switch (Parse<QuoteStatus>(status))
                {
                    case QuoteStatus.Approved:
                        await scenario.As<MaintenanceRequestService, QuoteView>(M.Landlord, s => s.ApproveQuoteAsync(quote.Id, null, default));
                        break;
                    case QuoteStatus.Rejected:
                        await scenario.As<MaintenanceRequestService, QuoteView>(M.Landlord, s => s.RejectQuoteAsync(quote.Id, "Kit", default));
                        break;
                }
                return quote.Id;
            },
            ReadAsync = (client, _, id) => client.GetAsync($"/api/maintenance/quotes/{id}"),
            StatusOfAsync = id => StatusAsync(M.Manager, $"/api/maintenance/quotes/{id}"),
            Calls = new Dictionary<string, Func<HttpClient, Guid, Task<HttpResponseMessage>>>
            {
                ["approve"] = Post("/api/maintenance/quotes/{0}/approve"),
                ["reject"] = Post("/api/maintenance/quotes/{0}/reject", new { reason = "Kit" }),
            },
        };
    }

    private static int _daysBack;

    private static DateOnly NextLogDate() => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-(400 + Interlocked.Increment(ref _daysBack)));

    private Func<HttpClient, string, Guid, Task<HttpResponseMessage>> ContractingRead(string kind) => (client, user, id) =>
        client.GetAsync(user is C.Mutua or C.Wambui ? $"/api/contractor/{kind}/{id}" : $"/api/admin/{kind}/{id}");

    private WorkflowCase LogCase()
    {
        var scenario = new ContractingScenario(app);
        return new WorkflowCase
        {
            Definition = DailyLogWorkflow.Definition,
            Statuses = Statuses<DailyLogStatus>().ToList(),
            Users = ContractingUsers,
            ArrangeAsync = async status =>
            {
                var log = await scenario.LogAsync(C.Mutua, date: NextLogDate());
                var decided = Parse<DailyLogStatus>(status);
                if (decided != DailyLogStatus.Submitted)
                {
                    await scenario.As<Data.Contracting.Services.ContractingReviewService, bool>(C.Admin, async s =>
                    {
                        await (decided == DailyLogStatus.Approved ? s.ApproveLogAsync(log.Id, null, default) : s.RejectLogAsync(log.Id, "Kit", default));
                        return true;
                    });
                }
                return log.Id;
            },
            ReadAsync = ContractingRead("daily-logs"),
            StatusOfAsync = id => StatusAsync(C.Admin, $"/api/admin/daily-logs/{id}"),
            Calls = new Dictionary<string, Func<HttpClient, Guid, Task<HttpResponseMessage>>>
            {
                ["approve"] = Post("/api/admin/daily-logs/{0}/approve"),
                ["reject"] = Post("/api/admin/daily-logs/{0}/reject", new { reason = "Kit" }),
            },
        };
    }

    private WorkflowCase ExpenseCase()
    {
        var scenario = new ContractingScenario(app);
        return new WorkflowCase
        {
            Definition = ExpenseWorkflow.Definition,
            Statuses = Statuses<ExpenseStatus>().ToList(),
            Users = ContractingUsers,
            ArrangeAsync = async status =>
            {
                var expense = await scenario.ExpenseAsync(C.Mutua, 100m);
                var decided = Parse<ExpenseStatus>(status);
                if (decided != ExpenseStatus.Pending)
                {
                    await scenario.As<Data.Contracting.Services.ContractingReviewService, bool>(C.Admin, async s =>
                    {
                        await (decided == ExpenseStatus.Approved ? s.ApproveExpenseAsync(expense.Id, null, default) : s.RejectExpenseAsync(expense.Id, "Kit", default));
                        return true;
                    });
                }
                return expense.Id;
            },
            ReadAsync = ContractingRead("expenses"),
            StatusOfAsync = id => StatusAsync(C.Admin, $"/api/admin/expenses/{id}"),
            Calls = new Dictionary<string, Func<HttpClient, Guid, Task<HttpResponseMessage>>>
            {
                ["approve"] = Post("/api/admin/expenses/{0}/approve"),
                ["reject"] = Post("/api/admin/expenses/{0}/reject", new { reason = "Kit" }),
            },
        };
    }

    private async Task<WorkflowCase> VoucherCaseAsync()
    {
        var scenario = new ContractingScenario(app);
        var company = await scenario.CompanyOfAsync(C.Mutua);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        return new WorkflowCase
        {
            Definition = VoucherWorkflow.Definition,
            Statuses = Statuses<VoucherStatus>().ToList(),
            Users = ContractingUsers,
            ArrangeAsync = async status => (await scenario.VoucherAsync(company.Id, Parse<VoucherStatus>(status), 500m)).Id,
            ReadAsync = ContractingRead("vouchers"),
            StatusOfAsync = async id =>
            {
                var response = await (await app.ClientAsAsync(C.Admin)).GetAsync($"/api/admin/vouchers/{id}");
                return response.StatusCode == System.Net.HttpStatusCode.NotFound ? "deleted" : (await response.Json()).GetProperty("status").GetString()!;
            },
            Calls = new Dictionary<string, Func<HttpClient, Guid, Task<HttpResponseMessage>>>
            {
                ["edit_lines"] = (client, id) => client.PutAsJsonAsync($"/api/admin/vouchers/{id}/lines",
                    new { lines = new[] { new { description = "Kit work", quantity = 2, rate = 300 } } }),
                ["delete"] = (client, id) => client.DeleteAsync($"/api/admin/vouchers/{id}"),
                ["submit"] = Post("/api/admin/vouchers/{0}/submit"),
                ["approve"] = Post("/api/admin/vouchers/{0}/approve"),
                ["reject"] = Post("/api/admin/vouchers/{0}/reject", new { reason = "Kit" }),
                ["reopen"] = Post("/api/admin/vouchers/{0}/reopen"),
                ["pay"] = Post("/api/admin/vouchers/{0}/pay", new { paidOn = today, method = "bank_transfer", reference = "KIT-1" }),
            },
        };
    }
}
