using FieldOps.Data.Maintenance;
using FieldOps.Data.Maintenance.Services;
using FieldOps.Data.Platform;
using FieldOps.Tests.Support;

namespace FieldOps.Tests.Maintenance;

/// <summary>Brings maintenance requests to any status through the real services, as the demo users of Demo Properties.
/// Requests are made by the tenant of Riverside Court A2 (owned by landlord) and worked by the maintenance staff.</summary>
public sealed class MaintenanceScenario(IActingHost host, TimeProvider? clock = null)
{
    /// <summary>The app's clock, so requests made with a moved clock carry its dates (schedules, quotes, payments).</summary>
    private DateTime Now => (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(Now);

    public const string Admin = "admin@properties.demo";
    public const string Manager = "manager@properties.demo";
    public const string Landlord = "landlord@properties.demo";
    public const string Landlord2 = "landlord2@properties.demo";
    public const string Staff = "staff@properties.demo";
    public const string VendorUser = "vendor@properties.demo";
    public const string Tenant = "tenant@properties.demo";
    public const string Tenant2 = "tenant2@properties.demo";
    public const string Gulf = "admin@gulf.demo";

    /// <summary>Every demo user of the module, and the other firm's admin.</summary>
    public static readonly string[] Everyone = [Admin, Manager, Landlord, Landlord2, Staff, VendorUser, Tenant, Tenant2, Gulf];

    private static readonly CancellationToken None = CancellationToken.None;

    public Task<TResult> As<TService, TResult>(string email, Func<TService, Task<TResult>> action) where TService : notnull => host.AsAsync(email, action);

    public Task<RequestView> Requests(string email, Func<MaintenanceRequestService, Task<RequestView>> action) => host.AsAsync(email, action);

    private string? _staffId;

    public async Task<string> StaffIdAsync() =>
        _staffId ??= (await As<MaintenanceRequestService, IReadOnlyList<StaffMember>>(Manager, s => s.StaffAsync(None))).Single().UserId;

    public async Task<Guid> VendorIdAsync(string name) =>
        (await As<MaintenanceCatalogService, Data.Platform.Lists.ListPage<VendorView>>(Manager,
            s => s.VendorsAsync(false, new Data.Platform.Lists.ListRequest(0, 200), None))).Items.Single(v => v.Name == name).Id;

    /// <summary>The estimate of seed 003's low-cost path: 2 × 1,500 materials + 2 × 1,000 labour = 5,000.</summary>
    public static EstimateInput SeedEstimate() => Estimate((2, 1_500m), (2, 1_000m));

    public static EstimateInput Estimate(params (decimal Quantity, decimal UnitCost)[] lines) => new()
    {
        Lines = lines.Select((l, i) => new EstimateLineInput { Item = $"Item {i + 1}", Quantity = l.Quantity, UnitCost = l.UnitCost }).ToList(),
        EstimatedDuration = "2 hours",
    };

    public static QuoteInput OutsideQuote(decimal amount, string vendor = "XYZ Services", int validDays = 14, DateOnly? today = null) => new()
    {
        VendorName = vendor, VendorContact = "+254 722 000 111", Amount = amount, Description = "Quoted work",
        Items = [new QuoteItemInput { Item = "Materials", Cost = amount - 1_000m }, new QuoteItemInput { Item = "Labour", Cost = 1_000m }],
        ValidUntil = (today ?? DateOnly.FromDateTime(DateTime.UtcNow)).AddDays(validDays),
    };

    /// <summary>A new request of the tenant's, in <paramref name="status"/>. Estimated requests carry the 5,000 estimate;
    /// the quote path an estimate of 24,000 and two quotes (22,000 from XYZ Services outside, then 25,000 from ABC Plumbing on file).</summary>
    public async Task<RequestView> RequestAsync(MaintenanceStatus status, MaintenancePriority priority = MaintenancePriority.Medium, Guid? vendorId = null,
        Guid? expenseTypeId = null)
    {
        var request = await Requests(Tenant, s => s.CreateAsync(new CreateRequestInput
        {
            Title = $"Scenario {status}", Description = "Scenario request", Priority = priority, PermissionToEnter = true, ExpenseTypeId = expenseTypeId,
        }, None));
        var id = request.Id;
        if (status == MaintenanceStatus.Pending)
        {
            return request;
        }
        if (status == MaintenanceStatus.Rejected)
        {
            return await Requests(Manager, s => s.RejectAsync(id, "Scenario rejection", None));
        }
        var staff = await StaffIdAsync();
        request = await Requests(Manager, s => s.AssignAsync(id, new AssignInput { AssigneeUserId = staff, VendorId = vendorId }, None));
        if (status == MaintenanceStatus.Assigned)
        {
            return request;
        }
        if (status is MaintenanceStatus.QuoteRequired or MaintenanceStatus.QuotesSubmitted)
        {
            request = await Requests(Staff, s => s.EstimateAsync(id, Estimate((1, 24_000m)), None));
            if (status == MaintenanceStatus.QuotesSubmitted)
            {
                var abc = await VendorIdAsync("ABC Plumbing Services");
                await As<MaintenanceRequestService, QuoteView>(Staff, s => s.AddQuoteAsync(id, OutsideQuote(22_000m, today: Today), None));
                await As<MaintenanceRequestService, QuoteView>(Staff, s => s.AddQuoteAsync(id, new QuoteInput
                {
                    VendorId = abc, Amount = 25_000m, Description = "Complete pipe replacement and waterproofing",
                    Items = [new QuoteItemInput { Item = "Materials", Cost = 15_000m }, new QuoteItemInput { Item = "Labour", Cost = 8_000m },
                        new QuoteItemInput { Item = "Transport", Cost = 2_000m }],
                    ValidUntil = Today.AddDays(14),
                }, None));
                request = await Requests(Manager, s => s.GetAsync(id, None));
            }
            return request;
        }
        request = await Requests(Staff, s => s.EstimateAsync(id, SeedEstimate(), None));
        if (status == MaintenanceStatus.Estimated)
        {
            return request;
        }
        request = await Requests(Landlord, s => s.ApproveEstimateAsync(id, null, None));
        if (status == MaintenanceStatus.Approved)
        {
            return request;
        }
        if (status == MaintenanceStatus.Cancelled)
        {
            return await Requests(Landlord, s => s.CancelAsync(id, "Scenario cancellation", None));
        }
        if (status == MaintenanceStatus.Scheduled)
        {
            return await Requests(Staff, s => s.ScheduleAsync(id, new ScheduleInput { ScheduledFor = Now.AddDays(1) }, None));
        }
        request = await Requests(Staff, s => s.StartAsync(id, None));
        if (status == MaintenanceStatus.InProgress)
        {
            return request;
        }
        if (status == MaintenanceStatus.OnHold)
        {
            return await Requests(Staff, s => s.HoldAsync(id, "Scenario hold", None));
        }
        request = await Requests(Staff, s => s.CompleteAsync(id, new CompleteInput { ActualCost = 5_000m, CompletionNotes = "Scenario work done." }, None));
        if (status == MaintenanceStatus.Completed)
        {
            return request;
        }
        if (status == MaintenanceStatus.Reopened)
        {
            return await Requests(Tenant, s => s.ReopenAsync(id, "Still leaking", None));
        }
        request = await Requests(Tenant, s => s.VerifyAsync(id, new VerifyInput { Overall = 5 }, None));
        if (status == MaintenanceStatus.Verified)
        {
            return request;
        }
        return await Requests(Landlord, s => s.PayAsync(id, Mpesa(paidAt: Today), None));
    }

    public static MaintenancePaymentInput Mpesa(string code = "QK7HX2M9PL", DateOnly? paidAt = null) => new()
    {
        Method = PaymentMethod.Mpesa, Reference = code, PaidAt = paidAt ?? DateOnly.FromDateTime(DateTime.UtcNow),
    };
}
