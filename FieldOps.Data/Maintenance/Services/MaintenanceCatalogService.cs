using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Platform.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Maintenance.Services;

/// <summary>
/// The firm's setup: properties, units and their tenants, vendors, the expense hierarchy and the approval policy
/// with each landlord's overrides. Property managers and admins change it; a landlord reads their own properties
/// and sets their own thresholds; a tenant reads their unit.
/// </summary>
public sealed class MaintenanceCatalogService(
    IDbContextFactory<FieldOpsDbContext> contextFactory,
    MaintenanceGuard guard,
    IValidator<PropertyInput> propertyValidator,
    IValidator<UnitInput> unitValidator,
    IValidator<VendorInput> vendorValidator,
    IValidator<ExpenseCategoryInput> categoryValidator,
    IValidator<ExpenseTypeInput> typeValidator,
    IValidator<MaintenanceSettingsInput> settingsValidator)
{
    // ---- Properties and units ----

    /// <summary>The firm's properties (a landlord: their own), by name.</summary>
    public async Task<ListPage<PropertyView>> PropertiesAsync(ListRequest request, CancellationToken cancellationToken)
    {
        guard.RequireAny(MaintenanceRoles.PropertyManager, Roles.Admin, MaintenanceRoles.Landlord, MaintenanceRoles.MaintenanceStaff);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Set<Property>().AsNoTracking();
        if (!guard.IsManager && !guard.IsIn(MaintenanceRoles.MaintenanceStaff))
        {
            var me = guard.UserId;
            query = query.Where(p => p.OwnerUserId == me);
        }
        var items = await query.OrderBy(p => p.Name).Skip(request.SafeSkip).Take(request.SafeTake)
            .Select(p => new PropertyView(p.Id, p.Name, p.Address, p.Area, p.OwnerUserId,
                db.Users.Where(u => u.Id == p.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
                db.Set<Unit>().Count(u => u.PropertyId == p.Id), p.MonthlyBudget))
            .ToListAsync(cancellationToken);
        return ListPage<PropertyView>.Of(items, await query.CountUpToLimitAsync(cancellationToken));
    }

    public async Task<PropertyView> SavePropertyAsync(Guid? id, PropertyInput input, CancellationToken cancellationToken)
    {
        guard.RequireManager();
        await propertyValidator.ValidateAndThrowAsync(input, cancellationToken);
        var saved = await contextFactory.WriteAsync(async db =>
        {
            await EnsureUserInRoleAsync(db, input.OwnerUserId, MaintenanceRoles.Landlord, "ownerUserId", "Choose one of the firm's landlords.", cancellationToken);
            if (await db.Set<Property>().AnyAsync(p => p.Name == input.Name.Trim() && p.Id != id, cancellationToken))
            {
                throw new InputValidationException("name", "The firm already has a property with this name.");
            }
            Property property;
            if (id is null)
            {
                property = new Property(input.Name, input.Address, input.Area, input.OwnerUserId);
                db.Add(property);
            }
            else
            {
                property = await db.Set<Property>().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new RecordNotFoundException("Property", id);
                property.Update(input.Name, input.Address, input.Area, input.OwnerUserId);
            }
            return property.Id;
        }, cancellationToken);
        return await PropertyAsync(saved, cancellationToken);
    }

    /// <summary>Sets or clears a property's own monthly budget (its owner, or a manager); its owner's budget still applies.</summary>
    public async Task<PropertyView> SetPropertyBudgetAsync(Guid propertyId, decimal? monthlyBudget, CancellationToken cancellationToken)
    {
        guard.RequireAny(MaintenanceRoles.PropertyManager, Roles.Admin, MaintenanceRoles.Landlord);
        if (monthlyBudget is < 0 or > InputLimits.MaxDocumentTotal)
        {
            throw new InputValidationException("monthlyBudget", $"A budget is between 0 and {InputLimits.MaxDocumentTotal:N0}.");
        }
        await contextFactory.WriteAsync(async db =>
        {
            var property = await db.Set<Property>().SingleOrDefaultAsync(p => p.Id == propertyId, cancellationToken);
            if (property is null || (!guard.IsManager && property.OwnerUserId != guard.UserId))
            {
                throw new RecordNotFoundException("Property", propertyId);
            }
            property.SetMonthlyBudget(monthlyBudget);
        }, cancellationToken);
        return await PropertyAsync(propertyId, cancellationToken);
    }

    private async Task<PropertyView> PropertyAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<Property>().AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PropertyView(p.Id, p.Name, p.Address, p.Area, p.OwnerUserId,
                db.Users.Where(u => u.Id == p.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
                db.Set<Unit>().Count(u => u.PropertyId == p.Id), p.MonthlyBudget))
            .SingleAsync(cancellationToken);
    }

    /// <summary>The units of a property (or of the firm), with their tenants.</summary>
    public async Task<ListPage<UnitView>> UnitsAsync(Guid? propertyId, ListRequest request, CancellationToken cancellationToken)
    {
        guard.RequireAny(MaintenanceRoles.PropertyManager, Roles.Admin, MaintenanceRoles.Landlord, MaintenanceRoles.MaintenanceStaff, MaintenanceRoles.Tenant);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var units = VisibleUnits(db);
        if (propertyId is { } pid)
        {
            units = units.Where(u => u.PropertyId == pid);
        }
        var items = await Project(db, units, page => page.Skip(request.SafeSkip).Take(request.SafeTake)).ToListAsync(cancellationToken);
        return ListPage<UnitView>.Of(items, await units.CountUpToLimitAsync(cancellationToken));
    }

    private IQueryable<Unit> VisibleUnits(FieldOpsDbContext db)
    {
        var units = db.Set<Unit>().AsNoTracking();
        if (!guard.IsManager && !guard.IsIn(MaintenanceRoles.MaintenanceStaff))
        {
            var me = guard.UserId;
            var landlord = guard.IsIn(MaintenanceRoles.Landlord);
            units = units.Where(u => u.TenantUserId == me || (landlord && db.Set<Property>().Any(p => p.Id == u.PropertyId && p.OwnerUserId == me)));
        }
        return units;
    }

    /// <summary>Units by property name and number, one page of them, with their property and tenant names.</summary>
    private static IQueryable<UnitView> Project(FieldOpsDbContext db, IQueryable<Unit> units, Func<IQueryable<UnitRow>, IQueryable<UnitRow>> page) =>
        page(from unit in units
             join property in db.Set<Property>() on unit.PropertyId equals property.Id
             orderby property.Name, unit.Number
             select new UnitRow { Unit = unit, PropertyName = property.Name })
        .Select(r => new UnitView(r.Unit.Id, r.Unit.PropertyId, r.PropertyName, r.Unit.Number, r.Unit.Floor, r.Unit.TenantUserId,
            db.Users.Where(u => u.Id == r.Unit.TenantUserId).Select(u => u.DisplayName).FirstOrDefault()));

    private sealed class UnitRow
    {
        public required Unit Unit { get; init; }
        public required string PropertyName { get; init; }
    }

    public async Task<UnitView> SaveUnitAsync(Guid? id, UnitInput input, CancellationToken cancellationToken)
    {
        guard.RequireManager();
        await unitValidator.ValidateAndThrowAsync(input, cancellationToken);
        var saved = await contextFactory.WriteAsync(async db =>
        {
            if (!await db.Set<Property>().AnyAsync(p => p.Id == input.PropertyId, cancellationToken))
            {
                throw new InputValidationException("propertyId", "Choose one of the firm's properties.");
            }
            if (!string.IsNullOrWhiteSpace(input.TenantUserId))
            {
                await EnsureUserInRoleAsync(db, input.TenantUserId, MaintenanceRoles.Tenant, "tenantUserId", "Choose one of the firm's tenants.", cancellationToken);
            }
            if (await db.Set<Unit>().AnyAsync(u => u.PropertyId == input.PropertyId && u.Number == input.Number.Trim() && u.Id != id, cancellationToken))
            {
                throw new InputValidationException("number", "The property already has a unit with this number.");
            }
            Unit unit;
            if (id is null)
            {
                unit = new Unit(input.PropertyId!.Value, input.Number, input.Floor, input.TenantUserId);
                db.Add(unit);
            }
            else
            {
                unit = await db.Set<Unit>().SingleOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw new RecordNotFoundException("Unit", id);
                unit.Update(input.Number, input.Floor, input.TenantUserId);
            }
            return unit.Id;
        }, cancellationToken);
        await using var read = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Project(read, VisibleUnits(read).Where(u => u.Id == saved), page => page).SingleAsync(cancellationToken);
    }

    /// <summary>What the tenant's request form needs: their units and the active expense types.</summary>
    public async Task<TenantHome> TenantHomeAsync(CancellationToken cancellationToken)
    {
        guard.RequireModule();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var me = guard.UserId;
        var units = await (from unit in db.Set<Unit>().AsNoTracking()
                           join property in db.Set<Property>() on unit.PropertyId equals property.Id
                           where unit.TenantUserId == me
                           orderby property.Name, unit.Number
                           select new UnitView(unit.Id, unit.PropertyId, property.Name, unit.Number, unit.Floor, unit.TenantUserId, null)).Take(20)
            .ToListAsync(cancellationToken);
        return new TenantHome(units, await ExpenseTypesQuery(db, activeOnly: true).ToListAsync(cancellationToken));
    }

    // ---- Vendors ----

    public async Task<ListPage<VendorView>> VendorsAsync(bool activeOnly, ListRequest request, CancellationToken cancellationToken)
    {
        guard.RequireAny(MaintenanceRoles.PropertyManager, Roles.Admin, MaintenanceRoles.Landlord, MaintenanceRoles.MaintenanceStaff);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Set<Vendor>().AsNoTracking().Where(v => !activeOnly || v.IsActive);
        var items = await query.OrderBy(v => v.Name).Skip(request.SafeSkip).Take(request.SafeTake).ToListAsync(cancellationToken);
        return ListPage<VendorView>.Of(items.Select(ToView).ToList(), await query.CountUpToLimitAsync(cancellationToken));
    }

    public async Task<VendorView> VendorAsync(Guid id, CancellationToken cancellationToken)
    {
        guard.RequireAny(MaintenanceRoles.PropertyManager, Roles.Admin, MaintenanceRoles.Landlord, MaintenanceRoles.MaintenanceStaff, MaintenanceRoles.Vendor);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var vendor = await db.Set<Vendor>().AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, cancellationToken) ?? throw new RecordNotFoundException("Vendor", id);
        if (guard.IsIn(MaintenanceRoles.Vendor) && !guard.IsManager && vendor.UserId != guard.UserId)
        {
            throw new RecordNotFoundException("Vendor", id);
        }
        return ToView(vendor);
    }

    public async Task<VendorView> SaveVendorAsync(Guid? id, VendorInput input, CancellationToken cancellationToken)
    {
        guard.RequireManager();
        await vendorValidator.ValidateAndThrowAsync(input, cancellationToken);
        var saved = await contextFactory.WriteAsync(async db =>
        {
            if (await db.Set<Vendor>().AnyAsync(v => v.Name == input.Name.Trim() && v.Id != id, cancellationToken))
            {
                throw new InputValidationException("name", "The firm already has a vendor with this name.");
            }
            if (!string.IsNullOrWhiteSpace(input.UserId))
            {
                await EnsureUserInRoleAsync(db, input.UserId, MaintenanceRoles.Vendor, "userId", "Link a vendor portal account of the firm, or none.", cancellationToken);
                if (await db.Set<Vendor>().AnyAsync(v => v.UserId == input.UserId && v.Id != id, cancellationToken))
                {
                    throw new InputValidationException("userId", "That account already acts for another vendor.");
                }
            }
            Vendor vendor;
            if (id is null)
            {
                vendor = new Vendor(input.ToDetails());
                db.Add(vendor);
            }
            else
            {
                vendor = await db.Set<Vendor>().SingleOrDefaultAsync(v => v.Id == id, cancellationToken) ?? throw new RecordNotFoundException("Vendor", id);
                vendor.Update(input.ToDetails());
            }
            vendor.LinkUser(input.UserId);
            return vendor.Id;
        }, cancellationToken);
        return await VendorAsync(saved, cancellationToken);
    }

    /// <summary>A vendor's scorecard, computed from their rated, completed and quoted work (the latest 1,000 of each at most).</summary>
    public async Task<VendorScorecard> ScorecardAsync(Guid vendorId, CancellationToken cancellationToken)
    {
        var vendor = await VendorAsync(vendorId, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var currency = (await db.OrganizationAsync(cancellationToken)).Currency;
        var ratings = await db.Set<MaintenanceRating>().AsNoTracking().Where(r => r.VendorId == vendorId).OrderByDescending(r => r.RatedAt).Take(1000)
            .Select(r => new { r.Overall, r.ResponseTime, r.Quality, r.Professionalism, r.Communication, r.WouldRecommend }).ToListAsync(cancellationToken);
        var work = await db.Set<MaintenanceRequest>().AsNoTracking().Where(r => r.VendorId == vendorId && r.CompletedAt != null && r.ActualCost != null)
            .OrderByDescending(r => r.CompletedAt).Take(1000)
            .Select(r => new { r.ActualCost, r.ApprovedBudget, r.AssignedAt, r.CompletedAt, r.StartedAt, r.OnSiteDueAt }).ToListAsync(cancellationToken);
        var quotes = await db.Set<Quote>().AsNoTracking().Where(q => q.VendorId == vendorId).GroupBy(q => q.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        decimal? Average(IEnumerable<int?> values) => values.OfType<int>().ToList() is { Count: > 0 } list ? Math.Round((decimal)list.Sum() / list.Count, 2) : null;
        decimal? Share(int part, int whole) => whole == 0 ? null : Math.Round((decimal)part / whole, 4);
        var recommendations = ratings.Where(r => r.WouldRecommend is not null).ToList();
        var budgeted = work.Where(w => w.ApprovedBudget > 0).ToList();
        var timed = work.Where(w => w.AssignedAt is not null).ToList();
        return new VendorScorecard(vendor.Id, vendor.Name, ratings.Count, Average(ratings.Select(r => (int?)r.Overall)), Average(ratings.Select(r => r.ResponseTime)),
            Average(ratings.Select(r => r.Quality)), Average(ratings.Select(r => r.Professionalism)), Average(ratings.Select(r => r.Communication)),
            Share(recommendations.Count(r => r.WouldRecommend == true), recommendations.Count), vendor.TotalJobsCompleted,
            work.Count == 0 ? null : currency.Round(work.Average(w => w.ActualCost!.Value)), work.Sum(w => w.ActualCost!.Value),
            timed.Count == 0 ? null : Math.Round((decimal)timed.Average(w => (w.CompletedAt!.Value - w.AssignedAt!.Value).TotalDays), 1),
            Share(work.Count(w => w.StartedAt is { } started && started <= w.OnSiteDueAt), work.Count(w => w.StartedAt is not null)),
            budgeted.Count == 0 ? null : Math.Round(budgeted.Average(w => (w.ActualCost!.Value - w.ApprovedBudget!.Value) / w.ApprovedBudget.Value), 4),
            quotes.Sum(q => q.Count), quotes.Where(q => q.Key == QuoteStatus.Approved).Sum(q => q.Count), currency.Code, currency.MinorUnits);
    }

    /// <summary>
    /// Seed 002's intelligent vendor selection for a request: vendors ranked by specialization match to its expense
    /// type, service area, emergency availability and rating. Each suggestion says why.
    /// </summary>
    public async Task<IReadOnlyList<VendorSuggestion>> SuggestVendorsAsync(Guid requestId, CancellationToken cancellationToken)
    {
        guard.RequireAny(MaintenanceRoles.PropertyManager, Roles.Admin, MaintenanceRoles.Landlord, MaintenanceRoles.MaintenanceStaff);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var request = await guard.Visible(db).AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken)
            ?? throw new RecordNotFoundException("Maintenance request", requestId);
        var area = await db.Set<Property>().Where(p => p.Id == request.PropertyId).Select(p => p.Area).SingleAsync(cancellationToken);
        var type = await (from t in db.Set<ExpenseType>()
                          join c in db.Set<ExpenseCategory>() on t.CategoryId equals c.Id
                          where t.Id == request.ExpenseTypeId
                          select new { t.Name, Category = c.Name }).SingleOrDefaultAsync(cancellationToken);
        var vendors = await db.Set<Vendor>().AsNoTracking().Where(v => v.IsActive).OrderBy(v => v.Name).Take(200).ToListAsync(cancellationToken);
        return vendors.Select(v => Rank(v, request, type?.Name, area)).OrderByDescending(s => s.Score).ThenByDescending(s => s.Vendor.Rating)
            .ThenBy(s => s.Vendor.Name).ToList();
    }

    private static VendorSuggestion Rank(Vendor vendor, MaintenanceRequest request, string? typeName, string? area)
    {
        var score = 0;
        var reasons = new List<string>();
        if (typeName is not null && vendor.Specialization is { } specialization && Words(typeName).Any(w => specialization.Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            score += 40;
            reasons.Add($"specializes in {typeName.ToLowerInvariant()}");
        }
        if (area is not null && vendor.ServiceAreas?.Contains(area, StringComparison.OrdinalIgnoreCase) == true)
        {
            score += 20;
            reasons.Add($"serves {area}");
        }
        if (request.Priority == MaintenancePriority.Emergency)
        {
            if (vendor.EmergencyAvailable)
            {
                score += 30;
                reasons.Add("available for emergencies");
            }
        }
        else if (vendor.EmergencyAvailable)
        {
            score += 2;
        }
        score += (int)Math.Round(vendor.Rating * 4);
        if (vendor.RatingCount > 0)
        {
            reasons.Add($"rated {vendor.Rating:0.0} over {vendor.JobsCompleted} jobs");
        }
        // The scorecard's track record: starts within the SLA and costs near the approved budget count, a little.
        var record = vendor.TrackRecord;
        if (record.OnTimePercent is { } onTime)
        {
            score += (int)Math.Round(onTime / 20m);
            if (onTime >= 90m)
            {
                reasons.Add($"{onTime:0}% on time");
            }
        }
        if (record.CostVersusBudgetPercent is { } variance)
        {
            score -= (int)Math.Round(Math.Min(Math.Abs(variance), 50m) / 10m);
            if (Math.Abs(variance) <= 5m)
            {
                reasons.Add("keeps to budget");
            }
        }
        return new VendorSuggestion(ToView(vendor), score, reasons);
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', '/', '-', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3 && !w.Equals("service", StringComparison.OrdinalIgnoreCase)
            && !w.Equals("repair", StringComparison.OrdinalIgnoreCase) && !w.Equals("work", StringComparison.OrdinalIgnoreCase))
            .Select(w => w.Length > 6 ? w[..6] : w);

    private static VendorView ToView(Vendor v) => new(v.Id, v.Name, v.VendorType, v.ContactPerson, v.PhonePrimary, v.PhoneSecondary, v.Mobile, v.Email, v.Address,
        v.NationalId, v.CommercialRegistration, v.TaxNumber, v.Specialization, v.PaymentTerms, v.PreferredPaymentMethod, v.EmergencyAvailable, v.ServiceAreas,
        v.IsActive, v.Notes, v.UserId, v.Rating, v.RatingCount, v.JobsCompleted, v.TrackRecord);

    // ---- The expense hierarchy ----

    public async Task<IReadOnlyList<ExpenseCategoryView>> CategoriesAsync(CancellationToken cancellationToken)
    {
        guard.RequireModule();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<ExpenseCategory>().AsNoTracking().OrderBy(c => c.DisplayOrder).ThenBy(c => c.Name).Take(500)
            .Select(c => new ExpenseCategoryView(c.Id, c.Name, c.Code, c.Description, c.IsTaxDeductible, c.IsActive, c.DisplayOrder)).ToListAsync(cancellationToken);
    }

    public async Task<ExpenseCategoryView> SaveCategoryAsync(Guid? id, ExpenseCategoryInput input, CancellationToken cancellationToken)
    {
        guard.RequireManager();
        await categoryValidator.ValidateAndThrowAsync(input, cancellationToken);
        var saved = await contextFactory.WriteAsync(async db =>
        {
            if (await db.Set<ExpenseCategory>().AnyAsync(c => c.Name == input.Name.Trim() && c.Id != id, cancellationToken))
            {
                throw new InputValidationException("name", "There is already a category with this name.");
            }
            ExpenseCategory category;
            if (id is null)
            {
                category = new ExpenseCategory(input.Name, input.Code, input.Description, input.IsTaxDeductible, input.DisplayOrder);
                category.Update(input.Name, input.Code, input.Description, input.IsTaxDeductible, input.IsActive, input.DisplayOrder);
                db.Add(category);
            }
            else
            {
                category = await db.Set<ExpenseCategory>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new RecordNotFoundException("Expense category", id);
                category.Update(input.Name, input.Code, input.Description, input.IsTaxDeductible, input.IsActive, input.DisplayOrder);
            }
            return category.Id;
        }, cancellationToken);
        return (await CategoriesAsync(cancellationToken)).Single(c => c.Id == saved);
    }

    public async Task<IReadOnlyList<ExpenseTypeView>> ExpenseTypesAsync(CancellationToken cancellationToken)
    {
        guard.RequireModule();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await ExpenseTypesQuery(db).ToListAsync(cancellationToken);
    }

    private static IQueryable<ExpenseTypeView> ExpenseTypesQuery(FieldOpsDbContext db, bool activeOnly = false) =>
        (from type in db.Set<ExpenseType>().AsNoTracking().Where(t => !activeOnly || t.IsActive)
         join category in db.Set<ExpenseCategory>() on type.CategoryId equals category.Id
         orderby category.DisplayOrder, category.Name, type.DisplayOrder, type.Name
         select new ExpenseTypeView(type.Id, type.CategoryId, category.Name, type.Name, type.Code, type.Description, type.CostMin, type.CostMax, type.Frequency,
             type.IsEmergency, type.IsActive, type.DisplayOrder)).Take(1000);

    public async Task<ExpenseTypeView> SaveExpenseTypeAsync(Guid? id, ExpenseTypeInput input, CancellationToken cancellationToken)
    {
        guard.RequireManager();
        await typeValidator.ValidateAndThrowAsync(input, cancellationToken);
        var saved = await contextFactory.WriteAsync(async db =>
        {
            if (!await db.Set<ExpenseCategory>().AnyAsync(c => c.Id == input.CategoryId, cancellationToken))
            {
                throw new InputValidationException("categoryId", "Choose one of the firm's expense categories.");
            }
            if (await db.Set<ExpenseType>().AnyAsync(t => t.CategoryId == input.CategoryId && t.Name == input.Name.Trim() && t.Id != id, cancellationToken))
            {
                throw new InputValidationException("name", "The category already has a type with this name.");
            }
            ExpenseType type;
            if (id is null)
            {
                type = new ExpenseType(input.CategoryId!.Value, input.ToDetails());
                db.Add(type);
            }
            else
            {
                type = await db.Set<ExpenseType>().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new RecordNotFoundException("Expense type", id);
                type.Update(input.ToDetails());
            }
            return type.Id;
        }, cancellationToken);
        return (await ExpenseTypesAsync(cancellationToken)).Single(t => t.Id == saved);
    }

    // ---- Settings ----

    public async Task<MaintenanceSettingsView> SettingsAsync(CancellationToken cancellationToken)
    {
        guard.RequireAny(MaintenanceRoles.PropertyManager, Roles.Admin, MaintenanceRoles.Landlord);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var settings = await MaintenanceQueries.SettingsAsync(db, cancellationToken);
        var overrides = db.Set<LandlordSettings>().AsNoTracking();
        if (!guard.IsManager)
        {
            var me = guard.UserId;
            overrides = overrides.Where(o => o.LandlordUserId == me);
        }
        var landlords = await (from o in overrides
                               join user in db.Users on o.LandlordUserId equals user.Id
                               orderby user.DisplayName
                               select new LandlordOverrideView(o.LandlordUserId, user.DisplayName, o.AutoApprovalThreshold, o.QuoteThreshold, o.OwnerApprovalLimit,
                                   o.MonthlyBudget, o.BudgetAlertShare, o.BudgetAlerts))
            .Take(500).ToListAsync(cancellationToken);
        var currency = (await db.OrganizationAsync(cancellationToken)).Currency.Code;
        return new MaintenanceSettingsView(settings.AutoApprovalThreshold, settings.QuoteThreshold, settings.OwnerApprovalLimit, settings.EmergencyAutoApprovalLimit,
            settings.VerificationWindowDays,
            Enum.GetValues<MaintenancePriority>().ToDictionary(p => p, p => new SlaView(settings.Sla(p).Assign, settings.Sla(p).OnSite)), landlords, currency,
            settings.MonthlyBudget, settings.BudgetAlertShare);
    }

    /// <summary>Changes the firm's defaults (managers and admins).</summary>
    public async Task<MaintenanceSettingsView> SaveSettingsAsync(MaintenanceSettingsInput input, CancellationToken cancellationToken)
    {
        guard.RequireManager();
        await settingsValidator.ValidateAndThrowAsync(input, cancellationToken);
        await contextFactory.WriteAsync(async db =>
        {
            var settings = await db.Set<MaintenanceSettings>().SingleOrDefaultAsync(cancellationToken);
            if (settings is null)
            {
                settings = new MaintenanceSettings();
                db.Add(settings);
            }
            settings.AutoApprovalThreshold = input.AutoApprovalThreshold ?? settings.AutoApprovalThreshold;
            settings.QuoteThreshold = input.QuoteThreshold ?? settings.QuoteThreshold;
            settings.OwnerApprovalLimit = input.OwnerApprovalLimit ?? settings.OwnerApprovalLimit;
            settings.EmergencyAutoApprovalLimit = input.EmergencyAutoApprovalLimit ?? settings.EmergencyAutoApprovalLimit;
            settings.VerificationWindowDays = input.VerificationWindowDays ?? settings.VerificationWindowDays;
            settings.MonthlyBudget = input.MonthlyBudget ?? settings.MonthlyBudget;
            settings.BudgetAlertShare = input.BudgetAlertShare ?? settings.BudgetAlertShare;
            foreach (var (priority, sla) in input.Sla ?? [])
            {
                settings.SetSla(priority, sla.AssignHours, sla.OnSiteHours);
            }
            if (settings.AutoApprovalThreshold > settings.QuoteThreshold)
            {
                throw new InputValidationException("autoApprovalThreshold", "The auto-approval threshold cannot be above the quote threshold.");
            }
        }, cancellationToken);
        return await SettingsAsync(cancellationToken);
    }

    /// <summary>A landlord's own thresholds for their properties; a manager may set any landlord's. Empty values fall back to the firm's.</summary>
    public async Task<MaintenanceSettingsView> SaveLandlordSettingsAsync(string? landlordUserId, MaintenanceSettingsInput input, CancellationToken cancellationToken)
    {
        guard.RequireAny(MaintenanceRoles.PropertyManager, Roles.Admin, MaintenanceRoles.Landlord);
        await settingsValidator.ValidateAndThrowAsync(input, cancellationToken);
        var landlord = guard.IsManager && !string.IsNullOrWhiteSpace(landlordUserId) ? landlordUserId : guard.UserId;
        await contextFactory.WriteAsync(async db =>
        {
            await EnsureUserInRoleAsync(db, landlord, MaintenanceRoles.Landlord, "landlordUserId", "Choose one of the firm's landlords.", cancellationToken);
            var settings = await db.Set<LandlordSettings>().SingleOrDefaultAsync(s => s.LandlordUserId == landlord, cancellationToken);
            if (settings is null)
            {
                settings = new LandlordSettings(landlord);
                db.Add(settings);
            }
            settings.AutoApprovalThreshold = input.AutoApprovalThreshold;
            settings.QuoteThreshold = input.QuoteThreshold;
            settings.OwnerApprovalLimit = input.OwnerApprovalLimit;
            settings.MonthlyBudget = input.MonthlyBudget;
            settings.BudgetAlertShare = input.BudgetAlertShare;
            settings.BudgetAlerts = input.BudgetAlerts ?? true;
            var firm = await MaintenanceQueries.SettingsAsync(db, cancellationToken);
            if ((settings.AutoApprovalThreshold ?? firm.AutoApprovalThreshold) > (settings.QuoteThreshold ?? firm.QuoteThreshold))
            {
                throw new InputValidationException("autoApprovalThreshold", "The auto-approval threshold cannot be above the quote threshold.");
            }
        }, cancellationToken);
        return await SettingsAsync(cancellationToken);
    }

    /// <summary>The firm's users holding <paramref name="role"/> (landlords, tenants, vendor accounts) for the setup forms.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> UsersInRoleAsync(string role, CancellationToken cancellationToken)
    {
        guard.RequireAny(MaintenanceRoles.PropertyManager, Roles.Admin);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var users = await db.UsersInRole(role).OrderBy(user => user.DisplayName).Select(user => new { user.Id, user.DisplayName }).Take(500)
            .ToListAsync(cancellationToken);
        return users.Select(u => (u.Id, u.DisplayName)).ToList();
    }

    private static async Task EnsureUserInRoleAsync(FieldOpsDbContext db, string userId, string role, string field, string message, CancellationToken cancellationToken)
    {
        if (!await db.UsersInRole(role).AnyAsync(user => user.Id == userId, cancellationToken))
        {
            throw new InputValidationException(field, message);
        }
    }
}
