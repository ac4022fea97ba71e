using FieldOps.Data;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Notifications;
using FieldOps.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FieldOps.Tests.Platform;

/// <summary>Notifications are copied to an e-mail outbox and delivered over real SMTP to a server on loopback. Each
/// test has its own database, because the sender delivers every mail that is due.</summary>
public sealed class OutboxMailTests : IAsyncLifetime
{
    private readonly ServiceHarness harness = new();

    public async Task InitializeAsync()
    {
        await harness.InitializeAsync();
        // Start from an empty outbox: the demo data queues mail of its own.
        await using var db = await harness.SystemDbAsync();
        await db.Set<OutboxMail>().IgnoreQueryFilters().ExecuteDeleteAsync();
    }

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task QueuedMail_IsDeliveredOverSmtp_AndMarkedSent()
    {
        await using var smtp = new FakeSmtpServer();
        var subject = $"Job assigned {Guid.NewGuid():N}";
        await NotifyAsync("sitemanager@garage.demo", "technician@garage.demo", subject);

        var tried = await SendDueAsync(smtp.Port);

        Assert.Equal(1, tried);
        var mail = Assert.Single(smtp.Received, m => m.Text.Contains(subject, StringComparison.Ordinal));
        Assert.Contains("<technician@garage.demo>", mail.To);
        Assert.Contains("Open it in FieldOps: http://localhost:5000/workshop/technician", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Hello Peter Otieno", mail.Text, StringComparison.Ordinal);
        await using var db = await harness.SystemDbAsync();
        var stored = await db.Set<OutboxMail>().IgnoreQueryFilters().SingleAsync(m => m.Subject == subject);
        Assert.Equal(OutboxMailStatus.Sent, stored.Status);
        Assert.Equal(1, stored.Attempts);
        Assert.NotNull(stored.SentAt);
    }

    [Fact]
    public async Task AFailedDelivery_IsRecorded_RetriedWithBackOff_AndGivenUpAfterSixAttempts()
    {
        await using var smtp = new FakeSmtpServer { RefuseRecipients = true };
        var subject = $"Refused {Guid.NewGuid():N}";
        await NotifyAsync("sitemanager@garage.demo", "technician2@garage.demo", subject);

        await SendDueAsync(smtp.Port);
        var mail = await MailAsync(subject);
        Assert.Equal(OutboxMailStatus.Queued, mail.Status);
        Assert.Equal(1, mail.Attempts);
        Assert.NotNull(mail.LastError);
        Assert.Equal(harness.Clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(30), mail.NextAttemptAt);

        // Not due yet: nothing is tried.
        await SendDueAsync(smtp.Port);
        Assert.Equal(1, (await MailAsync(subject)).Attempts);

        for (var attempt = 2; attempt <= OutboxMail.MaxAttempts; attempt++)
        {
            harness.Clock.Advance(OutboxMail.BackOff(attempt - 1));
            await SendDueAsync(smtp.Port);
        }
        mail = await MailAsync(subject);
        Assert.Equal(OutboxMailStatus.Failed, mail.Status);
        Assert.Equal(OutboxMail.MaxAttempts, mail.Attempts);
        Assert.Empty(smtp.Received);
    }

    [Fact]
    public async Task WithoutSmtpConfigured_MailStaysQueued()
    {
        var subject = $"Queued {Guid.NewGuid():N}";
        await NotifyAsync("sitemanager@garage.demo", "billing@garage.demo", subject);
        var sender = harness.Services.GetServices<IHostedService>().OfType<OutboxMailSender>().Single();

        await sender.StartAsync(CancellationToken.None);
        harness.Services.GetRequiredService<OutboxSignal>().Notify();
        await Task.Delay(300);
        await sender.StopAsync(CancellationToken.None);

        var mail = await MailAsync(subject);
        Assert.Equal(OutboxMailStatus.Queued, mail.Status);
        Assert.Equal(0, mail.Attempts);
    }

    [Fact]
    public async Task AnInvoice_IsMailedToItsCustomer_WithItsPdf_AndTheHistorySaysSo()
    {
        await using var smtp = new FakeSmtpServer();
        var invoice = (await harness.AsAsync<Data.Workshop.Services.BillingService, Data.Platform.Lists.ListPage<Data.Workshop.InvoiceSummary>>(
            "billing@garage.demo", s => s.ListAsync(new Data.Workshop.InvoiceFilter(), new Data.Platform.Lists.ListRequest(0, 1), CancellationToken.None))).Items[0];
        var pdf = "%PDF-1.7 invoice"u8.ToArray();

        var sentTo = await harness.AsAsync<Data.Workshop.Services.BillingService, string>("billing@garage.demo",
            s => s.EmailAsync(invoice.Id, "owner@example.test", pdf, CancellationToken.None));
        await Assert.ThrowsAsync<InputValidationException>(() => harness.AsAsync<Data.Workshop.Services.BillingService, string>("billing@garage.demo",
            s => s.EmailAsync(invoice.Id, "not an address", pdf, CancellationToken.None)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => harness.AsAsync<Data.Workshop.Services.BillingService, string>("technician@garage.demo",
            s => s.EmailAsync(invoice.Id, "owner@example.test", pdf, CancellationToken.None)));

        Assert.Equal("owner@example.test", sentTo);
        await SendDueAsync(smtp.Port);
        var mail = Assert.Single(smtp.Received);
        Assert.Contains("<owner@example.test>", mail.To);
        Assert.Contains($"{invoice.Number}.pdf", mail.Data, StringComparison.Ordinal);
        Assert.Contains("application/pdf", mail.Data, StringComparison.Ordinal);
        await using var db = await harness.SystemDbAsync();
        Assert.True(await db.StatusChanges.IgnoreQueryFilters().AnyAsync(c => c.EntityId == invoice.Id && c.Note == "E-mailed to owner@example.test"));
    }

    private async Task NotifyAsync(string actor, string recipient, string subject)
    {
        var recipientId = await harness.UserIdAsync(recipient);
        await using var scope = await harness.ScopeAsAsync(actor);
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<FieldOpsDbContext>>().CreateDbContextAsync();
        await notifier.NotifyAsync(db, [recipientId], new NotificationMessage(subject, "Please look at it.", "/workshop/technician", "Job", Guid.NewGuid()), CancellationToken.None);
        await db.SaveChangesAsync();
    }

    private async Task<int> SendDueAsync(int port)
    {
        var sender = harness.Services.GetServices<IHostedService>().OfType<OutboxMailSender>().Single();
        return await sender.SendDueAsync(new SmtpOptions { Host = "127.0.0.1", Port = port, EnableSsl = false }, CancellationToken.None);
    }

    private async Task<OutboxMail> MailAsync(string subject)
    {
        await using var db = await harness.SystemDbAsync();
        return await db.Set<OutboxMail>().IgnoreQueryFilters().AsNoTracking().SingleAsync(m => m.Subject == subject);
    }
}
