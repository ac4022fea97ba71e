using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Platform.Numbering;
using FieldOps.Data.Platform.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Workshop.Services;

/// <summary>Invoices: built automatically from a job's completed task actions and issued parts plus tax, or from
/// manual lines; numbered without gaps per organization and year; paid with date, method and reference; corrected
/// only by voiding and issuing anew.</summary>
public sealed class BillingService(
    IDbContextFactory<FieldOpsDbContext> contextFactory,
    WorkshopGuard guard,
    TimeProvider clock,
    IValidator<ManualInvoiceInput> manualValidator,
    IValidator<MarkPaidInput> paidValidator,
    IValidator<InvoicePaymentInput> paymentValidator,
    IValidator<ReasonInput> reasonValidator)
{
    private static readonly string[] Billers = InvoiceWorkflow.Billers;

    private static InvoiceWorkflow Workflow => InvoiceWorkflow.Definition;

    /// <summary>Who may read invoices.</summary>
    public static readonly string[] InvoiceReaders = [.. WorkshopModule.Invoices.Roles];

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>What an automatic invoice for the job would contain, for the biller to check before issuing.</summary>
    public async Task<InvoicePreview> PreviewAsync(Guid jobId, CancellationToken cancellationToken)
    {
        guard.Require("prepare invoices", Billers);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var job = await guard.LoadJobAsync(db, jobId, cancellationToken);
        var organization = await db.OrganizationAsync(cancellationToken);
        var currency = organization.Currency;
        var lines = AutomaticLines(job).Select((l, i) => new InvoiceLineView(i + 1, l.Kind, l.Description, l.Quantity, l.UnitPrice,
            currency.Round(l.Quantity * l.UnitPrice))).ToList();
        var subtotal = lines.Sum(l => l.LineTotal);
        var tax = currency.Round(subtotal * organization.TaxRate);
        return new InvoicePreview(job.Id, job.Number, lines, subtotal, organization.TaxRate, organization.TaxLabel, tax,
            subtotal + tax, currency.Code);
    }

    public async Task<InvoiceView> AutoInvoiceAsync(Guid jobId, string? notes, CancellationToken cancellationToken)
    {
        guard.Require(JobWorkflow.Definition.Invoice);
        if (notes?.Length > 2000)
        {
            throw new InputValidationException("notes", "Notes can be at most 2,000 characters.");
        }
        return await IssueAsync(jobId, job => AutomaticLines(job), notes, isManual: false, cancellationToken);
    }

    public async Task<InvoiceView> ManualInvoiceAsync(Guid jobId, ManualInvoiceInput input, CancellationToken cancellationToken)
    {
        guard.Require(JobWorkflow.Definition.Invoice);
        await manualValidator.ValidateAndThrowAsync(input, cancellationToken);
        var drafts = input.Lines.Select(l => new InvoiceLineDraft(l.Kind!.Value, l.Description, l.Quantity!.Value, l.UnitPrice!.Value)).ToList();
        return await IssueAsync(jobId, _ => drafts, input.Notes, isManual: true, cancellationToken);
    }

    private async Task<InvoiceView> IssueAsync(Guid jobId, Func<Job, IReadOnlyList<InvoiceLineDraft>> lines, string? notes, bool isManual,
        CancellationToken cancellationToken)
    {
        var invoiceId = await contextFactory.WriteAsync(async db =>
        {
            var job = await guard.LoadJobAsync(db, jobId, cancellationToken);
            var organization = await db.Organizations.SingleAsync(o => o.Id == job.OrganizationId, cancellationToken);
            var settings = organization.Settings;
            var issuedOn = settings.LocalDate(Now);
            var number = await DocumentNumbers.NextAsync(db, settings.InvoicePrefix, issuedOn.Year, cancellationToken);
            var invoice = Invoice.Issue(number, job, job.Vehicle!, lines(job), organization.Currency, settings.TaxRate, settings.TaxLabel, Now,
                issuedOn.AddDays(settings.PaymentTermsDays), notes, isManual);
            db.Add(invoice);
            return invoice.Id;
        }, cancellationToken);
        return await GetAsync(invoiceId, cancellationToken);
    }

    /// <summary>Labour from completed task actions, parts from issued requests at the price they were issued at.</summary>
    private static List<InvoiceLineDraft> AutomaticLines(Job job) =>
        job.Tasks.Where(t => t.IsCompleted)
            .OrderBy(t => t.CompletedAt)
            .Select(t => new InvoiceLineDraft(InvoiceLineKind.Labour, t.Name, 1, t.LaborCost))
            .Concat(job.PartsRequests
                .Where(r => r.Status is SparePartRequestStatus.Issued or SparePartRequestStatus.Completed)
                .OrderBy(r => r.IssuedAt)
                .Select(r => new InvoiceLineDraft(InvoiceLineKind.Part, $"{r.Item!.Name} ({r.Item.Sku})", r.Quantity, r.UnitPrice ?? r.Item.UnitPrice)))
            .ToList();

    public async Task<InvoiceView> MarkPaidAsync(Guid invoiceId, MarkPaidInput input, CancellationToken cancellationToken)
    {
        guard.Require(Workflow.MarkPaid);
        await paidValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await PayAsync(invoiceId, invoice => invoice.MarkPaid(input.PaidOn!.Value, input.Method!.Value, input.Reference, Now, guard.UserName),
            cancellationToken);
    }

    /// <summary>Records a payment of part (or all) of what is due. Two payments at the same moment cannot together
    /// pay more than the total: the invoice's version makes the second one re-check the balance.</summary>
    public async Task<InvoiceView> RecordPaymentAsync(Guid invoiceId, InvoicePaymentInput input, CancellationToken cancellationToken)
    {
        guard.Require(Workflow.RecordPayment);
        await paymentValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await PayAsync(invoiceId, invoice =>
            invoice.RecordPayment(input.Amount!.Value, input.PaidOn!.Value, input.Method!.Value, input.Reference, Now, guard.UserName), cancellationToken);
    }

    private async Task<InvoiceView> PayAsync(Guid invoiceId, Func<Invoice, InvoicePayment> pay, CancellationToken cancellationToken)
    {
        await contextFactory.WriteAsync(async db =>
        {
            var invoice = await db.Set<Invoice>().SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken)
                ?? throw new RecordNotFoundException("Invoice", invoiceId);
            ExpectedVersion.Check(invoice, "invoice");
            db.Add(pay(invoice));
        }, cancellationToken);
        return await GetAsync(invoiceId, cancellationToken);
    }

    public async Task<InvoiceView> VoidAsync(Guid invoiceId, ReasonInput input, CancellationToken cancellationToken)
    {
        guard.Require(Workflow.Void);
        await reasonValidator.ValidateAndThrowAsync(input, cancellationToken);
        await contextFactory.WriteAsync(async db =>
        {
            var invoice = await db.Set<Invoice>().SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken)
                ?? throw new RecordNotFoundException("Invoice", invoiceId);
            ExpectedVersion.Check(invoice, "invoice");
            var job = await guard.LoadJobAsync(db, invoice.JobId, cancellationToken, withWork: false);
            invoice.Void(job, input.Reason, Now);
        }, cancellationToken);
        return await GetAsync(invoiceId, cancellationToken);
    }

    public async Task<ListPage<InvoiceSummary>> ListAsync(InvoiceFilter filter, ListRequest request, CancellationToken cancellationToken)
    {
        guard.Require("see invoices", InvoiceReaders);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = InvoiceQueries.Summaries(db, filter, OrganizationTime.Today(clock, guard.User.TimeZoneId));
        var items = await InvoiceQueries.Sorts.Apply(query, request).Skip(request.SafeSkip).Take(request.SafeTake).ToListAsync(cancellationToken);
        return ListPage<InvoiceSummary>.Of(items, await query.CountUpToLimitAsync(cancellationToken));
    }

    public async IAsyncEnumerable<InvoiceSummary> StreamAsync(InvoiceFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        guard.Require("see invoices", InvoiceReaders);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await foreach (var invoice in InvoiceQueries.Sorts.Apply(InvoiceQueries.Summaries(db, filter, OrganizationTime.Today(clock, guard.User.TimeZoneId)), new ListRequest())
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return invoice;
        }
    }

    public async Task<InvoiceView> GetAsync(Guid invoiceId, CancellationToken cancellationToken)
    {
        guard.Require("see invoices", InvoiceReaders);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var invoice = await db.Set<Invoice>().Include(i => i.Lines).AsNoTracking().SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken)
            ?? throw new RecordNotFoundException("Invoice", invoiceId);
        return new InvoiceView(invoice.Id, invoice.Number, invoice.Status, invoice.JobId, invoice.JobNumber, invoice.CustomerName,
            invoice.CustomerPhone, invoice.CustomerEmail, invoice.VehicleRegistration, invoice.VehicleDescription, invoice.IssuedAt, invoice.DueDate,
            invoice.Lines.OrderBy(l => l.Position).Select(l => new InvoiceLineView(l.Position, l.Kind, l.Description, l.Quantity, l.UnitPrice, l.LineTotal)).ToList(),
            invoice.Subtotal, invoice.TaxRate, invoice.TaxLabel, invoice.TaxAmount, invoice.Total, invoice.CurrencyCode, invoice.CurrencyMinorUnits,
            invoice.Notes, invoice.PaidAt, invoice.PaidOn, invoice.PaymentMethod, invoice.PaymentReference, invoice.VoidedAt, invoice.VoidReason,
            invoice.IsManual, invoice.AmountPaid, invoice.BalanceDue,
            await db.Set<InvoicePayment>().Where(p => p.InvoiceId == invoiceId).OrderBy(p => p.RecordedAt)
                .Select(p => new InvoicePaymentView(p.Id, p.Amount, p.PaidOn, p.Method, p.Reference, p.RecordedAt, p.RecordedByName))
                .ToListAsync(cancellationToken))
        {
            AllowedActions = Workflow.AllowedFor(invoice, guard.User),
            IsOverdue = invoice.IsOverdueOn(OrganizationTime.Today(clock, guard.User.TimeZoneId)),
            Version = invoice.Version,
        };
    }

    /// <summary>Queues the invoice's PDF for e-mail to the customer (or to <paramref name="toAddress"/>) through the
    /// outbox, which retries until the mail server takes it. The invoice's history says when and to whom.</summary>
    public async Task<string> EmailAsync(Guid invoiceId, string? toAddress, byte[] pdf, CancellationToken cancellationToken)
    {
        guard.Require(Workflow.Send);
        var address = string.IsNullOrWhiteSpace(toAddress) ? null : toAddress.Trim();
        if (address is not null && (address.Length > 200 || !System.Net.Mail.MailAddress.TryCreate(address, out _)))
        {
            throw new InputValidationException("to", "Enter a valid e-mail address.");
        }
        await contextFactory.WriteAsync(async db =>
        {
            var invoice = await db.Set<Invoice>().SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken)
                ?? throw new RecordNotFoundException("Invoice", invoiceId);
            address ??= invoice.CustomerEmail ?? throw new InputValidationException("to", "This customer has no e-mail address on file: enter one.");
            if (invoice.Status == InvoiceStatus.Void)
            {
                throw new BusinessRuleException($"Invoice {invoice.Number} is void: issue and send the corrected one.");
            }
            var organization = await db.Organizations.Select(o => o.Name).SingleAsync(cancellationToken);
            var body = $"Dear {invoice.CustomerName},\n\nPlease find attached invoice {invoice.Number} for job {invoice.JobNumber} "
                + $"({invoice.VehicleRegistration}): {invoice.Currency.Format(invoice.Total)}"
                + (invoice.Status == InvoiceStatus.Paid ? ", paid with thanks." : $", {invoice.Currency.Format(invoice.BalanceDue)} due by {invoice.DueDate:d MMMM yyyy}.")
                + $"\n\n{organization}";
            db.Add(Platform.Notifications.OutboxMail.WithDocument(address, invoice.CustomerName, $"Invoice {invoice.Number} from {organization}", body,
                $"{invoice.Number}.pdf", pdf, Now));
            db.Add(new StatusChange(invoice.OrganizationId, invoice.HistoryEntityType, invoice.Id, invoice.Status.ToString(), invoice.Status.ToString(),
                $"E-mailed to {address}", guard.UserId, guard.UserName, Now));
        }, cancellationToken);
        return address!;
    }

    /// <summary>The organization's letterhead for printed invoices.</summary>
    public async Task<OrganizationSettings> LetterheadAsync(CancellationToken cancellationToken)
    {
        guard.Require("see invoices", InvoiceReaders);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Organizations.AsNoTracking().Select(o => o.Settings).SingleAsync(cancellationToken);
    }

    public async Task<string> OrganizationNameAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Organizations.Select(o => o.Name).SingleAsync(cancellationToken);
    }
}
