using FieldOps.Data.Platform.Lists;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Contracting.Services;

/// <summary>The list queries of the contracting module, shared by the admin's queues, the contractor's portal and the API.</summary>
internal static class ContractingQueries
{
    /// <summary>The logs matching the filter, without the names the list shows: what the list's count reads (every log
    /// has its company, so the count needs no join, and its index covers it).</summary>
    public static IQueryable<DailyLog> FilteredLogs(FieldOpsDbContext db, DailyLogFilter filter)
    {
        var logs = db.Set<DailyLog>().AsQueryable();
        if (filter.Status is not null)
        {
            logs = logs.Where(l => l.Status == filter.Status);
        }
        if (filter.SubcontractorId is not null)
        {
            logs = logs.Where(l => l.SubcontractorId == filter.SubcontractorId);
        }
        if (filter.ProjectId is not null)
        {
            logs = logs.Where(l => l.ProjectId == filter.ProjectId);
        }
        return logs;
    }

    public static IQueryable<DailyLogView> Logs(FieldOpsDbContext db, DailyLogFilter filter) =>
               from log in FilteredLogs(db, filter)
               join company in db.Set<Subcontractor>() on log.SubcontractorId equals company.Id
               join project in db.Set<Project>() on log.ProjectId equals project.Id into projects
               from project in projects.DefaultIfEmpty()
               orderby log.LogDate descending, log.CreatedAt descending
               select new DailyLogView
               {
                   Id = log.Id,
                   Version = log.Version,
                   SubcontractorId = log.SubcontractorId,
                   CompanyName = company.CompanyName,
                   ProjectId = log.ProjectId,
                   ProjectName = project != null ? project.Name : null,
                   LogDate = log.LogDate,
                   WorkSummary = log.WorkSummary,
                   WorkersCount = log.WorkersCount,
                   Status = log.Status,
                   SubmittedAt = log.CreatedAt,
                   ReviewedByName = log.ReviewedByName,
                   ReviewNote = log.ReviewNote,
               };

    public static IQueryable<Expense> FilteredExpenses(FieldOpsDbContext db, ExpenseFilter filter)
    {
        var expenses = db.Set<Expense>().AsQueryable();
        if (filter.Status is not null)
        {
            expenses = expenses.Where(e => e.Status == filter.Status);
        }
        if (filter.SubcontractorId is not null)
        {
            expenses = expenses.Where(e => e.SubcontractorId == filter.SubcontractorId);
        }
        if (filter.Category is not null)
        {
            expenses = expenses.Where(e => e.Category == filter.Category);
        }
        return expenses;
    }

    public static IQueryable<ExpenseView> Expenses(FieldOpsDbContext db, ExpenseFilter filter, string currency) =>
               from expense in FilteredExpenses(db, filter)
               join company in db.Set<Subcontractor>() on expense.SubcontractorId equals company.Id
               join project in db.Set<Project>() on expense.ProjectId equals project.Id into projects
               from project in projects.DefaultIfEmpty()
               orderby expense.ExpenseDate descending, expense.CreatedAt descending
               select new ExpenseView
               {
                   Id = expense.Id,
                   Version = expense.Version,
                   SubcontractorId = expense.SubcontractorId,
                   CompanyName = company.CompanyName,
                   ProjectId = expense.ProjectId,
                   ProjectName = project != null ? project.Name : null,
                   Category = expense.Category,
                   Amount = expense.Amount,
                   Currency = currency,
                   ExpenseDate = expense.ExpenseDate,
                   Description = expense.Description,
                   Status = expense.Status,
                   SubmittedAt = expense.CreatedAt,
                   ReviewedByName = expense.ReviewedByName,
                   ReviewNote = expense.ReviewNote,
                   Receipts = db.Set<Platform.Attachments.Attachment>()
                       .Count(a => a.RecordType == ContractingRecordTypes.Expense && a.RecordId == expense.Id),
               };

    public static IQueryable<Voucher> FilteredVouchers(FieldOpsDbContext db, VoucherFilter filter)
    {
        var vouchers = db.Set<Voucher>().AsQueryable();
        if (filter.Status is not null)
        {
            vouchers = vouchers.Where(v => v.Status == filter.Status);
        }
        if (filter.SubcontractorId is not null)
        {
            vouchers = vouchers.Where(v => v.SubcontractorId == filter.SubcontractorId);
        }
        return vouchers;
    }

    public static IQueryable<VoucherSummary> Vouchers(FieldOpsDbContext db, VoucherFilter filter) =>
               from voucher in FilteredVouchers(db, filter)
               join company in db.Set<Subcontractor>() on voucher.SubcontractorId equals company.Id
               orderby voucher.PeriodEnd descending, voucher.Number descending
               select new VoucherSummary
               {
                   Id = voucher.Id,
                   Version = voucher.Version,
                   Number = voucher.Number,
                   SubcontractorId = voucher.SubcontractorId,
                   CompanyName = company.CompanyName,
                   PeriodStart = voucher.PeriodStart,
                   PeriodEnd = voucher.PeriodEnd,
                   Status = voucher.Status,
                   Total = voucher.Total,
                   Currency = voucher.CurrencyCode,
                   PaidOn = voucher.PaidOn,
               };

    /// <summary>How many logs the filter matches, exactly: added up from the summary rows, unless the filter names a
    /// project, which they do not keep (then counted as far as paging reaches).</summary>
    public static Task<ListTotal> LogTotalAsync(FieldOpsDbContext db, DailyLogFilter filter, CancellationToken cancellationToken) =>
        filter.ProjectId is null
            ? SummedAsync(db, ContractingRecord.DailyLog, filter.Status?.ToString(), filter.SubcontractorId, cancellationToken)
            : FilteredLogs(db, filter).CountUpToLimitAsync(cancellationToken);

    /// <summary>How many claims the filter matches, as <see cref="LogTotalAsync"/> (the summary rows keep no category).</summary>
    public static Task<ListTotal> ExpenseTotalAsync(FieldOpsDbContext db, ExpenseFilter filter, CancellationToken cancellationToken) =>
        filter.Category is null
            ? SummedAsync(db, ContractingRecord.Expense, filter.Status?.ToString(), filter.SubcontractorId, cancellationToken)
            : FilteredExpenses(db, filter).CountUpToLimitAsync(cancellationToken);

    /// <summary>How many vouchers the filter matches, exactly, from the summary rows.</summary>
    public static Task<ListTotal> VoucherTotalAsync(FieldOpsDbContext db, VoucherFilter filter, CancellationToken cancellationToken) =>
        SummedAsync(db, ContractingRecord.Voucher, filter.Status?.ToString(), filter.SubcontractorId, cancellationToken);

    /// <summary>The summary rows of one kind of record, narrowed to a status and a subcontractor when given.</summary>
    public static IQueryable<ContractingCount> Counts(FieldOpsDbContext db, ContractingRecord record, string? status, Guid? subcontractorId)
    {
        var counts = db.Set<ContractingCount>().AsNoTracking().Where(c => c.Record == record);
        if (status is not null)
        {
            counts = counts.Where(c => c.Status == status);
        }
        if (subcontractorId is not null)
        {
            counts = counts.Where(c => c.SubcontractorId == subcontractorId);
        }
        return counts;
    }

    private static async Task<ListTotal> SummedAsync(FieldOpsDbContext db, ContractingRecord record, string? status, Guid? subcontractorId,
        CancellationToken cancellationToken) =>
        ListTotal.Exact(await Counts(db, record, status, subcontractorId).SumAsync(c => c.Count, cancellationToken));
}
