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

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notifications.Notification>
{
    public void Configure(EntityTypeBuilder<Notifications.Notification> builder)
    {
        builder.Property(n => n.RecipientUserId).HasMaxLength(450);
        builder.Property(n => n.Title).HasMaxLength(200);
        builder.Property(n => n.Message).HasMaxLength(2000);
        builder.Property(n => n.Link).HasMaxLength(300);
        builder.Property(n => n.RecordType).HasMaxLength(40);
        // The unread count and unread list read (recipient, unread); the inbox reads (recipient, newest first).
        // Every query also says the organization (the query filter), so each index leads with it and covers the counts.
        builder.HasIndex(n => new { n.OrganizationId, n.RecipientUserId, n.ReadAt, n.CreatedAt });
        builder.HasIndex(n => new { n.OrganizationId, n.RecipientUserId, n.CreatedAt, n.Id });
    }
}

internal sealed class NotificationCountConfiguration : IEntityTypeConfiguration<Notifications.NotificationCount>
{
    public void Configure(EntityTypeBuilder<Notifications.NotificationCount> builder)
    {
        builder.HasKey(c => new { c.OrganizationId, c.RecipientUserId });
        builder.Property(c => c.RecipientUserId).HasMaxLength(450);
    }
}

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<Notifications.OutboxMail>
{
    public void Configure(EntityTypeBuilder<Notifications.OutboxMail> builder)
    {
        builder.Property(m => m.ToAddress).HasMaxLength(256);
        builder.Property(m => m.ToName).HasMaxLength(120);
        builder.Property(m => m.Subject).HasMaxLength(200);
        builder.Property(m => m.Body).HasMaxLength(4000);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.Property(m => m.AttachmentFileName).HasMaxLength(120);
        builder.Property(m => m.AttachmentContent).HasMaxLength(Notifications.OutboxMail.MaxAttachmentBytes);
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachments.Attachment>
{
    public void Configure(EntityTypeBuilder<Attachments.Attachment> builder)
    {
        builder.Property(a => a.RecordType).HasMaxLength(40);
        builder.Property(a => a.Label).HasMaxLength(80);
        builder.Property(a => a.FileName).HasMaxLength(160);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.StorageName).HasMaxLength(300);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.UploadedByName).HasMaxLength(120);
        builder.HasIndex(a => new { a.RecordType, a.RecordId });
        builder.Ignore(a => a.IsImage);
    }
}

internal sealed class NumberSequenceConfiguration : IEntityTypeConfiguration<Numbering.NumberSequence>
{
    public void Configure(EntityTypeBuilder<Numbering.NumberSequence> builder)
    {
        builder.Property(s => s.Series).HasMaxLength(40);
        builder.HasIndex(s => new { s.OrganizationId, s.Series }).IsUnique();
    }
}

internal sealed class RefreshTokenUseConfiguration : IEntityTypeConfiguration<Users.RefreshTokenUse>
{
    public void Configure(EntityTypeBuilder<Users.RefreshTokenUse> builder)
    {
        builder.Property(r => r.TokenHash).HasMaxLength(64);
        // One use per token, decided by the database: two refreshes with the same token at once cannot both pass.
        builder.HasIndex(r => r.TokenHash).IsUnique();
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.HasIndex(r => r.ExpiresAt);
    }
}

internal sealed class SearchTermConfiguration : IEntityTypeConfiguration<Search.SearchTerm>
{
    public void Configure(EntityTypeBuilder<Search.SearchTerm> builder)
    {
        builder.Property(t => t.Term).HasMaxLength(Search.SearchTerms.MaxLength);
        // A search reads a range of (organization, term); a broad search probes one record's terms for the range, and
        // replacing a record's terms reads them by record.
        builder.HasIndex(t => new { t.OrganizationId, t.Term, t.RecordId });
        builder.HasIndex(t => new { t.RecordId, t.Term });
    }
}
