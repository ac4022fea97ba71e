namespace FieldOps.Data.Platform;

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
