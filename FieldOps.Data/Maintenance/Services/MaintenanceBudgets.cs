using System.Globalization;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Notifications;
using FieldOps.Data.Platform.Summaries;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Maintenance.Services;

/// <summary>Approving would take the month past the landlord's budget, and the approver did not confirm it (409).</summary>
public sealed class OverBudgetException(BudgetOutlook outlook, string message) : BusinessRuleException(message)
{
    public BudgetOutlook Outlook { get; } = outlook;
}

/// <summary>
/// Landlords' monthly maintenance budgets (seed 003's budget tracking): the card of a month, the warning before an
/// approval would pass the budget, and the alert when spending crosses the landlord's alert share (trigger 11), once per
/// budget and month.
/// </summary>
public sealed class MaintenanceBudgets(Notifier notifier, TimeProvider clock)
{
    /// <summary>Requests whose approved budget is committed but not yet paid.</summary>
    private static readonly MaintenanceStatus[] Committed =
    [
        MaintenanceStatus.Approved, MaintenanceStatus.Scheduled, MaintenanceStatus.InProgress, MaintenanceStatus.OnHold, MaintenanceStatus.Completed,
        MaintenanceStatus.Verified, MaintenanceStatus.Reopened,
    ];

    public static string MonthKey(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The first day of the firm's current month.</summary>
    public DateOnly ThisMonth(OrganizationProfile organization)
    {
        var today = organization.Today(clock);
        return new DateOnly(today.Year, today.Month, 1);
    }

    /// <summary>The landlord's card for the month starting <paramref name="month"/> (within the caller's transaction, it sees its unsaved-but-flushed changes).</summary>
    /// <param name="propertyId">A property's own budget instead: its payments, commitments and approvals only.</param>
    public static async Task<BudgetCard> CardAsync(FieldOpsDbContext db, string landlordUserId, DateOnly month, CancellationToken ct, Guid? propertyId = null)
    {
        var organization = await db.OrganizationAsync(ct);
        var firm = await MaintenanceQueries.SettingsAsync(db, ct);
        var own = await db.Set<LandlordSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.LandlordUserId == landlordUserId, ct);
        var budget = own?.MonthlyBudget ?? firm.MonthlyBudget;
        string? propertyName = null;
        if (propertyId is { } id)
        {
            var property = await db.Set<Property>().AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Name, p.MonthlyBudget }).SingleAsync(ct);
            (propertyName, budget) = (property.Name, property.MonthlyBudget);
        }
        var next = month.AddMonths(1);
        var zone = OrganizationTime.Zone(organization.TimeZoneId);
        var from = TimeZoneInfo.ConvertTimeToUtc(month.ToDateTime(TimeOnly.MinValue), zone);
        var to = TimeZoneInfo.ConvertTimeToUtc(next.ToDateTime(TimeOnly.MinValue), zone);

        var byCategory = await db.Set<MaintenancePayment>().AsNoTracking()
            .Where(p => p.LandlordUserId == landlordUserId && p.PaidOn >= month && p.PaidOn < next)
            .Where(p => propertyId == null || p.PropertyId == propertyId)
            .GroupBy(p => p.CategoryName).Select(g => new { g.Key, Total = g.Sum(p => p.Amount) }).ToListAsync(ct);
        var spent = byCategory.Sum(c => c.Total);
        var committed = await db.Set<MaintenanceRequest>().AsNoTracking()
            .Where(r => r.OwnerUserId == landlordUserId && r.ApprovedAt >= from && r.ApprovedAt < to && Committed.Contains(r.Status) && r.ApprovedBudget != null)
            .Where(r => propertyId == null || r.PropertyId == propertyId)
            .Select(r => r.ApprovedBudget!.Value).ToListAsync(ct);
        // What waits for the landlord's approval, and what approving all of it would cost: each request's estimate, or
        // its lowest pending quote once quotes are in. The request months count every waiting request and add up their
        // estimates (a landlord's few hundred month rows, however long the backlog); only the requests with quotes in,
        // a few at a time, are read, to put their lowest quote in place of their estimate.
        var awaiting = await db.Set<MaintenanceRequestMonth>().AsNoTracking()
            .Where(m => m.OwnerUserId == landlordUserId && (propertyId == null || m.PropertyId == propertyId))
            .GroupBy(m => m.OwnerUserId)
            .Select(g => new { Count = g.Sum(m => m.AwaitingApproval), Estimated = g.Sum(m => m.AwaitingEstimatedTenThousandths) })
            .SingleOrDefaultAsync(ct);
        var quoted = await db.Set<MaintenanceRequest>().AsNoTracking()
            .Where(r => r.OwnerUserId == landlordUserId && r.Status == MaintenanceStatus.QuotesSubmitted && (propertyId == null || r.PropertyId == propertyId))
            .Select(r => new
            {
                Estimate = r.EstimatedCost ?? 0m,
                Lowest = db.Set<Quote>().Where(q => q.RequestId == r.Id && q.Status == QuoteStatus.Pending).Min(q => (decimal?)q.Amount) ?? 0m,
            })
            .ToListAsync(ct);
        var waitingCount = awaiting?.Count ?? 0;
        var waitingAmount = ExactAmounts.FromTenThousandths(awaiting?.Estimated ?? 0) - quoted.Sum(q => q.Estimate) + quoted.Sum(q => q.Lowest);
        var committedTotal = committed.Sum();
        var used = spent + committedTotal;
        var name = await db.Users.Where(u => u.Id == landlordUserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        return new BudgetCard(MonthKey(month), landlordUserId, name, budget, spent, committedTotal, waitingCount, waitingAmount,
            budget is { } b ? b - used : null, budget is > 0 ? Math.Round(used / budget.Value * 100m, 1) : null,
            byCategory.OrderByDescending(c => c.Total)
                .Select(c => new CategorySpend(c.Key ?? "Uncategorized", c.Total, spent == 0 ? 0 : Math.Round(c.Total / spent * 100m, 1))).ToList(),
            own?.BudgetAlertShare ?? firm.BudgetAlertShare, organization.Currency.Code, organization.Currency.MinorUnits, propertyId, propertyName);
    }

    /// <summary>Refuses (409, with the figures) an approval of <paramref name="amount"/> that would take this month past the
    /// owner's budget, unless the approver confirmed it.</summary>
    public async Task EnsureWithinBudgetAsync(FieldOpsDbContext db, MaintenanceRequest request, decimal amount, bool confirmed, CancellationToken ct)
    {
        var outlook = await OutlookAsync(db, request, amount, ct);
        if (outlook.WouldExceed && !confirmed)
        {
            var currency = (await db.OrganizationAsync(ct)).Currency;
            throw new OverBudgetException(outlook,
                $"Approving {currency.Format(amount)} would take this month past {outlook.BudgetName} of {currency.Format(outlook.Budget!.Value)}: "
                + $"{currency.Format(outlook.SpentAndCommitted)} is already spent or committed, so {currency.Format(-outlook.RemainingAfter!.Value)} over. "
                + "Confirm to approve it anyway.");
        }
    }

    /// <summary>What this month looks like after approving <paramref name="amount"/> on the request: against the property's own
    /// budget when it has one and the approval would pass it, else against the owner's.</summary>
    public async Task<BudgetOutlook> OutlookAsync(FieldOpsDbContext db, MaintenanceRequest request, decimal amount, CancellationToken ct)
    {
        var month = ThisMonth(await db.OrganizationAsync(ct));
        var landlord = (await CardAsync(db, request.OwnerUserId, month, ct)).After(amount);
        if (landlord.WouldExceed
            || await db.Set<Property>().Where(p => p.Id == request.PropertyId).Select(p => p.MonthlyBudget).SingleAsync(ct) is null)
        {
            return landlord;
        }
        var property = (await CardAsync(db, request.OwnerUserId, month, ct, request.PropertyId)).After(amount);
        return property.WouldExceed || landlord.Budget is null ? property : landlord;
    }

    /// <summary>Sends trigger 11 once per budget and month when spent and committed reach its alert share: the landlord's
    /// budget and, when <paramref name="propertyId"/> has one, the property's own. Call after the change is flushed (inside
    /// the transaction), so the card counts it.</summary>
    public async Task AlertIfCrossedAsync(FieldOpsDbContext db, string landlordUserId, CancellationToken ct, Guid? propertyId = null)
    {
        var organization = await db.OrganizationAsync(ct);
        var month = ThisMonth(organization);
        var own = await db.Set<LandlordSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.LandlordUserId == landlordUserId, ct);
        if (own?.BudgetAlerts == false)
        {
            return;
        }
        // Two changes to one budget at once must see each other, or neither would cross the line: both touch the row the
        // budget comes from, so the later one collides on its version and runs again on the winner's figures. The row is
        // read before the figures, so a change committed in between is a collision, never a silent miss.
        OrganizationEntity? budgetRow = own is not null
            ? await db.Set<LandlordSettings>().SingleAsync(s => s.Id == own.Id, ct)
            : await db.Set<MaintenanceSettings>().SingleOrDefaultAsync(ct);
        await AlertForAsync(db, landlordUserId, month, budgetRow, null, ct);
        if (propertyId is { } id)
        {
            var property = await db.Set<Property>().SingleAsync(p => p.Id == id, ct);
            if (property.MonthlyBudget is not null)
            {
                await AlertForAsync(db, landlordUserId, month, property, id, ct);
            }
        }
    }

    private async Task AlertForAsync(FieldOpsDbContext db, string landlordUserId, DateOnly month, OrganizationEntity? budgetRow, Guid? propertyId,
        CancellationToken ct)
    {
        var card = await CardAsync(db, landlordUserId, month, ct, propertyId);
        if (card.Budget is null)
        {
            return;
        }
        if (budgetRow is not null)
        {
            db.Entry(budgetRow).Property(nameof(OrganizationEntity.UpdatedAt)).IsModified = true;
        }
        var key = MonthKey(month);
        var scope = BudgetAlert.ScopeOf(propertyId);
        if (card.Budget is not { } budget || budget <= 0 || card.Spent + card.Committed < budget * card.AlertShare
            || await db.Set<BudgetAlert>().AnyAsync(a => a.LandlordUserId == landlordUserId && a.Month == key && a.Scope == scope, ct))
        {
            return;
        }
        db.Add(new BudgetAlert(landlordUserId, key, clock.GetUtcNow().UtcDateTime, propertyId));
        var currency = (await db.OrganizationAsync(ct)).Currency;
        var whose = card.PropertyName is null ? $"{key}'s maintenance budget" : $"{card.PropertyName}'s maintenance budget for {key}";
        await notifier.NotifyAsync(db, [landlordUserId], new NotificationMessage($"Budget alert: {card.PercentUsed:0}% of {whose} used",
            $"{currency.Format(card.Spent)} spent and {currency.Format(card.Committed)} committed of {currency.Format(budget)}; "
            + $"{card.PendingApprovals} approvals are waiting ({currency.Format(card.PendingAmount)}).", "/maintenance/landlord", null, null), ct, evenTheActor: true);
    }
}
