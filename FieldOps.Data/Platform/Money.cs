namespace FieldOps.Data.Platform;

/// <summary>A currency and the number of digits of its minor unit. Amounts are <see cref="decimal"/> everywhere and
/// are rounded to the minor unit at defined points: line totals, tax and document totals.</summary>
public readonly record struct Currency(string Code, int MinorUnits)
{
    public static readonly Currency Kes = new("KES", 2);
    public static readonly Currency Kwd = new("KWD", 3);

    /// <summary>Rounds half away from zero (commercial rounding), as invoices and receipts expect.</summary>
    public decimal Round(decimal amount) => Math.Round(amount, MinorUnits, MidpointRounding.AwayFromZero);

    public string Format(decimal amount) =>
        $"{Code} {amount.ToString("N" + MinorUnits, System.Globalization.CultureInfo.InvariantCulture)}";
}
