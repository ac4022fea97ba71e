using FieldOps.Data.Platform;
using FieldOps.Data.Workshop;
using static FieldOps.Tests.Workshop.WorkshopBuilders;

namespace FieldOps.Tests.Workshop;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(2.345, 2, 2.35)]
    [InlineData(2.344, 2, 2.34)]
    [InlineData(-2.345, 2, -2.35)]
    [InlineData(1.2345, 3, 1.235)]
    [InlineData(0.0005, 3, 0.001)]
    [InlineData(10, 0, 10)]
    public void Rounding_IsHalfAwayFromZero_ToTheMinorUnit(double amount, int minorUnits, double expected) =>
        Assert.Equal((decimal)expected, new Currency("XXX", minorUnits).Round((decimal)amount));

    [Fact]
    public void EachLine_IsRounded_TaxIsOnTheRoundedSubtotal_AndTheTotalAddsUp()
    {
        var job = JobIn(JobStatus.Billing);
        var invoice = IssueInvoice(job, Currency.Kes, 0.16m,
            new InvoiceLineDraft(InvoiceLineKind.Part, "Washer", 3, 333.335m),   // 1,000.005 → 1,000.01
            new InvoiceLineDraft(InvoiceLineKind.Part, "Clip", 1, 0.335m),       // 0.335 → 0.34
            new InvoiceLineDraft(InvoiceLineKind.Labour, "Labour", 1.5m, 1_200m)); // 1,800.00

        Assert.Equal([1_000.01m, 0.34m, 1_800.00m], invoice.Lines.Select(l => l.LineTotal));
        Assert.Equal(2_800.35m, invoice.Subtotal);
        Assert.Equal(448.06m, invoice.TaxAmount); // 2,800.35 × 0.16 = 448.056
        Assert.Equal(3_248.41m, invoice.Total);
        Assert.Equal(invoice.Subtotal + invoice.TaxAmount, invoice.Total);
    }

    [Fact]
    public void ThreeDecimalCurrencies_KeepThreeDecimals()
    {
        var invoice = IssueInvoice(JobIn(JobStatus.Billing), Currency.Kwd, 0m,
            new InvoiceLineDraft(InvoiceLineKind.Part, "Filter", 3, 1.2345m));

        Assert.Equal(3.704m, invoice.Lines[0].LineTotal); // 3.7035 → 3.704
        Assert.Equal(0m, invoice.TaxAmount);
        Assert.Equal(3.704m, invoice.Total);
        Assert.Equal("KWD 3.704", invoice.Currency.Format(invoice.Total));
    }

    [Fact]
    public void BadLines_AreRefused()
    {
        Assert.Throws<InputValidationException>(() => IssueInvoice(JobIn(JobStatus.Billing), Currency.Kes, 0.16m,
            new InvoiceLineDraft(InvoiceLineKind.Manual, "Discount as a negative price", 1, -100m)));
        Assert.Throws<InputValidationException>(() => IssueInvoice(JobIn(JobStatus.Billing), Currency.Kes, 0.16m,
            new InvoiceLineDraft(InvoiceLineKind.Manual, "Nothing", 0, 100m)));
    }

    [Fact]
    public void OnlyJobsInBilling_CanBeInvoiced()
    {
        var job = JobIn(JobStatus.ManagerReview);
        var error = Assert.Throws<BusinessRuleException>(() => IssueInvoice(job));
        Assert.Contains("only jobs in billing can be invoiced", error.Message, StringComparison.Ordinal);
    }
}
