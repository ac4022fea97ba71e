using System.Globalization;
using FieldOps.Data.Platform;
using FieldOps.Data.Workshop;

namespace FieldOps.Web.Documents;

/// <summary>The printed garage invoice.</summary>
public static class InvoiceDocument
{
    public static byte[] Render(InvoiceView invoice, string organizationName, OrganizationSettings settings)
    {
        var currency = new Currency(invoice.Currency, invoice.CurrencyMinorUnits);
        using var pdf = new PdfComposer("Invoice", invoice.Number, Letterheads.For(organizationName, settings));
        pdf.Header(
        [
            ("Issued", invoice.IssuedAt.ToString("d MMM yyyy", CultureInfo.InvariantCulture)),
            ("Due", invoice.DueDate.ToString("d MMM yyyy", CultureInfo.InvariantCulture)),
            ("Job", invoice.JobNumber),
        ]);
        pdf.Blocks("Bill to", [invoice.CustomerName, invoice.CustomerPhone ?? "", invoice.CustomerEmail ?? ""],
            "Vehicle", [invoice.VehicleRegistration, invoice.VehicleDescription]);
        pdf.Table(
        [
            new PdfColumn("Description", 6),
            new PdfColumn("Type", 1.6),
            new PdfColumn("Qty", 1.2, ColumnAlign.Right),
            new PdfColumn($"Unit price ({currency.Code})", 2.4, ColumnAlign.Right),
            new PdfColumn($"Amount ({currency.Code})", 2.4, ColumnAlign.Right),
        ], invoice.Lines.Select(line => (IReadOnlyList<string>)
        [
            line.Description,
            line.Kind.ToString(),
            line.Quantity.ToString("0.###", CultureInfo.InvariantCulture),
            Number(line.UnitPrice, currency),
            Number(line.LineTotal, currency),
        ]));
        List<PdfTotal> totals =
        [
            new PdfTotal("Subtotal", currency.Format(invoice.Subtotal)),
            new PdfTotal($"{invoice.TaxLabel} {(invoice.TaxRate * 100).ToString("0.##", CultureInfo.InvariantCulture)}%", currency.Format(invoice.TaxAmount)),
            new PdfTotal("Total", currency.Format(invoice.Total), Emphasis: true),
        ];
        if (invoice.Status == InvoiceStatus.Issued && invoice.AmountPaid > 0)
        {
            // Part paid: the customer sees what was received and what is still due.
            totals.Add(new PdfTotal("Paid so far", currency.Format(invoice.AmountPaid)));
            totals.Add(new PdfTotal("Balance due", currency.Format(invoice.BalanceDue), Emphasis: true));
        }
        pdf.Totals(totals);
        if (invoice.Status == InvoiceStatus.Paid)
        {
            pdf.Stamp($"PAID {invoice.PaidOn?.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} · {Invoice.Words(invoice.PaymentMethod!.Value)}"
                + (invoice.PaymentReference is null ? "" : $" {invoice.PaymentReference}"));
        }
        if (invoice.Status == InvoiceStatus.Void)
        {
            pdf.Stamp($"VOID — {invoice.VoidReason}");
        }
        if (!string.IsNullOrWhiteSpace(invoice.Notes))
        {
            pdf.Paragraph("Notes", invoice.Notes);
        }
        if (invoice.Status == InvoiceStatus.Issued)
        {
            pdf.Paragraph("Payment", $"Please pay {currency.Format(invoice.Total)} by {invoice.DueDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, "
                + $"quoting {invoice.Number}. Thank you for your business.");
        }
        return pdf.Finish();
    }

    private static string Number(decimal amount, Currency currency) =>
        currency.FormatNumber(amount);
}

public static class Letterheads
{
    public static Letterhead For(string organizationName, OrganizationSettings settings) => new(organizationName,
    [
        settings.AddressLine1 ?? "",
        settings.AddressLine2 ?? "",
        string.Join(", ", new[] { settings.City, settings.Country }.Where(p => !string.IsNullOrWhiteSpace(p))),
        string.Join(" · ", new[] { settings.Phone, settings.Email }.Where(p => !string.IsNullOrWhiteSpace(p))),
        settings.TaxNumber is null ? "" : $"{settings.TaxLabel} no. {settings.TaxNumber}",
    ]);
}
