using FieldOps.Data.Platform;
using FieldOps.Data.Contracting;
using FieldOps.Data.Contracting.Services;
using FieldOps.Tests.Support;

namespace FieldOps.Tests.Contracting;

/// <summary>Brings contracting records to any state through the real services, as the demo users of Demo Contracting.</summary>
public sealed class ContractingScenario(IActingHost host)
{
    public const string Admin = "admin@contracting.demo";
    public const string Mutua = "contractor@contracting.demo";
    public const string Wambui = "contractor2@contracting.demo";
    public const string Unlinked = "unlinked@contracting.demo";
    public const string GarageAdmin = "admin@garage.demo";

    private static readonly CancellationToken None = CancellationToken.None;

    public Task<TResult> As<TService, TResult>(string email, Func<TService, Task<TResult>> action) where TService : notnull =>
        host.AsAsync(email, action);

    public async Task<SubcontractorView> CompanyOfAsync(string contractor) =>
        (await As<SubcontractorService, IReadOnlyList<SubcontractorView>>(Admin, s => s.ListAsync(None))).Single(c => c.UserEmail == contractor);

    public async Task<SubcontractorView> CompanyNamedAsync(string name) =>
        (await As<SubcontractorService, IReadOnlyList<SubcontractorView>>(Admin, s => s.ListAsync(None))).Single(c => c.CompanyName == name);

    public Task<DailyLogView> LogAsync(string contractor, int workers = 5, DateOnly? date = null) =>
        As<ContractorPortalService, DailyLogView>(contractor, s => s.SubmitLogAsync(new DailyLogInput
        {
            LogDate = date ?? DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), WorkersCount = workers, WorkSummary = "Scenario work",
        }, None));

    public Task<ExpenseView> ExpenseAsync(string contractor, decimal amount = 1_000m) =>
        As<ContractorPortalService, ExpenseView>(contractor, s => s.SubmitExpenseAsync(new ExpenseInput
        {
            Category = ExpenseCategory.Fuel, Amount = amount, ExpenseDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), Description = "Scenario diesel",
        }, None));

    /// <summary>A voucher of one line (<paramref name="amount"/> × 1) brought to <paramref name="status"/>.</summary>
    public async Task<VoucherView> VoucherAsync(Guid subcontractorId, VoucherStatus status, decimal amount = 10_000m)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var voucher = await As<VoucherService, VoucherView>(Admin, s => s.CreateAsync(new VoucherInput
        {
            SubcontractorId = subcontractorId, PeriodStart = today.AddDays(-6), PeriodEnd = today,
            Lines = [new VoucherLineInput { Description = "Scenario work", Quantity = 1, Rate = amount }],
        }, None));
        var steps = StepsTo(status);
        foreach (var step in steps)
        {
            voucher = await As<VoucherService, VoucherView>(Admin, s => step switch
            {
                "submit" => s.SubmitAsync(voucher.Id, None),
                "approve" => s.ApproveAsync(voucher.Id, None),
                "reject" => s.RejectAsync(voucher.Id, "Scenario rejection", None),
                _ => s.PayAsync(voucher.Id, Payment(), None),
            });
        }
        return voucher;
    }

    /// <summary>Several admins pay the same voucher at the same moment; returns how many payments went through.</summary>
    public async Task<int> PayInParallelAsync(Guid voucherId, int attempts)
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, attempts).Select(_ => Task.Run(async () =>
        {
            try
            {
                await As<VoucherService, VoucherView>(Admin, s => s.PayAsync(voucherId, Payment(), None));
                return true;
            }
            catch (Data.Platform.BusinessRuleException)
            {
                return false;
            }
        })));
        return outcomes.Count(paid => paid);
    }

    /// <summary>The voucher actions that bring a new draft to <paramref name="status"/>.</summary>
    public static string[] StepsTo(VoucherStatus status) => status switch
    {
        VoucherStatus.Draft => [],
        VoucherStatus.Submitted => ["submit"],
        VoucherStatus.Approved => ["submit", "approve"],
        VoucherStatus.Paid => ["submit", "approve", "pay"],
        VoucherStatus.Rejected => ["submit", "reject"],
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static VoucherPaymentInput Payment() => new()
    {
        PaidOn = DateOnly.FromDateTime(DateTime.UtcNow), Method = PaymentMethod.BankTransfer, Reference = $"EFT-{Guid.NewGuid():N}"[..16],
    };
}
