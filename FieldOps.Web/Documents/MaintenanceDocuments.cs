using System.Globalization;
using FieldOps.Data.Maintenance;
using FieldOps.Data.Platform;

namespace FieldOps.Web.Documents;

/// <summary>The property-maintenance documents: a quote, the side-by-side quote comparison, the vendor's work order
/// and the payment receipt. All text is real text, so the PDFs can be searched and read back.</summary>
public static class MaintenanceDocuments
{
    public static byte[] Quote(RequestView request, QuoteView quote, string organizationName, OrganizationSettings settings)
    {
        var currency = new Currency(quote.Currency, quote.CurrencyMinorUnits);
        using var pdf = new PdfComposer("Quote", quote.Number, Letterheads.For(organizationName, settings));
        pdf.Header(
        [
            ("Request", $"{request.Number} · {request.Title}"),
            ("Valid until", Day(quote.ValidUntil)),
            ("Status", Words(quote.Status)),
        ]);
        pdf.Blocks("Vendor", Lines(quote.VendorName, quote.VendorContact, quote.VendorEmail, quote.VendorRating is { } r ? $"Rating {r:0.0} / 5 over {quote.VendorJobsCompleted} jobs" : null),
            "Property", Lines(request.PropertyName, request.UnitNumber is null ? "Whole property" : $"Unit {request.UnitNumber}", request.PropertyAddress));
        pdf.Paragraph("Scope", quote.Description);
        pdf.Table([new PdfColumn("Item", 10.3), new PdfColumn($"Cost ({currency.Code})", 4.0, ColumnAlign.Right)],
            quote.Items.Select(i => (IReadOnlyList<string>)[i.Item, currency.FormatNumber(i.Cost)]));
        pdf.Totals([new PdfTotal("Quoted amount", currency.Format(quote.Amount), Emphasis: true)]);
        pdf.Paragraph("Submitted", $"By {quote.SubmittedByName} on {quote.SubmittedAt.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}."
            + (quote.DecidedByName is null ? "" : $" {Words(quote.Status)} by {quote.DecidedByName}{(quote.DecisionNote is null ? "" : $": {quote.DecisionNote}")}."));
        if (quote.Status == QuoteStatus.Approved)
        {
            pdf.Stamp($"APPROVED — budget {currency.Format(quote.Amount)}");
        }
        return pdf.Finish();
    }

    /// <summary>The request's quotes side by side: amount, vendor rating and jobs, validity and items, four to a table.</summary>
    public static byte[] Comparison(RequestView request, string organizationName, OrganizationSettings settings, DateOnly today)
    {
        var currency = new Currency(request.Currency, request.CurrencyMinorUnits);
        using var pdf = new PdfComposer("Quote comparison", request.Number, Letterheads.For(organizationName, settings));
        pdf.Header(
        [
            ("Request", request.Title),
            ("Property", request.UnitNumber is null ? request.PropertyName : $"{request.PropertyName}, unit {request.UnitNumber}"),
            ("Estimate", request.EstimatedCost is { } estimate ? currency.Format(estimate) : "—"),
        ]);
        if (request.Quotes.Count == 0)
        {
            pdf.Paragraph("Quotes", "No quote has been submitted yet.");
            return pdf.Finish();
        }
        var cheapest = request.Quotes.Where(q => q.Status != QuoteStatus.Rejected && q.Status != QuoteStatus.Expired).Select(q => q.Amount).DefaultIfEmpty().Min();
        foreach (var group in request.Quotes.Chunk(4))
        {
            var width = 10.3 / group.Length;
            var columns = new List<PdfColumn> { new("", 4.0) };
            columns.AddRange(group.Select(q => new PdfColumn(q.Number, width, ColumnAlign.Right)));
            IReadOnlyList<string> Row(string label, Func<QuoteView, string> value) => [label, .. group.Select(value)];
            var rows = new List<IReadOnlyList<string>>
            {
                Row("Vendor", q => q.VendorName),
                Row($"Amount ({currency.Code})", q => currency.FormatNumber(q.Amount) + (q.Amount == cheapest ? " (lowest)" : "")),
                Row("Vendor rating", q => q.VendorRating is { } r ? $"{r:0.0} / 5" : "Not on file"),
                Row("Jobs completed", q => q.VendorJobsCompleted?.ToString(CultureInfo.InvariantCulture) ?? "—"),
                Row("Would recommend", q => q.VendorRecord?.WouldRecommendPercent is { } p ? $"{p:0}%" : "—"),
                Row("Started on time", q => q.VendorRecord?.OnTimePercent is { } p ? $"{p:0}%" : "—"),
                Row("Cost against budget", q => q.VendorRecord?.CostVersusBudgetPercent is { } p ? $"{p:+0.#;−0.#;0}%" : "—"),
                Row("Valid until", q => Day(q.ValidUntil) + (q.ValidUntil < today ? " (expired)" : "")),
                Row("Status", q => Words(q.Status)),
            };
            foreach (var item in group.SelectMany(q => q.Items.Select(i => i.Item)).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                rows.Add(Row(item, q => q.Items.FirstOrDefault(i => string.Equals(i.Item, item, StringComparison.OrdinalIgnoreCase)) is { } line
                    ? currency.FormatNumber(line.Cost) : "—"));
            }
            pdf.Table(columns, rows);
        }
        if (request.Quotes.FirstOrDefault(q => q.Status == QuoteStatus.Approved) is { } chosen)
        {
            pdf.Stamp($"SELECTED: {chosen.Number} from {chosen.VendorName}, {currency.Format(chosen.Amount)}");
        }
        return pdf.Finish();
    }

    /// <summary>What the vendor or staff member takes to the site: where, how to get in, when the tenant is in, what to do, the budget.</summary>
    public static byte[] WorkOrder(RequestView request, string organizationName, OrganizationSettings settings)
    {
        var currency = new Currency(request.Currency, request.CurrencyMinorUnits);
        using var pdf = new PdfComposer("Work order", request.Number, Letterheads.For(organizationName, settings));
        pdf.Header(
        [
            ("Priority", Words(request.Priority)),
            ("Status", request.StatusLabel),
            ("Approved budget", request.ApprovedBudget is { } budget ? currency.Format(budget) : "Not yet approved"),
        ]);
        pdf.Blocks("Site", Lines(request.PropertyName, request.UnitNumber is null ? "Whole property" : $"Unit {request.UnitNumber}{(request.UnitFloor is { } f ? $", floor {f}" : "")}",
                request.PropertyAddress, request.PropertyArea),
            "Assigned to", Lines(request.AssigneeName, request.VendorName, request.ScheduledFor is { } at ? $"Visit: {at.ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture)} UTC" : null));
        pdf.Paragraph("Work", $"{request.Title}. {request.Description}");
        pdf.Paragraph("Access", $"{(request.PermissionToEnter ? "The tenant allows entry when they are out." : "Do not enter without the tenant.")}"
            + $" Tenant: {request.TenantName ?? "none (vacant or common area)"}."
            + (request.Availability is null ? "" : $" Available: {request.Availability}.")
            + (request.AccessNotes is null ? "" : $" Notes: {request.AccessNotes}"));
        if (request.EstimateLines.Count > 0)
        {
            pdf.Table(
            [
                new PdfColumn("Estimated item", 7.3),
                new PdfColumn("Qty", 1.6, ColumnAlign.Right),
                new PdfColumn($"Unit cost ({currency.Code})", 2.7, ColumnAlign.Right),
                new PdfColumn($"Total ({currency.Code})", 2.7, ColumnAlign.Right),
            ], request.EstimateLines.Select(l => (IReadOnlyList<string>)
                [l.Item, l.Quantity.ToString("0.###", CultureInfo.InvariantCulture), currency.FormatNumber(l.UnitCost), currency.FormatNumber(l.Total)]));
        }
        pdf.Totals([new PdfTotal("Approved budget", request.ApprovedBudget is { } approved ? currency.Format(approved) : "—", Emphasis: true)]);
        return pdf.Finish();
    }

    /// <summary>The receipt for the payment that closed the request.</summary>
    public static byte[] Receipt(RequestView request, PaymentView payment, string organizationName, OrganizationSettings settings)
    {
        var currency = new Currency(request.Currency, request.CurrencyMinorUnits);
        using var pdf = new PdfComposer("Payment receipt", request.Number, Letterheads.For(organizationName, settings));
        pdf.Header(
        [
            ("Paid on", Day(payment.PaidOn)),
            ("Method", VoucherDocument.PaymentWords(payment.Method)),
            ("Reference", payment.Reference ?? "—"),
        ]);
        pdf.Blocks("Paid to", Lines(payment.PaidTo, request.ReceiptNumber is null ? null : $"Their receipt {request.ReceiptNumber}"),
            "For", Lines(payment.PropertyName, payment.UnitNumber is null ? null : $"Unit {payment.UnitNumber}", payment.CategoryName));
        pdf.Table([new PdfColumn("Work", 10.3), new PdfColumn($"Amount ({currency.Code})", 4.0, ColumnAlign.Right)],
            [[$"{request.Title} ({request.Number})", currency.FormatNumber(payment.Amount)]]);
        pdf.Totals(
        [
            new PdfTotal("Approved budget", request.ApprovedBudget is { } budget ? currency.Format(budget) : "—"),
            new PdfTotal("Paid", currency.Format(payment.Amount), Emphasis: true),
        ]);
        pdf.Stamp($"PAID {Day(payment.PaidOn)} · recorded by {payment.RecordedByName}");
        return pdf.Finish();
    }

    public static string Words(QuoteStatus status) => status switch
    {
        QuoteStatus.Pending => "Awaiting decision",
        QuoteStatus.Approved => "Approved",
        QuoteStatus.Rejected => "Rejected",
        _ => "Expired",
    };

    public static string Words(MaintenancePriority priority) => priority.ToString();

    private static IReadOnlyList<string> Lines(params string?[] lines) => lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!).ToList();

    private static string Day(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
