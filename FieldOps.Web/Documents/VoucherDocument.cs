using System.Globalization;
using FieldOps.Data.Contracting;
using FieldOps.Data.Platform;

namespace FieldOps.Web.Documents;

/// <summary>The printed payment voucher: who is paid, for which period and work, and its approval and payment.</summary>
public static class VoucherDocument
{
    public static byte[] Render(VoucherView voucher, string organizationName, OrganizationSettings settings)
    {
        var currency = new Currency(voucher.Currency, voucher.CurrencyMinorUnits);
        using var pdf = new PdfComposer("Payment voucher", voucher.Number, Letterheads.For(organizationName, settings));
        pdf.Header(
        [
            ("Period", $"{Day(voucher.PeriodStart)} – {Day(voucher.PeriodEnd)}"),
            ("Status", Words(voucher.Status)),
            ("Project", voucher.ProjectName ?? "All projects"),
        ]);
        pdf.Blocks("Pay to", [voucher.CompanyName, voucher.TradeType],
            "Prepared", [voucher.CreatedAt.ToString("d MMM yyyy", CultureInfo.InvariantCulture), voucher.ApprovedByName is null ? "" : $"Approved by {voucher.ApprovedByName}"]);
        pdf.Table(
        [
            new PdfColumn("Work claimed", 5.9),
            new PdfColumn("Qty", 1.4, ColumnAlign.Right),
            new PdfColumn("Unit", 2.4),
            new PdfColumn($"Rate ({currency.Code})", 2.2, ColumnAlign.Right),
            new PdfColumn($"Amount ({currency.Code})", 2.4, ColumnAlign.Right),
        ], voucher.Lines.Select(line => (IReadOnlyList<string>)
        [
            line.Description,
            line.Quantity.ToString("0.###", CultureInfo.InvariantCulture),
            line.Unit ?? "",
            Number(line.Rate, currency),
            Number(line.Amount, currency),
        ]));
        pdf.Totals([new PdfTotal("Total", currency.Format(voucher.Total), Emphasis: true)]);
        switch (voucher.Status)
        {
            case VoucherStatus.Paid:
                pdf.Stamp($"PAID {Day(voucher.PaidOn!.Value)} · {PaymentWords(voucher.PaymentMethod!.Value)}"
                    + (voucher.PaymentReference is null ? "" : $" {voucher.PaymentReference}"));
                break;
            case VoucherStatus.Rejected:
                pdf.Stamp($"REJECTED — {voucher.RejectionReason}");
                break;
            case VoucherStatus.Draft:
                pdf.Stamp("DRAFT — not yet submitted for approval");
                break;
        }
        if (!string.IsNullOrWhiteSpace(voucher.Notes))
        {
            pdf.Paragraph("Notes", voucher.Notes);
        }
        return pdf.Finish();
    }

    public static string Words(VoucherStatus status) => status switch
    {
        VoucherStatus.Draft => "Draft",
        VoucherStatus.Submitted => "Submitted for approval",
        VoucherStatus.Approved => "Approved, payment being processed",
        VoucherStatus.Paid => "Paid",
        VoucherStatus.Rejected => "Rejected",
        _ => status.ToString(),
    };

    public static string PaymentWords(PaymentMethod method)
    {
        var words = Payment.Words(method);
        return words == "M-PESA" ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static string Day(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Number(decimal amount, Currency currency) => currency.FormatNumber(amount);
}
