using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FieldOps.Data.Contracting.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(20);
        builder.HasIndex(p => new { p.OrganizationId, p.Code }).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(160);
        builder.Property(p => p.Site).HasMaxLength(200);
    }
}

internal sealed class SubcontractorConfiguration : IEntityTypeConfiguration<Subcontractor>
{
    public void Configure(EntityTypeBuilder<Subcontractor> builder)
    {
        builder.Property(s => s.CompanyName).HasMaxLength(160);
        builder.HasIndex(s => new { s.OrganizationId, s.CompanyName }).IsUnique();
        builder.Property(s => s.TradeType).HasMaxLength(80);
        builder.Property(s => s.ContactPerson).HasMaxLength(120);
        builder.Property(s => s.Phone).HasMaxLength(30);
        builder.Property(s => s.Email).HasMaxLength(200);
        builder.Property(s => s.UserId).HasMaxLength(450);
        // One portal account acts for at most one company; the database enforces it even if two admins link at once.
        builder.HasIndex(s => s.UserId).IsUnique().HasFilter("\"UserId\" IS NOT NULL");
        builder.HasOne<Platform.AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class MaterialStockConfiguration : IEntityTypeConfiguration<MaterialStock>
{
    public void Configure(EntityTypeBuilder<MaterialStock> builder)
    {
        builder.Property(m => m.ItemName).HasMaxLength(160);
        builder.Property(m => m.Unit).HasMaxLength(20);
        builder.Property(m => m.Location).HasMaxLength(120);
        builder.Property(m => m.Notes).HasMaxLength(500);
        builder.Property(m => m.Quantity).HasPrecision(18, 3);
        builder.ToTable(t => t.HasCheckConstraint("CK_MaterialStocks_Quantity_NotNegative", "\"Quantity\" >= 0"));
    }
}

internal sealed class DailyLogConfiguration : IEntityTypeConfiguration<DailyLog>
{
    public void Configure(EntityTypeBuilder<DailyLog> builder)
    {
        builder.Property(l => l.WorkSummary).HasMaxLength(4000);
        builder.Property(l => l.ReviewedByName).HasMaxLength(120);
        builder.Property(l => l.ReviewNote).HasMaxLength(1000);
        builder.HasOne<Subcontractor>().WithMany().HasForeignKey(l => l.SubcontractorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Project>().WithMany().HasForeignKey(l => l.ProjectId).OnDelete(DeleteBehavior.Restrict);
        // Logs are listed newest first, by day and then by when they were written, with or without a status filter.
        builder.HasIndex(l => new { l.OrganizationId, l.LogDate, l.CreatedAt });
        builder.HasIndex(l => new { l.OrganizationId, l.Status, l.LogDate, l.CreatedAt });
        builder.HasIndex(l => new { l.SubcontractorId, l.LogDate, l.CreatedAt });
        // The contractor's workspace shows their latest logs and claims, by when they were written.
        builder.HasIndex(l => new { l.SubcontractorId, l.CreatedAt });
        builder.ToTable(t => t.HasCheckConstraint("CK_DailyLogs_WorkersCount_NotNegative", "\"WorkersCount\" >= 0"));
    }
}

internal sealed class ExpenseConfiguration : IEntityTypeConfiguration<Expense>
{
    public void Configure(EntityTypeBuilder<Expense> builder)
    {
        builder.Property(e => e.Description).HasMaxLength(1000);
        builder.Property(e => e.ReviewedByName).HasMaxLength(120);
        builder.Property(e => e.ReviewNote).HasMaxLength(1000);
        builder.HasOne<Subcontractor>().WithMany().HasForeignKey(e => e.SubcontractorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Project>().WithMany().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.OrganizationId, e.ExpenseDate, e.CreatedAt });
        builder.HasIndex(e => new { e.OrganizationId, e.Status, e.ExpenseDate, e.CreatedAt });
        builder.HasIndex(e => new { e.SubcontractorId, e.ExpenseDate, e.CreatedAt });
        builder.HasIndex(e => new { e.SubcontractorId, e.CreatedAt });
        builder.ToTable(t => t.HasCheckConstraint("CK_Expenses_Amount_Positive", "\"Amount\" > 0"));
    }
}

internal sealed class VoucherConfiguration : IEntityTypeConfiguration<Voucher>
{
    public void Configure(EntityTypeBuilder<Voucher> builder)
    {
        builder.Property(v => v.Number).HasMaxLength(30);
        builder.HasIndex(v => new { v.OrganizationId, v.Number }).IsUnique();
        // Vouchers are listed by period, latest first.
        builder.HasIndex(v => new { v.OrganizationId, v.PeriodEnd, v.Number });
        builder.HasIndex(v => new { v.OrganizationId, v.Status, v.PeriodEnd, v.Number });
        builder.HasIndex(v => new { v.SubcontractorId, v.PeriodEnd, v.Number });
        builder.HasIndex(v => new { v.SubcontractorId, v.Status, v.PeriodEnd });
        builder.HasIndex(v => new { v.SubcontractorId, v.UpdatedAt });
        builder.Property(v => v.CurrencyCode).HasMaxLength(3);
        builder.Property(v => v.Notes).HasMaxLength(1000);
        builder.Property(v => v.ApprovedById).HasMaxLength(450);
        builder.Property(v => v.ApprovedByName).HasMaxLength(120);
        builder.Property(v => v.RejectionReason).HasMaxLength(500);
        builder.Property(v => v.PaymentReference).HasMaxLength(100);
        builder.HasOne<Subcontractor>().WithMany().HasForeignKey(v => v.SubcontractorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Project>().WithMany().HasForeignKey(v => v.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Lines).WithOne().HasForeignKey(l => l.VoucherId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(v => v.Claims).WithOne().HasForeignKey(c => c.VoucherId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Claims).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(v => v.Currency);
    }
}

internal sealed class VoucherClaimConfiguration : IEntityTypeConfiguration<VoucherClaim>
{
    public void Configure(EntityTypeBuilder<VoucherClaim> builder)
    {
        // A daily log is paid by one voucher at most: the database refuses a second claim, whatever the code does.
        builder.HasIndex(c => c.DailyLogId).IsUnique();
        builder.HasIndex(c => c.VoucherId);
        builder.HasOne<DailyLog>().WithMany().HasForeignKey(c => c.DailyLogId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VoucherLineConfiguration : IEntityTypeConfiguration<VoucherLine>
{
    public void Configure(EntityTypeBuilder<VoucherLine> builder)
    {
        builder.Property(l => l.Description).HasMaxLength(300);
        builder.Property(l => l.Unit).HasMaxLength(20);
        builder.Property(l => l.Quantity).HasPrecision(18, 3);
        builder.HasIndex(l => new { l.VoucherId, l.Position }).IsUnique();
    }
}

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> builder)
    {
        builder.Property(e => e.Reference).HasMaxLength(100);
        builder.Property(e => e.Description).HasMaxLength(LedgerEntry.DescriptionMaxLength);
        builder.Property(e => e.CreatedByName).HasMaxLength(120);
        builder.HasIndex(e => new { e.OrganizationId, e.PartyType, e.PartyId, e.EntryDate });
        // A party's ledger is read page by page in posting order, and its latest entry carries the totals.
        builder.HasIndex(e => new { e.PartyType, e.PartyId, e.Sequence }).IsUnique();
        // A voucher is paid once and a claim is booked once, even when two people click at the same moment.
        builder.HasIndex(e => e.VoucherId).IsUnique().HasFilter("\"VoucherId\" IS NOT NULL AND \"ReversesEntryId\" IS NULL");
        builder.HasIndex(e => e.ExpenseId).IsUnique().HasFilter("\"ExpenseId\" IS NOT NULL AND \"ReversesEntryId\" IS NULL");
        builder.HasIndex(e => e.ReversesEntryId).IsUnique().HasFilter("\"ReversesEntryId\" IS NOT NULL");
        builder.HasOne<Voucher>().WithMany().HasForeignKey(e => e.VoucherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Expense>().WithMany().HasForeignKey(e => e.ExpenseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LedgerEntry>().WithMany().HasForeignKey(e => e.ReversesEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContractingCountConfiguration : IEntityTypeConfiguration<ContractingCount>
{
    public void Configure(EntityTypeBuilder<ContractingCount> builder)
    {
        // The key serves the dashboard (a record and status across the firm) and a subcontractor's own totals alike.
        builder.HasKey(c => new { c.OrganizationId, c.Record, c.Status, c.SubcontractorId });
        builder.Property(c => c.Status).HasMaxLength(40);
        builder.HasIndex(c => new { c.SubcontractorId, c.Record, c.Status });
        builder.Ignore(c => c.Amount);
    }
}
