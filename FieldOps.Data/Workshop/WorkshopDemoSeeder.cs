using FieldOps.Data.Platform;
using FieldOps.Data.Workshop.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FieldOps.Data.Workshop;

/// <summary>
/// Demo Garage's catalogue, stock and thirty jobs in every state; a few of Second Garage's own. Everything is made
/// through the real services acting as the demo users, so the demo data obeys every rule and carries a real history
/// and real notifications. Runs once per garage.
/// </summary>
public sealed class WorkshopDemoSeeder(IServiceScopeFactory scopes, IDbContextFactory<FieldOpsDbContext> contextFactory, TimeProvider clock) : IDemoDataSeeder
{
    private readonly DemoActor _demo = new(scopes);

    /// <summary>Both demo garages keep East Africa and Gulf time, UTC+3.</summary>
    private const string DemoTimeZone = "Africa/Nairobi";

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!await IsSeededAsync(DemoAccounts.DemoGarage, cancellationToken))
        {
            await SeedDemoGarageAsync(cancellationToken);
        }
        if (!await IsSeededAsync(DemoAccounts.SecondGarage, cancellationToken))
        {
            await SeedSecondGarageAsync(cancellationToken);
        }
    }

    private async Task<bool> IsSeededAsync(string organization, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var id = await db.Organizations.Where(o => o.Name == organization).Select(o => o.Id).SingleAsync(cancellationToken);
        return await db.Set<TaskAction>().IgnoreQueryFilters().AnyAsync(t => t.OrganizationId == id, cancellationToken);
    }

    private const string Admin = "admin@garage.demo";
    private const string SiteManager = "sitemanager@garage.demo";
    private const string Peter = "technician@garage.demo";
    private const string Grace = "technician2@garage.demo";
    private const string Manager = "workshopmanager@garage.demo";
    private const string Warehouse = "warehouse@garage.demo";
    private const string Billing = "billing@garage.demo";

    private enum Stage
    {
        Received,
        Assigned,
        InProgress,
        AwaitingApproval,
        AwaitingIssue,
        Completed,
        Reviewed,
        Billing,
        Invoiced,
        Paid,
    }

    private sealed record JobScript(string Registration, string Owner, string Phone, string Make, string Model, int Year, int Mileage,
        OperationsStream Stream, RevenueStream Revenue, string Issues, Stage Stage, string Technician, string[] Tasks, (string Sku, int Quantity)[] Parts,
        string WorkDone);

    private static readonly (OperationsStream Stream, string Name, string Description, decimal Cost)[] TaskCatalogue =
    [
        (OperationsStream.Body, "Dent removal", "Paintless dent repair on one panel", 3_500m),
        (OperationsStream.Body, "Panel replacement", "Remove and fit a replacement body panel", 8_000m),
        (OperationsStream.Body, "Paint job", "Prepare, prime and paint; priced per panel set", 25_000m),
        (OperationsStream.Body, "Bumper repair", "Plastic weld, fill and refinish a bumper", 4_500m),
        (OperationsStream.Mechanical, "Engine repair", "Diagnose and repair engine faults", 18_000m),
        (OperationsStream.Mechanical, "Oil change", "Drain, replace oil and filter, reset service light", 1_500m),
        (OperationsStream.Mechanical, "Brake service", "Replace pads, inspect discs and bleed the system", 3_500m),
        (OperationsStream.Mechanical, "Transmission service", "Change transmission fluid and filter, road test", 9_000m),
        (OperationsStream.Electrical, "Battery replacement", "Test charging system and fit a new battery", 800m),
        (OperationsStream.Electrical, "Alternator repair", "Rebuild or replace the alternator", 4_000m),
        (OperationsStream.Electrical, "Wiring repair", "Trace and repair a wiring fault", 3_000m),
        (OperationsStream.Electrical, "ECU diagnostics", "Read fault codes and run live diagnostics", 2_500m),
        (OperationsStream.Interior, "Upholstery repair", "Repair or re-cover damaged seat upholstery", 6_000m),
        (OperationsStream.Interior, "Dashboard repair", "Repair cracked dashboard trim and fittings", 5_000m),
        (OperationsStream.Interior, "Carpet replacement", "Remove and fit new floor carpet", 7_000m),
        (OperationsStream.Interior, "Seat adjustment", "Repair seat rails and adjustment mechanism", 1_200m),
    ];

    private static readonly (string Sku, string Name, string Unit, decimal Cost, decimal Price, int Quantity, int Reorder, string Location)[] StockItems =
    [
        ("OIL-5W30-4L", "Engine oil 5W-30, 4 litres", "can", 3_200m, 4_500m, 36, 10, "A1"),
        ("OIL-15W40-5L", "Diesel engine oil 15W-40, 5 litres", "can", 3_600m, 5_100m, 18, 8, "A1"),
        ("FLT-OIL-TOY", "Oil filter, Toyota", "pcs", 450m, 850m, 42, 15, "A2"),
        ("FLT-OIL-NIS", "Oil filter, Nissan", "pcs", 480m, 900m, 25, 10, "A2"),
        ("FLT-AIR-TOY", "Air filter, Toyota", "pcs", 900m, 1_600m, 14, 6, "A2"),
        ("FLT-FUEL-DSL", "Fuel filter, diesel", "pcs", 1_100m, 1_900m, 9, 6, "A2"),
        ("FLT-CABIN", "Cabin air filter", "pcs", 650m, 1_200m, 4, 5, "A2"),
        ("BRK-PAD-F-TOY", "Brake pads, front, Toyota", "set", 2_800m, 4_200m, 16, 6, "B1"),
        ("BRK-PAD-R-TOY", "Brake pads, rear, Toyota", "set", 2_400m, 3_700m, 10, 6, "B1"),
        ("BRK-PAD-F-NIS", "Brake pads, front, Nissan", "set", 2_900m, 4_300m, 3, 5, "B1"),
        ("BRK-DISC-F-TOY", "Brake disc, front, Toyota", "pcs", 4_800m, 7_200m, 8, 4, "B1"),
        ("BRK-FLUID-DOT4", "Brake fluid DOT 4, 500 ml", "bottle", 550m, 950m, 22, 8, "B2"),
        ("BAT-NS60", "Battery NS60, 45 Ah", "pcs", 7_500m, 10_500m, 6, 3, "C1"),
        ("BAT-N70", "Battery N70, 70 Ah", "pcs", 10_800m, 14_900m, 2, 3, "C1"),
        ("ALT-TOY-90A", "Alternator, Toyota 90 A, rebuilt", "pcs", 14_000m, 21_000m, 3, 2, "C2"),
        ("SPK-PLUG-IRD", "Spark plug, iridium", "pcs", 650m, 1_100m, 48, 16, "C2"),
        ("FUSE-KIT", "Blade fuse assortment", "kit", 400m, 750m, 12, 4, "C3"),
        ("WIRE-AUTO-1.5", "Automotive wire 1.5 mm², 10 m", "roll", 600m, 1_050m, 15, 5, "C3"),
        ("BULB-H4", "Headlamp bulb H4", "pcs", 350m, 700m, 30, 10, "C3"),
        ("WIPER-22", "Wiper blade 22 inch", "pcs", 550m, 1_000m, 20, 8, "D1"),
        ("COOLANT-4L", "Coolant concentrate, 4 litres", "can", 1_800m, 2_900m, 11, 6, "D1"),
        ("ATF-DEX-4L", "Automatic transmission fluid, 4 litres", "can", 3_300m, 4_800m, 7, 4, "D1"),
        ("BELT-SERP-TOY", "Serpentine belt, Toyota", "pcs", 1_900m, 3_200m, 5, 3, "D2"),
        ("CLUTCH-KIT-NIS", "Clutch kit, Nissan NP300", "kit", 18_500m, 26_000m, 2, 1, "D2"),
        ("SHOCK-F-TOY", "Shock absorber, front, Toyota", "pcs", 6_200m, 9_400m, 6, 4, "D3"),
        ("BUSH-ARM-TOY", "Control arm bush, Toyota", "pcs", 850m, 1_500m, 14, 6, "D3"),
        ("PAINT-BASE-1L", "Base coat paint, 1 litre (mixed)", "tin", 3_900m, 6_200m, 9, 4, "E1"),
        ("PAINT-CLEAR-1L", "Clear coat, 1 litre", "tin", 2_700m, 4_300m, 7, 4, "E1"),
        ("PUTTY-BODY-1KG", "Body filler, 1 kg", "tin", 1_100m, 1_900m, 10, 4, "E1"),
        ("SANDPAPER-P400", "Sandpaper P400, pack of 50", "pack", 1_300m, 2_100m, 6, 3, "E2"),
        ("MASK-TAPE-48", "Masking tape 48 mm", "roll", 250m, 450m, 40, 12, "E2"),
        ("BUMPER-CLIP-SET", "Bumper clip set", "set", 500m, 950m, 18, 6, "E2"),
        ("PANEL-DOOR-FR-PRO", "Front right door panel, Toyota Probox", "pcs", 15_500m, 23_000m, 1, 1, "E3"),
        ("SEAT-COVER-SET", "Seat cover set, fabric", "set", 5_400m, 8_900m, 5, 2, "F1"),
        ("FOAM-SEAT-1M", "Seat foam, 1 m sheet", "sheet", 2_300m, 3_800m, 4, 2, "F1"),
        ("VINYL-BLK-1M", "Black vinyl upholstery, per metre", "m", 1_700m, 2_900m, 14, 5, "F1"),
        ("CARPET-UNIV", "Universal moulded carpet", "pcs", 6_800m, 10_500m, 2, 2, "F2"),
        ("DASH-TRIM-CLIP", "Dashboard trim clips, pack of 20", "pack", 300m, 600m, 25, 8, "F2"),
        ("SEAT-RAIL-TOY", "Seat rail, Toyota", "pcs", 3_100m, 4_900m, 3, 2, "F2"),
        ("GREASE-LITH-500", "Lithium grease, 500 g", "tub", 650m, 1_100m, 9, 4, "D3"),
    ];

    private static readonly JobScript[] JobScripts =
    [
        new("KDA 123A", "Wanjiku Kamau", "+254 712 345 678", "Toyota", "Probox", 2014, 186_400, OperationsStream.Mechanical, RevenueStream.WalkIn,
            "Squealing brakes at low speed; oil change due.", Stage.Paid, Peter, ["Brake service", "Oil change"],
            [("BRK-PAD-F-TOY", 1), ("OIL-5W30-4L", 1), ("FLT-OIL-TOY", 1)], "Replaced front pads, changed oil and filter, road tested."),
        new("KCB 456B", "Otieno Ochieng", "+254 722 111 222", "Nissan", "NP300", 2017, 142_900, OperationsStream.Mechanical, RevenueStream.Scheduled,
            "Scheduled 140,000 km service.", Stage.Paid, Grace, ["Oil change", "Transmission service"],
            [("OIL-15W40-5L", 2), ("FLT-OIL-NIS", 1), ("ATF-DEX-4L", 1)], "Full service done; transmission fluid changed."),
        new("KBZ 789C", "Amina Hassan", "+254 733 987 654", "Toyota", "Fielder", 2012, 201_300, OperationsStream.Electrical, RevenueStream.WalkIn,
            "Car will not start in the mornings.", Stage.Paid, Peter, ["Battery replacement", "ECU diagnostics"],
            [("BAT-NS60", 1)], "Battery failed load test; replaced. No stored fault codes."),
        new("KDD 234D", "James Mwangi", "+254 701 222 333", "Subaru", "Forester", 2015, 98_700, OperationsStream.Body, RevenueStream.WalkIn,
            "Dent on rear left door after parking incident.", Stage.Paid, Grace, ["Dent removal"],
            [], "Dent removed without repainting."),
        new("KCE 567E", "Grace Njoroge", "+254 710 444 555", "Mazda", "Demio", 2016, 76_500, OperationsStream.Interior, RevenueStream.Scheduled,
            "Driver seat torn; wants new seat covers.", Stage.Invoiced, Grace, ["Upholstery repair"],
            [("SEAT-COVER-SET", 1), ("VINYL-BLK-1M", 2)], "Re-covered driver seat, fitted seat cover set."),
        new("KBT 890F", "Peter Kiprono", "+254 720 666 777", "Toyota", "Hilux", 2019, 64_200, OperationsStream.Mechanical, RevenueStream.WalkIn,
            "Vibration when braking hard.", Stage.Invoiced, Peter, ["Brake service"],
            [("BRK-DISC-F-TOY", 2), ("BRK-PAD-F-TOY", 1)], "Front discs warped; replaced discs and pads."),
        new("KCF 135G", "Mary Wambui", "+254 711 888 999", "Nissan", "X-Trail", 2013, 171_000, OperationsStream.Electrical, RevenueStream.WalkIn,
            "Battery light on while driving.", Stage.Billing, Peter, ["Alternator repair"],
            [("ALT-TOY-90A", 1)], "Alternator output low; fitted rebuilt unit."),
        new("KDB 246H", "Hassan Abdi", "+254 723 121 314", "Isuzu", "D-Max", 2018, 88_300, OperationsStream.Mechanical, RevenueStream.Scheduled,
            "100,000 km service, check brakes.", Stage.Billing, Grace, ["Oil change", "Brake service"],
            [("OIL-15W40-5L", 2), ("BRK-FLUID-DOT4", 1)], "Serviced; brake fluid replaced, pads within limits."),
        new("KCH 357J", "Lucy Achieng", "+254 702 343 454", "Volkswagen", "Polo", 2015, 110_500, OperationsStream.Body, RevenueStream.WalkIn,
            "Front bumper cracked and loose.", Stage.Billing, Grace, ["Bumper repair"],
            [("BUMPER-CLIP-SET", 1), ("PAINT-BASE-1L", 1)], "Bumper welded, refinished and refitted with new clips."),
        new("KDE 468K", "Daniel Kiptoo", "+254 724 565 676", "Toyota", "Land Cruiser Prado", 2016, 154_800, OperationsStream.Mechanical, RevenueStream.Scheduled,
            "Knocking noise from front suspension.", Stage.Reviewed, Peter, ["Engine repair"],
            [("SHOCK-F-TOY", 2), ("BUSH-ARM-TOY", 2)], "Replaced front shocks and control arm bushes."),
        new("KCJ 579L", "Esther Muthoni", "+254 713 787 898", "Mazda", "CX-5", 2018, 69_900, OperationsStream.Interior, RevenueStream.WalkIn,
            "Dashboard trim rattles.", Stage.Reviewed, Grace, ["Dashboard repair"],
            [("DASH-TRIM-CLIP", 1)], "Refitted dashboard trim with new clips; no more rattle."),
        new("KDF 680M", "Samuel Kariuki", "+254 725 909 101", "Toyota", "Corolla", 2011, 230_100, OperationsStream.Mechanical, RevenueStream.WalkIn,
            "Oil leak under the engine.", Stage.Completed, Peter, ["Engine repair", "Oil change"],
            [("OIL-5W30-4L", 1)], "Replaced sump gasket; topped up oil; no leaks after test."),
        new("KBX 791N", "Faith Chebet", "+254 714 232 343", "Honda", "Fit", 2014, 133_000, OperationsStream.Electrical, RevenueStream.WalkIn,
            "Headlamp not working.", Stage.Completed, Peter, ["Wiring repair"],
            [("BULB-H4", 2)], "Replaced both headlamp bulbs and repaired connector."),
        new("KDG 802P", "Brian Omondi", "+254 726 454 565", "Subaru", "Impreza", 2017, 81_200, OperationsStream.Body, RevenueStream.Scheduled,
            "Scratches on bonnet, wants respray.", Stage.Completed, Grace, ["Paint job"],
            [("PAINT-BASE-1L", 2), ("PAINT-CLEAR-1L", 1), ("MASK-TAPE-48", 2)], "Bonnet resprayed and polished."),
        new("KCK 913Q", "Joyce Nyambura", "+254 715 676 787", "Toyota", "Vitz", 2013, 119_400, OperationsStream.Mechanical, RevenueStream.WalkIn,
            "Grinding noise from front brakes.", Stage.AwaitingApproval, Peter, ["Brake service"],
            [("BRK-PAD-F-TOY", 1)], ""),
        new("KDH 024R", "Moses Wekesa", "+254 727 898 909", "Nissan", "Note", 2015, 97_600, OperationsStream.Mechanical, RevenueStream.WalkIn,
            "Clutch slipping on hills.", Stage.AwaitingApproval, Grace, ["Transmission service"],
            [("CLUTCH-KIT-NIS", 1)], ""),
        new("KCL 135S", "Ruth Kemunto", "+254 716 010 121", "Toyota", "Premio", 2012, 188_000, OperationsStream.Electrical, RevenueStream.WalkIn,
            "Weak battery, slow cranking.", Stage.AwaitingIssue, Peter, ["Battery replacement"],
            [("BAT-N70", 1)], ""),
        new("KDJ 246T", "Kevin Mutua", "+254 728 232 343", "Mitsubishi", "Outlander", 2016, 124_500, OperationsStream.Interior, RevenueStream.Scheduled,
            "Carpet soaked after flooding.", Stage.AwaitingIssue, Grace, ["Carpet replacement"],
            [("CARPET-UNIV", 1)], ""),
        new("KCM 357U", "Agnes Wairimu", "+254 717 454 565", "Toyota", "Harrier", 2015, 139_200, OperationsStream.Mechanical, RevenueStream.WalkIn,
            "Engine overheating in traffic.", Stage.InProgress, Peter, ["Engine repair"],
            [], "Thermostat stuck; sourcing part."),
        new("KDK 468V", "Stephen Owino", "+254 729 676 787", "Nissan", "Navara", 2019, 57_300, OperationsStream.Mechanical, RevenueStream.Scheduled,
            "60,000 km service.", Stage.InProgress, Grace, ["Oil change", "Brake service"],
            [], ""),
        new("KCN 579W", "Caroline Akinyi", "+254 718 898 909", "Mazda", "Axela", 2016, 84_900, OperationsStream.Body, RevenueStream.WalkIn,
            "Side mirror housing broken.", Stage.InProgress, Grace, ["Panel replacement"],
            [], ""),
        new("KDL 680X", "Joseph Ndungu", "+254 730 101 212", "Toyota", "Probox", 2015, 260_300, OperationsStream.Electrical, RevenueStream.WalkIn,
            "Dashboard warning lights flicker.", Stage.InProgress, Peter, ["ECU diagnostics", "Wiring repair"],
            [], ""),
        new("KCP 791Y", "Nancy Jepkosgei", "+254 719 323 434", "Honda", "CR-V", 2017, 102_700, OperationsStream.Interior, RevenueStream.WalkIn,
            "Seat will not slide forward.", Stage.InProgress, Grace, ["Seat adjustment"],
            [], ""),
        new("KDM 802Z", "Patrick Kamau", "+254 731 545 656", "Toyota", "Hiace", 2014, 310_500, OperationsStream.Mechanical, RevenueStream.Scheduled,
            "Annual fleet service.", Stage.Assigned, Peter, [], [], ""),
        new("KCQ 913A", "Salome Atieno", "+254 720 767 878", "Subaru", "Outback", 2018, 73_100, OperationsStream.Body, RevenueStream.WalkIn,
            "Rear bumper scuffed.", Stage.Assigned, Grace, [], [], ""),
        new("KDN 024B", "Michael Otieno", "+254 732 989 090", "Nissan", "Sylphy", 2016, 115_800, OperationsStream.Electrical, RevenueStream.WalkIn,
            "Central locking not working.", Stage.Assigned, Peter, [], [], ""),
        new("KCR 135C", "Lydia Nduta", "+254 721 212 323", "Toyota", "Axio", 2015, 128_400, OperationsStream.Interior, RevenueStream.Scheduled,
            "Roof lining sagging.", Stage.Assigned, Grace, [], [], ""),
        new("KDP 246D", "George Karanja", "+254 733 434 545", "Isuzu", "NQR", 2017, 280_000, OperationsStream.Mechanical, RevenueStream.SpareParts,
            "Customer buying brake pads and filters only.", Stage.Received, Peter, [], [], ""),
        new("KCS 357E", "Mercy Wanjiru", "+254 722 656 767", "Toyota", "Wish", 2012, 199_900, OperationsStream.Body, RevenueStream.WalkIn,
            "Door will not close properly after accident.", Stage.Received, Grace, [], [], ""),
        new("KDQ 468F", "Tom Odhiambo", "+254 734 878 989", "Mercedes-Benz", "C200", 2014, 142_300, OperationsStream.Electrical, RevenueStream.Scheduled,
            "Pre-purchase inspection with diagnostics.", Stage.Received, Peter, [], [], ""),
    ];

    private async Task SeedDemoGarageAsync(CancellationToken ct)
    {
        foreach (var task in TaskCatalogue)
        {
            await _demo.AsAsync<TaskActionService>(Admin, s => s.CreateAsync(new TaskActionInput
            {
                OperationsStream = task.Stream, Name = task.Name, Description = task.Description, DefaultLaborCost = task.Cost,
            }, ct));
        }
        await _demo.AsAsync<TaskActionService>(Admin, s => s.CreateAsync(new TaskActionInput
        {
            OperationsStream = OperationsStream.Mechanical, Name = "Clutch overhaul", Description = "Replaced by transmission service", DefaultLaborCost = 12_000m,
            IsActive = false,
        }, ct));

        await _demo.AsAsync<JobService>(Admin, async s =>
        {
            await s.SetTechnicianStreamsAsync(await UserIdAsync(Peter, ct), [OperationsStream.Mechanical, OperationsStream.Electrical], ct);
            await s.SetTechnicianStreamsAsync(await UserIdAsync(Grace, ct), [OperationsStream.Body, OperationsStream.Interior, OperationsStream.Mechanical], ct);
        });

        foreach (var item in StockItems)
        {
            await _demo.AsAsync<WarehouseService>(Warehouse, s => s.CreateAsync(new WarehouseItemInput
            {
                Sku = item.Sku, Name = item.Name, Unit = item.Unit, UnitCost = item.Cost, UnitPrice = item.Price, Quantity = item.Quantity,
                ReorderPoint = item.Reorder, Location = item.Location,
            }, ct));
        }

        var tasks = await _demo.AsAsync<TaskActionService, IReadOnlyList<TaskActionView>>(Admin, s => s.ListAsync(null, false, ct));
        var stock = (await _demo.AsAsync<WarehouseService, Platform.Lists.ListPage<WarehouseItemView>>(Warehouse,
            s => s.ListAsync(new WarehouseFilter(), new Platform.Lists.ListRequest(0, 200), ct))).Items;
        foreach (var script in JobScripts)
        {
            await PlayAsync(script, tasks, stock, SiteManager, Manager, Warehouse, Billing, ct);
        }
    }

    private async Task SeedSecondGarageAsync(CancellationToken ct)
    {
        const string admin = "admin@garage2.demo";
        const string technician = "technician@garage2.demo";
        foreach (var (stream, name, cost) in new[]
                 {
                     (OperationsStream.Mechanical, "Oil change", 12.500m), (OperationsStream.Mechanical, "Brake service", 35.000m),
                     (OperationsStream.Electrical, "Battery replacement", 7.500m), (OperationsStream.Body, "Dent removal", 40.000m),
                 })
        {
            await _demo.AsAsync<TaskActionService>(admin, s => s.CreateAsync(new TaskActionInput { OperationsStream = stream, Name = name, DefaultLaborCost = cost }, ct));
        }
        await _demo.AsAsync<JobService>(admin, async s =>
        {
            await s.SetTechnicianStreamsAsync(await UserIdAsync(technician, ct), [OperationsStream.Mechanical, OperationsStream.Electrical, OperationsStream.Body], ct);
        });
        foreach (var (sku, name, cost, price, quantity) in new[]
                 {
                     ("OIL-5W40-5L", "Engine oil 5W-40, 5 litres", 9.250m, 14.500m, 20), ("FLT-OIL-LEX", "Oil filter, Lexus", 2.100m, 3.750m, 12),
                     ("BRK-PAD-F-GMC", "Brake pads, front, GMC", 18.000m, 27.500m, 6), ("BAT-AGM-80", "AGM battery 80 Ah", 38.000m, 55.000m, 3),
                 })
        {
            await _demo.AsAsync<WarehouseService>(admin, s => s.CreateAsync(new WarehouseItemInput
            {
                Sku = sku, Name = name, Unit = "pcs", UnitCost = cost, UnitPrice = price, Quantity = quantity, ReorderPoint = 2,
            }, ct));
        }
        var tasks = await _demo.AsAsync<TaskActionService, IReadOnlyList<TaskActionView>>(admin, s => s.ListAsync(null, false, ct));
        var stock = (await _demo.AsAsync<WarehouseService, Platform.Lists.ListPage<WarehouseItemView>>(admin,
            s => s.ListAsync(new WarehouseFilter(), new Platform.Lists.ListRequest(0, 200), ct))).Items;
        var scripts = new JobScript[]
        {
            new("12-34567", "Khalid Al-Mutairi", "+965 5555 1234", "GMC", "Yukon", 2020, 61_000, OperationsStream.Mechanical, RevenueStream.WalkIn,
                "Brakes grinding.", Stage.Paid, technician, ["Brake service"], [("BRK-PAD-F-GMC", 1)], "Front pads replaced."),
            new("45-67890", "Fatima Al-Sabah", "+965 6666 4321", "Lexus", "LX570", 2019, 83_500, OperationsStream.Mechanical, RevenueStream.Scheduled,
                "Oil service.", Stage.InProgress, technician, ["Oil change"], [], ""),
            new("78-90123", "Ahmad Al-Enezi", "+965 9999 7777", "Toyota", "Land Cruiser", 2021, 40_200, OperationsStream.Electrical, RevenueStream.WalkIn,
                "Battery warning.", Stage.Received, technician, [], [], ""),
        };
        foreach (var script in scripts)
        {
            await PlayAsync(script, tasks, stock, admin, admin, admin, admin, ct);
        }
    }

    /// <summary>Takes one job from intake to its scripted stage through the real workflow.</summary>
    private async Task PlayAsync(JobScript script, IReadOnlyList<TaskActionView> catalogue, IReadOnlyList<WarehouseItemView> stock,
        string siteManager, string manager, string warehouse, string billing, CancellationToken ct)
    {
        var job = await _demo.AsAsync<JobService, JobDetails>(siteManager, s => s.CreateAsync(new CreateJobInput
        {
            RegistrationNumber = script.Registration, OwnerName = script.Owner, OwnerPhone = script.Phone, Make = script.Make, Model = script.Model,
            Year = script.Year, Mileage = script.Mileage, OperationsStream = script.Stream, RevenueStream = script.Revenue, IssuesReported = script.Issues,
        }, ct));
        if (script.Stage == Stage.Received)
        {
            return;
        }
        var technicianId = await UserIdAsync(script.Technician, ct);
        await _demo.AsAsync<JobService, JobDetails>(siteManager, s => s.AssignAsync(job.Id, technicianId, ct));
        if (script.Stage == Stage.Assigned)
        {
            return;
        }
        await _demo.AsAsync<JobService, JobDetails>(script.Technician, s => s.StartAsync(job.Id, ct));
        var finishing = script.Stage >= Stage.Completed;
        foreach (var (name, index) in script.Tasks.Select((n, i) => (n, i)))
        {
            var action = catalogue.First(t => t.Name == name);
            var details = await _demo.AsAsync<TaskActionService, JobDetails>(script.Technician,
                s => s.AddToJobAsync(job.Id, new AddTaskInput { TaskActionId = action.Id }, ct));
            if (finishing || index == 0 && script.Stage != Stage.AwaitingApproval)
            {
                var taskId = details.Tasks.Last().Id;
                await _demo.AsAsync<TaskActionService, JobDetails>(script.Technician, s => s.CompleteJobTaskAsync(job.Id, taskId, ct));
            }
        }
        foreach (var (sku, quantity) in script.Parts)
        {
            var item = stock.First(i => i.Sku == sku);
            var request = await _demo.AsAsync<SparePartService, PartRequestView>(script.Technician,
                s => s.RequestAsync(job.Id, new PartRequestInput { WarehouseItemId = item.Id, Quantity = quantity }, ct));
            if (script.Stage == Stage.AwaitingApproval)
            {
                continue;
            }
            await _demo.AsAsync<SparePartService, PartRequestView>(manager, s => s.ApproveAsync(request.Id, null, ct));
            if (script.Stage == Stage.AwaitingIssue)
            {
                continue;
            }
            await _demo.AsAsync<SparePartService, PartRequestView>(warehouse, s => s.IssueAsync(request.Id, ct));
            if (finishing)
            {
                await _demo.AsAsync<SparePartService, PartRequestView>(script.Technician, s => s.CompleteAsync(request.Id, ct));
            }
        }
        if (!string.IsNullOrEmpty(script.WorkDone))
        {
            await _demo.AsAsync<JobService, JobDetails>(script.Technician, s => s.UpdateAsync(job.Id, new UpdateJobInput { WorkDone = script.WorkDone }, ct));
        }
        if (!finishing)
        {
            return;
        }
        await _demo.AsAsync<JobService, JobDetails>(script.Technician, s => s.CompleteAsync(job.Id, ct));
        if (script.Stage == Stage.Completed)
        {
            return;
        }
        await _demo.AsAsync<JobService, JobDetails>(manager, s => s.ReviewAsync(job.Id, "Work checked on the ramp and road tested.", ct));
        if (script.Stage == Stage.Reviewed)
        {
            return;
        }
        await _demo.AsAsync<JobService, JobDetails>(manager, s => s.MoveToBillingAsync(job.Id, ct));
        if (script.Stage == Stage.Billing)
        {
            return;
        }
        var invoice = await _demo.AsAsync<BillingService, InvoiceView>(billing, s => s.AutoInvoiceAsync(job.Id, null, ct));
        if (script.Stage == Stage.Paid)
        {
            await _demo.AsAsync<BillingService, InvoiceView>(billing, s => s.MarkPaidAsync(invoice.Id, new MarkPaidInput
            {
                PaidOn = OrganizationTime.Today(clock, DemoTimeZone), Method = PaymentMethod.Mpesa, Reference = $"QK{Math.Abs(invoice.Number.GetHashCode()) % 100000000:D8}",
            }, ct));
        }
    }

    private async Task<string> UserIdAsync(string email, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(ct);
    }
}
