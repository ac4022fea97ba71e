using FieldOps.Data.Platform;
using FieldOps.Data.Workshop;
using FieldOps.Data.Workshop.Services;
using FieldOps.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Tests.Workshop;

public sealed class InvoiceRulesTests(ServiceHarness harness) : IClassFixture<ServiceHarness>
{
    private readonly WorkshopScenario _scenario = new(harness);

    [Fact]
    public async Task AnIssuedInvoice_CannotBeEdited_NorDeleted_NorItsLinesChanged()
    {
        var invoice = await _scenario.InvoiceAsync();

        await using (var db = await harness.SystemDbAsync())
        {
            var stored = await db.Set<Invoice>().IgnoreQueryFilters().SingleAsync(i => i.Id == invoice.Id);
            db.Entry(stored).Property(i => i.Total).CurrentValue = 1m;
            var error = await Assert.ThrowsAsync<BusinessRuleException>(() => db.SaveChangesAsync());
            Assert.Contains("cannot be edited (Total)", error.Message, StringComparison.Ordinal);
        }
        await using (var db = await harness.SystemDbAsync())
        {
            var line = await db.Set<InvoiceLine>().IgnoreQueryFilters().FirstAsync(l => l.InvoiceId == invoice.Id);
            db.Entry(line).Property(l => l.UnitPrice).CurrentValue = 0m;
            await Assert.ThrowsAsync<BusinessRuleException>(() => db.SaveChangesAsync());
        }
        await using (var db = await harness.SystemDbAsync())
        {
            db.Remove(await db.Set<Invoice>().IgnoreQueryFilters().SingleAsync(i => i.Id == invoice.Id));
            await Assert.ThrowsAsync<BusinessRuleException>(() => db.SaveChangesAsync());
        }
        await using (var db = await harness.SystemDbAsync())
        {
            Assert.Equal(invoice.Total, (await db.Set<Invoice>().IgnoreQueryFilters().SingleAsync(i => i.Id == invoice.Id)).Total);
        }
    }

    [Fact]
    public async Task VoidAndReissue_KeepsTheVoidedNumber_AndIssuesTheNextOne()
    {
        var first = await _scenario.InvoiceAsync();
        var voided = await _scenario.As<BillingService, InvoiceView>(WorkshopScenario.Billing,
            s => s.VoidAsync(first.Id, new ReasonInput { Reason = "Customer name misspelt" }, default));
        Assert.Equal(InvoiceStatus.Void, voided.Status);
        var job = await _scenario.As<JobService, JobDetails>(WorkshopScenario.Billing, s => s.GetAsync(first.JobId, default));
        Assert.Equal(JobStatus.Billing, job.Status);

        var second = await _scenario.As<BillingService, InvoiceView>(WorkshopScenario.Billing, s => s.AutoInvoiceAsync(first.JobId, null, default));

        Assert.NotEqual(first.Number, second.Number);
        Assert.Equal(int.Parse(first.Number[^4..], System.Globalization.CultureInfo.InvariantCulture) + 1,
            int.Parse(second.Number[^4..], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(first.Total, second.Total);
        var timeline = await _scenario.As<FieldOps.Data.Platform.History.TimelineService, IReadOnlyList<FieldOps.Data.Platform.History.TimelineEntry>>(
            WorkshopScenario.Billing, s => s.GetAsync("Invoice", first.Id, default));
        Assert.Contains(timeline, e => e.ToStatus == "Void" && e.Note == "Customer name misspelt");
    }

    [Fact]
    public async Task APaidInvoice_CannotBeVoided()
    {
        var paid = await _scenario.InvoiceAsync(paid: true);
        await Assert.ThrowsAsync<InvalidTransitionException>(() => _scenario.As<BillingService, InvoiceView>(WorkshopScenario.Billing,
            s => s.VoidAsync(paid.Id, new ReasonInput { Reason = "Too late" }, default)));
    }
}
