using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Access;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Contracting.Services;

/// <summary>A daily log's history: its company's contractor and the admins. Nothing is attached to logs.</summary>
public sealed class DailyLogAccessPolicy(ContractingGuard guard) : IRecordAccessPolicy
{
    public string RecordType => ContractingRecordTypes.DailyLog;

    public async Task EnsureCanViewAsync(FieldOpsDbContext db, Guid recordId, CancellationToken cancellationToken)
    {
        var owner = await db.Set<DailyLog>().Where(l => l.Id == recordId).Select(l => (Guid?)l.SubcontractorId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new RecordNotFoundException("Daily log", recordId);
        await guard.EnsureCanSeeAsync(db, owner, "Daily log", recordId, cancellationToken);
    }

    public Task EnsureCanAttachAsync(FieldOpsDbContext db, Guid recordId, CancellationToken cancellationToken) =>
        throw new AccessDeniedException("Photos and receipts go with expense claims, not daily logs.");
}

/// <summary>An expense claim's receipts: the claiming contractor adds them while the claim is pending; admins see
/// them and may add one too (a receipt handed in on paper).</summary>
public sealed class ExpenseAccessPolicy(ContractingGuard guard) : IRecordAccessPolicy
{
    public string RecordType => ContractingRecordTypes.Expense;

    public async Task EnsureCanViewAsync(FieldOpsDbContext db, Guid recordId, CancellationToken cancellationToken) =>
        await LoadAsync(db, recordId, cancellationToken);

    public async Task EnsureCanAttachAsync(FieldOpsDbContext db, Guid recordId, CancellationToken cancellationToken)
    {
        var expense = await LoadAsync(db, recordId, cancellationToken);
        if (!Expense.ReceiptsCanChange(expense.Status, guard.IsAdmin))
        {
            throw new BusinessRuleException("This claim has been reviewed; its receipts can no longer change.");
        }
    }

    private async Task<(Guid SubcontractorId, ExpenseStatus Status)> LoadAsync(FieldOpsDbContext db, Guid recordId, CancellationToken cancellationToken)
    {
        var expense = await db.Set<Expense>().Where(e => e.Id == recordId).Select(e => new { e.SubcontractorId, e.Status }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new RecordNotFoundException("Expense", recordId);
        await guard.EnsureCanSeeAsync(db, expense.SubcontractorId, "Expense", recordId, cancellationToken);
        return (expense.SubcontractorId, expense.Status);
    }
}

/// <summary>A voucher's history and supporting documents: its company's contractor sees them; admins attach them.</summary>
public sealed class VoucherAccessPolicy(ContractingGuard guard) : IRecordAccessPolicy
{
    public string RecordType => ContractingRecordTypes.Voucher;

    public async Task EnsureCanViewAsync(FieldOpsDbContext db, Guid recordId, CancellationToken cancellationToken)
    {
        var owner = await db.Set<Voucher>().Where(v => v.Id == recordId).Select(v => (Guid?)v.SubcontractorId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new RecordNotFoundException("Voucher", recordId);
        await guard.EnsureCanSeeAsync(db, owner, "Voucher", recordId, cancellationToken);
    }

    public async Task EnsureCanAttachAsync(FieldOpsDbContext db, Guid recordId, CancellationToken cancellationToken)
    {
        guard.RequireAdmin();
        await EnsureCanViewAsync(db, recordId, cancellationToken);
    }
}
