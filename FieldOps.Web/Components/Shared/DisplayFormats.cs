using System.Globalization;

namespace FieldOps.Web.Components.Shared;

/// <summary>How amounts and moments read on every screen, whatever the module.</summary>
public static class DisplayFormats
{
    /// <summary>"KES 1,250.00", "KWD 12.500", "−KES 20,000.00": the currency's own decimals, a true minus sign.</summary>
    public static string Money(decimal amount, string currency) =>
        $"{(amount < 0 ? "−" : "")}{currency} {Math.Abs(amount).ToString(currency == "KWD" ? "N3" : "N2", CultureInfo.InvariantCulture)}";

    /// <summary>A moment in the viewer's time: "21 Nov, 15:12".</summary>
    public static string When(DateTime at) => at.ToLocalTime().ToString("d MMM, HH:mm", CultureInfo.InvariantCulture);
}
