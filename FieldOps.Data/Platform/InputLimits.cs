namespace FieldOps.Data.Platform;

/// <summary>
/// The plausible range of every kind of number and date FieldOps accepts, declared once and used by the validators,
/// the domain and the forms. Anything outside is refused with a field error (422) before any arithmetic is done, so
/// no input can overflow a calculation or a column.
/// </summary>
public static class InputLimits
{
    /// <summary>The largest single money amount: a price, a rate, a payment, a claim (in the currency's units).</summary>
    public const decimal MaxAmount = 100_000_000m;

    /// <summary>The largest total of one document (a voucher, an invoice).</summary>
    public const decimal MaxDocumentTotal = 1_000_000_000m;

    /// <summary>The largest quantity on one line of a voucher or an invoice.</summary>
    public const decimal MaxLineQuantity = 100_000m;

    /// <summary>The most units of one item the warehouse can hold, and the most one stock change can move.</summary>
    public const int MaxStockQuantity = 10_000_000;

    /// <summary>The most lines one voucher can carry.</summary>
    public const int MaxDocumentLines = 200;

    /// <summary>How far back a date of something that happened may lie (a log, an expense, a payment).</summary>
    public const int YearsBack = 10;

    /// <summary>The longest period one voucher may cover.</summary>
    public const int MaxVoucherPeriodDays = 92;

    /// <summary>A reason or a note given with a decision (approve, reject, return, reverse).</summary>
    public const int MaxReasonLength = 500;

    /// <summary>A payment reference (transfer, M-PESA or cheque number).</summary>
    public const int MaxReferenceLength = 100;

    /// <summary>Refuses a reason or note longer than <see cref="MaxReasonLength"/> with a field error, before anything
    /// is stored.</summary>
    public static void CheckReason(string? text, string field = "reason")
    {
        if (text?.Length > MaxReasonLength)
        {
            throw new InputValidationException(field, $"Keep it under {MaxReasonLength} characters; this is {text.Length:N0}.");
        }
    }

    /// <summary>The earliest date accepted for something that happened, given the organization's today.</summary>
    public static DateOnly EarliestPastDate(DateOnly today) => today.AddYears(-YearsBack);

    /// <summary>Null when <paramref name="date"/> is a plausible date of something that already happened, else what
    /// is wrong with it, as a sentence.</summary>
    public static string? WhyNotAPastDate(DateOnly date, DateOnly today, string what) =>
        date > today ? $"The {what} cannot be in the future."
        : date < EarliestPastDate(today) ? $"The {what} cannot be more than {YearsBack} years ago."
        : null;
}
