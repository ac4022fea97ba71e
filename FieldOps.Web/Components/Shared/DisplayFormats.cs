using System.Globalization;
using FieldOps.Data.Platform;

namespace FieldOps.Web.Components.Shared;

/// <summary>How amounts and moments read on every screen, whatever the module.</summary>
public static class DisplayFormats
{
    /// <summary>"1,250", or "2,000+" when a list's count stopped at its limit.</summary>
    public static string Count(int count, bool atLeast = false) =>
        count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + (atLeast ? "+" : "");

    /// <summary>"KES 1,250.00", "KWD 12.500", "−KES 20,000.00": the currency's own decimals, a true minus sign.</summary>
    public static string Money(decimal amount, string currency) => Currency.Of(currency).Format(amount);

    /// <summary>A stored UTC moment in the organization's time: "21 Nov, 15:12".</summary>
    public static string When(DateTime at, string timeZoneId) =>
        OrganizationTime.ToLocal(at, timeZoneId).ToString("d MMM, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The organization's calendar date of a stored UTC moment: "21 Nov 2026".</summary>
    public static string Day(DateTime at, string timeZoneId) =>
        OrganizationTime.ToLocal(at, timeZoneId).ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"21 Nov 2026, 15:12" in the organization's time.</summary>
    public static string Moment(DateTime at, string timeZoneId) =>
        OrganizationTime.ToLocal(at, timeZoneId).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);
}
