using FieldOps.Data.Platform.Lists;

namespace FieldOps.Data.Workshop.Services;

/// <summary>The invoices list query, shared by the billing API, its dashboard and the export.</summary>
internal static class InvoiceQueries
{
    public static readonly SortKeys<InvoiceSummary> Sorts = new SortKeys<InvoiceSummary>()
        .Add("number", i => i.Number, isDefault: true, defaultDescending: true)
        .Add("issuedAt", i => i.IssuedAt)
        .Add("dueDate", i => i.DueDate)
        .Add("customerName", i => i.CustomerName)
        .Add("status", i => i.Status);

    public static IQueryable<InvoiceSummary> Summaries(FieldOpsDbContext db, InvoiceFilter filter, DateOnly today)
    {
        var invoices = db.Set<Invoice>().AsQueryable();
        if (filter.Status is not null)
        {
            invoices = invoices.Where(i => i.Status == filter.Status);
        }
        if (filter.Paid == true)
        {
            invoices = invoices.Where(i => i.Status == InvoiceStatus.Paid);
        }
        else if (filter.Paid == false)
        {
            invoices = invoices.Where(i => i.Status == InvoiceStatus.Issued);
        }
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim().ToUpperInvariant();
            invoices = invoices.Where(i => i.Number.ToUpper().Contains(search) || i.CustomerName.ToUpper().Contains(search)
                || i.VehicleRegistration.Contains(search) || i.JobNumber.ToUpper().Contains(search));
        }
        return invoices.Select(i => new InvoiceSummary
        {
            Id = i.Id,
            Number = i.Number,
            Status = i.Status,
            JobNumber = i.JobNumber,
            JobId = i.JobId,
            CustomerName = i.CustomerName,
            VehicleRegistration = i.VehicleRegistration,
            IssuedAt = i.IssuedAt,
            DueDate = i.DueDate,
            Total = i.Total,
            Currency = i.CurrencyCode,
            PaidOn = i.PaidOn,
            IsOverdue = i.Status == InvoiceStatus.Issued && i.DueDate < today,
        });
    }
}
