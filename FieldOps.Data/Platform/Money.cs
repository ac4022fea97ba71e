using System.Globalization;

namespace FieldOps.Data.Platform;

/// <summary>A currency and the number of digits of its minor unit. Amounts are <see cref="decimal"/> everywhere and
/// are rounded to the minor unit at defined points: line totals, tax and document totals.</summary>
public readonly record struct Currency(string Code, int MinorUnits)
{
    public static readonly Currency Kes = new("KES", 2);
    public static readonly Currency Kwd = new("KWD", 3);

    /// <summary>Minor units of the currencies whose minor unit is not the usual two digits (ISO 4217).</summary>
    private static readonly Dictionary<string, int> UnusualMinorUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BHD"] = 3, ["IQD"] = 3, ["JOD"] = 3, ["KWD"] = 3, ["LYD"] = 3, ["OMR"] = 3, ["TND"] = 3,
        ["BIF"] = 0, ["CLP"] = 0, ["DJF"] = 0, ["GNF"] = 0, ["ISK"] = 0, ["JPY"] = 0, ["KMF"] = 0, ["KRW"] = 0,
        ["PYG"] = 0, ["RWF"] = 0, ["UGX"] = 0, ["VND"] = 0, ["VUV"] = 0, ["XAF"] = 0, ["XOF"] = 0, ["XPF"] = 0,
    };

    /// <summary>The currency with the ISO 4217 <paramref name="code"/> and its minor unit.</summary>
    public static Currency Of(string code) =>
        new(code.ToUpperInvariant(), UnusualMinorUnits.TryGetValue(code, out var digits) ? digits : 2);

    /// <summary>Rounds half away from zero (commercial rounding), as invoices and receipts expect. The one rounding
    /// rule of the product.</summary>
    public decimal Round(decimal amount) => Math.Round(amount, MinorUnits, MidpointRounding.AwayFromZero);

    /// <summary>"1,250.00" or "12.500": the amount with the currency's own decimals, no code.</summary>
    public string FormatNumber(decimal amount) => amount.ToString("N" + MinorUnits, CultureInfo.InvariantCulture);

    /// <summary>"KES 1,250.00", "KWD 12.500", "−KES 20,000.00" (a true minus sign).</summary>
    public string Format(decimal amount) => $"{(amount < 0 ? "−" : "")}{Code} {FormatNumber(Math.Abs(amount))}";
}

/// <summary>An amount in a currency. Screens, exports, PDFs and messages format it the same way.</summary>
public readonly record struct Money(decimal Amount, Currency Currency)
{
    public static Money Of(decimal amount, string currencyCode) => new(amount, Currency.Of(currencyCode));

    public Money Rounded() => this with { Amount = Currency.Round(Amount) };

    public static Money operator +(Money left, Money right) => new(left.Amount + SameCurrency(left, right).Amount, left.Currency);

    public static Money operator -(Money left, Money right) => new(left.Amount - SameCurrency(left, right).Amount, left.Currency);

    public override string ToString() => Currency.Format(Amount);

    private static Money SameCurrency(Money left, Money right) => left.Currency.Code == right.Currency.Code
        ? right
        : throw new InvalidOperationException($"Cannot add {right.Currency.Code} to {left.Currency.Code}.");
}
