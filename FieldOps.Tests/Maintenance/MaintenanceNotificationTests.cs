using FieldOps.Data.Maintenance;
using FieldOps.Data.Maintenance.Services;
using FieldOps.Data.Platform.Notifications;
using FieldOps.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static FieldOps.Tests.Maintenance.MaintenanceScenario;

namespace FieldOps.Tests.Maintenance;

/// <summary>Seed 003's notification triggers reach the right people (and an e-mail copy is queued), and nobody else.</summary>
public sealed class MaintenanceNotificationTests(ServiceHarness harness) : IClassFixture<ServiceHarness>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly MaintenanceScenario _scenario = new(harness);

    private async Task<List<(string Recipient, string Title)>> NotificationsAsync(Guid requestId)
    {
        await using var db = await harness.SystemDbAsync();
        var emails = await db.Users.IgnoreQueryFilters().ToDictionaryAsync(u => u.Id, u => u.Email!);
        return (await db.Set<Notification>().IgnoreQueryFilters().Where(n => n.RecordId == requestId).OrderBy(n => n.CreatedAt).ToListAsync())
            .Select(n => (emails[n.RecipientUserId], n.Title)).ToList();
    }

    private static void AssertTold(List<(string Recipient, string Title)> sent, string title, params string[] recipients)
    {
        var told = sent.Where(n => n.Title.StartsWith(title, StringComparison.Ordinal)).Select(n => n.Recipient).Distinct().Order().ToList();
        Assert.True(recipients.Order().SequenceEqual(told), $"\"{title}\" went to [{string.Join(", ", told)}], expected [{string.Join(", ", recipients)}]");
    }

    [Fact]
    public async Task EveryTriggerOfTheEstimatePath_TellsTheRightPeople()
    {
        var abc = await _scenario.VendorIdAsync("ABC Plumbing Services");
        var request = await _scenario.RequestAsync(MaintenanceStatus.Closed, vendorId: abc);
        var sent = await NotificationsAsync(request.Id);

        AssertTold(sent, "New maintenance request", Landlord, Manager);                 // 1. tenant submits → landlord / PM
        AssertTold(sent, "Work order", Staff, VendorUser);                            // 2. assigned → staff (and the vendor's user)
        AssertTold(sent, "Estimate to approve", Landlord, Manager);                    // 3. estimate → landlord / PM
        AssertTold(sent, "Estimate approved", Staff, VendorUser);                      // 4. approved → staff
        AssertTold(sent, "Work started", Tenant, Landlord);                            // 7. started → tenant, landlord
        AssertTold(sent, "Work completed", Tenant, Landlord);                          // 8. completed → tenant, landlord
        AssertTold(sent, $"{request.Number} verified", Landlord);                      // 9. verified → landlord
        AssertTold(sent, "Payment recorded", Staff, VendorUser);                       // 10. paid → staff and vendor

        await using var db = await harness.SystemDbAsync();
        Assert.True(await db.Set<OutboxMail>().IgnoreQueryFilters().CountAsync(m => db.Set<Notification>().IgnoreQueryFilters()
            .Any(n => n.Id == m.NotificationId && n.RecordId == request.Id)) >= sent.Count);
    }

    [Fact]
    public async Task QuotesOverrunsRejectionsAndQuestions_TellTheRightPeople()
    {
        var quoted = await _scenario.RequestAsync(MaintenanceStatus.QuotesSubmitted);
        var winner = quoted.Quotes.Single(q => q.VendorName == "ABC Plumbing Services");
        await _scenario.As<MaintenanceRequestService, QuoteView>(Landlord, s => s.ApproveQuoteAsync(winner.Id, null, None));
        await _scenario.Requests(Staff, s => s.StartAsync(quoted.Id, None));
        await _scenario.Requests(Staff, s => s.CompleteAsync(quoted.Id, new CompleteInput { ActualCost = 26_000m, CompletionNotes = "Done." }, None));
        var sent = await NotificationsAsync(quoted.Id);
        AssertTold(sent, "Quotes required", Landlord, Manager);                        // the estimate above the threshold
        AssertTold(sent, "Quote submitted", Landlord, Manager);                        // 5. (two quotes: told twice)
        Assert.Equal(4, sent.Count(n => n.Title.StartsWith("Quote submitted")));
        AssertTold(sent, $"Quote {winner.Number} approved", Staff, VendorUser);        // 6. approved → staff and the selected vendor
        AssertTold(sent, "Cost overrun", Landlord);                                    // 12. actual above the approved budget

        var asked = await _scenario.RequestAsync(MaintenanceStatus.Pending);
        await _scenario.Requests(Manager, s => s.RequestInfoAsync(asked.Id, "Is it the hot or the cold tap?", None));
        await _scenario.Requests(Manager, s => s.RejectAsync(asked.Id, "Duplicate of an open request.", None));
        sent = await NotificationsAsync(asked.Id);
        AssertTold(sent, "More information needed", Tenant);
        AssertTold(sent, "Request", Tenant);
        Assert.Contains(sent, n => n.Title.Contains("was not accepted"));
    }
}
