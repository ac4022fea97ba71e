using FieldOps.Data.Maintenance;
using FieldOps.Data.Maintenance.Services;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Notifications;
using FieldOps.Data.Platform.Users;
using FieldOps.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static FieldOps.Tests.Maintenance.MaintenanceScenario;

namespace FieldOps.Tests.Maintenance;

/// <summary>Seed 003's budget card on a worked example, the warning before an approval passes the budget, and the 80%
/// alert sent exactly once.</summary>
public sealed class MaintenanceBudgetTests(ServiceHarness harness) : IClassFixture<ServiceHarness>
{
    [Fact]
    public Task TwoApprovalsCrossingTheAlertShareAtOnce_SendOneAlert() => BudgetRaces.TwoApprovalsAtOnceAsync(harness);

    private static readonly CancellationToken None = CancellationToken.None;
    private readonly MaintenanceScenario _scenario = new(harness);

    [Fact]
    public async Task AMonthsCard_HasTheSeedsFigures_ToTheCent_AndTheAlertFiresOnce()
    {
        // A new landlord with one property and a budget of 10,000 a month, warned at 80%.
        var email = $"owner{Guid.NewGuid():N}"[..16] + "@properties.demo";
        var owner = await _scenario.As<UserDirectory, UserSummary>(Admin, s => s.CreateAsync(new NewUserInput
        {
            Email = email, DisplayName = "Budget Owner", Password = "Budget!Owner2026x", Roles = [MaintenanceRoles.Landlord],
        }, None));
        var property = await _scenario.As<MaintenanceCatalogService, PropertyView>(Manager, s => s.SavePropertyAsync(null, new PropertyInput
        {
            Name = $"Budget House {Guid.NewGuid():N}"[..20], Address = "Lenana Road 3", Area = "Kilimani", OwnerUserId = owner.Id,
        }, None));
        await _scenario.As<MaintenanceCatalogService, MaintenanceSettingsView>(Manager, s => s.SaveLandlordSettingsAsync(owner.Id,
            new MaintenanceSettingsInput { MonthlyBudget = 10_000m, BudgetAlertShare = 0.8m }, None));
        var plumbing = (await _scenario.As<MaintenanceCatalogService, IReadOnlyList<ExpenseTypeView>>(Manager, s => s.ExpenseTypesAsync(None)))
            .Single(t => t.Name == "Plumbing Service").Id;
        var staff = await _scenario.StaffIdAsync();

        async Task<Guid> EstimatedAsync(decimal amount)
        {
            var request = await _scenario.Requests(Manager, s => s.CreateAsync(new CreateRequestInput
            {
                Title = "Budget work", Description = "Work on the common areas", Priority = MaintenancePriority.Medium, PropertyId = property.Id,
                ExpenseTypeId = plumbing,
            }, None));
            await _scenario.Requests(Manager, s => s.AssignAsync(request.Id, new AssignInput { AssigneeUserId = staff }, None));
            await _scenario.Requests(Staff, s => s.EstimateAsync(request.Id, MaintenanceScenario.Estimate((1, amount)), None));
            return request.Id;
        }
        Task<BudgetCard> CardAsync() => _scenario.As<MaintenanceRequestService, BudgetCard>(Manager, s => s.BudgetAsync(null, owner.Id, None));
        Task<RequestView> ApproveAsync(Guid id, bool confirm = false) =>
            _scenario.Requests(Manager, s => s.ApproveEstimateAsync(id, new ApprovalInput { ConfirmOverBudget = confirm }, None));
        async Task<int> AlertsAsync()
        {
            await using var db = await harness.SystemDbAsync();
            return await db.Set<Notification>().IgnoreQueryFilters().CountAsync(n => n.RecipientUserId == owner.Id && n.Title.StartsWith("Budget alert"));
        }

        var committed = await EstimatedAsync(3_000m);
        await ApproveAsync(committed);
        var paid = await EstimatedAsync(4_000m);
        await ApproveAsync(paid);
        await _scenario.Requests(Staff, s => s.StartAsync(paid, None));
        await _scenario.Requests(Staff, s => s.CompleteAsync(paid, new CompleteInput { ActualCost = 4_000.50m, CompletionNotes = "Done." }, None));
        // No tenant to verify common-area work: it is paid from completed.
        await _scenario.Requests(Manager, s => s.PayAsync(paid, new MaintenancePaymentInput { Method = PaymentMethod.Cash, PaidAt = DateOnly.FromDateTime(harness.Clock.GetUtcNow().UtcDateTime.AddHours(3)) }, None));
        var pending = await EstimatedAsync(2_000m);

        var card = await CardAsync();
        Assert.Equal((10_000m, 4_000.50m, 3_000m, 1, 2_000m, 2_999.50m, 70.0m),
            (card.Budget, card.Spent, card.Committed, card.PendingApprovals, card.PendingAmount, card.Remaining, card.PercentUsed));
        Assert.Equal([("Building Maintenance", 4_000.50m, 100.0m)], card.ByCategory.Select(c => (c.Category, c.Amount, c.Share)));
        Assert.False(card.PendingWouldExceed);
        Assert.Equal(0, await AlertsAsync());

        // Approving the 2,000 takes spent and committed to 9,000.50: past 80%, the landlord is warned, once.
        await ApproveAsync(pending);
        Assert.Equal(1, await AlertsAsync());

        // 2,500 more would pass the budget: refused with the figures unless confirmed; no second alert.
        var over = await EstimatedAsync(2_500m);
        var outlook = await _scenario.As<MaintenanceRequestService, BudgetOutlook>(Manager, s => s.BudgetOutlookAsync(over, null, None));
        Assert.Equal((true, 9_000.50m, -1_500.50m), (outlook.WouldExceed, outlook.SpentAndCommitted, outlook.RemainingAfter));
        var refused = await Assert.ThrowsAsync<OverBudgetException>(() => ApproveAsync(over));
        Assert.Contains("past the monthly budget of KES 10,000.00", refused.Message);
        Assert.Equal(MaintenanceStatus.Estimated, (await _scenario.Requests(Manager, s => s.GetAsync(over, None))).Status);
        Assert.Equal(MaintenanceStatus.Approved, (await ApproveAsync(over, confirm: true)).Status);
        Assert.Equal(1, await AlertsAsync());
        Assert.Equal(11_500.50m - 4_000.50m, (await CardAsync()).Committed);
    }

    [Fact]
    public async Task WhatWaitsForApproval_IsEveryWaitingRequest_AtItsEstimateOrItsLowestQuote()
    {
        // The card counts the waiting requests from the request months and reads only those with quotes in: recomputed
        // here from the requests and their quotes, for the landlord and for each of their properties. The tenant's new
        // requests add an estimate of 5,000 and a request whose 24,000 estimate gave way to quotes of 22,000 and 25,000.
        await _scenario.RequestAsync(MaintenanceStatus.Estimated);
        await _scenario.RequestAsync(MaintenanceStatus.QuotesSubmitted);
        var landlord = await harness.UserIdAsync(Landlord);
        await using var db = await harness.SystemDbAsync();
        var waiting = await db.Set<MaintenanceRequest>().IgnoreQueryFilters()
            .Where(r => r.OwnerUserId == landlord && (r.Status == MaintenanceStatus.Estimated || r.Status == MaintenanceStatus.QuotesSubmitted))
            .Select(r => new
            {
                r.PropertyId, r.Status, r.EstimatedCost,
                Quotes = db.Set<Quote>().IgnoreQueryFilters().Where(q => q.RequestId == r.Id && q.Status == QuoteStatus.Pending).Select(q => q.Amount).ToList(),
            })
            .ToListAsync();
        Assert.Contains(waiting, w => w.Status == MaintenanceStatus.QuotesSubmitted && w.EstimatedCost == 24_000m && w.Quotes.Min() == 22_000m);
        decimal Amount(IEnumerable<dynamic> requests) => requests.Sum(w => (decimal)(w.Status == MaintenanceStatus.Estimated
            ? w.EstimatedCost ?? 0m
            : ((List<decimal>)w.Quotes).Count == 0 ? 0m : ((List<decimal>)w.Quotes).Min()));

        var card = await _scenario.As<MaintenanceRequestService, BudgetCard>(Manager, s => s.BudgetAsync(null, landlord, None));
        Assert.Equal((waiting.Count, Amount(waiting)), (card.PendingApprovals, card.PendingAmount));
        foreach (var property in waiting.GroupBy(w => w.PropertyId))
        {
            var own = await _scenario.As<MaintenanceRequestService, BudgetCard>(Manager, s => s.BudgetAsync(null, landlord, None, property.Key));
            Assert.Equal((property.Count(), Amount(property)), (own.PendingApprovals, own.PendingAmount));
        }
    }

    [Fact]
    public async Task APropertysOwnBudget_HasItsCard_WarnsBeforeApproval_AndAlertsOnce()
    {
        // A landlord with a roomy budget of their own (100,000) and two properties; the first keeps to 10,000 a month.
        var email = $"props{Guid.NewGuid():N}"[..16] + "@properties.demo";
        var owner = await _scenario.As<UserDirectory, UserSummary>(Admin, s => s.CreateAsync(new NewUserInput
        {
            Email = email, DisplayName = "Two Houses", Password = "Budget!Owner2026x", Roles = [MaintenanceRoles.Landlord],
        }, None));
        async Task<PropertyView> PropertyAsync(string name) => await _scenario.As<MaintenanceCatalogService, PropertyView>(Manager,
            s => s.SavePropertyAsync(null, new PropertyInput { Name = $"{name} {Guid.NewGuid():N}"[..20], Address = "Lenana Road 5", OwnerUserId = owner.Id }, None));
        var watched = await PropertyAsync("Watched");
        var other = await PropertyAsync("Other");
        await _scenario.As<MaintenanceCatalogService, MaintenanceSettingsView>(Manager, s => s.SaveLandlordSettingsAsync(owner.Id,
            new MaintenanceSettingsInput { MonthlyBudget = 100_000m, BudgetAlertShare = 0.8m }, None));
        Assert.Equal(10_000m, (await _scenario.As<MaintenanceCatalogService, PropertyView>(email,
            s => s.SetPropertyBudgetAsync(watched.Id, 10_000m, None))).MonthlyBudget);
        // Another landlord cannot see, let alone budget, this landlord's property; a negative budget is refused.
        await Assert.ThrowsAsync<RecordNotFoundException>(() => _scenario.As<MaintenanceCatalogService, PropertyView>(Landlord2,
            s => s.SetPropertyBudgetAsync(watched.Id, 1m, None)));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => _scenario.As<MaintenanceRequestService, BudgetCard>(Landlord2,
            s => s.BudgetAsync(null, null, None, watched.Id)));
        await Assert.ThrowsAsync<InputValidationException>(() => _scenario.As<MaintenanceCatalogService, PropertyView>(email,
            s => s.SetPropertyBudgetAsync(watched.Id, -1m, None)));
        var staff = await _scenario.StaffIdAsync();

        async Task<Guid> EstimatedAsync(PropertyView property, decimal amount)
        {
            var request = await _scenario.Requests(Manager, s => s.CreateAsync(new CreateRequestInput
            {
                Title = "House work", Description = "Work on the common areas", Priority = MaintenancePriority.Medium, PropertyId = property.Id,
            }, None));
            await _scenario.Requests(Manager, s => s.AssignAsync(request.Id, new AssignInput { AssigneeUserId = staff }, None));
            await _scenario.Requests(Staff, s => s.EstimateAsync(request.Id, MaintenanceScenario.Estimate((1, amount)), None));
            return request.Id;
        }
        Task<RequestView> ApproveAsync(Guid id, bool confirm = false) =>
            _scenario.Requests(Manager, s => s.ApproveEstimateAsync(id, new ApprovalInput { ConfirmOverBudget = confirm }, None));
        Task<BudgetCard> CardAsync(Guid? propertyId) => _scenario.As<MaintenanceRequestService, BudgetCard>(email, s => s.BudgetAsync(null, null, None, propertyId));
        async Task<List<string>> AlertsAsync()
        {
            await using var db = await harness.SystemDbAsync();
            return await db.Set<Notification>().IgnoreQueryFilters().Where(n => n.RecipientUserId == owner.Id && n.Title.StartsWith("Budget alert"))
                .Select(n => n.Title).ToListAsync();
        }

        await ApproveAsync(await EstimatedAsync(watched, 4_500m));
        await ApproveAsync(await EstimatedAsync(other, 9_000m));
        var pending = await EstimatedAsync(watched, 6_000m);

        // The property's card counts only its own work; the landlord's, both.
        var card = await CardAsync(watched.Id);
        Assert.Equal((10_000m, 4_500m, 1, 6_000m, 5_500m, 45.0m, watched.Name),
            (card.Budget, card.Committed, card.PendingApprovals, card.PendingAmount, card.Remaining, card.PercentUsed, card.PropertyName));
        Assert.Equal((100_000m, 13_500m), ((await CardAsync(null)).Budget, (await CardAsync(null)).Committed));
        Assert.Empty(await AlertsAsync());

        // 6,000 more would take the property to 10,500: refused with its figures, though the landlord's budget has room.
        var refused = await Assert.ThrowsAsync<OverBudgetException>(() => ApproveAsync(pending));
        Assert.Equal((watched.Name, 10_000m, 4_500m, -500m), (refused.Outlook.PropertyName, refused.Outlook.Budget, refused.Outlook.SpentAndCommitted,
            refused.Outlook.RemainingAfter));
        Assert.Contains($"past {watched.Name}'s monthly budget of KES 10,000.00", refused.Message);
        var outlook = await _scenario.As<MaintenanceRequestService, BudgetOutlook>(Manager, s => s.BudgetOutlookAsync(pending, null, None));
        Assert.Equal((true, watched.Name), (outlook.WouldExceed, outlook.PropertyName));

        // Confirmed, it passes 80% of the property's budget: one alert, for that property only.
        await ApproveAsync(pending, confirm: true);
        Assert.Equal([$"Budget alert: 105% of {watched.Name}'s maintenance budget for {MaintenanceBudgets.MonthKey(DateOnly.FromDateTime(harness.Clock.GetUtcNow().UtcDateTime.AddHours(3)))} used"],
            await AlertsAsync());
        await ApproveAsync(await EstimatedAsync(watched, 1_500m), confirm: true);
        Assert.Single(await AlertsAsync());

        // Cleared, only the landlord's budget applies again.
        Assert.Null((await _scenario.As<MaintenanceCatalogService, PropertyView>(Manager, s => s.SetPropertyBudgetAsync(watched.Id, null, None))).MonthlyBudget);
        Assert.Null((await CardAsync(watched.Id)).Budget);
    }
}

/// <summary>Races on a landlord's budget, run on SQLite and on PostgreSQL.</summary>
public static class BudgetRaces
{
    /// <summary>A landlord with a 10,000 budget and two 4,500 estimates approved at the same moment: together they cross
    /// 80%, and the landlord is warned exactly once.</summary>
    public static async Task TwoApprovalsAtOnceAsync(ServiceHarness harness)
    {
        var ct = CancellationToken.None;
        var scenario = new MaintenanceScenario(harness);
        var email = $"race{Guid.NewGuid():N}"[..14] + "@properties.demo";
        var owner = await scenario.As<UserDirectory, UserSummary>(Admin, s => s.CreateAsync(new NewUserInput
        {
            Email = email, DisplayName = "Race Owner", Password = "Budget!Owner2026x", Roles = [MaintenanceRoles.Landlord],
        }, ct));
        var property = await scenario.As<MaintenanceCatalogService, PropertyView>(Manager, s => s.SavePropertyAsync(null, new PropertyInput
        {
            Name = $"Race House {Guid.NewGuid():N}"[..20], Address = "Ngong Road 9", OwnerUserId = owner.Id,
        }, ct));
        await scenario.As<MaintenanceCatalogService, MaintenanceSettingsView>(Manager, s => s.SaveLandlordSettingsAsync(owner.Id,
            new MaintenanceSettingsInput { MonthlyBudget = 10_000m, BudgetAlertShare = 0.8m }, ct));
        var staff = await scenario.StaffIdAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            var request = await scenario.Requests(Manager, s => s.CreateAsync(new CreateRequestInput
            {
                Title = "Race work", Description = "Common areas", Priority = MaintenancePriority.Medium, PropertyId = property.Id,
            }, ct));
            await scenario.Requests(Manager, s => s.AssignAsync(request.Id, new AssignInput { AssigneeUserId = staff }, ct));
            await scenario.Requests(Staff, s => s.EstimateAsync(request.Id, MaintenanceScenario.Estimate((1, 4_500m)), ct));
            ids.Add(request.Id);
        }

        await Task.WhenAll(ids.Select(id => Task.Run(() => scenario.Requests(Manager, s => s.ApproveEstimateAsync(id, null, ct)))));

        await using var db = await harness.SystemDbAsync();
        Assert.Equal(1, await db.Set<BudgetAlert>().IgnoreQueryFilters().CountAsync(a => a.LandlordUserId == owner.Id));
        Assert.Equal(1, await db.Set<Notification>().IgnoreQueryFilters().CountAsync(n => n.RecipientUserId == owner.Id && n.Title.StartsWith("Budget alert")));
    }
}
