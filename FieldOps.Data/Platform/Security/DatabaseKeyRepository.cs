using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FieldOps.Data.Platform.Security;

/// <summary>A key of the data-protection key ring (what protects sign-in cookies, antiforgery tokens and refresh
/// tokens), as the XML element the key manager writes.</summary>
public sealed class DataProtectionKeyRow
{
    public const int FriendlyNameLength = 100;

    private DataProtectionKeyRow()
    {
    }

    public DataProtectionKeyRow(string friendlyName, string xml)
    {
        FriendlyName = friendlyName.Length > FriendlyNameLength ? friendlyName[..FriendlyNameLength] : friendlyName;
        Xml = xml;
    }

    public int Id { get; private set; }
    public string FriendlyName { get; private set; } = "";
    public string Xml { get; private set; } = "";
}

internal sealed class DataProtectionKeyRowConfiguration : IEntityTypeConfiguration<DataProtectionKeyRow>
{
    public void Configure(EntityTypeBuilder<DataProtectionKeyRow> builder)
    {
        builder.ToTable("DataProtectionKeys");
        builder.Property(k => k.FriendlyName).HasMaxLength(DataProtectionKeyRow.FriendlyNameLength);
        // A key element is a few kilobytes.
        builder.Property(k => k.Xml).HasMaxLength(64 * 1024).HasColumnType("text");
    }
}

/// <summary>
/// Keeps the key ring in the database, so every instance of the app over one database reads the same keys: a cookie or
/// antiforgery token issued by one instance is accepted by any other. Keys an earlier version kept in the data folder
/// are carried over the first time the table is empty, so upgrading signs nobody out.
/// </summary>
public sealed class DatabaseKeyRepository(IServiceScopeFactory scopes, string? formerKeyFolder, ILogger<DatabaseKeyRepository> logger) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<FieldOpsDbContext>>().CreateDbContext();
        var keys = db.Set<DataProtectionKeyRow>().AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList();
        if (keys.Count == 0 && formerKeyFolder is not null && Directory.Exists(formerKeyFolder))
        {
            foreach (var file in Directory.GetFiles(formerKeyFolder, "*.xml").Order(StringComparer.Ordinal))
            {
                var xml = XElement.Load(file).ToString(SaveOptions.DisableFormatting);
                db.Add(new DataProtectionKeyRow(Path.GetFileNameWithoutExtension(file), xml));
                keys.Add(xml);
            }
            if (keys.Count > 0)
            {
                db.SaveChanges();
                logger.LogInformation("Moved {Count} data-protection keys from {Folder} into the database.", keys.Count, formerKeyFolder);
            }
        }
        return keys.Select(k => XElement.Parse(k)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<FieldOpsDbContext>>().CreateDbContext();
        db.Add(new DataProtectionKeyRow(friendlyName, element.ToString(SaveOptions.DisableFormatting)));
        db.SaveChanges();
    }
}
