using FieldOps.Data.Platform;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Maintenance.Services;

/// <summary>The module's reads, shared by the services and dashboards: one SQL statement per list page.</summary>
public static class MaintenanceQueries
{
    /// <summary>Statuses in which a request still needs something done.</summary>
    public static readonly MaintenanceStatus[] Open =
    [
        MaintenanceStatus.Pending, MaintenanceStatus.Assigned, MaintenanceStatus.Estimated, MaintenanceStatus.QuoteRequired, MaintenanceStatus.QuotesSubmitted,
        MaintenanceStatus.Approved, MaintenanceStatus.Scheduled, MaintenanceStatus.InProgress, MaintenanceStatus.OnHold, MaintenanceStatus.Completed,
        MaintenanceStatus.Verified, MaintenanceStatus.Reopened,
    ];

    /// <summary>Statuses in which a request waits for an approval: an estimate, or quotes to choose from.</summary>
    public static readonly MaintenanceStatus[] AwaitingApproval = [MaintenanceStatus.Estimated, MaintenanceStatus.QuotesSubmitted];

    /// <summary>Statuses in which nobody is on site yet, so the on-site SLA clock runs.</summary>
    public static readonly MaintenanceStatus[] AwaitingStart =
    [
        MaintenanceStatus.Pending, MaintenanceStatus.Assigned, MaintenanceStatus.Estimated, MaintenanceStatus.QuoteRequired, MaintenanceStatus.QuotesSubmitted,
        MaintenanceStatus.Approved, MaintenanceStatus.Scheduled,
    ];

    public static IQueryable<MaintenanceRequest> Filtered(IQueryable<MaintenanceRequest> requests, RequestFilter filter)
    {
        if (filter.Status is { } status)
        {
            requests = requests.Where(r => r.Status == status);
        }
        else if (filter.Statuses is { Count: > 0 } statuses)
        {
            requests = requests.Where(r => statuses.Contains(r.Status));
        }
        else if (filter.OpenOnly)
        {
            requests = requests.Where(r => r.IsOpen);
        }
        if (filter.PropertyId is { } propertyId)
        {
            requests = requests.Where(r => r.PropertyId == propertyId);
        }
        if (filter.Priority is { } priority)
        {
            requests = requests.Where(r => r.Priority == priority);
        }
        return requests;
    }

    /// <summary>Emergencies first, then the newest: the order of every queue (backed by the role indexes).</summary>
    public static IQueryable<MaintenanceRequest> Ordered(IQueryable<MaintenanceRequest> requests) =>
        requests.OrderBy(r => r.PriorityRank).ThenByDescending(r => r.RequestedAt).ThenByDescending(r => r.Number);

    public sealed record SummaryRow(MaintenanceRequest Request, string PropertyName, string? UnitNumber);

    public static IQueryable<SummaryRow> Summaries(FieldOpsDbContext db, IQueryable<MaintenanceRequest> page) =>
        from request in page.AsNoTracking()
        join property in db.Set<Property>() on request.PropertyId equals property.Id
        select new SummaryRow(request, property.Name, db.Set<Unit>().Where(u => u.Id == request.UnitId).Select(u => u.Number).FirstOrDefault());

    public static RequestSummary ToSummary(SummaryRow row, ICurrentUser user, DateTime now)
    {
        var r = row.Request;
        return new RequestSummary
        {
            Version = r.Version, Id = r.Id, Number = r.Number, Title = r.Title, PropertyId = r.PropertyId, PropertyName = row.PropertyName,
            UnitNumber = row.UnitNumber, Priority = r.Priority, Status = r.Status, StatusLabel = MaintenanceRequestWorkflow.Definition.LabelOf(r.Status),
            RequestedAt = r.RequestedAt, RequestedByName = r.RequestedByName, AssigneeName = r.AssigneeName, VendorName = r.VendorName,
            EstimatedCost = r.EstimatedCost, ApprovedBudget = r.ApprovedBudget, ActualCost = r.ActualCost, Currency = r.CurrencyCode,
            CurrencyMinorUnits = r.CurrencyMinorUnits, AssignOverdue = AssignOverdue(r, now), OnSiteOverdue = OnSiteOverdue(r, now),
            AllowedActions = MaintenanceRequestWorkflow.Definition.AllowedFor(r, user),
        };
    }

    public static bool AssignOverdue(MaintenanceRequest r, DateTime now) => r.Status == MaintenanceStatus.Pending && now > r.AssignDueAt;

    public static bool OnSiteOverdue(MaintenanceRequest r, DateTime now) => r.StartedAt is null && AwaitingStart.Contains(r.Status) && now > r.OnSiteDueAt;

    /// <summary>The firm's settings, or the defaults before anyone changed them.</summary>
    public static async Task<MaintenanceSettings> SettingsAsync(FieldOpsDbContext db, CancellationToken cancellationToken) =>
        await db.Set<MaintenanceSettings>().AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new MaintenanceSettings();

    /// <summary>The thresholds for a property of <paramref name="ownerUserId"/>: the firm's with the landlord's overrides.</summary>
    public static async Task<ApprovalPolicy> PolicyAsync(FieldOpsDbContext db, string ownerUserId, CancellationToken cancellationToken) =>
        ApprovalPolicy.For(await SettingsAsync(db, cancellationToken),
            await db.Set<LandlordSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.LandlordUserId == ownerUserId, cancellationToken));

    /// <summary>Everything a request's page shows, read for the caller: internal notes only for firm staff.</summary>
    public static async Task<RequestView> ViewAsync(FieldOpsDbContext db, MaintenanceRequest r, MaintenanceGuard guard, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var place = await (from property in db.Set<Property>()
                           where property.Id == r.PropertyId
                           select new
                           {
                               property.Name,
                               property.Address,
                               property.Area,
                               UnitNumber = db.Set<Unit>().Where(u => u.Id == r.UnitId).Select(u => u.Number).FirstOrDefault(),
                               UnitFloor = db.Set<Unit>().Where(u => u.Id == r.UnitId).Select(u => u.Floor).FirstOrDefault(),
                               TypeName = db.Set<ExpenseType>().Where(t => t.Id == r.ExpenseTypeId).Select(t => t.Name).FirstOrDefault(),
                               OwnerName = db.Users.Where(u => u.Id == r.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
                               TenantName = db.Users.Where(u => u.Id == r.TenantUserId).Select(u => u.DisplayName).FirstOrDefault(),
                               CategoryName = (from type in db.Set<ExpenseType>()
                                               join category in db.Set<ExpenseCategory>() on type.CategoryId equals category.Id
                                               where type.Id == r.ExpenseTypeId
                                               select category.Name).FirstOrDefault(),
                           }).SingleAsync(cancellationToken);
        var internals = guard.SeesInternalNotes;
        var messages = await db.Set<RequestMessage>().AsNoTracking().Where(m => m.RequestId == r.Id && (internals || m.Kind != MessageKind.Internal))
            .OrderBy(m => m.At).Take(500).Select(m => new MessageView(m.Id, m.Kind, m.AuthorName, m.Text, m.At)).ToListAsync(cancellationToken);
        var quotes = await QuotesAsync(db, r, guard.User, now, clock, cancellationToken);
        // Read by the (request, kind, position) index; ordered here, a request has a few dozen lines at most.
        var lines = (await db.Set<CostLine>().AsNoTracking().Where(l => l.RequestId == r.Id).ToListAsync(cancellationToken)).OrderBy(l => l.Position).ToList();
        var rating = await db.Set<MaintenanceRating>().AsNoTracking().Where(x => x.RequestId == r.Id)
            .Select(x => new RatingView(x.Overall, x.ResponseTime, x.Quality, x.Professionalism, x.Communication, x.WouldRecommend, x.Feedback, x.RatedAt))
            .SingleOrDefaultAsync(cancellationToken);
        var payment = await db.Set<MaintenancePayment>().AsNoTracking().Where(p => p.RequestId == r.Id)
            .Select(p => new PaymentView(p.Id, p.Amount, p.CurrencyCode, p.PaidOn, p.Method, p.Reference, p.PaidTo, p.PropertyName, p.UnitNumber, p.CategoryName,
                p.RecordedByName)).SingleOrDefaultAsync(cancellationToken);
        return new RequestView
        {
            Version = r.Version, Id = r.Id, Number = r.Number, Title = r.Title, Description = r.Description, PropertyId = r.PropertyId,
            PropertyName = place.Name, PropertyAddress = place.Address, PropertyArea = place.Area, UnitId = r.UnitId, UnitNumber = place.UnitNumber,
            UnitFloor = place.UnitFloor, OwnerUserId = r.OwnerUserId, OwnerName = place.OwnerName,
            TenantUserId = r.TenantUserId, TenantName = place.TenantName, RequestorType = r.RequestorType,
            RequestedByName = r.RequestedByName, ExpenseTypeId = r.ExpenseTypeId, ExpenseTypeName = place.TypeName, CategoryName = place.CategoryName,
            Priority = r.Priority, Status = r.Status, StatusLabel = MaintenanceRequestWorkflow.Definition.LabelOf(r.Status),
            PermissionToEnter = r.PermissionToEnter, Availability = r.Availability, AccessNotes = r.AccessNotes, Currency = r.CurrencyCode,
            CurrencyMinorUnits = r.CurrencyMinorUnits, RequestedAt = r.RequestedAt, AssignDueAt = r.AssignDueAt, OnSiteDueAt = r.OnSiteDueAt,
            AssignOverdue = AssignOverdue(r, now), OnSiteOverdue = OnSiteOverdue(r, now), AssignedAt = r.AssignedAt, AcknowledgedAt = r.AcknowledgedAt,
            EstimatedAt = r.EstimatedAt, ApprovedAt = r.ApprovedAt, ScheduledFor = r.ScheduledFor, StartedAt = r.StartedAt, CompletedAt = r.CompletedAt,
            VerifiedAt = r.VerifiedAt, VerificationDueAt = r.VerificationDueAt, ClosedAt = r.ClosedAt, AssigneeUserId = r.AssigneeUserId,
            AssigneeName = r.AssigneeName, VendorId = r.VendorId, VendorName = r.VendorName, EstimatedCost = r.EstimatedCost,
            EstimatedDuration = r.EstimatedDuration, EstimateNotes = r.EstimateNotes, EstimatedByName = r.EstimatedByName,
            EstimateNeedsOwner = r.EstimateNeedsOwner, EstimateRejectionReason = r.EstimateRejectionReason,
            EstimateLines = lines.Where(l => l.Kind == CostLineKind.Estimate)
                .Select(l => new CostLineView(l.Position, l.Item, l.Quantity, l.UnitCost, l.Total)).ToList(),
            ApprovedBudget = r.ApprovedBudget, ApprovedByName = r.ApprovedByName, ApprovalNotes = r.ApprovalNotes, SelectedQuoteId = r.SelectedQuoteId,
            RejectionReason = r.RejectionReason, HoldReason = r.HoldReason, CancellationReason = r.CancellationReason, ReopenReason = r.ReopenReason,
            ActualCost = r.ActualCost, CostVariance = r.CostVariance, IsSaving = r.IsSaving, VarianceReason = r.VarianceReason,
            CompletionNotes = r.CompletionNotes, ReceiptNumber = r.ReceiptNumber,
            FinalLines = lines.Where(l => l.Kind == CostLineKind.Final)
                .Select(l => new FinalLineView(l.Position, l.Item, l.Planned, l.Actual)).ToList(),
            Quotes = quotes, Messages = messages, Rating = rating, Payment = payment, SeesInternalNotes = internals,
            Policy = guard.IsManager || guard.IsIn(MaintenanceRoles.Landlord, MaintenanceRoles.MaintenanceStaff, MaintenanceRoles.Vendor)
                ? await PolicyAsync(db, r.OwnerUserId, cancellationToken) : null,
            AllowedActions = MaintenanceRequestWorkflow.Definition.AllowedFor(r, guard.User),
        };
    }

    private static async Task<IReadOnlyList<QuoteView>> QuotesAsync(FieldOpsDbContext db, MaintenanceRequest r, ICurrentUser user, DateTime now, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        // A request has a handful of quotes: read by the request's index and ordered here, their items likewise.
        var quotes = (await db.Set<Quote>().AsNoTracking().Where(q => q.RequestId == r.Id).ToListAsync(cancellationToken))
            .OrderBy(q => q.SubmittedAt).ThenBy(q => q.Number).ToList();
        if (quotes.Count == 0)
        {
            return [];
        }
        var quoteIds = quotes.Select(q => q.Id).ToList();
        var items = (await db.Set<QuoteItem>().AsNoTracking().Where(i => quoteIds.Contains(i.QuoteId)).ToListAsync(cancellationToken))
            .ToLookup(i => i.QuoteId);
        var vendorIds = quotes.Select(q => q.VendorId).OfType<Guid>().Distinct().ToList();
        var vendors = await db.Set<Vendor>().AsNoTracking().Where(v => vendorIds.Contains(v.Id)).ToListAsync(cancellationToken);
        var today = (await db.OrganizationAsync(cancellationToken)).Today(clock);
        return quotes.Select(q =>
        {
            var vendor = vendors.FirstOrDefault(v => v.Id == q.VendorId);
            var status = q.Status == QuoteStatus.Pending && q.IsPastValidity(today) ? QuoteStatus.Expired : q.Status;
            return new QuoteView
            {
                Version = q.Version, Id = q.Id, RequestId = r.Id, RequestNumber = r.Number, Number = q.Number, VendorId = q.VendorId, VendorName = q.VendorName,
                VendorContact = q.VendorContact, VendorEmail = q.VendorEmail,
                VendorRating = vendor is null ? null : vendor.RatingCount == 0 ? 0m : Math.Round((decimal)vendor.RatingTotal / vendor.RatingCount, 2),
                VendorJobsCompleted = vendor?.JobsCompleted, VendorRecord = vendor?.TrackRecord, Amount = q.Amount, Currency = r.CurrencyCode, CurrencyMinorUnits = r.CurrencyMinorUnits,
                Description = q.Description, Items = items[q.Id].OrderBy(i => i.Position).Select(i => new QuoteItemView(i.Position, i.Item, i.Cost)).ToList(),
                ValidUntil = q.ValidUntil, Status = status, NeedsOwner = q.NeedsOwner, SubmittedByName = q.SubmittedByName, SubmittedAt = q.SubmittedAt,
                DecidedByName = q.DecidedByName, DecisionNote = q.DecisionNote,
                AllowedActions = status == QuoteStatus.Pending && r.Status == MaintenanceStatus.QuotesSubmitted ? QuoteWorkflow.Definition.AllowedFor(q, user) : [],
            };
        }).ToList();
    }
}
