using FieldOps.Data.Platform;
using FieldOps.Data.Workshop;
using static FieldOps.Tests.Workshop.WorkshopBuilders;

namespace FieldOps.Tests.Workshop;

public sealed class PartsAndInvoiceWorkflowTests
{
    private static readonly HashSet<(SparePartRequestStatus, SparePartRequestStatus)> ExpectedRequestMoves =
    [
        (SparePartRequestStatus.Pending, SparePartRequestStatus.Approved),
        (SparePartRequestStatus.Pending, SparePartRequestStatus.Rejected),
        (SparePartRequestStatus.Approved, SparePartRequestStatus.Issued),
        (SparePartRequestStatus.Issued, SparePartRequestStatus.Completed),
    ];

    public static TheoryData<SparePartRequestStatus, SparePartRequestStatus> RequestPairs()
    {
        var data = new TheoryData<SparePartRequestStatus, SparePartRequestStatus>();
        foreach (var from in Enum.GetValues<SparePartRequestStatus>())
        {
            foreach (var to in Enum.GetValues<SparePartRequestStatus>())
            {
                data.Add(from, to);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RequestPairs))]
    public void ThePartsRequestTable_AllowsExactlyTheSeedsMoves(SparePartRequestStatus from, SparePartRequestStatus to) =>
        Assert.Equal(ExpectedRequestMoves.Contains((from, to)), SparePartRequest.Workflow.CanMove(from, to));

    private static (Job Job, WarehouseItem Item, SparePartRequest Request) RequestIn(SparePartRequestStatus status)
    {
        var job = JobIn(JobStatus.InProgress);
        var item = Item(quantity: 10);
        var request = job.RequestPart(Technician, "Tech One", item, 2, null);
        switch (status)
        {
            case SparePartRequestStatus.Rejected:
                request.Reject("Manager", "Not needed", Now);
                break;
            case SparePartRequestStatus.Approved or SparePartRequestStatus.Issued or SparePartRequestStatus.Completed:
                request.Approve("Manager", null, Now);
                if (status != SparePartRequestStatus.Approved)
                {
                    item.Issue(request, "Warehouse");
                    request.MarkIssued("Warehouse", item.UnitPrice, Now);
                }
                if (status == SparePartRequestStatus.Completed)
                {
                    request.Complete(Technician, Now);
                }
                break;
        }
        return (job, item, request);
    }

    private static readonly (string Name, SparePartRequestStatus Target, Action<WarehouseItem, SparePartRequest> Act)[] RequestActions =
    [
        ("approve", SparePartRequestStatus.Approved, (_, r) => r.Approve("Manager", null, Now)),
        ("reject", SparePartRequestStatus.Rejected, (_, r) => r.Reject("Manager", "No", Now)),
        ("issue", SparePartRequestStatus.Issued, (item, r) =>
        {
            r.MarkIssued("Warehouse", item.UnitPrice, Now);
            item.Issue(r, "Warehouse");
        }),
        ("complete", SparePartRequestStatus.Completed, (_, r) => r.Complete(Technician, Now)),
    ];

    public static TheoryData<SparePartRequestStatus> RequestStatuses() => new(Enum.GetValues<SparePartRequestStatus>());

    [Theory]
    [MemberData(nameof(RequestStatuses))]
    public void EveryRequestAction_SucceedsExactlyWhenTheTableAllowsItsMove(SparePartRequestStatus status)
    {
        foreach (var (name, target, act) in RequestActions)
        {
            var (_, item, request) = RequestIn(status);
            var stockBefore = item.QuantityOnHand;
            if (ExpectedRequestMoves.Contains((status, target)))
            {
                act(item, request);
                Assert.Equal(target, request.Status);
            }
            else
            {
                Assert.Throws<InvalidTransitionException>(() => act(item, request));
                Assert.Equal(status, request.Status);
                Assert.Equal(stockBefore, item.QuantityOnHand);
            }
        }
    }

    [Fact]
    public void Issuing_MoreThanTheStock_IsRefused_AndTakesNothing()
    {
        var job = JobIn(JobStatus.InProgress);
        var item = Item(quantity: 1);
        var request = job.RequestPart(Technician, "Tech One", item, 2, null);
        request.Approve("Manager", null, Now);

        var error = Assert.Throws<BusinessRuleException>(() => item.Issue(request, "Warehouse"));
        Assert.Contains("Only 1 pcs of Oil filter in stock; 2 requested", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, item.QuantityOnHand);
    }

    [Fact]
    public void StockMovements_RecordEveryChange_AndAdjustmentsCannotGoBelowZero()
    {
        var item = Item(quantity: 0);
        var receipt = item.Receive(5, 120m, "Delivery", "Warehouse");
        var adjustment = item.Adjust(-2, "Two damaged in transit", "Warehouse");

        Assert.Equal((StockMovementType.Receipt, 5, 5), (receipt.Type, receipt.QuantityChange, receipt.QuantityAfter));
        Assert.Equal((StockMovementType.Adjustment, -2, 3), (adjustment.Type, adjustment.QuantityChange, adjustment.QuantityAfter));
        Assert.Equal(120m, item.UnitCost);
        Assert.Throws<BusinessRuleException>(() => item.Adjust(-4, "Stock-take", "Warehouse"));
        Assert.Throws<InputValidationException>(() => item.Adjust(-1, " ", "Warehouse"));
        Assert.Equal(3, item.QuantityOnHand);
    }

    [Theory]
    [InlineData(InvoiceStatus.Issued, InvoiceStatus.Paid, true)]
    [InlineData(InvoiceStatus.Issued, InvoiceStatus.Void, true)]
    [InlineData(InvoiceStatus.Paid, InvoiceStatus.Void, false)]
    [InlineData(InvoiceStatus.Paid, InvoiceStatus.Issued, false)]
    [InlineData(InvoiceStatus.Void, InvoiceStatus.Paid, false)]
    [InlineData(InvoiceStatus.Void, InvoiceStatus.Issued, false)]
    [InlineData(InvoiceStatus.Paid, InvoiceStatus.Paid, false)]
    public void TheInvoiceTable(InvoiceStatus from, InvoiceStatus to, bool allowed) => Assert.Equal(allowed, Invoice.Workflow.CanMove(from, to));

    [Fact]
    public void APaidInvoice_CannotBeVoided_NorPaidTwice()
    {
        var job = JobIn(JobStatus.Billing);
        var invoice = IssueInvoice(job);
        invoice.MarkPaid(DateOnly.FromDateTime(Now), PaymentMethod.Cash, null, Now, "Billing");

        Assert.Throws<InvalidTransitionException>(() => invoice.Void(job, "Too late", Now));
        Assert.Throws<InvalidTransitionException>(() => invoice.MarkPaid(DateOnly.FromDateTime(Now), PaymentMethod.Cash, null, Now, "Billing"));
    }

    [Fact]
    public void NonCashPayments_NeedAReference()
    {
        var invoice = IssueInvoice(JobIn(JobStatus.Billing));
        Assert.Throws<InputValidationException>(() => invoice.MarkPaid(DateOnly.FromDateTime(Now), PaymentMethod.Mpesa, " ", Now, "Billing"));
        Assert.Equal(InvoiceStatus.Issued, invoice.Status);
    }

    [Fact]
    public void PartPayments_AddUpToTheTotal_ThenTheInvoiceIsPaid()
    {
        var invoice = IssueInvoice(JobIn(JobStatus.Billing));
        var total = invoice.Total;
        var first = invoice.RecordPayment(total / 3, DateOnly.FromDateTime(Now), PaymentMethod.Cash, null, Now, "Billing");
        Assert.Equal(Math.Round(total / 3, 2, MidpointRounding.AwayFromZero), first.Amount);
        Assert.Equal(InvoiceStatus.Issued, invoice.Status);
        Assert.Equal(total - first.Amount, invoice.BalanceDue);

        var tooMuch = Assert.Throws<InputValidationException>(() =>
            invoice.RecordPayment(invoice.BalanceDue + 0.01m, DateOnly.FromDateTime(Now), PaymentMethod.Cash, null, Now, "Billing"));
        Assert.Contains("amount", tooMuch.Errors.Keys);
        Assert.Throws<BusinessRuleException>(() => invoice.Void(JobIn(JobStatus.Invoiced), "Wrong customer", Now));

        invoice.MarkPaid(DateOnly.FromDateTime(Now), PaymentMethod.Mpesa, "RKT4Q8ZL2M", Now, "Billing");
        Assert.Equal(InvoiceStatus.Paid, invoice.Status);
        Assert.Equal(total, invoice.AmountPaid);
        Assert.Equal(0m, invoice.BalanceDue);
        Assert.Throws<InvalidTransitionException>(() => invoice.RecordPayment(1m, DateOnly.FromDateTime(Now), PaymentMethod.Cash, null, Now, "Billing"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(0.004)]
    public void APaymentOfNothing_IsRefused(double amount)
    {
        var invoice = IssueInvoice(JobIn(JobStatus.Billing));
        Assert.Throws<InputValidationException>(() => invoice.RecordPayment((decimal)amount, DateOnly.FromDateTime(Now), PaymentMethod.Cash, null, Now, "Billing"));
        Assert.Equal(0m, invoice.AmountPaid);
    }
}
