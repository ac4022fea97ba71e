using FieldOps.Data.Maintenance.Services;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FieldOps.Data.Maintenance;

/// <summary>
/// Demo Properties (Nairobi, KES): three properties, twelve units, two landlords, two tenants, six vendors, the expense
/// hierarchy of seed 002 and requests in every status, all made through the real services as the demo users. It
/// holds seed 003's two examples: a 5,000 pipe repair on the estimate path (2 × 1,500 materials + 2 × 1,000 labour)
/// and a 25,000 vs 22,000 two-quote comparison. Gulf Properties (Kuwait, KWD) has its own small portfolio, for
/// isolation.
/// </summary>
public sealed class MaintenanceDemoSeeder(IServiceScopeFactory scopes, IDbContextFactory<FieldOpsDbContext> contextFactory) : IDemoDataSeeder
{
    private const string Manager = "manager@properties.demo";
    private const string Landlord = "landlord@properties.demo";
    private const string Landlord2 = "landlord2@properties.demo";
    private const string Staff = "staff@properties.demo";
    private const string VendorUser = "vendor@properties.demo";
    private const string Tenant = "tenant@properties.demo";
    private const string Tenant2 = "tenant2@properties.demo";
    private const string Gulf = "admin@gulf.demo";

    private readonly DemoActor _demo = new(scopes);

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var organization = await db.Organizations.Where(o => o.Name == DemoAccounts.DemoProperties).Select(o => o.Id).SingleAsync(cancellationToken);
            if (await db.Set<Property>().IgnoreQueryFilters().AnyAsync(p => p.OrganizationId == organization, cancellationToken))
            {
                return;
            }
        }
        await SeedDemoPropertiesAsync(cancellationToken);
        await SeedGulfAsync(cancellationToken);
    }

    private Task<T> As<T>(string email, Func<MaintenanceCatalogService, Task<T>> action) => _demo.AsAsync(email, action);

    private Task<T> Requests<T>(string email, Func<MaintenanceRequestService, Task<T>> action) => _demo.AsAsync(email, action);

    private async Task<string> UserIdAsync(string email, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(ct);
    }

    private async Task SeedDemoPropertiesAsync(CancellationToken ct)
    {
        await As(Manager, c => c.SaveSettingsAsync(new MaintenanceSettingsInput
        {
            AutoApprovalThreshold = 1_000m, QuoteThreshold = 10_000m, OwnerApprovalLimit = 20_000m, EmergencyAutoApprovalLimit = 15_000m, VerificationWindowDays = 7,
        }, ct));
        var types = await SeedHierarchyAsync(Manager, kwd: false, ct);

        var landlord = await UserIdAsync(Landlord, ct);
        var landlord2 = await UserIdAsync(Landlord2, ct);
        var tenant = await UserIdAsync(Tenant, ct);
        var tenant2 = await UserIdAsync(Tenant2, ct);
        // Esther Njoroge wants to see every estimate above 5,000 herself (seed 003's landlordSettings).
        await As(Landlord, c => c.SaveLandlordSettingsAsync(null, new MaintenanceSettingsInput { OwnerApprovalLimit = 15_000m }, ct));

        var riverside = await As(Manager, c => c.SavePropertyAsync(null, new PropertyInput
            { Name = "Riverside Court", Address = "Riverside Drive 14, Nairobi", Area = "Westlands", OwnerUserId = landlord }, ct));
        var kilimani = await As(Manager, c => c.SavePropertyAsync(null, new PropertyInput
            { Name = "Kilimani Gardens", Address = "Argwings Kodhek Road 52, Nairobi", Area = "Kilimani", OwnerUserId = landlord }, ct));
        var southB = await As(Manager, c => c.SavePropertyAsync(null, new PropertyInput
            { Name = "South B Heights", Address = "Mchumbi Road 7, Nairobi", Area = "South B", OwnerUserId = landlord2 }, ct));

        var units = new Dictionary<string, Guid>();
        foreach (var (property, prefix, tenantId) in new[] { (riverside, "A", tenant), (kilimani, "K", (string?)null), (southB, "B", tenant2) })
        {
            for (var i = 1; i <= 4; i++)
            {
                var number = $"{prefix}{i}";
                var unit = await As(Manager, c => c.SaveUnitAsync(null, new UnitInput
                    { PropertyId = property.Id, Number = number, Floor = (i + 1) / 2, TenantUserId = i == 2 ? tenantId : null }, ct));
                units[number] = unit.Id;
            }
        }

        var abc = await Vendor("ABC Plumbing Services", VendorType.Contractor, "Alice Mumbi", "+254 712 345 678", "jobs@abcplumbing.demo",
            "Plumbing, pipe replacement, drainage and waterproofing", "Westlands, Kilimani, South B", emergency: true, await UserIdAsync(VendorUser, ct), ct);
        var xyz = await Vendor("XYZ Services", VendorType.ServiceProvider, "Peter Maina", "+254 722 000 111", "hello@xyzservices.demo",
            "Plumbing, general maintenance and painting", "Kilimani, South B", emergency: false, null, ct);
        var sparks = await Vendor("Sparks Electrical", VendorType.Contractor, "Grace Akinyi", "+254 733 222 444", "office@sparks.demo",
            "Electrical wiring, HVAC and lighting", "Westlands, Kilimani", emergency: true, null, ct);
        await Vendor("CoolAir HVAC", VendorType.ServiceProvider, "Ibrahim Hassan", "+254 700 555 101", "service@coolair.demo",
            "HVAC repair and air conditioning", "Westlands, South B", emergency: true, null, ct);
        var brush = await Vendor("Brush & Roller Painters", VendorType.Contractor, "John Kamau", "+254 711 808 909", null,
            "Painting and decorating, carpentry", "Kilimani, Westlands", emergency: false, null, ct);
        await Vendor("Nairobi Supplies Ltd", VendorType.Supplier, "Mary Wairimu", "+254 720 303 404", "orders@nairobisupplies.demo",
            "Plumbing and electrical supplies", "Nairobi", emergency: false, null, ct);

        var staff = await UserIdAsync(Staff, ct);
        var plumbing = types["Plumbing Service"];
        var electrical = types["Electrical Work"];
        var general = types["General Maintenance"];
        var painting = types["Painting"];

        // History first: closed and verified work gives the vendors the ratings the quote comparison shows.
        await ClosedAsync(Tenant, units["A2"], "Blocked kitchen drain", "Water backs up in the kitchen sink.", plumbing, staff, abc, 4_500m, 5, ct);
        await ClosedAsync(Tenant2, units["B2"], "Leaking toilet cistern", "The cistern runs all night.", plumbing, staff, abc, 3_200m, 5, ct);
        await ClosedAsync(Tenant2, units["B2"], "Dripping shower mixer", "Shower mixer drips constantly.", plumbing, staff, xyz, 2_800m, 4, ct);
        await ClosedAsync(Tenant, units["A2"], "Flickering corridor light", "The corridor light flickers.", electrical, staff, sparks, 1_800m, 4, ct);

        // Every other status, oldest first.
        await Create(Tenant, units["A2"], "Bedroom window latch broken", "The latch of the main bedroom window does not close.", general, MaintenancePriority.Low, ct);
        await Create(Tenant2, units["B2"], "No water in the flat", "No water from any tap since this morning.", plumbing, MaintenancePriority.Emergency, ct);
        var rejected = await Create(Landlord2, units["B3"], "Repaint the stairwell in gold", "Owner's idea, to discuss.", painting, MaintenancePriority.Low, ct);
        await Requests(Manager, s => s.RejectAsync(rejected, "Not maintenance: cosmetic upgrades are budgeted separately by the owner.", ct));

        var assigned = await Create(Tenant, units["A2"], "Bathroom extractor fan noisy", "The fan rattles loudly when switched on.", electrical, MaintenancePriority.Medium, ct);
        await Assign(assigned, staff, sparks, ct);

        // Seed 003's estimate path: 2 × 1,500 pipe materials + 2 × 1,000 labour = 5,000, awaiting the landlord.
        var pipe = await Create(Tenant, units["A2"], "Kitchen pipe leaking", "Water leaking under the kitchen sink; the cabinet floor is soaked.", plumbing, MaintenancePriority.High, ct);
        await Assign(pipe, staff, null, ct);
        await Estimate(pipe, [("Pipe materials", 2, 1_500m), ("Labour (2 hours)", 2, 1_000m)], "2 hours", "Replace leaking pipe section, labour and materials", ct);

        var roof = await Create(Landlord, null, "Roof leaking over block A", "Rain comes through the ceiling of the top-floor landing.", general, MaintenancePriority.High, ct, riverside.Id);
        await Assign(roof, staff, null, ct);
        await Estimate(roof, [("Roofing sheets", 6, 1_800m), ("Labour", 3, 2_400m)], "2 days", "Replace six corroded sheets and re-seal the ridge", ct);

        // Seed 003's quote comparison: ABC Plumbing 25,000 against XYZ Services 22,000.
        var pipes = await Create(Landlord2, units["B1"], "Replace corroded water pipes", "Old galvanised pipes corroded; low pressure and rusty water.", plumbing, MaintenancePriority.Medium, ct);
        await Assign(pipes, staff, null, ct);
        await Estimate(pipes, [("Pipes and fittings", 1, 15_000m), ("Labour", 1, 8_000m), ("Transport", 1, 1_000m)], "3 days", "Full replacement of the riser", ct);
        await Quote(pipes, abc, 25_000m, "Complete pipe replacement and waterproofing", [("Materials", 15_000m), ("Labour", 8_000m), ("Transport", 2_000m)], 30, ct);
        await Quote(pipes, null, 22_000m, "Pipe replacement (no waterproofing)", [("Materials", 13_500m), ("Labour", 7_000m), ("Transport", 1_500m)], 21, ct, "XYZ Services", "+254 722 000 111");

        var approved = await Create(Tenant, units["A2"], "Kitchen cabinet door hinge", "The cabinet door has come off its hinge.", general, MaintenancePriority.Low, ct);
        await Assign(approved, staff, null, ct);
        await Estimate(approved, [("Hinges", 2, 450m), ("Labour", 1, 1_200m)], "1 hour", null, ct);
        await Requests(Landlord, s => s.ApproveEstimateAsync(approved, new ApprovalInput { Notes = "Go ahead." }, ct));

        var scheduled = await Create(Landlord, units["K3"], "Repaint unit K3 before new tenant", "Walls marked; repaint living room and bedroom.", painting, MaintenancePriority.Medium, ct);
        await Assign(scheduled, staff, brush, ct);
        await Estimate(scheduled, [("Paint (20 l)", 2, 3_200m), ("Labour days", 2, 1_500m)], "2 days", null, ct);
        await Requests(Landlord, s => s.ApproveEstimateAsync(scheduled, null, ct));
        await Requests(Staff, s => s.ScheduleAsync(scheduled, new ScheduleInput { ScheduledFor = DateTime.UtcNow.AddDays(2).Date.AddHours(7) }, ct));

        var working = await Create(Tenant2, units["B2"], "Water heater not heating", "The water heater trips the switch.", electrical, MaintenancePriority.High, ct);
        await Assign(working, staff, sparks, ct);
        await Estimate(working, [("Heating element", 1, 2_600m), ("Labour", 1, 1_500m)], "3 hours", null, ct);
        await Requests(Landlord2, s => s.ApproveEstimateAsync(working, null, ct));
        await Requests(Staff, s => s.StartAsync(working, ct));
        await Requests(Staff, s => s.ProgressAsync(working, new ProgressInput { Note = "Old element removed; the thermostat is fine." }, ct));

        var held = await Create(Landlord, units["K1"], "Replace balcony door lock", "The lock is jammed.", general, MaintenancePriority.Medium, ct);
        await Assign(held, staff, null, ct);
        await Estimate(held, [("Lock set", 1, 2_200m), ("Labour", 1, 800m)], "1 hour", null, ct);
        await Requests(Manager, s => s.ApproveEstimateAsync(held, null, ct));
        await Requests(Staff, s => s.StartAsync(held, ct));
        await Requests(Staff, s => s.HoldAsync(held, "Waiting for the imported lock set (due next week).", ct));

        var completed = await Create(Tenant, units["A2"], "Living room socket sparks", "The socket by the TV sparks when used.", electrical, MaintenancePriority.High, ct);
        await Assign(completed, staff, sparks, ct);
        await Estimate(completed, [("Socket and box", 1, 900m), ("Labour", 1, 1_600m)], "2 hours", null, ct);
        await Requests(Landlord, s => s.ApproveEstimateAsync(completed, null, ct));
        await Requests(Staff, s => s.StartAsync(completed, ct));
        await Requests(Staff, s => s.CompleteAsync(completed, new CompleteInput
        {
            ActualCost = 2_500m, CompletionNotes = "Socket and back box replaced; circuit tested.", ReceiptNumber = "SPK-2026-118",
            Lines = [new FinalLineInput { Item = "Socket and box", Planned = 900m, Actual = 900m }, new FinalLineInput { Item = "Labour", Planned = 1_600m, Actual = 1_600m }],
        }, ct));

        var verified = await Create(Tenant2, units["B2"], "Front door sticks", "The front door scrapes the floor.", general, MaintenancePriority.Low, ct);
        await Assign(verified, staff, brush, ct);
        await Estimate(verified, [("Plane and rehang door", 1, 2_000m)], "2 hours", null, ct);
        await Requests(Landlord2, s => s.ApproveEstimateAsync(verified, null, ct));
        await Requests(Staff, s => s.StartAsync(verified, ct));
        await Requests(Staff, s => s.CompleteAsync(verified, new CompleteInput { ActualCost = 2_000m, CompletionNotes = "Door planed and rehung." }, ct));
        await Requests(Tenant2, s => s.VerifyAsync(verified, new VerifyInput { Overall = 4, Quality = 4, ResponseTime = 5, WouldRecommend = true, Feedback = "Closes well now." }, ct));

        var cancelled = await Create(Landlord2, units["B4"], "Service the air conditioner", "Annual service of the AC unit.", types["HVAC Repair"], MaintenancePriority.Low, ct);
        await Assign(cancelled, staff, null, ct);
        await Estimate(cancelled, [("AC service", 1, 3_000m)], "2 hours", null, ct);
        await Requests(Landlord2, s => s.ApproveEstimateAsync(cancelled, null, ct));
        await Requests(Landlord2, s => s.CancelAsync(cancelled, "The unit is being replaced by the new tenant's own AC.", ct));

        var reopened = await Create(Tenant, units["A2"], "Shower drain slow", "The shower drains very slowly.", plumbing, MaintenancePriority.Medium, ct);
        await Assign(reopened, staff, abc, ct);
        await Estimate(reopened, [("Drain clearing", 1, 2_400m)], "1 hour", null, ct);
        await Requests(Landlord, s => s.ApproveEstimateAsync(reopened, null, ct));
        await Requests(VendorUser, s => s.StartAsync(reopened, ct));
        await Requests(VendorUser, s => s.CompleteAsync(reopened, new CompleteInput { ActualCost = 2_400m, CompletionNotes = "Drain cleared with a snake." }, ct));
        await Requests(Tenant, s => s.ReopenAsync(reopened, "Still draining slowly after two days.", ct));

        // Daniel Ochieng keeps to seed 003's monthly budget of 50,000 and is warned at 80%.
        await As(Landlord2, c => c.SaveLandlordSettingsAsync(null, new MaintenanceSettingsInput { MonthlyBudget = 50_000m, BudgetAlertShare = 0.8m }, ct));

        await Requests(Tenant, s => s.PostMessageAsync(pipe, new MessageInput { Text = "I can be home any weekday after 4 pm." }, ct));
        await Requests(Manager, s => s.PostMessageAsync(pipe, new MessageInput { Text = "Check whether the cabinet base needs replacing too.", Internal = true }, ct));
    }

    private async Task SeedGulfAsync(CancellationToken ct)
    {
        await As(Gulf, c => c.SaveSettingsAsync(new MaintenanceSettingsInput
        {
            AutoApprovalThreshold = 25m, QuoteThreshold = 500m, OwnerApprovalLimit = 1_000m, EmergencyAutoApprovalLimit = 300m, VerificationWindowDays = 5,
        }, ct));
        var types = await SeedHierarchyAsync(Gulf, kwd: true, ct);
        var owner = await UserIdAsync(Gulf, ct);
        var tower = await As(Gulf, c => c.SavePropertyAsync(null, new PropertyInput { Name = "Salmiya Tower", Address = "Salem Al Mubarak Street, Salmiya", Area = "Salmiya", OwnerUserId = owner }, ct));
        var unit = await As(Gulf, c => c.SaveUnitAsync(null, new UnitInput { PropertyId = tower.Id, Number = "1204", Floor = 12 }, ct));
        var request = await Requests(Gulf, s => s.CreateAsync(new CreateRequestInput
        {
            Title = "Air conditioning not cooling", Description = "Central AC in flat 1204 blows warm air.", Priority = MaintenancePriority.High,
            UnitId = unit.Id, ExpenseTypeId = types["HVAC Repair"],
        }, ct));
        await As(Gulf, c => c.SaveVendorAsync(null, new VendorInput
        {
            Name = "Gulf Cooling Co.", VendorType = VendorType.EmergencyService, ContactPerson = "Khalid Al-Mutairi", PhonePrimary = "+965 2244 1100",
            Specialization = "HVAC repair", ServiceAreas = "Salmiya, Hawalli", EmergencyAvailable = true,
        }, ct));
        _ = request;
    }

    /// <summary>Seed 002's hierarchy (its figures are KWD; the Kenyan firm's ranges are in shillings).</summary>
    private async Task<Dictionary<string, Guid>> SeedHierarchyAsync(string admin, bool kwd, CancellationToken ct)
    {
        var building = await As(admin, c => c.SaveCategoryAsync(null, new ExpenseCategoryInput
            { Name = "Building Maintenance", Code = "BLD", Description = "Repairs and upkeep of the buildings", DisplayOrder = 1 }, ct));
        var utilities = await As(admin, c => c.SaveCategoryAsync(null, new ExpenseCategoryInput
            { Name = "Utilities", Code = "UTL", Description = "Recurring utility bills", DisplayOrder = 2 }, ct));
        decimal Scale(decimal amount) => kwd ? amount : amount * 40m;
        var types = new Dictionary<string, Guid>();
        async Task Type(Guid category, string name, string code, decimal min, decimal max, ExpenseFrequency frequency, bool emergency, int order) =>
            types[name] = (await As(admin, c => c.SaveExpenseTypeAsync(null, new ExpenseTypeInput
            {
                CategoryId = category, Name = name, Code = code, CostMin = Scale(min), CostMax = Scale(max), Frequency = frequency, IsEmergency = emergency,
                DisplayOrder = order,
            }, ct))).Id;
        await Type(building.Id, "HVAC Repair", "BLD-HVAC", 200, 800, ExpenseFrequency.AsNeeded, true, 1);
        await Type(building.Id, "Plumbing Service", "BLD-PLB", 100, 500, ExpenseFrequency.AsNeeded, true, 2);
        await Type(building.Id, "Electrical Work", "BLD-ELC", 150, 600, ExpenseFrequency.AsNeeded, true, 3);
        await Type(building.Id, "General Maintenance", "BLD-GEN", 50, 200, ExpenseFrequency.AsNeeded, false, 4);
        await Type(building.Id, "Painting", "BLD-PNT", 100, 400, ExpenseFrequency.AsNeeded, false, 5);
        await Type(utilities.Id, "Electricity Bills", "UTL-ELC", 100, 300, ExpenseFrequency.Monthly, false, 1);
        await Type(utilities.Id, "Water Bills", "UTL-WTR", 50, 150, ExpenseFrequency.Monthly, false, 2);
        await Type(utilities.Id, "Internet/Cable", "UTL-NET", 30, 80, ExpenseFrequency.Monthly, false, 3);
        return types;
    }

    private Task<Guid> Vendor(string name, VendorType type, string contact, string phone, string? email, string specialization, string areas, bool emergency,
        string? userId, CancellationToken ct) =>
        As(Manager, async c => (await c.SaveVendorAsync(null, new VendorInput
        {
            Name = name, VendorType = type, ContactPerson = contact, PhonePrimary = phone, Email = email, Specialization = specialization, ServiceAreas = areas,
            EmergencyAvailable = emergency, UserId = userId, PaymentTerms = PaymentTerms.Net30, PreferredPaymentMethod = VendorPaymentMethod.BankTransfer,
        }, ct)).Id);

    private Task<Guid> Create(string email, Guid? unitId, string title, string description, Guid expenseTypeId, MaintenancePriority priority, CancellationToken ct,
        Guid? propertyId = null) =>
        Requests(email, async s => (await s.CreateAsync(new CreateRequestInput
        {
            Title = title, Description = description, Priority = priority, UnitId = unitId, PropertyId = propertyId, ExpenseTypeId = expenseTypeId,
            PermissionToEnter = true, Availability = "Mon-Fri 08:00-18:00; Sat 09:00-13:00",
        }, ct)).Id);

    private Task Assign(Guid id, string staffId, Guid? vendorId, CancellationToken ct) =>
        Requests(Manager, s => s.AssignAsync(id, new AssignInput { AssigneeUserId = staffId, VendorId = vendorId }, ct));

    private Task Estimate(Guid id, (string Item, decimal Quantity, decimal UnitCost)[] lines, string duration, string? notes, CancellationToken ct) =>
        Requests(Staff, s => s.EstimateAsync(id, new EstimateInput
        {
            Lines = lines.Select(l => new EstimateLineInput { Item = l.Item, Quantity = l.Quantity, UnitCost = l.UnitCost }).ToList(),
            EstimatedDuration = duration, Notes = notes,
        }, ct));

    private Task Quote(Guid id, Guid? vendorId, decimal amount, string description, (string Item, decimal Cost)[] items, int validDays, CancellationToken ct,
        string? vendorName = null, string? contact = null) =>
        Requests(Staff, s => s.AddQuoteAsync(id, new QuoteInput
        {
            VendorId = vendorId, VendorName = vendorName, VendorContact = contact, Amount = amount, Description = description,
            Items = items.Select(i => new QuoteItemInput { Item = i.Item, Cost = i.Cost }).ToList(),
            ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(validDays),
        }, ct));

    /// <summary>A request taken all the way: estimated, approved, done, verified with <paramref name="stars"/> and paid by M-PESA.</summary>
    private async Task ClosedAsync(string tenant, Guid unitId, string title, string description, Guid typeId, string staffId, Guid vendorId, decimal cost, int stars,
        CancellationToken ct)
    {
        var id = await Create(tenant, unitId, title, description, typeId, MaintenancePriority.Medium, ct);
        await Assign(id, staffId, vendorId, ct);
        await Estimate(id, [("Materials and labour", 1, cost)], "Half a day", null, ct);
        var owner = (await Requests(Manager, s => s.GetAsync(id, ct))).OwnerUserId;
        var ownerEmail = owner == await UserIdAsync(Landlord, ct) ? Landlord : Landlord2;
        await Requests(ownerEmail, s => s.ApproveEstimateAsync(id, null, ct));
        await Requests(Staff, s => s.StartAsync(id, ct));
        await Requests(Staff, s => s.CompleteAsync(id, new CompleteInput { ActualCost = cost, CompletionNotes = "Done and tested.", ReceiptNumber = $"RCP-{cost:0}" }, ct));
        await Requests(tenant, s => s.VerifyAsync(id, new VerifyInput
        {
            Overall = stars, ResponseTime = stars, Quality = stars, Professionalism = 5, Communication = stars, WouldRecommend = stars >= 4, Feedback = "Sorted quickly.",
        }, ct));
        await Requests(ownerEmail, s => s.PayAsync(id, new MaintenancePaymentInput
        {
            Method = PaymentMethod.Mpesa, Reference = $"QK{Math.Abs(id.GetHashCode()) % 100_000_000:D8}", PaidAt = DateOnly.FromDateTime(DateTime.UtcNow),
        }, ct));
    }
}
