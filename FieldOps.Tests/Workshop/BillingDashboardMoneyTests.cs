using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Workshop;
using FieldOps.Data.Workshop.Services;
using FieldOps.Tests.Support;
using static FieldOps.Tests.Workshop.WorkshopScenario;

namespace FieldOps.Tests.Workshop;

/// <summary>The billing desk's figures are added up by the database and exact to the cent: what is still to come in
/// counts only the unpaid part of part-paid invoices; paid this month counts invoices paid in full.</summary>
public sealed class BillingDashboardMoneyTests(FieldOpsAppFactory app) : IClassFixture<FieldOpsAppFactory>
{
    [Fact]
    public async Task Outstanding_AndPaidThisMonth_MoveByExactlyWhatWasInvoicedAndPaid()
    {
        var scenario = new WorkshopScenario(app);
        var before = await DashboardAsync(scenario);

        var unpaid = await scenario.InvoiceAsync();
        var partPaid = await scenario.InvoiceAsync();
        var paid = await scenario.InvoiceAsync(paid: true);
        await scenario.As<BillingService, InvoiceView>(Billing, s => s.RecordPaymentAsync(partPaid.Id, new InvoicePaymentInput
        {
            Amount = 0.01m, PaidOn = DateOnly.FromDateTime(DateTime.UtcNow), Method = PaymentMethod.Cash,
        }, default));

        var after = await DashboardAsync(scenario);
        Assert.Equal(before.Outstanding + unpaid.Total + partPaid.Total - 0.01m, after.Outstanding);
        Assert.Equal(before.OutstandingCount + 2, after.OutstandingCount);
        Assert.Equal(before.PaidThisMonth + paid.Total, after.PaidThisMonth);
    }

    private static Task<BillingDashboard> DashboardAsync(WorkshopScenario scenario) =>
        scenario.As<WorkshopDashboardService, BillingDashboard>(Billing, s => s.BillingAsync(new InvoiceFilter(), new ListRequest(), default));
}
