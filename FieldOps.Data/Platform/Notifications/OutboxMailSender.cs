using System.Net;
using System.Net.Mail;
using FieldOps.Data.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FieldOps.Data.Platform.Notifications;

/// <summary>
/// Delivers queued e-mails through SMTP when <c>FieldOps:Smtp:Host</c> is configured. Each mail is tried up to
/// <see cref="OutboxMail.MaxAttempts"/> times with exponential back-off; failures are recorded on the mail. Without
/// SMTP configured it does nothing and mails stay queued for an admin to see.
/// </summary>
public sealed class OutboxMailSender(
    IServiceScopeFactory scopeFactory,
    IOptionsMonitor<FieldOpsOptions> options,
    OutboxSignal signal,
    TimeProvider clock,
    WorkLeases leases,
    Persistence.DatabaseReadiness readiness,
    ILogger<OutboxMailSender> logger) : BackgroundService
{
    /// <summary>The name of the lease: one instance sends the outbox at a time, so no mail goes out twice.</summary>
    public const string LeaseName = "outbox";

    private IWorkLease? _lease;

    /// <summary>Whether this instance holds the outbox lease now.</summary>
    public bool HoldsLease => _lease is not null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await readiness.WaitAsync(stoppingToken);
        }
        catch (Exception) when (!readiness.IsReady)
        {
            return; // stopping before the database was ready, or it never will be: the app is stopping anyway
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var smtp = options.CurrentValue.Smtp;
            try
            {
                var wait = smtp.PollInterval;
                if (smtp.IsConfigured)
                {
                    if (await HoldLeaseAsync(stoppingToken))
                    {
                        // Drain the backlog batch by batch, then wait for new mail or the next poll.
                        while (await SendDueAsync(smtp, stoppingToken) == BatchSize && !stoppingToken.IsCancellationRequested)
                        {
                        }
                    }
                    else
                    {
                        // Another instance sends; ask again soon, to take over quickly if it stops.
                        wait = smtp.LeaseRetryInterval < wait ? smtp.LeaseRetryInterval : wait;
                    }
                }
                await signal.WaitAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "The e-mail sender failed; it will try again");
                await Task.Delay(smtp.PollInterval, clock, stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_lease is { } lease)
        {
            _lease = null;
            await lease.DisposeAsync();
        }
    }

    /// <summary>Keeps the lease this instance holds, or asks for it; false while another instance holds it.</summary>
    private async Task<bool> HoldLeaseAsync(CancellationToken cancellationToken)
    {
        if (_lease is { } held && !await held.StillHeldAsync(cancellationToken))
        {
            logger.LogWarning("The outbox lease was lost; asking for it again.");
            _lease = null;
            await held.DisposeAsync();
        }
        _lease ??= await leases.TryAcquireAsync(LeaseName, cancellationToken);
        return _lease is not null;
    }

    private const int BatchSize = 50;

    /// <summary>Tries to send up to one batch of due mail. Returns how many mails were tried.</summary>
    public async Task<int> SendDueAsync(SmtpOptions smtp, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<FieldOpsDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<OutboxMail>().IgnoreQueryFilters()
            .Where(m => m.Status == OutboxMailStatus.Queued && m.NextAttemptAt <= now)
            .OrderBy(m => m.CreatedAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        using var client = new SmtpClient(smtp.Host!, smtp.Port)
        {
            EnableSsl = smtp.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = 30_000,
        };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        foreach (var mail in due)
        {
            try
            {
                using var message = new MailMessage(new MailAddress(smtp.FromAddress, smtp.FromName), new MailAddress(mail.ToAddress, mail.ToName))
                {
                    Subject = mail.Subject,
                    Body = mail.Body,
                    IsBodyHtml = false,
                };
                if (mail.AttachmentContent is { } content && mail.AttachmentFileName is { } fileName)
                {
                    message.Attachments.Add(new Attachment(new MemoryStream(content), fileName, "application/pdf"));
                }
                await client.SendMailAsync(message, cancellationToken);
                mail.MarkSent(clock.GetUtcNow().UtcDateTime);
            }
            catch (Exception exception) when (exception is SmtpException or InvalidOperationException or IOException or FormatException)
            {
                mail.MarkAttemptFailed(clock.GetUtcNow().UtcDateTime, exception.Message);
                logger.LogWarning("Could not send mail {MailId} to {Address} (attempt {Attempt}): {Error}",
                    mail.Id, mail.ToAddress, mail.Attempts, exception.Message);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
