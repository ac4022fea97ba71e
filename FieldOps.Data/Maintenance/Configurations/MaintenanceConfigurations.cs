using FieldOps.Data.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static FieldOps.Data.Maintenance.MaintenanceLimits;

namespace FieldOps.Data.Maintenance.Configurations;

internal sealed class PropertyConfiguration : IEntityTypeConfiguration<Property>
{
    public void Configure(EntityTypeBuilder<Property> builder)
    {
        builder.ToTable("Properties");
        builder.Property(p => p.Name).HasMaxLength(Name);
        builder.Property(p => p.Address).HasMaxLength(Address);
        builder.Property(p => p.Area).HasMaxLength(Area);
        builder.Property(p => p.OwnerUserId).HasMaxLength(450);
        builder.HasIndex(p => new { p.OrganizationId, p.Name }).IsUnique();
        builder.HasIndex(p => new { p.OwnerUserId, p.Name });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.OwnerUserId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_Properties_MonthlyBudget", "\"MonthlyBudget\" IS NULL OR CAST(\"MonthlyBudget\" AS REAL) >= 0"));
    }
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("Units");
        builder.Property(u => u.Number).HasMaxLength(UnitNumber);
        builder.Property(u => u.TenantUserId).HasMaxLength(450);
        builder.HasIndex(u => new { u.PropertyId, u.Number }).IsUnique();
        builder.HasIndex(u => u.TenantUserId);
        builder.HasOne<Property>().WithMany().HasForeignKey(u => u.PropertyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(u => u.TenantUserId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class VendorConfiguration : IEntityTypeConfiguration<Vendor>
{
    public void Configure(EntityTypeBuilder<Vendor> builder)
    {
        builder.Property(v => v.Name).HasMaxLength(Name);
        builder.Property(v => v.ContactPerson).HasMaxLength(Person);
        builder.Property(v => v.PhonePrimary).HasMaxLength(Phone);
        builder.Property(v => v.PhoneSecondary).HasMaxLength(Phone);
        builder.Property(v => v.Mobile).HasMaxLength(Phone);
        builder.Property(v => v.Email).HasMaxLength(Email);
        builder.Property(v => v.Address).HasMaxLength(Address);
        builder.Property(v => v.NationalId).HasMaxLength(LegalId);
        builder.Property(v => v.CommercialRegistration).HasMaxLength(LegalId);
        builder.Property(v => v.TaxNumber).HasMaxLength(LegalId);
        builder.Property(v => v.Specialization).HasMaxLength(LongText);
        builder.Property(v => v.ServiceAreas).HasMaxLength(LongText);
        builder.Property(v => v.Notes).HasMaxLength(LongText);
        builder.Property(v => v.UserId).HasMaxLength(450);
        builder.Ignore(v => v.Rating);
        builder.Ignore(v => v.TrackRecord);
        builder.HasIndex(v => new { v.OrganizationId, v.Name }).IsUnique();
        // One portal account acts for at most one vendor.
        builder.HasIndex(v => v.UserId).IsUnique().HasFilter("\"UserId\" IS NOT NULL");
        builder.HasOne<AppUser>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Vendors_Ratings", "\"RatingCount\" >= 0 AND \"RatingTotal\" >= \"RatingCount\" AND \"RatingTotal\" <= 5 * \"RatingCount\"");
            t.HasCheckConstraint("CK_Vendors_TrackRecord", "\"RecommendYes\" >= 0 AND \"RecommendYes\" <= \"RecommendAnswered\" AND \"RecommendAnswered\" <= \"RatingCount\" "
                + "AND \"OnTimeJobs\" >= 0 AND \"OnTimeJobs\" <= \"TimedJobs\" AND \"TimedJobs\" <= \"JobsCompleted\"");
        });
    }
}

internal sealed class ExpenseCategoryConfiguration : IEntityTypeConfiguration<ExpenseCategory>
{
    public void Configure(EntityTypeBuilder<ExpenseCategory> builder)
    {
        builder.ToTable("ExpenseCategories");
        builder.Property(c => c.Name).HasMaxLength(Name);
        builder.Property(c => c.Code).HasMaxLength(Code);
        builder.Property(c => c.Description).HasMaxLength(LongText);
        builder.HasIndex(c => new { c.OrganizationId, c.Name }).IsUnique();
    }
}

internal sealed class ExpenseTypeConfiguration : IEntityTypeConfiguration<ExpenseType>
{
    public void Configure(EntityTypeBuilder<ExpenseType> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(Name);
        builder.Property(t => t.Code).HasMaxLength(Code);
        builder.Property(t => t.Description).HasMaxLength(LongText);
        builder.HasIndex(t => new { t.CategoryId, t.Name }).IsUnique();
        builder.HasOne<ExpenseCategory>().WithMany().HasForeignKey(t => t.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t =>
        {
            // Decimals are text in SQLite: compare them as numbers.
            t.HasCheckConstraint("CK_ExpenseTypes_CostRange", "(\"CostMin\" IS NULL OR CAST(\"CostMin\" AS REAL) >= 0) AND (\"CostMax\" IS NULL OR \"CostMin\" IS NULL OR CAST(\"CostMax\" AS REAL) >= CAST(\"CostMin\" AS REAL))");
        });
    }
}

internal sealed class MaintenanceSettingsConfiguration : IEntityTypeConfiguration<MaintenanceSettings>
{
    public void Configure(EntityTypeBuilder<MaintenanceSettings> builder)
    {
        builder.ToTable("MaintenanceSettings");
        builder.HasIndex(s => s.OrganizationId).IsUnique();
    }
}

internal sealed class LandlordSettingsConfiguration : IEntityTypeConfiguration<LandlordSettings>
{
    public void Configure(EntityTypeBuilder<LandlordSettings> builder)
    {
        builder.ToTable("LandlordSettings");
        builder.Property(s => s.LandlordUserId).HasMaxLength(450);
        builder.HasIndex(s => new { s.OrganizationId, s.LandlordUserId }).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.LandlordUserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MaintenanceRequestCountConfiguration : IEntityTypeConfiguration<MaintenanceRequestCount>
{
    public void Configure(EntityTypeBuilder<MaintenanceRequestCount> builder)
    {
        builder.HasKey(c => new { c.OrganizationId, c.OwnerUserId, c.TenantUserId, c.AssigneeUserId, c.VendorUserId, c.Status });
        builder.Property(c => c.OwnerUserId).HasMaxLength(450);
        builder.Property(c => c.TenantUserId).HasMaxLength(450);
        builder.Property(c => c.AssigneeUserId).HasMaxLength(450);
        builder.Property(c => c.VendorUserId).HasMaxLength(450);
        // The key serves a manager's board and a landlord's (it leads with the owner); these, the other parties'.
        builder.HasIndex(c => new { c.OrganizationId, c.TenantUserId });
        builder.HasIndex(c => new { c.OrganizationId, c.AssigneeUserId });
        builder.HasIndex(c => new { c.OrganizationId, c.VendorUserId });
    }
}

internal sealed class MaintenanceRequestConfiguration : IEntityTypeConfiguration<MaintenanceRequest>
{
    /// <summary>The term EF Core writes for "r.IsOpen"; a query carrying it can use an index with this filter.</summary>
    private const string OpenFilter = "\"IsOpen\"";

    /// <summary>The term EF Core writes for "awaiting approval" (the statuses in their order, as stored).</summary>
    private static readonly string AwaitingApprovalFilter =
        $"\"Status\" IN ({string.Join(", ", Services.MaintenanceQueries.AwaitingApproval.Select(status => $"'{status}'"))})";

    public void Configure(EntityTypeBuilder<MaintenanceRequest> builder)
    {
        builder.Property(r => r.Number).HasMaxLength(20);
        builder.Property(r => r.OwnerUserId).HasMaxLength(450);
        builder.Property(r => r.TenantUserId).HasMaxLength(450);
        builder.Property(r => r.RequestedById).HasMaxLength(450);
        builder.Property(r => r.RequestedByName).HasMaxLength(Person);
        builder.Property(r => r.Title).HasMaxLength(Title);
        builder.Property(r => r.Description).HasMaxLength(Description);
        builder.Property(r => r.Availability).HasMaxLength(Availability);
        builder.Property(r => r.AccessNotes).HasMaxLength(Notes);
        builder.Property(r => r.CurrencyCode).HasMaxLength(3);
        builder.Property(r => r.AssigneeUserId).HasMaxLength(450);
        builder.Property(r => r.AssigneeName).HasMaxLength(Person);
        builder.Property(r => r.VendorUserId).HasMaxLength(450);
        builder.Property(r => r.VendorName).HasMaxLength(Name);
        builder.Property(r => r.EstimatedDuration).HasMaxLength(Duration);
        builder.Property(r => r.EstimateNotes).HasMaxLength(Notes);
        builder.Property(r => r.EstimatedByName).HasMaxLength(Person);
        builder.Property(r => r.EstimateRejectionReason).HasMaxLength(InputLimits.MaxReasonLength);
        builder.Property(r => r.ApprovedById).HasMaxLength(450);
        builder.Property(r => r.ApprovedByName).HasMaxLength(Person);
        builder.Property(r => r.ApprovalNotes).HasMaxLength(InputLimits.MaxReasonLength);
        builder.Property(r => r.RejectionReason).HasMaxLength(InputLimits.MaxReasonLength);
        builder.Property(r => r.HoldReason).HasMaxLength(InputLimits.MaxReasonLength);
        builder.Property(r => r.CancellationReason).HasMaxLength(InputLimits.MaxReasonLength);
        builder.Property(r => r.ReopenReason).HasMaxLength(InputLimits.MaxReasonLength);
        builder.Property(r => r.VarianceReason).HasMaxLength(Notes);
        builder.Property(r => r.CompletionNotes).HasMaxLength(Notes);
        builder.Property(r => r.ReceiptNumber).HasMaxLength(Receipt);
        builder.Ignore(r => r.Currency);
        builder.Ignore(r => r.IsSaving);
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Property>().WithMany().HasForeignKey(r => r.PropertyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ExpenseType>().WithMany().HasForeignKey(r => r.ExpenseTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Vendor>().WithMany().HasForeignKey(r => r.VendorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.OrganizationId, r.Number }).IsUnique();
        // Every queue lists emergencies first, then the newest; each role's filter leads its own index.
        // (Emergencies first, then newest, then by number: the index order matches the list's, so a page is read, not sorted.)
        builder.HasIndex(r => new { r.OrganizationId, r.PriorityRank, r.RequestedAt, r.Number }).IsDescending(false, false, true, true);
        // The open queue. EF Core writes a test of a boolean column as the bare column ("WHERE "IsOpen""), which SQLite
        // cannot look up in an index holding the column, but does match against a partial index on the same term: the
        // open requests have indexes of their own, the queue in its order and the period of the analytic views.
        builder.HasIndex(r => new { r.OrganizationId, r.PriorityRank, r.RequestedAt, r.Number }, "IX_MaintenanceRequests_Open_Queue")
            .IsDescending(false, false, true, true).HasFilter(OpenFilter);
        // The open requests of a period, with the queue's order and the id: a page of them is sorted from the index alone
        // (SQLite reads the filter's own column from the index too, or it looks up every row to test it).
        builder.HasIndex(r => new { r.OrganizationId, r.RequestedAt, r.PriorityRank, r.Number, r.Id, r.IsOpen }, "IX_MaintenanceRequests_Open_RequestedAt")
            .HasFilter(OpenFilter);
        // The approval queue (estimates and quotes waiting for a decision), oldest first within each priority.
        builder.HasIndex(r => new { r.OrganizationId, r.PriorityRank, r.RequestedAt, r.Number },
            "IX_MaintenanceRequests_AwaitingApproval_Queue").HasFilter(AwaitingApprovalFilter);
        builder.HasIndex(r => new { r.OrganizationId, r.RequestedAt }, "IX_MaintenanceRequests_AwaitingApproval_RequestedAt").HasFilter(AwaitingApprovalFilter);
        builder.HasIndex(r => new { r.OrganizationId, r.Status, r.PriorityRank, r.RequestedAt, r.Number }).IsDescending(false, false, false, true, true);
        builder.HasIndex(r => new { r.OwnerUserId, r.PriorityRank, r.RequestedAt, r.Number }).IsDescending(false, false, true, true);
        builder.HasIndex(r => new { r.TenantUserId, r.PriorityRank, r.RequestedAt, r.Number }).IsDescending(false, false, true, true);
        builder.HasIndex(r => new { r.AssigneeUserId, r.PriorityRank, r.RequestedAt, r.Number }).IsDescending(false, false, true, true);
        builder.HasIndex(r => new { r.VendorUserId, r.PriorityRank, r.RequestedAt, r.Number }).IsDescending(false, false, true, true);
        // What past work of a kind cost: the most recent completed requests of an expense type.
        builder.HasIndex(r => new { r.ExpenseTypeId, r.CompletedAt });
        // The analytic views read a period of requests raised or completed, of the firm or of one landlord.
        builder.HasIndex(r => new { r.OrganizationId, r.RequestedAt });
        // Requests made or completed before the firm's calendar days were kept: none once start-up has given them theirs.
        builder.HasIndex(r => r.Id, "IX_MaintenanceRequests_CompletedOn_Missing").HasFilter("\"CompletedAt\" IS NOT NULL AND \"CompletedOn\" IS NULL");
        builder.HasIndex(r => r.Id, "IX_MaintenanceRequests_RequestedOn_Missing").HasFilter("\"RequestedOn\" IS NULL");
        // The completed work of a period, newest first, a page at a time: in the index's order (read backwards), to the number.
        builder.HasIndex(r => new { r.OrganizationId, r.CompletedAt, r.Number });
        builder.HasIndex(r => new { r.OwnerUserId, r.RequestedAt });
        builder.HasIndex(r => new { r.OwnerUserId, r.CompletedAt, r.Number });
        // The board's "past SLA" counts: requests of a status whose deadline has passed, a range of each.
        builder.HasIndex(r => new { r.OrganizationId, r.Status, r.AssignDueAt });
        builder.HasIndex(r => new { r.OrganizationId, r.Status, r.OnSiteDueAt });
        // The same for a landlord's, tenant's, staff member's or vendor's board: a range of their own requests of a
        // status, for each deadline (the start read from the index too), so that the firm's index, which has a range
        // for the deadline, never looks cheaper. The landlord's also serves the budget card's approvals waiting.
        builder.HasIndex(r => new { r.OwnerUserId, r.Status, r.AssignDueAt });
        builder.HasIndex(r => new { r.OwnerUserId, r.Status, r.OnSiteDueAt, r.StartedAt });
        builder.HasIndex(r => new { r.TenantUserId, r.Status, r.AssignDueAt });
        builder.HasIndex(r => new { r.TenantUserId, r.Status, r.OnSiteDueAt, r.StartedAt });
        builder.HasIndex(r => new { r.AssigneeUserId, r.Status, r.AssignDueAt });
        builder.HasIndex(r => new { r.AssigneeUserId, r.Status, r.OnSiteDueAt, r.StartedAt });
        builder.HasIndex(r => new { r.VendorUserId, r.Status, r.AssignDueAt });
        builder.HasIndex(r => new { r.VendorUserId, r.Status, r.OnSiteDueAt, r.StartedAt });
        // A landlord's budget card: approvals of the month still committed.
        builder.HasIndex(r => new { r.OwnerUserId, r.ApprovedAt });
        // A vendor's open work orders, counted from the index alone (the plain one serves the vendor key).
        builder.HasIndex(r => new { r.VendorId, r.IsOpen });
        builder.HasIndex(r => new { r.VendorId, r.OrganizationId, r.IsOpen }, "IX_MaintenanceRequests_Open_VendorId").HasFilter(OpenFilter);
        builder.ToTable(t =>
        {
            // Seed 002's CHECKs: completed ≥ started ≥ scheduled.
            t.HasCheckConstraint("CK_MaintenanceRequests_StartedAfterScheduled", "\"StartedAt\" IS NULL OR \"ScheduledFor\" IS NULL OR \"StartedAt\" >= \"ScheduledFor\"");
            t.HasCheckConstraint("CK_MaintenanceRequests_CompletedAfterStarted", "\"CompletedAt\" IS NULL OR \"StartedAt\" IS NULL OR \"CompletedAt\" >= \"StartedAt\"");
        });
    }
}

internal sealed class CostLineConfiguration : IEntityTypeConfiguration<CostLine>
{
    public void Configure(EntityTypeBuilder<CostLine> builder)
    {
        builder.ToTable("MaintenanceCostLines");
        builder.Property(l => l.Item).HasMaxLength(LineItem);
        builder.HasIndex(l => new { l.RequestId, l.Kind, l.Position });
    }
}

internal sealed class RequestMessageConfiguration : IEntityTypeConfiguration<RequestMessage>
{
    public void Configure(EntityTypeBuilder<RequestMessage> builder)
    {
        builder.ToTable("MaintenanceMessages");
        builder.Property(m => m.AuthorUserId).HasMaxLength(450);
        builder.Property(m => m.AuthorName).HasMaxLength(Person);
        builder.Property(m => m.Text).HasMaxLength(Message);
        builder.Ignore(m => m.IsInternal);
        builder.HasIndex(m => new { m.RequestId, m.At });
        builder.HasOne<MaintenanceRequest>().WithMany().HasForeignKey(m => m.RequestId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MaintenanceRatingConfiguration : IEntityTypeConfiguration<MaintenanceRating>
{
    public void Configure(EntityTypeBuilder<MaintenanceRating> builder)
    {
        builder.Property(r => r.TenantUserId).HasMaxLength(450);
        builder.Property(r => r.Feedback).HasMaxLength(Notes);
        builder.HasIndex(r => r.RequestId).IsUnique();
        builder.HasIndex(r => new { r.VendorId, r.RatedAt });
        builder.HasOne<MaintenanceRequest>().WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_MaintenanceRatings_Overall", "\"Overall\" BETWEEN 1 AND 5");
            t.HasCheckConstraint("CK_MaintenanceRatings_Dimensions",
                "(\"ResponseTime\" IS NULL OR \"ResponseTime\" BETWEEN 1 AND 5) AND (\"Quality\" IS NULL OR \"Quality\" BETWEEN 1 AND 5) AND "
                + "(\"Professionalism\" IS NULL OR \"Professionalism\" BETWEEN 1 AND 5) AND (\"Communication\" IS NULL OR \"Communication\" BETWEEN 1 AND 5)");
        });
    }
}

internal sealed class MaintenancePaymentConfiguration : IEntityTypeConfiguration<MaintenancePayment>
{
    public void Configure(EntityTypeBuilder<MaintenancePayment> builder)
    {
        builder.Property(p => p.CurrencyCode).HasMaxLength(3);
        builder.Property(p => p.PropertyName).HasMaxLength(Name);
        builder.Property(p => p.UnitNumber).HasMaxLength(UnitNumber);
        builder.Property(p => p.CategoryName).HasMaxLength(Name);
        builder.Property(p => p.PaidTo).HasMaxLength(Name);
        builder.Property(p => p.Reference).HasMaxLength(InputLimits.MaxReferenceLength);
        builder.Property(p => p.LandlordUserId).HasMaxLength(450);
        builder.Property(p => p.RecordedByName).HasMaxLength(Person);
        // A request is paid once: two payments at once cannot both be saved.
        builder.HasIndex(p => p.RequestId).IsUnique();
        builder.HasIndex(p => new { p.OrganizationId, p.PaidOn });
        builder.HasIndex(p => new { p.LandlordUserId, p.PaidOn });
        builder.HasOne<MaintenanceRequest>().WithMany().HasForeignKey(p => p.RequestId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.Property(q => q.Number).HasMaxLength(20);
        builder.Property(q => q.OwnerUserId).HasMaxLength(450);
        builder.Property(q => q.VendorName).HasMaxLength(Name);
        builder.Property(q => q.VendorContact).HasMaxLength(Phone);
        builder.Property(q => q.VendorEmail).HasMaxLength(Email);
        builder.Property(q => q.Description).HasMaxLength(Description);
        builder.Property(q => q.SubmittedByName).HasMaxLength(Person);
        builder.Property(q => q.DecidedByName).HasMaxLength(Person);
        builder.Property(q => q.DecisionNote).HasMaxLength(InputLimits.MaxReasonLength);
        builder.HasMany(q => q.Items).WithOne().HasForeignKey(i => i.QuoteId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(q => q.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(q => new { q.OrganizationId, q.Number }).IsUnique();
        builder.HasIndex(q => new { q.RequestId, q.Status });
        builder.HasIndex(q => new { q.VendorId, q.SubmittedAt });
        builder.HasOne<MaintenanceRequest>().WithMany().HasForeignKey(q => q.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Vendor>().WithMany().HasForeignKey(q => q.VendorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class QuoteItemConfiguration : IEntityTypeConfiguration<QuoteItem>
{
    public void Configure(EntityTypeBuilder<QuoteItem> builder)
    {
        builder.Property(i => i.Item).HasMaxLength(LineItem);
        builder.HasIndex(i => new { i.QuoteId, i.Position });
    }
}

internal sealed class BudgetAlertConfiguration : IEntityTypeConfiguration<BudgetAlert>
{
    public void Configure(EntityTypeBuilder<BudgetAlert> builder)
    {
        builder.Property(a => a.LandlordUserId).HasMaxLength(450);
        builder.Property(a => a.Month).HasMaxLength(7);
        builder.Property(a => a.Scope).HasMaxLength(36);
        // Once per budget and month: the landlord's, and each property's own.
        builder.HasIndex(a => new { a.OrganizationId, a.LandlordUserId, a.Month, a.Scope }).IsUnique();
    }
}

internal sealed class MaintenanceCompletionMonthConfiguration : IEntityTypeConfiguration<MaintenanceCompletionMonth>
{
    public void Configure(EntityTypeBuilder<MaintenanceCompletionMonth> builder)
    {
        // The key serves a manager's reports (the firm, by month); the second index a landlord's (their own, by month).
        builder.HasKey(m => new { m.OrganizationId, m.Month, m.PropertyId, m.OwnerUserId, m.ExpenseTypeId, m.VendorId, m.EstimatedByName });
        builder.Property(m => m.OwnerUserId).HasMaxLength(450);
        builder.Property(m => m.EstimatedByName).HasMaxLength(Person);
        builder.HasIndex(m => new { m.OwnerUserId, m.Month });
    }
}

internal sealed class MaintenanceRequestMonthConfiguration : IEntityTypeConfiguration<MaintenanceRequestMonth>
{
    public void Configure(EntityTypeBuilder<MaintenanceRequestMonth> builder)
    {
        // The key serves a manager's reports (the firm, by month); the second index a landlord's (their own, by month).
        builder.HasKey(m => new { m.OrganizationId, m.Month, m.PropertyId, m.OwnerUserId, m.ExpenseTypeId, m.RequestorType, m.RequestedById, m.RequestedByName });
        builder.Property(m => m.OwnerUserId).HasMaxLength(450);
        builder.Property(m => m.RequestedById).HasMaxLength(450);
        builder.Property(m => m.RequestedByName).HasMaxLength(Person);
        builder.HasIndex(m => new { m.OwnerUserId, m.Month });
        // The expense hierarchy: each type's months of a period.
        builder.HasIndex(m => new { m.OrganizationId, m.ExpenseTypeId, m.Month });
    }
}

internal sealed class MaintenancePaymentMonthConfiguration : IEntityTypeConfiguration<MaintenancePaymentMonth>
{
    public void Configure(EntityTypeBuilder<MaintenancePaymentMonth> builder)
    {
        // The key makes one row per month and kind of payment. A report reads a range of months from one of two indexes
        // that carry every column, the firm's (organization, month) and a landlord's (landlord, month), rather than
        // looking up each month row's measures in the table: at 100×, 1,588 rows over all time, and the accountant's
        // analysis 3.4 → 1.6 ms. Summary rows are small and few, so the copies are cheap. The expense type follows the
        // month, so the accountant's analysis adds up each month's types in the index's order instead of sorting them
        // (its read over all time at 100×: 1.15 → 0.40 ms).
        builder.HasKey(m => new { m.OrganizationId, m.Month, m.PropertyId, m.LandlordUserId, m.CategoryName, m.ExpenseTypeId, m.PaidTo, m.Method, m.Emergency });
        builder.Property(m => m.LandlordUserId).HasMaxLength(450);
        builder.Property(m => m.CategoryName).HasMaxLength(Name);
        builder.Property(m => m.PaidTo).HasMaxLength(Name);
        builder.HasIndex(m => new
        {
            m.OrganizationId, m.Month, m.ExpenseTypeId, m.PropertyId, m.LandlordUserId, m.CategoryName, m.PaidTo, m.Method, m.Emergency,
            m.Count, m.AmountTenThousandths, m.SmallestTenThousandths, m.LargestTenThousandths, m.FirstPaidOn, m.LastPaidOn,
        }, "IX_MaintenancePaymentMonths_Month_Covering");
        builder.HasIndex(m => new
        {
            m.LandlordUserId, m.Month, m.ExpenseTypeId, m.OrganizationId, m.PropertyId, m.CategoryName, m.PaidTo, m.Method, m.Emergency,
            m.Count, m.AmountTenThousandths, m.SmallestTenThousandths, m.LargestTenThousandths, m.FirstPaidOn, m.LastPaidOn,
        }, "IX_MaintenancePaymentMonths_Landlord_Month_Covering");
    }
}
