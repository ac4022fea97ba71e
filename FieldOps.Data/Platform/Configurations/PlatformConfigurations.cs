using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FieldOps.Data.Platform.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(160);
        builder.HasIndex(o => o.Name).IsUnique();
        builder.Property(o => o.Modules).HasConversion<int>();
        builder.OwnsOne(o => o.Settings, settings =>
        {
            settings.Property(s => s.CurrencyCode).HasMaxLength(3);
            settings.Property(s => s.TaxLabel).HasMaxLength(20);
            settings.Property(s => s.InvoicePrefix).HasMaxLength(10);
            settings.Property(s => s.TimeZoneId).HasMaxLength(64);
            settings.Property(s => s.TaxRate).HasPrecision(9, 6);
            settings.Property(s => s.BudgetAlertShare).HasPrecision(9, 6);
        });
        builder.Navigation(o => o.Settings).IsRequired();
        builder.Ignore(o => o.Currency);
    }
}

internal sealed class StatusChangeConfiguration : IEntityTypeConfiguration<StatusChange>
{
    public void Configure(EntityTypeBuilder<StatusChange> builder)
    {
        builder.Property(s => s.EntityType).HasMaxLength(60);
        builder.Property(s => s.FromStatus).HasMaxLength(40);
        builder.Property(s => s.ToStatus).HasMaxLength(40);
        builder.Property(s => s.Note).HasMaxLength(2000);
        builder.Property(s => s.ChangedByUserId).HasMaxLength(450);
        builder.Property(s => s.ChangedByName).HasMaxLength(120);
        builder.HasIndex(s => new { s.EntityType, s.EntityId, s.ChangedAt });
    }
}
