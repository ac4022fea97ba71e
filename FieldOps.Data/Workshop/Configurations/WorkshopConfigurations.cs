using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FieldOps.Data.Workshop.Configurations;

internal sealed class VehicleConfiguration : IEntityTypeConfiguration<Vehicle>
{
    public void Configure(EntityTypeBuilder<Vehicle> builder)
    {
        builder.Property(v => v.RegistrationNumber).HasMaxLength(20);
        builder.Property(v => v.RegistrationKey).HasMaxLength(20);
        // One vehicle per registration, however it is typed (spaces, dashes, case).
        builder.HasIndex(v => new { v.OrganizationId, v.RegistrationKey }).IsUnique();
        builder.HasIndex(v => new { v.OrganizationId, v.RegistrationNumber });
        builder.Property(v => v.Vin).HasMaxLength(17);
        builder.Property(v => v.OwnerName).HasMaxLength(120);
        builder.Property(v => v.OwnerPhone).HasMaxLength(30);
        builder.Property(v => v.OwnerEmail).HasMaxLength(200);
        builder.Property(v => v.Make).HasMaxLength(60);
        builder.Property(v => v.Model).HasMaxLength(60);
        builder.Ignore(v => v.Description);
    }
}

internal sealed class TaskActionConfiguration : IEntityTypeConfiguration<TaskAction>
{
    public void Configure(EntityTypeBuilder<TaskAction> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(120);
        builder.Property(t => t.Description).HasMaxLength(500);
        builder.HasIndex(t => new { t.OrganizationId, t.Stream, t.Name }).IsUnique();
    }
}

internal sealed class TechnicianSkillConfiguration : IEntityTypeConfiguration<TechnicianSkill>
{
    public void Configure(EntityTypeBuilder<TechnicianSkill> builder)
    {
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.HasIndex(s => new { s.OrganizationId, s.UserId, s.Stream }).IsUnique();
        builder.HasOne<Platform.AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JobCountConfiguration : IEntityTypeConfiguration<JobCount>
{
    public void Configure(EntityTypeBuilder<JobCount> builder)
    {
        builder.HasKey(c => new { c.OrganizationId, c.TechnicianId, c.Status });
        builder.Property(c => c.TechnicianId).HasMaxLength(450);
    }
}

internal sealed class InvoiceCountConfiguration : IEntityTypeConfiguration<InvoiceCount>
{
    public void Configure(EntityTypeBuilder<InvoiceCount> builder)
    {
        builder.HasKey(c => new { c.OrganizationId, c.Status, c.PaidMonth });
        builder.Property(c => c.Status).HasMaxLength(40);
    }
}

internal sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> builder)
    {
        builder.Property(j => j.Number).HasMaxLength(20);
        builder.HasIndex(j => new { j.OrganizationId, j.Number }).IsUnique();
        // Every jobs list is newest first, the number breaking ties (the keyset cursor): each filter's index ends with
        // received time and number, so a page is read in order, and then the id, so a deep page's jobs are found from
        // the index alone before their rows are read.
        builder.HasIndex(j => new { j.OrganizationId, j.ReceivedAt, j.Number, j.Id });
        builder.HasIndex(j => new { j.OrganizationId, j.Status, j.ReceivedAt, j.Number, j.Id });
        builder.HasIndex(j => new { j.OrganizationId, j.TechnicianId, j.ReceivedAt, j.Number, j.Id });
        // A technician's jobs completed this week, counted over a week's range however many jobs they have done.
        builder.HasIndex(j => new { j.OrganizationId, j.TechnicianId, j.CompletedAt });
        builder.Property(j => j.SiteManagerId).HasMaxLength(450);
        builder.Property(j => j.TechnicianId).HasMaxLength(450);
        builder.Property(j => j.IssuesReported).HasMaxLength(2000);
        builder.Property(j => j.WorkDone).HasMaxLength(4000);
        builder.Property(j => j.ManagerNotes).HasMaxLength(2000);
        builder.HasOne(j => j.Vehicle).WithMany().HasForeignKey(j => j.VehicleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(j => j.Tasks).WithOne().HasForeignKey(t => t.JobId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(j => j.PartsRequests).WithOne(r => r.Job).HasForeignKey(r => r.JobId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(j => j.Tasks).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(j => j.PartsRequests).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(j => j.OpenPartsRequests);
    }
}

internal sealed class JobTaskActionConfiguration : IEntityTypeConfiguration<JobTaskAction>
{
    public void Configure(EntityTypeBuilder<JobTaskAction> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(120);
        builder.Property(t => t.Description).HasMaxLength(500);
        builder.Property(t => t.CompletedById).HasMaxLength(450);
        builder.Property(t => t.CompletedByName).HasMaxLength(120);
        builder.HasOne<TaskAction>().WithMany().HasForeignKey(t => t.TaskActionId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(t => t.IsCompleted);
    }
}

internal sealed class SparePartRequestConfiguration : IEntityTypeConfiguration<SparePartRequest>
{
    public void Configure(EntityTypeBuilder<SparePartRequest> builder)
    {
        builder.Property(r => r.RequestedById).HasMaxLength(450);
        builder.Property(r => r.RequestedByName).HasMaxLength(120);
        builder.Property(r => r.DecidedByName).HasMaxLength(120);
        builder.Property(r => r.IssuedByName).HasMaxLength(120);
        builder.Property(r => r.Note).HasMaxLength(500);
        builder.Property(r => r.DecisionNote).HasMaxLength(500);
        builder.HasOne(r => r.Item).WithMany().HasForeignKey(r => r.WarehouseItemId).OnDelete(DeleteBehavior.Restrict);
        // The queues (pending for the manager, approved for the warehouse) are read oldest first.
        builder.HasIndex(r => new { r.OrganizationId, r.Status, r.CreatedAt });
        // A job's open requests are counted on every jobs list row.
        builder.HasIndex(r => new { r.JobId, r.Status });
    }
}

internal sealed class WarehouseItemConfiguration : IEntityTypeConfiguration<WarehouseItem>
{
    public void Configure(EntityTypeBuilder<WarehouseItem> builder)
    {
        builder.Property(i => i.Sku).HasMaxLength(40);
        builder.HasIndex(i => new { i.OrganizationId, i.Sku }).IsUnique();
        builder.Property(i => i.Name).HasMaxLength(160);
        builder.Property(i => i.Description).HasMaxLength(1000);
        builder.Property(i => i.Unit).HasMaxLength(20);
        builder.Property(i => i.Location).HasMaxLength(60);
        builder.Ignore(i => i.IsLowStock);
        // The last line of defence: the database itself refuses negative stock.
        builder.ToTable(t => t.HasCheckConstraint("CK_WarehouseItems_QuantityOnHand_NotNegative", "\"QuantityOnHand\" >= 0"));
    }
}

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> builder)
    {
        builder.Property(m => m.Reason).HasMaxLength(300);
        builder.Property(m => m.ByName).HasMaxLength(120);
        builder.HasOne<WarehouseItem>().WithMany().HasForeignKey(m => m.WarehouseItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.WarehouseItemId, m.CreatedAt });
    }
}

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.Property(i => i.Number).HasMaxLength(30);
        builder.HasIndex(i => new { i.OrganizationId, i.Number }).IsUnique();
        builder.HasIndex(i => new { i.OrganizationId, i.Status, i.Number });
        builder.Property(i => i.JobNumber).HasMaxLength(20);
        builder.Property(i => i.CustomerName).HasMaxLength(120);
        builder.Property(i => i.CustomerPhone).HasMaxLength(30);
        builder.Property(i => i.CustomerEmail).HasMaxLength(200);
        builder.Property(i => i.VehicleRegistration).HasMaxLength(20);
        builder.Property(i => i.VehicleDescription).HasMaxLength(140);
        builder.Property(i => i.CurrencyCode).HasMaxLength(3);
        builder.Property(i => i.TaxLabel).HasMaxLength(20);
        builder.Property(i => i.TaxRate).HasPrecision(9, 6);
        builder.Property(i => i.Notes).HasMaxLength(2000);
        builder.Property(i => i.PaymentReference).HasMaxLength(100);
        builder.Property(i => i.VoidReason).HasMaxLength(500);
        builder.Ignore(i => i.BalanceDue);
        builder.HasOne<Job>().WithMany().HasForeignKey(i => i.JobId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Lines).WithOne().HasForeignKey(l => l.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(i => i.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(i => i.Currency);
    }
}

internal sealed class InvoicePaymentConfiguration : IEntityTypeConfiguration<InvoicePayment>
{
    public void Configure(EntityTypeBuilder<InvoicePayment> builder)
    {
        builder.HasIndex(p => new { p.InvoiceId, p.RecordedAt });
        builder.Property(p => p.Reference).HasMaxLength(100);
        builder.Property(p => p.RecordedByName).HasMaxLength(120);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(p => p.InvoiceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InvoiceLineConfiguration : IEntityTypeConfiguration<InvoiceLine>
{
    public void Configure(EntityTypeBuilder<InvoiceLine> builder)
    {
        builder.Property(l => l.Description).HasMaxLength(300);
        builder.Property(l => l.Quantity).HasPrecision(18, 3);
        builder.HasIndex(l => new { l.InvoiceId, l.Position }).IsUnique();
    }
}
