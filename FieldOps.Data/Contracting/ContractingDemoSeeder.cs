using FieldOps.Data.Contracting.Services;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FieldOps.Data.Contracting;

/// <summary>
/// Demo Contracting: three projects, four subcontractors (two with portal accounts), material stock, eight weeks
/// of daily logs, expense claims and vouchers in every state, all made through the real services as the demo
/// users. The ledgers are round figures a reader can check by hand:
/// <list type="bullet">
/// <item>Mutua Building Works: advance 20,000; payments 60,000 + 48,000 + 60,000 = 168,000; deduction 5,000 →
/// balance due 168,000 − 5,000 − 20,000 = 143,000 (approved claims 3,500 + 2,750 = 6,250 listed separately).</item>
/// <item>Wambui Electrical: payment 24,000; deduction 2,000 → balance due 22,000 (approved claim 1,200).</item>
/// <item>Otieno Plumbing &amp; Drainage: advance 15,000; payment 85,000 → balance due 70,000.</item>
/// </list>
/// </summary>
public sealed class ContractingDemoSeeder(IServiceScopeFactory scopes, IDbContextFactory<FieldOpsDbContext> contextFactory, TimeProvider clock)
    : IDemoDataSeeder
{
    private const string Admin = "admin@contracting.demo";
    private const string Mutua = "contractor@contracting.demo";
    private const string Wambui = "contractor2@contracting.demo";

    private readonly DemoActor _demo = new(scopes);

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var organization = await db.Organizations.Where(o => o.Name == DemoAccounts.DemoContracting)
            .Select(o => new { o.Id, o.Settings.TimeZoneId }).SingleAsync(cancellationToken);
        if (await db.Set<Project>().IgnoreQueryFilters().AnyAsync(p => p.OrganizationId == organization.Id, cancellationToken))
        {
            return;
        }
        await SeedAsync(OrganizationSettings.LocalDate(organization.TimeZoneId, clock.GetUtcNow().UtcDateTime), cancellationToken);
        await ReadOldNotificationsAsync(organization.Id, cancellationToken);
    }

    /// <summary>Eight weeks of history sent hundreds of notifications; the demo users have read all but their latest few.</summary>
    private async Task ReadOldNotificationsAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var notifications = await db.Set<Platform.Notifications.Notification>().IgnoreQueryFilters()
            .Where(n => n.OrganizationId == organizationId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var old in notifications.GroupBy(n => n.RecipientUserId).SelectMany(g => g.OrderByDescending(n => n.CreatedAt).Skip(4)))
        {
            old.MarkRead(now);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedAsync(DateOnly today, CancellationToken ct)
    {
        var riverside = await Project("RVR-01", "Riverside Apartments, Block B", "Riverside Drive, Westlands", ct);
        var warehouse = await Project("KBR-02", "Kiambu Road Warehouse", "Kiambu Road, Ridgeways", ct);
        await Project("NGS-03", "Ngong Primary School Classrooms", "Ngong Town", ct);

        var mutua = await Company("Mutua Building Works", "Masonry and concrete", "Joseph Mutua", "+254 722 410 118", "office@mutuabuilding.demo", 1_500m, ct);
        var wambui = await Company("Wambui Electrical Ltd", "Electrical installation", "Ann Wambui", "+254 733 902 455", "ann@wambuielectrical.demo", 2_000m, ct);
        var otieno = await Company("Otieno Plumbing & Drainage", "Plumbing and drainage", "Tom Otieno", "+254 711 300 712", null, 1_800m, ct);
        await Company("Kamau Steel Fixers", "Steel fixing", "Peter Kamau", "+254 720 118 004", "kamausteel@mail.demo", 1_700m, ct);
        await Link(mutua, Mutua, ct);
        await Link(wambui, Wambui, ct);

        await SeedMaterialsAsync(ct);

        // Eight full weeks back from this week's Monday, then this week up to today.
        var thisMonday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        DateOnly Week(int index) => thisMonday.AddDays(-7 * (8 - index));

        var mutuaLogs = new List<(Guid Id, DateOnly Date)>();
        for (var date = Week(0); date <= today; date = date.AddDays(1))
        {
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }
            var log = await _demo.AsAsync<ContractorPortalService, DailyLogView>(Mutua, s => s.SubmitLogAsync(new DailyLogInput
            {
                LogDate = date, WorkersCount = 8, ProjectId = riverside.Id, WorkSummary = MasonryWork(date),
            }, ct));
            mutuaLogs.Add((log.Id, date));
        }
        var wambuiLogs = new List<(Guid Id, DateOnly Date)>();
        for (var date = Week(0); date <= today; date = date.AddDays(1))
        {
            if (date.DayOfWeek is not (DayOfWeek.Monday or DayOfWeek.Wednesday or DayOfWeek.Friday))
            {
                continue;
            }
            var log = await _demo.AsAsync<ContractorPortalService, DailyLogView>(Wambui, s => s.SubmitLogAsync(new DailyLogInput
            {
                LogDate = date, WorkersCount = 4, ProjectId = date < Week(4) ? riverside.Id : warehouse.Id, WorkSummary = ElectricalWork(date),
            }, ct));
            wambuiLogs.Add((log.Id, date));
        }

        // The admin reviews everything up to last Thursday; last Friday and this week wait in the queue. One log of
        // each company is rejected, so its day is not paid.
        var reviewedUntil = thisMonday.AddDays(-3);
        var rejectedMutua = Week(1).AddDays(2);
        var rejectedWambui = Week(5).AddDays(2);
        var toReview = mutuaLogs.Select(l => (l.Id, l.Date, Reject: l.Date == rejectedMutua))
            .Concat(wambuiLogs.Select(l => (l.Id, l.Date, Reject: l.Date == rejectedWambui)))
            .Where(l => l.Date <= reviewedUntil);
        foreach (var (id, _, reject) in toReview)
        {
            await _demo.AsAsync<ContractingReviewService>(Admin, s => reject
                ? s.RejectLogAsync(id, "This day is already covered by the log before it; please do not log the same work twice.", ct)
                : s.ApproveLogAsync(id, null, ct));
        }

        // Mutua: weeks 0–2 paid (60,000, 48,000 without the rejected day, 60,000), week 3 approved, week 4 submitted,
        // week 5 a draft. Wambui: week 1 paid (24,000), week 3 rejected. Otieno: a paper claim, paid.
        var mutuaVouchers = new List<VoucherView>();
        for (var week = 0; week <= 5; week++)
        {
            mutuaVouchers.Add(await Voucher(mutua.Id, riverside.Id, Week(week), null, ct));
        }
        for (var week = 0; week <= 4; week++)
        {
            await _demo.AsAsync<VoucherService, VoucherView>(Admin, s => s.SubmitAsync(mutuaVouchers[week].Id, ct));
        }
        for (var week = 0; week <= 3; week++)
        {
            await _demo.AsAsync<VoucherService, VoucherView>(Admin, s => s.ApproveAsync(mutuaVouchers[week].Id, ct));
        }
        await Advance(mutua.Id, 20_000m, Week(0), "MP-ADV-0412", "Mobilisation advance", ct);
        for (var week = 0; week <= 2; week++)
        {
            var voucher = mutuaVouchers[week];
            await _demo.AsAsync<VoucherService, VoucherView>(Admin, s => s.PayAsync(voucher.Id, new VoucherPaymentInput
            {
                PaidOn = Week(week + 1).AddDays(1), Method = PaymentMethod.BankTransfer, Reference = $"EFT-{voucher.Number[^4..]}-{week + 1:D2}",
            }, ct));
        }
        await _demo.AsAsync<LedgerService, LedgerView>(Admin, s => s.AddEntryAsync(mutua.Id, new LedgerEntryInput
        {
            EntryType = LedgerEntryType.Deduction, Amount = 5_000m, EntryDate = Week(2).AddDays(3), Reference = "SITE-DMG-07",
            Description = "Replacement of scaffold boards damaged on site",
        }, ct));

        var wambuiPaid = await Voucher(wambui.Id, riverside.Id, Week(1), null, ct);
        await _demo.AsAsync<VoucherService, VoucherView>(Admin, s => s.SubmitAsync(wambuiPaid.Id, ct));
        await _demo.AsAsync<VoucherService, VoucherView>(Admin, s => s.ApproveAsync(wambuiPaid.Id, ct));
        await _demo.AsAsync<VoucherService, VoucherView>(Admin, s => s.PayAsync(wambuiPaid.Id, new VoucherPaymentInput
        {
            PaidOn = Week(2).AddDays(1), Method = PaymentMethod.Mpesa, Reference = "RKT4Q8ZL2M",
        }, ct));
        var wambuiRejected = await Voucher(wambui.Id, null, Week(3), null, ct);
        await _demo.AsAsync<VoucherService, VoucherView>(Admin, s => s.SubmitAsync(wambuiRejected.Id, ct));
        await _demo.AsAsync<VoucherService, VoucherView>(Admin, s => s.RejectAsync(wambuiRejected.Id,
            "Attach the signed test sheet for distribution board DB-2, then resubmit.", ct));
        await _demo.AsAsync<LedgerService, LedgerView>(Admin, s => s.AddEntryAsync(wambui.Id, new LedgerEntryInput
        {
            EntryType = LedgerEntryType.Deduction, Amount = 2_000m, EntryDate = Week(2).AddDays(4), Reference = "STORE-118",
            Description = "Cable drawn from the main store (2 × 1,000)",
        }, ct));

        await Advance(otieno.Id, 15_000m, Week(3), "CHQ 004512", "Advance for drainage pipes", ct);
        var paper = await Voucher(otieno.Id, riverside.Id, Week(4),
        [
            new VoucherLineInput { Description = "Lay and joint 110 mm uPVC foul drain, Block B", Quantity = 120, Unit = "m", Rate = 500 },
            new VoucherLineInput { Description = "Build inspection chambers", Quantity = 5, Unit = "no.", Rate = 5_000 },
        ], ct);
        await _demo.AsAsync<VoucherService, VoucherView>(Admin, s => s.SubmitAsync(paper.Id, ct));
        await _demo.AsAsync<VoucherService, VoucherView>(Admin, s => s.ApproveAsync(paper.Id, ct));
        await _demo.AsAsync<VoucherService, VoucherView>(Admin, s => s.PayAsync(paper.Id, new VoucherPaymentInput
        {
            PaidOn = Week(5).AddDays(2), Method = PaymentMethod.Cheque, Reference = "CHQ 004587",
        }, ct));

        // Claims are decided last, as the newest work: the ledger lists postings in the order they were made.
        await SeedExpensesAsync(today, riverside.Id, warehouse.Id, ct);
    }

    private async Task SeedMaterialsAsync(CancellationToken ct)
    {
        var materials = new (string Item, string Unit, decimal Quantity, string Location, string? Notes)[]
        {
            ("Cement, 50 kg bags", "bags", 420, "Riverside store", "Keep off the floor; use oldest first"),
            ("Ballast, 3/4 inch", "tonnes", 36, "Riverside yard", null),
            ("River sand", "tonnes", 24, "Riverside yard", null),
            ("Y12 steel bars, 12 m", "pieces", 180, "Riverside yard", null),
            ("Y10 steel bars, 12 m", "pieces", 240, "Riverside yard", null),
            ("Binding wire, 25 kg rolls", "rolls", 25, "Riverside store", null),
            ("Formwork timber, 3 × 2 inch", "pieces", 450, "Kiambu Road yard", null),
            ("PVC conduit, 20 mm", "lengths", 160, "Kiambu Road store", "For the warehouse lighting circuits"),
            ("Twin and earth cable, 2.5 mm²", "drums", 12, "Kiambu Road store", "Issue against a signed request"),
        };
        foreach (var (item, unit, quantity, location, notes) in materials)
        {
            await _demo.AsAsync<MaterialService, MaterialView>(Admin, s => s.SaveAsync(null, new MaterialInput
            {
                ItemName = item, Unit = unit, Quantity = quantity, Location = location, Notes = notes,
            }, ct));
        }
    }

    private async Task SeedExpensesAsync(DateOnly today, Guid riverside, Guid warehouse, CancellationToken ct)
    {
        var approve = new List<Guid>
        {
            (await Claim(Mutua, ExpenseCategory.Fuel, 3_500m, today.AddDays(-40), "Diesel for the concrete mixer, 20 litres", riverside, ct)).Id,
            (await Claim(Mutua, ExpenseCategory.Materials, 2_750m, today.AddDays(-33), "Binding wire, 2 rolls, bought locally when the store ran out", riverside, ct)).Id,
            (await Claim(Wambui, ExpenseCategory.Transport, 1_200m, today.AddDays(-26), "Boda boda delivery of fittings from Industrial Area", warehouse, ct)).Id,
        };
        var rejected = await Claim(Mutua, ExpenseCategory.Transport, 4_000m, today.AddDays(-20), "Lorry hire to move scaffolding", riverside, ct);
        await Claim(Mutua, ExpenseCategory.Labour, 6_000m, today.AddDays(-3), "Two casual labourers for the weekend slab pour", riverside, ct);
        await Claim(Mutua, ExpenseCategory.Other, 850m, today.AddDays(-1), "Padlocks for the site container", riverside, ct);
        await Claim(Wambui, ExpenseCategory.Fuel, 900m, today.AddDays(-2), "Generator petrol while the site supply was off", warehouse, ct);

        await _demo.AsAsync<ContractingReviewService>(Admin, s => s.BulkApproveExpensesAsync(approve, ct));
        await _demo.AsAsync<ContractingReviewService>(Admin, s => s.RejectExpenseAsync(rejected.Id,
            "The main contractor paid for this lorry directly; it cannot be claimed twice.", ct));
    }

    private Task<ExpenseView> Claim(string contractor, ExpenseCategory category, decimal amount, DateOnly date, string description, Guid projectId,
        CancellationToken ct) =>
        _demo.AsAsync<ContractorPortalService, ExpenseView>(contractor, s => s.SubmitExpenseAsync(new ExpenseInput
        {
            Category = category, Amount = amount, ExpenseDate = date, Description = description, ProjectId = projectId,
        }, ct));

    private Task<VoucherView> Voucher(Guid subcontractorId, Guid? projectId, DateOnly monday, List<VoucherLineInput>? lines, CancellationToken ct) =>
        _demo.AsAsync<VoucherService, VoucherView>(Admin, s => s.CreateAsync(new VoucherInput
        {
            SubcontractorId = subcontractorId, ProjectId = projectId, PeriodStart = monday, PeriodEnd = monday.AddDays(6), Lines = lines,
            Notes = lines is null ? "Drafted from the approved daily logs of the week." : "From the paper claim handed in on site.",
        }, ct));

    private Task Advance(Guid subcontractorId, decimal amount, DateOnly on, string reference, string description, CancellationToken ct) =>
        _demo.AsAsync<LedgerService, LedgerView>(Admin, s => s.AddEntryAsync(subcontractorId, new LedgerEntryInput
        {
            EntryType = LedgerEntryType.Advance, Amount = amount, EntryDate = on, Reference = reference, Description = description,
        }, ct));

    private Task<ProjectView> Project(string code, string name, string site, CancellationToken ct) =>
        _demo.AsAsync<ProjectService, ProjectView>(Admin, s => s.CreateAsync(new ProjectInput { Code = code, Name = name, Site = site }, ct));

    private Task<SubcontractorView> Company(string name, string trade, string contact, string phone, string? email, decimal rate, CancellationToken ct) =>
        _demo.AsAsync<SubcontractorService, SubcontractorView>(Admin, s => s.CreateAsync(new SubcontractorInput
        {
            CompanyName = name, TradeType = trade, ContactPerson = contact, Phone = phone, Email = email, DailyRate = rate,
        }, ct));

    private async Task Link(SubcontractorView company, string email, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var userId = await db.Users.IgnoreQueryFilters().Where(u => u.Email == email).Select(u => u.Id).SingleAsync(ct);
        await _demo.AsAsync<SubcontractorService, SubcontractorView>(Admin, s => s.LinkUserAsync(company.Id, userId, ct));
    }

    private static string MasonryWork(DateOnly date) => (date.DayNumber % 6) switch
    {
        0 => "Blockwork to second-floor partition walls, grid lines C–E.",
        1 => "Formwork and steel fixing for the third-floor slab edge beams.",
        2 => "Poured and vibrated columns C2–C6; cubes taken for testing.",
        3 => "Plastering of the stairwell and first-floor corridor walls.",
        4 => "Struck formwork on the second floor; cleaned and stacked panels.",
        _ => "Laid 6-inch blocks to the ground-floor shop fronts; set lintels.",
    };

    private static string ElectricalWork(DateOnly date) => (date.DayNumber % 4) switch
    {
        0 => "Conduit runs chased into walls, units 4–8.",
        1 => "Pulled cables for the lighting circuits; labelled at both ends.",
        2 => "Fixed and tested distribution board DB-2; insulation readings recorded.",
        _ => "Installed sockets and switches in the ground-floor units.",
    };
}
