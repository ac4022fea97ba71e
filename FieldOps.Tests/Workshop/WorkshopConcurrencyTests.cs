using FieldOps.Data.Platform;
using FieldOps.Data.Workshop;
using FieldOps.Data.Workshop.Services;
using FieldOps.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Tests.Workshop;

/// <summary>Several people acting on the same records at the same moment, on a real SQLite file.</summary>
public sealed class WorkshopConcurrencyTests(ServiceHarness harness) : IClassFixture<ServiceHarness>
{
    private readonly WorkshopScenario _scenario = new(harness);

    [Fact]
    public async Task TwentyParallelIssuesOfTheSameItem_NeverTakeStockBelowZero_AndRecordOneMovementPerSuccess()
    {
        var ct = CancellationToken.None;
        var item = await _scenario.ItemAsync(quantity: 25);
        var jobId = await _scenario.JobAsync(JobStatus.InProgress);
        var requests = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            var request = await _scenario.As<SparePartService, PartRequestView>(WorkshopScenario.Peter,
                s => s.RequestAsync(jobId, new PartRequestInput { WarehouseItemId = item.Id, Quantity = 2 }, ct));
            await _scenario.As<SparePartService, PartRequestView>(WorkshopScenario.Manager, s => s.ApproveAsync(request.Id, null, ct));
            requests.Add(request.Id);
        }

        var outcomes = await Task.WhenAll(requests.Select(id => Task.Run(async () =>
        {
            try
            {
                await _scenario.As<SparePartService, PartRequestView>(WorkshopScenario.Warehouse, s => s.IssueAsync(id, ct));
                return true;
            }
            catch (BusinessRuleException)
            {
                return false;
            }
        })));

        Assert.Equal(12, outcomes.Count(issued => issued)); // 25 in stock, 2 per request
        await using var db = await harness.SystemDbAsync();
        var stock = await db.Set<WarehouseItem>().IgnoreQueryFilters().SingleAsync(i => i.Id == item.Id);
        Assert.Equal(1, stock.QuantityOnHand);
        var movements = await db.Set<StockMovement>().IgnoreQueryFilters().Where(m => m.WarehouseItemId == item.Id).ToListAsync();
        Assert.Equal(12, movements.Count(m => m.Type == StockMovementType.Issue));
        Assert.Equal(25 - 24, movements.Sum(m => m.QuantityChange));
        Assert.All(movements, m => Assert.True(m.QuantityAfter >= 0));
        var issuedRequests = await db.Set<SparePartRequest>().IgnoreQueryFilters().CountAsync(r => requests.Contains(r.Id) && r.Status == SparePartRequestStatus.Issued);
        Assert.Equal(12, issuedRequests);
    }

    [Fact]
    public async Task ParallelAutoInvoices_AreNumberedWithoutGapsOrDuplicates()
    {
        var ct = CancellationToken.None;
        var jobs = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            jobs.Add(await _scenario.JobAsync(JobStatus.Billing));
        }

        var invoices = await Task.WhenAll(jobs.Select(id => Task.Run(() =>
            _scenario.As<BillingService, InvoiceView>(WorkshopScenario.Billing, s => s.AutoInvoiceAsync(id, null, ct)))));

        var numbers = invoices.Select(i => int.Parse(i.Number[^4..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.Equal(Enumerable.Range(numbers[0], numbers.Count), numbers);
        await using var db = await harness.SystemDbAsync();
        var demoGarage = await harness.OrganizationIdAsync(DemoAccounts.DemoGarage);
        var all = await db.Set<Invoice>().IgnoreQueryFilters().Where(i => i.OrganizationId == demoGarage).Select(i => i.Number).ToListAsync();
        var sequence = all.Where(n => n.StartsWith("INV-", StringComparison.Ordinal))
            .Select(n => int.Parse(n[^4..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(1, sequence.Count), sequence);
    }

    [Fact]
    public async Task TwoApprovalsAtOnce_OnlyOneSucceeds()
    {
        var (_, requestId, _) = await _scenario.RequestAsync(SparePartRequestStatus.Pending);

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(async () =>
        {
            try
            {
                var decided = i == 0
                    ? await _scenario.As<SparePartService, PartRequestView>(WorkshopScenario.Manager, s => s.ApproveAsync(requestId, null, CancellationToken.None))
                    : await _scenario.As<SparePartService, PartRequestView>(WorkshopScenario.Admin, s => s.RejectAsync(requestId, "Duplicate", CancellationToken.None));
                return (Exception?)null;
            }
            catch (Exception e)
            {
                return e;
            }
        })));

        Assert.Single(results, r => r is null);
        Assert.Single(results, r => r is InvalidTransitionException);
        await using var db = await harness.SystemDbAsync();
        var history = await db.StatusChanges.IgnoreQueryFilters().Where(h => h.EntityId == requestId).ToListAsync();
        Assert.Equal(2, history.Count); // created, then exactly one decision
    }

    [Fact]
    public async Task PayingTheSameInvoiceTwiceAtOnce_RecordsOnePayment()
    {
        var invoice = await _scenario.InvoiceAsync();
        var attempts = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(async () =>
        {
            try
            {
                await _scenario.As<BillingService, InvoiceView>(WorkshopScenario.Billing, s => s.MarkPaidAsync(invoice.Id, new MarkPaidInput
                {
                    PaidOn = DateOnly.FromDateTime(DateTime.UtcNow), Method = PaymentMethod.Mpesa, Reference = $"REF{i}",
                }, CancellationToken.None));
                return true;
            }
            catch (InvalidTransitionException)
            {
                return false;
            }
        })));

        Assert.Equal(1, attempts.Count(ok => ok));
        await using var db = await harness.SystemDbAsync();
        Assert.Equal(1, await db.StatusChanges.IgnoreQueryFilters().CountAsync(h => h.EntityId == invoice.Id && h.ToStatus == "Paid"));
    }

    [Fact]
    public async Task PartPaymentsAtTheSameMoment_NeverPayMoreThanTheTotal()
    {
        var invoice = await _scenario.InvoiceAsync();
        var share = Math.Round(invoice.Total * 0.4m, 2);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => Task.Run(async () =>
        {
            try
            {
                await _scenario.As<BillingService, InvoiceView>(WorkshopScenario.Billing, s => s.RecordPaymentAsync(invoice.Id, new InvoicePaymentInput
                {
                    Amount = share, PaidOn = DateOnly.FromDateTime(DateTime.UtcNow), Method = PaymentMethod.Cash,
                }, CancellationToken.None));
                return true;
            }
            catch (InputValidationException)
            {
                return false;
            }
        })));

        Assert.Equal(2, outcomes.Count(ok => ok));
        var after = await _scenario.As<BillingService, InvoiceView>(WorkshopScenario.Billing, s => s.GetAsync(invoice.Id, CancellationToken.None));
        Assert.Equal(2 * share, after.AmountPaid);
        Assert.Equal(after.AmountPaid, after.Payments.Sum(p => p.Amount));
        Assert.Equal(InvoiceStatus.Issued, after.Status);
    }
}
