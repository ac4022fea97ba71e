using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Platform.Numbering;
using FieldOps.Data.Platform.Persistence;
using FieldOps.Data.Platform.Workflows;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Maintenance.Services;

/// <summary>
/// Maintenance requests from the tenant's form to the payment: every step authorizes against the workflow (role,
/// the caller's relation to the request, its status), runs in one transaction with its history and notifications,
/// and refuses a change based on a stale version.
/// </summary>
public sealed class MaintenanceRequestService(
    IDbContextFactory<FieldOpsDbContext> contextFactory,
    MaintenanceGuard guard,
    MaintenanceNotifications notify,
    MaintenanceBudgets budgets,
    TimeProvider clock,
    IValidator<CreateRequestInput> createValidator,
    IValidator<MessageInput> messageValidator,
    IValidator<EstimateInput> estimateValidator,
    IValidator<QuoteInput> quoteValidator,
    IValidator<ProgressInput> progressValidator,
    IValidator<CompleteInput> completeValidator,
    IValidator<VerifyInput> verifyValidator,
    IValidator<MaintenancePaymentInput> paymentValidator)
{
    private static MaintenanceRequestWorkflow Workflow => MaintenanceRequestWorkflow.Definition;
    private static QuoteWorkflow Quotes => QuoteWorkflow.Definition;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    // ---- Reading ----

    public async Task<ListPage<RequestSummary>> ListAsync(RequestFilter filter, ListRequest request, CancellationToken cancellationToken)
    {
        guard.RequireModule();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = MaintenanceQueries.Filtered(guard.Visible(db), filter);
        var rows = await MaintenanceQueries.Summaries(db, MaintenanceQueries.Ordered(query).Skip(request.SafeSkip).Take(request.SafeTake))
            .ToListAsync(cancellationToken);
        var now = Now;
        return ListPage<RequestSummary>.Of(rows.Select(r => MaintenanceQueries.ToSummary(r, guard.User, now)).ToList(),
            await TotalAsync(db, filter, query, cancellationToken));
    }

    /// <summary>The list's total: exact from the summary rows when the filter is by status alone (every queue and
    /// dashboard list), otherwise counted up to the list limit.</summary>
    private async Task<ListTotal> TotalAsync(FieldOpsDbContext db, RequestFilter filter, IQueryable<MaintenanceRequest> query,
        CancellationToken cancellationToken)
    {
        if (filter.PropertyId is not null || filter.Priority is not null)
        {
            return await query.CountUpToLimitAsync(cancellationToken);
        }
        var statuses = filter.Status is { } status ? [status]
            : filter.Statuses is { Count: > 0 } chosen ? chosen
            : filter.OpenOnly ? MaintenanceQueries.Open
            : null;
        var counts = guard.VisibleCounts(db);
        if (statuses is not null)
        {
            counts = counts.Where(c => statuses.Contains(c.Status));
        }
        return ListTotal.Exact(await counts.SumAsync(c => c.Count, cancellationToken));
    }

    /// <summary>How many of the caller's requests are in each status, and how many are past their SLA.</summary>
    public async Task<RequestBoard> BoardAsync(CancellationToken cancellationToken)
    {
        guard.RequireModule();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var visible = guard.Visible(db);
        // From the summary rows the triggers keep: a few rows per status, whatever the number of requests.
        var counts = await guard.VisibleCounts(db).GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        var now = Now;
        // Counted only as far as a badge shows ("100+"), each a range of a (status, deadline) index for a manager.
        var assignLate = await visible.Where(r => r.Status == MaintenanceStatus.Pending && r.AssignDueAt < now)
            .CountUpToAsync(RequestBoard.OverdueLimit, cancellationToken);
        var onSiteLate = await visible.Where(r => r.StartedAt == null && r.OnSiteDueAt < now && MaintenanceQueries.AwaitingStart.Contains(r.Status))
            .CountUpToAsync(RequestBoard.OverdueLimit, cancellationToken);
        return new RequestBoard(Enum.GetValues<MaintenanceStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0),
            assignLate.Count, onSiteLate.Count, assignLate.IsAtLeast || onSiteLate.IsAtLeast);
    }

    /// <summary>Per property the caller sees (a landlord: their own): open requests, and what was paid this year in the firm's calendar.</summary>
    public async Task<IReadOnlyList<PropertyCosts>> CostsByPropertyAsync(CancellationToken cancellationToken)
    {
        guard.RequireAny(MaintenanceRoles.Landlord, MaintenanceRoles.PropertyManager, Roles.Admin);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var organization = await db.OrganizationAsync(cancellationToken);
        var yearStart = new DateOnly(organization.Today(clock).Year, 1, 1);
        var properties = db.Set<Property>().AsNoTracking();
        // This year's payments from the monthly summary rows: twelve rows a property at most, however many payments.
        var months = db.Set<MaintenancePaymentMonth>().AsNoTracking().Where(m => m.Month >= yearStart);
        if (!guard.IsManager)
        {
            var me = guard.UserId;
            properties = properties.Where(p => p.OwnerUserId == me);
            months = months.Where(m => m.LandlordUserId == me);
        }
        var list = await properties.OrderBy(p => p.Name).Take(200).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var paid = (await months.GroupBy(m => m.PropertyId).Select(g => new { g.Key, Count = g.Sum(m => m.Count), Total = g.Sum(m => m.AmountTenThousandths) })
                .ToListAsync(cancellationToken))
            .Select(x => new { x.Key, x.Count, Total = Platform.Summaries.ExactAmounts.FromTenThousandths(x.Total) }).ToList();
        // Open requests per property from the request months the triggers keep (a few hundred rows for a landlord at
        // 100×), not by counting the requests; as everywhere else, a request is open until it is closed or cancelled.
        var requestMonths = db.Set<MaintenanceRequestMonth>().AsNoTracking();
        if (!guard.IsManager)
        {
            var me = guard.UserId;
            requestMonths = requestMonths.Where(m => m.OwnerUserId == me);
        }
        var open = await requestMonths.GroupBy(m => m.PropertyId).Select(g => new { g.Key, Count = g.Sum(m => m.Open) }).ToListAsync(cancellationToken);
        return list.Select(p => new PropertyCosts(p.Id, p.Name, open.FirstOrDefault(o => o.Key == p.Id)?.Count ?? 0, paid.FirstOrDefault(x => x.Key == p.Id)?.Total ?? 0m,
            paid.FirstOrDefault(x => x.Key == p.Id)?.Count ?? 0, organization.Currency.Code, organization.Currency.MinorUnits)).ToList();
    }

    public async Task<RequestView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var request = await guard.Visible(db).AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new RecordNotFoundException("Maintenance request", id);
        return await MaintenanceQueries.ViewAsync(db, request, guard, clock, cancellationToken);
    }

    public async Task<IReadOnlyList<QuoteView>> QuotesAsync(Guid requestId, CancellationToken cancellationToken) =>
        (await GetAsync(requestId, cancellationToken)).Quotes;

    public async Task<QuoteView> QuoteAsync(Guid quoteId, CancellationToken cancellationToken)
    {
        guard.RequireModule();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var requestId = await db.Set<Quote>().Where(q => q.Id == quoteId).Select(q => (Guid?)q.RequestId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new RecordNotFoundException("Quote", quoteId);
        if (!await guard.Visible(db).AnyAsync(r => r.Id == requestId, cancellationToken))
        {
            throw new RecordNotFoundException("Quote", quoteId);
        }
        return (await GetAsync(requestId, cancellationToken)).Quotes.Single(q => q.Id == quoteId);
    }

    /// <summary>
    /// What completed requests of the same expense type actually cost, for whoever estimates this request: in the same
    /// area when there are enough there, else across the firm; the 500 most recent at most.
    /// </summary>
    public async Task<CostHistory> CostHistoryAsync(Guid requestId, CancellationToken cancellationToken)
    {
        guard.RequireModule();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var request = await guard.Visible(db).AsNoTracking().Where(r => r.Id == requestId)
            .Select(r => new { r.ExpenseTypeId, r.CurrencyCode, r.CurrencyMinorUnits, Area = db.Set<Property>().Where(p => p.Id == r.PropertyId).Select(p => p.Area).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new RecordNotFoundException("Maintenance request", requestId);
        var currency = new Currency(request.CurrencyCode, request.CurrencyMinorUnits);
        if (request.ExpenseTypeId is not { } typeId)
        {
            return new CostHistory(null, 0, null, null, null, null, null, "Choose the kind of work to compare with past jobs.", currency.Code, currency.MinorUnits);
        }
        var type = await db.Set<ExpenseType>().AsNoTracking().Where(t => t.Id == typeId).Select(t => new { t.Name, t.CostMin, t.CostMax }).SingleAsync(cancellationToken);
        var past = await db.Set<MaintenanceRequest>().AsNoTracking()
            .Where(r => r.ExpenseTypeId == typeId && r.CompletedAt != null && r.ActualCost != null && r.Id != requestId)
            .OrderByDescending(r => r.CompletedAt).Take(500)
            .Select(r => new { Cost = r.ActualCost!.Value, Area = db.Set<Property>().Where(p => p.Id == r.PropertyId).Select(p => p.Area).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var local = past.Where(p => request.Area is not null && p.Area == request.Area).ToList();
        var (sample, basis) = local.Count >= CostHistory.MinimumSample
            ? (local, $"{local.Count} completed {type.Name.ToLowerInvariant()} jobs in {request.Area}")
            : (past, $"{past.Count} completed {type.Name.ToLowerInvariant()} {(past.Count == 1 ? "job" : "jobs")} across the firm");
        if (sample.Count < CostHistory.MinimumSample)
        {
            return new CostHistory(type.Name, sample.Count, null, null, null, type.CostMin, type.CostMax,
                $"Only {basis}: too few to say what this usually costs (at least {CostHistory.MinimumSample} are needed).", currency.Code, currency.MinorUnits);
        }
        var costs = sample.Select(p => p.Cost).Order().ToList();
        return new CostHistory(type.Name, costs.Count, currency.Round(CostHistory.Percentile(costs, 0.5m)), currency.Round(CostHistory.Percentile(costs, 0.25m)),
            currency.Round(CostHistory.Percentile(costs, 0.75m)), type.CostMin, type.CostMax, $"From {basis}.", currency.Code, currency.MinorUnits);
    }

    /// <summary>A landlord's budget card for a month ("yyyy-MM", this month by default): their own, or, for a manager, the landlord named.</summary>
    public async Task<BudgetCard> BudgetAsync(string? month, string? landlordUserId, CancellationToken cancellationToken, Guid? propertyId = null)
    {
        guard.RequireAny(MaintenanceRoles.Landlord, MaintenanceRoles.PropertyManager, Roles.Admin);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var organization = await db.OrganizationAsync(cancellationToken);
        var start = budgets.ThisMonth(organization);
        if (!string.IsNullOrWhiteSpace(month))
        {
            if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out start)
                || start.Year < 2000 || start > budgets.ThisMonth(organization).AddYears(1))
            {
                throw new InputValidationException("month", "Give the month as yyyy-MM, for example 2026-12.");
            }
        }
        if (propertyId is { } id)
        {
            // A property's own budget: its owner's or, for a manager, any property's.
            var owner = await db.Set<Property>().Where(p => p.Id == id).Select(p => p.OwnerUserId).SingleOrDefaultAsync(cancellationToken);
            if (owner is null || (!guard.IsManager && owner != guard.UserId))
            {
                throw new RecordNotFoundException("Property", id);
            }
            return await MaintenanceBudgets.CardAsync(db, owner, start, cancellationToken, id);
        }
        var landlord = guard.IsManager && !string.IsNullOrWhiteSpace(landlordUserId) ? landlordUserId
            : guard.IsIn(MaintenanceRoles.Landlord) ? guard.UserId
            : throw new InputValidationException("landlordId", "Choose the landlord whose budget to show.");
        return await MaintenanceBudgets.CardAsync(db, landlord, start, cancellationToken);
    }

    /// <summary>What this month looks like for the request's owner after approving its estimate (or the quote given).</summary>
    public async Task<BudgetOutlook> BudgetOutlookAsync(Guid requestId, Guid? quoteId, CancellationToken cancellationToken)
    {
        guard.RequireAny(MaintenanceRoles.Landlord, MaintenanceRoles.PropertyManager, Roles.Admin);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var request = await guard.Visible(db).AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken)
            ?? throw new RecordNotFoundException("Maintenance request", requestId);
        var amount = quoteId is { } q
            ? await db.Set<Quote>().Where(x => x.Id == q && x.RequestId == requestId).Select(x => (decimal?)x.Amount).SingleOrDefaultAsync(cancellationToken)
                ?? throw new RecordNotFoundException("Quote", q)
            : request.EstimatedCost ?? 0m;
        return await budgets.OutlookAsync(db, request, amount, cancellationToken);
    }

    /// <summary>Maintenance staff to assign, with how many open work orders each has.</summary>
    public async Task<IReadOnlyList<StaffMember>> StaffAsync(CancellationToken cancellationToken)
    {
        guard.RequireAny(MaintenanceRoles.PropertyManager, Roles.Admin, MaintenanceRoles.Landlord);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var staff = await db.UsersInRole(MaintenanceRoles.MaintenanceStaff).OrderBy(user => user.DisplayName)
            .Select(user => new { user.Id, user.DisplayName }).Take(200).ToListAsync(cancellationToken);
        var ids = staff.Select(s => s.Id).ToList();
        var open = await db.Set<MaintenanceRequest>().Where(r => ids.Contains(r.AssigneeUserId!) && MaintenanceQueries.Open.Contains(r.Status))
            .GroupBy(r => r.AssigneeUserId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return staff.Select(s => new StaffMember(s.Id, s.DisplayName, open.FirstOrDefault(o => o.Key == s.Id)?.Count ?? 0)).ToList();
    }

    /// <summary>The firm's name and letterhead, for the module's PDFs.</summary>
    public async Task<(string Name, OrganizationSettings Settings)> LetterheadAsync(CancellationToken cancellationToken)
    {
        guard.RequireModule();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var organization = await db.Organizations.AsNoTracking().Select(o => new { o.Name, o.Settings }).SingleAsync(cancellationToken);
        return (organization.Name, organization.Settings);
    }

    // ---- The tenant's request ----

    public async Task<RequestView> CreateAsync(CreateRequestInput input, CancellationToken cancellationToken)
    {
        guard.RequireAny(MaintenanceRoles.Tenant, MaintenanceRoles.Landlord, MaintenanceRoles.PropertyManager, Roles.Admin, MaintenanceRoles.MaintenanceStaff);
        await createValidator.ValidateAndThrowAsync(input, cancellationToken);
        var id = await contextFactory.WriteAsync(async db =>
        {
            var (property, unit, tenantUserId, requestorType) = await WhereAsync(db, input, cancellationToken);
            if (input.ExpenseTypeId is { } typeId && !await db.Set<ExpenseType>().AnyAsync(t => t.Id == typeId && t.IsActive, cancellationToken))
            {
                throw new InputValidationException("expenseTypeId", "Choose one of the firm's expense types, or leave it empty.");
            }
            var organization = await db.OrganizationAsync(cancellationToken);
            var settings = await MaintenanceQueries.SettingsAsync(db, cancellationToken);
            var now = Now;
            var number = await DocumentNumbers.NextAsync(db, "MR", OrganizationTime.ToLocal(now, organization.TimeZoneId).Year, cancellationToken);
            var priority = input.Priority!.Value;
            var request = new MaintenanceRequest(new NewRequest(number, property.Id, unit?.Id, property.OwnerUserId, tenantUserId, requestorType, guard.UserId,
                guard.UserName, input.ExpenseTypeId, input.Title, input.Description, priority, input.PermissionToEnter ?? false, input.Availability,
                input.AccessNotes, now, settings.Sla(priority)), organization.Currency, organization.TimeZoneId);
            db.Add(request);
            await notify.SubmittedAsync(db, request, unit is null ? property.Name : $"{property.Name}, unit {unit.Number}", cancellationToken);
            return request.Id;
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Where a new request is for. A tenant's is always their own unit; a landlord's one of their properties.</summary>
    private async Task<(Property Property, Unit? Unit, string? TenantUserId, RequestorType Type)> WhereAsync(FieldOpsDbContext db, CreateRequestInput input,
        CancellationToken cancellationToken)
    {
        var me = guard.UserId;
        if (guard.IsIn(MaintenanceRoles.Tenant) && !guard.IsManager && !guard.IsIn(MaintenanceRoles.Landlord, MaintenanceRoles.MaintenanceStaff))
        {
            var mine = await db.Set<Unit>().Where(u => u.TenantUserId == me).OrderBy(u => u.Number).ToListAsync(cancellationToken);
            var unit = input.UnitId is { } chosen ? mine.SingleOrDefault(u => u.Id == chosen) : mine.Count == 1 ? mine[0] : null;
            if (unit is null)
            {
                throw new InputValidationException("unitId", mine.Count == 0
                    ? "Your account is not linked to a unit yet. Ask your property manager to link it."
                    : "Choose one of your units.");
            }
            var home = await db.Set<Property>().SingleAsync(p => p.Id == unit.PropertyId, cancellationToken);
            return (home, unit, me, RequestorType.Tenant);
        }
        Unit? target = null;
        var propertyId = input.PropertyId;
        if (input.UnitId is { } unitId)
        {
            target = await db.Set<Unit>().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken)
                ?? throw new InputValidationException("unitId", "Choose one of the firm's units, or a whole property.");
            if (propertyId is not null && propertyId != target.PropertyId)
            {
                throw new InputValidationException("unitId", "That unit is in another property.");
            }
            propertyId = target.PropertyId;
        }
        if (propertyId is null)
        {
            throw new InputValidationException("propertyId", "Choose the property (or a unit) the work is for.");
        }
        var property = await db.Set<Property>().SingleOrDefaultAsync(p => p.Id == propertyId, cancellationToken)
            ?? throw new InputValidationException("propertyId", "Choose one of the firm's properties.");
        if (!guard.IsManager && !guard.IsIn(MaintenanceRoles.MaintenanceStaff) && property.OwnerUserId != me)
        {
            throw new InputValidationException("propertyId", "Choose one of your properties.");
        }
        var type = guard.IsManager || guard.IsIn(MaintenanceRoles.MaintenanceStaff) ? RequestorType.Admin : RequestorType.Owner;
        return (property, target, target?.TenantUserId, type);
    }

    // ---- Triage ----

    /// <summary>Assigns a pending request; <paramref name="reassign"/> changes the assignee of an assigned one. Two
    /// first assignments at once: one applies, the other is told the request is already assigned.</summary>
    public async Task<RequestView> AssignAsync(Guid id, AssignInput input, CancellationToken cancellationToken, bool reassign = false)
    {
        var action = reassign ? Workflow.Reassign : Workflow.Assign;
        guard.Require(action);
        if (string.IsNullOrWhiteSpace(input.AssigneeUserId) && input.VendorId is null)
        {
            throw new InputValidationException("assigneeUserId", "Choose a member of staff or a vendor to do the work.");
        }
        return await ChangeAsync(id, action, async (db, request) =>
        {
            string? staffName = null;
            if (!string.IsNullOrWhiteSpace(input.AssigneeUserId))
            {
                var staffId = input.AssigneeUserId;
                staffName = await db.UsersInRole(MaintenanceRoles.MaintenanceStaff).Where(user => user.Id == staffId)
                        .Select(user => user.DisplayName).FirstOrDefaultAsync(cancellationToken)
                    ?? throw new InputValidationException("assigneeUserId", "Choose one of the firm's maintenance staff.");
            }
            Vendor? vendor = null;
            if (input.VendorId is { } vendorId)
            {
                vendor = await db.Set<Vendor>().SingleOrDefaultAsync(v => v.Id == vendorId && v.IsActive, cancellationToken)
                    ?? throw new InputValidationException("vendorId", "Choose one of the firm's active vendors.");
            }
            request.Assign(string.IsNullOrWhiteSpace(input.AssigneeUserId) ? null : input.AssigneeUserId, staffName, vendor?.Id, vendor?.UserId, vendor?.Name, Now);
            return ($"Work order {request.Number} assigned to you", $"{request.Title} — {request.Priority.ToString().ToLowerInvariant()} priority.");
        }, cancellationToken);
    }

    public Task<RequestView> RejectAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        InputLimits.CheckReason(reason);
        return ChangeAsync(id, Workflow.Reject, (_, request) =>
        {
            request.Reject(reason ?? "");
            return Task.FromResult<(string, string)?>(($"Request {request.Number} was not accepted", $"{request.Title}: {request.RejectionReason}"));
        }, cancellationToken);
    }

    /// <summary>Asks the tenant for more information: the question goes into the conversation and to the tenant.</summary>
    public Task<RequestView> RequestInfoAsync(Guid id, string? question, CancellationToken cancellationToken)
    {
        InputLimits.CheckReason(question);
        return ChangeAsync(id, Workflow.RequestInfo, (db, request) =>
        {
            request.RequestInfo(question ?? "");
            db.Add(new RequestMessage(request.Id, MessageKind.InfoRequest, guard.UserId, guard.UserName, question!, Now));
            return Task.FromResult<(string, string)?>(($"More information needed on {request.Number}", question!.Trim()));
        }, cancellationToken);
    }

    public async Task<RequestView> PostMessageAsync(Guid id, MessageInput input, CancellationToken cancellationToken)
    {
        guard.RequireModule();
        await messageValidator.ValidateAndThrowAsync(input, cancellationToken);
        if (input.Internal == true && !guard.SeesInternalNotes)
        {
            throw new AccessDeniedException("Only the firm's staff can write internal notes.");
        }
        await contextFactory.WriteAsync(async db =>
        {
            var request = await guard.LoadAsync(db, id, cancellationToken);
            var message = new RequestMessage(request.Id, input.Internal == true ? MessageKind.Internal : MessageKind.Message, guard.UserId, guard.UserName,
                input.Text, Now);
            db.Add(message);
            await notify.MessageAsync(db, request, message, cancellationToken);
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public Task<RequestView> AcknowledgeAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, Workflow.Acknowledge, (_, request) =>
        {
            request.Acknowledge(Now);
            return Task.FromResult<(string, string)?>(null);
        }, cancellationToken);

    // ---- Estimate and approval ----

    public async Task<RequestView> EstimateAsync(Guid id, EstimateInput input, CancellationToken cancellationToken)
    {
        guard.Require(Workflow.Estimate);
        await estimateValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(id, Workflow.Estimate, async (db, request) =>
        {
            var policy = await MaintenanceQueries.PolicyAsync(db, request.OwnerUserId, cancellationToken);
            var before = request.Lines.ToHashSet();
            var route = request.AddEstimate(input.Lines.Select(l => new CostLineDraft(l.Item, l.Quantity!.Value, l.UnitCost!.Value)).ToList(),
                input.EstimatedDuration, input.Notes, policy, guard.UserName, Now);
            // The new lines carry their own keys, so EF would take them for existing rows: say they are new.
            db.AddRange(request.Lines.Except(before));
            var total = request.Currency.Format(request.EstimatedCost ?? 0);
            return route switch
            {
                EstimateRoute.AutoApproved => ($"Estimate for {request.Number} approved automatically", $"{request.Title}: {total}. Work can begin."),
                EstimateRoute.QuotesRequired => ($"Quotes required for {request.Number}", $"{request.Title}: estimate {total} is above the quote threshold."),
                _ => ($"Estimate to approve on {request.Number}", $"{request.Title}: {total}{(request.EstimatedDuration is null ? "" : $", {request.EstimatedDuration}")}."),
            };
        }, cancellationToken, notifyAs: request => request.Status switch
        {
            MaintenanceStatus.Approved => [MaintenanceRecipients.Owner, MaintenanceRecipients.Assignee],
            _ => null,
        });
    }

    public Task<RequestView> ApproveEstimateAsync(Guid id, ApprovalInput? input, CancellationToken cancellationToken)
    {
        InputLimits.CheckReason(input?.Notes, "notes");
        return ChangeAsync(id, Workflow.ApproveEstimate, async (db, request) =>
        {
            await budgets.EnsureWithinBudgetAsync(db, request, request.EstimatedCost ?? 0, input?.ConfirmOverBudget == true, cancellationToken);
            request.ApproveEstimate(guard.UserId, guard.UserName, input?.Notes, Now);
            await db.SaveChangesAsync(cancellationToken);
            await budgets.AlertIfCrossedAsync(db, request.OwnerUserId, cancellationToken, request.PropertyId);
            return ($"Estimate approved on {request.Number}", $"{request.Title}: budget {request.Currency.Format(request.ApprovedBudget ?? 0)}. Work can begin.");
        }, cancellationToken);
    }

    public Task<RequestView> RejectEstimateAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        InputLimits.CheckReason(reason);
        return ChangeAsync(id, Workflow.RejectEstimate, (_, request) =>
        {
            request.RejectEstimate(reason ?? "");
            return Task.FromResult<(string, string)?>(($"Estimate rejected on {request.Number}", $"{request.EstimateRejectionReason} A new estimate is needed."));
        }, cancellationToken);
    }

    // ---- Quotes ----

    public async Task<QuoteView> AddQuoteAsync(Guid requestId, QuoteInput input, CancellationToken cancellationToken)
    {
        guard.Require(Workflow.AddQuote);
        await quoteValidator.ValidateAndThrowAsync(input, cancellationToken);
        Guid quoteId = default;
        await ChangeAsync(requestId, Workflow.AddQuote, async (db, request) =>
        {
            var organization = await db.OrganizationAsync(cancellationToken);
            var today = organization.Today(clock);
            if (input.ValidUntil!.Value < today)
            {
                throw new InputValidationException("validUntil", "The quote is already past its valid-until date.");
            }
            if (input.ValidUntil.Value > today.AddYears(1))
            {
                throw new InputValidationException("validUntil", "A quote cannot be valid for more than a year.");
            }
            Vendor? vendor = null;
            if (input.VendorId is { } vendorId)
            {
                vendor = await db.Set<Vendor>().SingleOrDefaultAsync(v => v.Id == vendorId, cancellationToken)
                    ?? throw new InputValidationException("vendorId", "Choose one of the firm's vendors, or name an outside vendor.");
            }
            if (guard.IsIn(MaintenanceRoles.Vendor) && !guard.IsManager && !guard.IsIn(MaintenanceRoles.MaintenanceStaff))
            {
                // A vendor's portal user quotes for their own company, whatever the input says.
                vendor = await db.Set<Vendor>().SingleOrDefaultAsync(v => v.UserId == guard.UserId, cancellationToken)
                    ?? throw new AccessDeniedException("Your account is not linked to a vendor.");
            }
            var policy = await MaintenanceQueries.PolicyAsync(db, request.OwnerUserId, cancellationToken);
            var number = await DocumentNumbers.NextAsync(db, "Q", today.Year, cancellationToken);
            var quote = new Quote(number, request, vendor?.Id, vendor?.Name ?? input.VendorName!, vendor?.PhonePrimary ?? vendor?.Mobile ?? input.VendorContact,
                vendor?.Email ?? input.VendorEmail, input.Amount!.Value, input.Description, input.Items.Select(i => (i.Item, i.Cost!.Value)).ToList(),
                input.ValidUntil.Value, policy.NeedsOwner(input.Amount.Value), guard.UserName, Now);
            db.Add(quote);
            request.QuoteAdded(quote);
            quoteId = quote.Id;
            return ($"Quote submitted for {request.Number}", $"{quote.VendorName}: {request.Currency.Format(quote.Amount)}, valid until {quote.ValidUntil:d MMM yyyy}.");
        }, cancellationToken);
        return await QuoteAsync(quoteId, cancellationToken);
    }

    /// <summary>Approves one quote: the others still pending are rejected in the same transaction ("another quote
    /// was selected"), and its amount becomes the approved budget. Of two approvals at once, exactly one wins.</summary>
    public async Task<QuoteView> ApproveQuoteAsync(Guid quoteId, ApprovalInput? input, CancellationToken cancellationToken)
    {
        guard.Require(Quotes.Approve);
        InputLimits.CheckReason(input?.Notes, "notes");
        await ExpireQuotesAsync(quoteId, cancellationToken);
        await DecideQuoteAsync(quoteId, Quotes.Approve, async (db, quote, request, today) =>
        {
            if (quote.Status == QuoteStatus.Pending && !quote.IsPastValidity(today))
            {
                await budgets.EnsureWithinBudgetAsync(db, request, quote.Amount, input?.ConfirmOverBudget == true, cancellationToken);
            }
            quote.Approve(guard.UserName, input?.Notes, today, Now);
            var others = await db.Set<Quote>().Where(q => q.RequestId == request.Id && q.Id != quote.Id && q.Status == QuoteStatus.Pending).ToListAsync(cancellationToken);
            foreach (var other in others)
            {
                other.LoseTo(quote, Now);
            }
            request.QuoteApproved(quote, guard.UserId, guard.UserName, input?.Notes, Now);
            if (quote.VendorId is { } vendorId && request.VendorUserId is null)
            {
                request.LinkVendorUser(await db.Set<Vendor>().Where(v => v.Id == vendorId).Select(v => v.UserId).SingleOrDefaultAsync(cancellationToken));
            }
            await notify.ActionTakenAsync(db, request, Quotes.Approve, $"Quote {quote.Number} approved",
                $"{request.Number} {request.Title}: {quote.VendorName}, budget {request.Currency.Format(quote.Amount)}. Work can begin.", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await budgets.AlertIfCrossedAsync(db, request.OwnerUserId, cancellationToken, request.PropertyId);
        }, cancellationToken);
        return await QuoteAsync(quoteId, cancellationToken);
    }

    public async Task<QuoteView> RejectQuoteAsync(Guid quoteId, string? reason, CancellationToken cancellationToken)
    {
        guard.Require(Quotes.Reject);
        InputLimits.CheckReason(reason);
        await ExpireQuotesAsync(quoteId, cancellationToken);
        await DecideQuoteAsync(quoteId, Quotes.Reject, async (db, quote, request, _) =>
        {
            quote.Reject(guard.UserName, reason ?? "", Now);
            await CheckQuotesLeftAsync(db, request, quote.Id, cancellationToken);
        }, cancellationToken);
        return await QuoteAsync(quoteId, cancellationToken);
    }

    /// <summary>Marks the request's pending quotes past their date as expired (and sends the request back for new
    /// quotes when none is left), in its own transaction, before a decision is taken on one of them.</summary>
    private async Task ExpireQuotesAsync(Guid quoteId, CancellationToken cancellationToken)
    {
        await contextFactory.WriteAsync(async db =>
        {
            var requestId = await db.Set<Quote>().Where(q => q.Id == quoteId).Select(q => (Guid?)q.RequestId).SingleOrDefaultAsync(cancellationToken)
                ?? throw new RecordNotFoundException("Quote", quoteId);
            var request = await guard.Visible(db).SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken) ?? throw new RecordNotFoundException("Quote", quoteId);
            var today = (await db.OrganizationAsync(cancellationToken)).Today(clock);
            var pending = await db.Set<Quote>().Where(q => q.RequestId == requestId && q.Status == QuoteStatus.Pending).ToListAsync(cancellationToken);
            var expired = pending.Where(q => q.IsPastValidity(today)).ToList();
            foreach (var quote in expired)
            {
                quote.ExpireIfPast(today, Now);
            }
            if (expired.Count > 0 && expired.Count == pending.Count && request.Status == MaintenanceStatus.QuotesSubmitted)
            {
                request.QuotesExhausted();
            }
        }, cancellationToken);
    }

    private async Task CheckQuotesLeftAsync(FieldOpsDbContext db, MaintenanceRequest request, Guid decidedQuoteId, CancellationToken cancellationToken)
    {
        var anyLeft = await db.Set<Quote>().AnyAsync(q => q.RequestId == request.Id && q.Id != decidedQuoteId
            && (q.Status == QuoteStatus.Pending || q.Status == QuoteStatus.Approved), cancellationToken);
        if (!anyLeft && request.Status == MaintenanceStatus.QuotesSubmitted)
        {
            request.QuotesExhausted();
            await notify.ActionTakenAsync(db, request, Workflow.AddQuote, $"New quotes needed for {request.Number}",
                $"{request.Title}: every quote was rejected or expired.", cancellationToken);
        }
    }

    private async Task DecideQuoteAsync(Guid quoteId, WorkflowAction<Quote, QuoteStatus> action,
        Func<FieldOpsDbContext, Quote, MaintenanceRequest, DateOnly, Task> decide, CancellationToken cancellationToken)
    {
        int? seen = null;
        await contextFactory.WriteAsync(async db =>
        {
            var quote = await db.Set<Quote>().SingleOrDefaultAsync(q => q.Id == quoteId, cancellationToken) ?? throw new RecordNotFoundException("Quote", quoteId);
            var request = await guard.LoadAsync(db, quote.RequestId, cancellationToken);
            ExpectedVersion.Check(quote, "quote");
            SameAsFirstSeen(ref seen, request);
            if (quote.Status == QuoteStatus.Expired)
            {
                throw new BusinessRuleException($"Quote {quote.Number} expired on {quote.ValidUntil:d MMM yyyy} and cannot be approved or rejected. Ask {quote.VendorName} for a new one.");
            }
            Quotes.EnsureAllowed(action, quote, guard.User);
            if (request.Status != MaintenanceStatus.QuotesSubmitted)
            {
                throw new BusinessRuleException($"Request {request.Number} is {Workflow.LabelOf(request.Status).ToLowerInvariant()}: its quotes are no longer being compared.");
            }
            await decide(db, quote, request, (await db.OrganizationAsync(cancellationToken)).Today(clock));
            // The request changes with every decision on its quotes, so two decisions at once collide on its version.
            db.Entry(request).Property(r => r.UpdatedAt).IsModified = true;
        }, cancellationToken);
    }

    // ---- Work ----

    public async Task<RequestView> ScheduleAsync(Guid id, ScheduleInput input, CancellationToken cancellationToken)
    {
        guard.Require(Workflow.Schedule);
        if (input.ScheduledFor is null)
        {
            throw new InputValidationException("scheduledFor", "Choose the date and time of the visit.");
        }
        return await ChangeAsync(id, Workflow.Schedule, async (db, request) =>
        {
            var zone = (await db.OrganizationAsync(cancellationToken)).TimeZoneId;
            var at = input.ScheduledFor.Value.Kind switch
            {
                DateTimeKind.Utc => input.ScheduledFor.Value,
                DateTimeKind.Local => input.ScheduledFor.Value.ToUniversalTime(),
                _ => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(input.ScheduledFor.Value, DateTimeKind.Unspecified), OrganizationTime.Zone(zone)),
            };
            if (at < Now.AddHours(-1))
            {
                throw new InputValidationException("scheduledFor", "The visit cannot be in the past.");
            }
            if (at > Now.AddYears(1))
            {
                throw new InputValidationException("scheduledFor", "The visit cannot be more than a year ahead.");
            }
            var local = OrganizationTime.ToLocal(at, zone);
            if (AvailabilityWindow.Parse(request.Availability) is { } windows && !AvailabilityWindow.Fits(windows, local))
            {
                throw new InputValidationException("scheduledFor", $"{local:ddd d MMM, HH:mm} is outside the tenant's availability ({request.Availability}).");
            }
            request.Schedule(at, $"{local:ddd d MMM yyyy, HH:mm}");
            return ($"Visit scheduled for {request.Number}", $"{request.Title}: {local:dddd d MMMM, HH:mm}.{(request.AssigneeName is null ? "" : $" {request.AssigneeName} will come.")}");
        }, cancellationToken);
    }

    public Task<RequestView> StartAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, Workflow.Start, (_, request) =>
        {
            request.Start(Now);
            return Task.FromResult<(string, string)?>(($"Work started on {request.Number}", $"{request.Title}: {request.AssigneeName ?? request.VendorName} has started."));
        }, cancellationToken);

    public async Task<RequestView> ProgressAsync(Guid id, ProgressInput input, CancellationToken cancellationToken)
    {
        guard.Require(Workflow.Progress);
        await progressValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(id, Workflow.Progress, (db, request) =>
        {
            request.Progress(input.Note);
            db.Add(new RequestMessage(request.Id, MessageKind.Progress, guard.UserId, guard.UserName, input.Note, Now));
            return Task.FromResult<(string, string)?>(($"Progress on {request.Number}", input.Note.Trim()));
        }, cancellationToken);
    }

    public Task<RequestView> HoldAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        InputLimits.CheckReason(reason);
        return ChangeAsync(id, Workflow.Hold, (_, request) =>
        {
            request.Hold(reason ?? "");
            return Task.FromResult<(string, string)?>(null);
        }, cancellationToken);
    }

    public Task<RequestView> ResumeAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, Workflow.Resume, (_, request) =>
        {
            request.Resume();
            return Task.FromResult<(string, string)?>(null);
        }, cancellationToken);

    public Task<RequestView> CancelAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        InputLimits.CheckReason(reason);
        return ChangeAsync(id, Workflow.Cancel, (_, request) =>
        {
            request.Cancel(reason ?? "");
            return Task.FromResult<(string, string)?>(($"Work cancelled on {request.Number}", $"{request.Title}: {request.CancellationReason}"));
        }, cancellationToken);
    }

    public async Task<RequestView> CompleteAsync(Guid id, CompleteInput input, CancellationToken cancellationToken)
    {
        guard.Require(Workflow.Complete);
        await completeValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(id, Workflow.Complete, async (db, request) =>
        {
            var settings = await MaintenanceQueries.SettingsAsync(db, cancellationToken);
            var before = request.Lines.ToHashSet();
            var lines = (input.Lines ?? []).Select(l => new FinalLineDraft(l.Item, l.Planned ?? 0m, l.Actual!.Value)).ToList();
            var zone = (await db.OrganizationAsync(cancellationToken)).TimeZoneId;
            var overran = request.Complete(input.ActualCost!.Value, lines, input.VarianceReason, input.CompletionNotes, input.ReceiptNumber, Now, zone,
                settings.VerificationWindowDays);
            db.AddRange(request.Lines.Except(before));
            if (overran)
            {
                await notify.CostOverrunAsync(db, request, cancellationToken);
            }
            return ($"Work completed on {request.Number}", $"{request.Title}: {request.CompletionNotes}"
                + (request.TenantUserId is null ? "" : " Please check the work and verify it."));
        }, cancellationToken);
    }

    // ---- Verification and payment ----

    public async Task<RequestView> VerifyAsync(Guid id, VerifyInput input, CancellationToken cancellationToken)
    {
        guard.Require(Workflow.Verify);
        await verifyValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(id, Workflow.Verify, async (db, request) =>
        {
            request.Verify(Now);
            var scores = new RatingScores(input.Overall!.Value, input.ResponseTime, input.Quality, input.Professionalism, input.Communication,
                input.WouldRecommend, input.Feedback);
            db.Add(new MaintenanceRating(request.Id, guard.UserId, request.VendorId, scores, Now));
            if (request.VendorId is { } vendorId)
            {
                // The vendor's rating and jobs completed change in the same transaction as the rating itself.
                var vendor = await db.Set<Vendor>().SingleAsync(v => v.Id == vendorId, cancellationToken);
                vendor.RecordVerifiedJob(request, scores.Overall, scores.WouldRecommend);
            }
            return ($"{request.Number} verified by the tenant", $"{request.Title}: rated {scores.Overall}/5."
                + (string.IsNullOrWhiteSpace(input.Feedback) ? "" : $" \"{input.Feedback.Trim()}\""));
        }, cancellationToken);
    }

    public Task<RequestView> ReopenAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        InputLimits.CheckReason(reason);
        return ChangeAsync(id, Workflow.Reopen, (_, request) =>
        {
            request.Reopen(reason ?? "");
            return Task.FromResult<(string, string)?>(($"{request.Number} is not fixed", $"{request.Title}: {request.ReopenReason}"));
        }, cancellationToken);
    }

    /// <summary>Records the payment (seed 003's maintenance-expense record) and closes the request. A request is paid
    /// once: of two payments at once, one is recorded and the other refused.</summary>
    public async Task<RequestView> PayAsync(Guid id, MaintenancePaymentInput input, CancellationToken cancellationToken)
    {
        guard.Require(Workflow.Pay);
        await paymentValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(id, Workflow.Pay, async (db, request) =>
        {
            var organization = await db.OrganizationAsync(cancellationToken);
            if (InputLimits.WhyNotAPastDate(input.PaidAt!.Value, organization.Today(clock), "payment date") is { } problem)
            {
                throw new InputValidationException("paidAt", problem);
            }
            var payment = Payment.Of(input.PaidAt.Value, input.Method!.Value, input.Reference);
            var wasVerified = request.Status == MaintenanceStatus.Verified;
            request.Pay(payment, Now);
            var place = await (from property in db.Set<Property>()
                               where property.Id == request.PropertyId
                               select new
                               {
                                   property.Name,
                                   Unit = db.Set<Unit>().Where(u => u.Id == request.UnitId).Select(u => u.Number).FirstOrDefault(),
                                   Category = (from type in db.Set<ExpenseType>()
                                               join category in db.Set<ExpenseCategory>() on type.CategoryId equals category.Id
                                               where type.Id == request.ExpenseTypeId
                                               select category.Name).FirstOrDefault(),
                               }).SingleAsync(cancellationToken);
            db.Add(new MaintenancePayment(request, place.Name, place.Unit, place.Category, request.VendorName ?? request.AssigneeName ?? "—", payment,
                guard.UserName, Now));
            if (!wasVerified && request.VendorId is { } vendorId)
            {
                (await db.Set<Vendor>().SingleAsync(v => v.Id == vendorId, cancellationToken)).RecordUnratedJob(request);
            }
            await db.SaveChangesAsync(cancellationToken);
            await budgets.AlertIfCrossedAsync(db, request.OwnerUserId, cancellationToken, request.PropertyId);
            return ($"Payment recorded for {request.Number}",
                $"{request.Currency.Format(request.ActualCost ?? 0)} paid {payment.Describe()}.");
        }, cancellationToken);
    }

    // ---- The unit of every change ----

    /// <summary>
    /// A decision is taken on the request as the caller saw it. When another change to it wins the race, the unit of
    /// work runs again on fresh data; then it is refused (409) rather than applied to a request the caller never saw:
    /// of two assignments, approvals or payments at once exactly one succeeds.
    /// </summary>
    private static void SameAsFirstSeen(ref int? seen, MaintenanceRequest request)
    {
        seen ??= request.Version;
        if (seen != request.Version)
        {
            throw new ConcurrencyConflictException($"Someone else changed request {request.Number} at the same time. Reload it to see what changed.");
        }
    }

    private async Task<RequestView> ChangeAsync(Guid id, WorkflowAction<MaintenanceRequest, MaintenanceStatus> action,
        Func<FieldOpsDbContext, MaintenanceRequest, Task<(string Title, string Message)?>> change, CancellationToken cancellationToken,
        Func<MaintenanceRequest, string[]?>? notifyAs = null)
    {
        guard.Require(action);
        int? seen = null;
        await contextFactory.WriteAsync(async db =>
        {
            var request = await guard.LoadAsync(db, id, cancellationToken, withLines: true);
            ExpectedVersion.Check(request, "maintenance request");
            SameAsFirstSeen(ref seen, request);
            guard.EnsureAllowed(action, request);
            if (await change(db, request) is { } message)
            {
                var recipients = notifyAs?.Invoke(request);
                if (recipients is null)
                {
                    await notify.ActionTakenAsync(db, request, action, message.Title, message.Message, cancellationToken);
                }
                else
                {
                    await notify.ToAsync(db, request, recipients, message.Title, message.Message, cancellationToken);
                }
            }
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    private Task<RequestView> ChangeAsync(Guid id, WorkflowAction<MaintenanceRequest, MaintenanceStatus> action,
        Func<FieldOpsDbContext, MaintenanceRequest, Task<(string Title, string Message)>> change, CancellationToken cancellationToken,
        Func<MaintenanceRequest, string[]?>? notifyAs = null) =>
        ChangeAsync(id, action, async (db, request) => (await change(db, request)) is var result ? ((string, string)?)result : null, cancellationToken, notifyAs);
}
