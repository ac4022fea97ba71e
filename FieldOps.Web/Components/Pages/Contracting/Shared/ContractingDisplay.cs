using FieldOps.Data.Platform;
using System.Globalization;
using FieldOps.Data.Contracting;
using FieldOps.Web.Components.Shared;
using FieldOps.Web.Documents;

namespace FieldOps.Web.Components.Pages.Contracting.Shared;

/// <summary>How contracting statuses, kinds and amounts read on screen.</summary>
public static class ContractingDisplay
{
    public static string Label(DailyLogStatus status) => DailyLogWorkflow.Definition.LabelOf(status);

    public static string Tone(DailyLogStatus status) => status switch
    {
        DailyLogStatus.Submitted => "warning",
        DailyLogStatus.Approved => "success",
        _ => "danger",
    };

    public static string Label(ExpenseStatus status) => ExpenseWorkflow.Definition.LabelOf(status);

    public static string Tone(ExpenseStatus status) => status switch
    {
        ExpenseStatus.Pending => "warning",
        ExpenseStatus.Approved => "success",
        _ => "danger",
    };

    public static string Label(VoucherStatus status) => VoucherWorkflow.Definition.LabelOf(status);

    public static string Tone(VoucherStatus status) => status switch
    {
        VoucherStatus.Draft => "neutral",
        VoucherStatus.Submitted => "warning",
        VoucherStatus.Approved => "progress",
        VoucherStatus.Paid => "success",
        _ => "danger",
    };

    public static string Label(ExpenseCategory category) => category.ToString();

    public static string Label(LedgerEntryType type) => type switch
    {
        LedgerEntryType.Expense => "Expense claim",
        _ => type.ToString(),
    };

    public static string Label(PaymentMethod method) => VoucherDocument.PaymentWords(method);


    public static string Date(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public static string ShortDate(DateOnly date) => date.ToString("d MMM", CultureInfo.InvariantCulture);

    public static string Period(DateOnly start, DateOnly end) =>
        start.Year == end.Year
            ? $"{start.ToString("d MMM", CultureInfo.InvariantCulture)} – {end.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}"
            : $"{start.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} – {end.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}";


    /// <summary>A ledger amount as it affects the balance: payments add, deductions and advances take away, claims
    /// are shown without a sign because they are not part of the balance.</summary>
    public static string SignedAmount(LedgerEntryType type, decimal amount, string currency)
    {
        decimal? effect = type switch
        {
            LedgerEntryType.Payment => amount,
            LedgerEntryType.Deduction or LedgerEntryType.Advance => -amount,
            _ => null,
        };
        return effect is null ? DisplayFormats.Money(amount, currency) : (effect < 0 ? "−" : "+") + DisplayFormats.Money(Math.Abs(effect.Value), currency);
    }
}
