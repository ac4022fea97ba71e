namespace FieldOps.Data.Platform;

/// <summary>The modules an organization uses. One organization may use several.</summary>
[Flags]
public enum OrganizationModules
{
    None = 0,
    Workshop = 1,
    Maintenance = 2,
    Contracting = 4,
}

/// <summary>A business using FieldOps (a garage, a property-management firm, a contracting business): the tenant
/// every business record belongs to.</summary>
public sealed class Organization : Entity
{
    private Organization()
    {
    }

    public Organization(string name, OrganizationModules modules, OrganizationSettings settings)
    {
        Rename(name);
        Modules = modules;
        Settings = settings;
    }

    public string Name { get; private set; } = "";
    public OrganizationModules Modules { get; private set; }
    public OrganizationSettings Settings { get; private set; } = new();
    public DateTime CreatedAt { get; private set; }

    public bool Uses(OrganizationModules module) => (Modules & module) == module;

    public Currency Currency => new(Settings.CurrencyCode, Settings.CurrencyMinorUnits);

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InputValidationException(nameof(Name), "An organization needs a name.");
        }
        Name = name.Trim();
    }

    public void EnableModules(OrganizationModules modules) => Modules |= modules;

    internal void StampCreated(DateTime at) => CreatedAt = at;
}

/// <summary>An organization's settings: money, tax, numbering, approval thresholds and its letterhead.</summary>
public sealed class OrganizationSettings
{
    public string CurrencyCode { get; set; } = "KES";

    /// <summary>Digits after the decimal point of the currency's minor unit (KES 2, KWD 3).</summary>
    public int CurrencyMinorUnits { get; set; } = 2;

    /// <summary>Sales tax as a fraction (0.16 = 16%).</summary>
    public decimal TaxRate { get; set; } = 0.16m;

    public string TaxLabel { get; set; } = "VAT";

    public string InvoicePrefix { get; set; } = "INV";

    /// <summary>Days between an invoice's issue and its due date.</summary>
    public int PaymentTermsDays { get; set; } = 14;

    public string TimeZoneId { get; set; } = "Africa/Nairobi";

    /// <summary>The four-eyes rule for payment vouchers: whoever drafted a voucher cannot approve it, and whoever
    /// drafted or approved it cannot pay it.</summary>
    public bool VoucherFourEyes { get; set; }

    /// <summary>The calendar date in the organization's time zone at <paramref name="utcNow"/>: what "today" means
    /// for its invoices and daily logs while the server runs on UTC.</summary>
    public DateOnly LocalDate(DateTime utcNow) => LocalDate(TimeZoneId, utcNow);

    /// <summary>The calendar date in <paramref name="timeZoneId"/> at <paramref name="utcNow"/>; the UTC date when the
    /// zone is unknown to this machine.</summary>
    public static DateOnly LocalDate(string timeZoneId, DateTime utcNow) => DateOnly.FromDateTime(OrganizationTime.ToLocal(utcNow, timeZoneId));

    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? TaxNumber { get; set; }
}
