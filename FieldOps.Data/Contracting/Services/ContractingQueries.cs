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
}
