using FieldOps.Data.Platform;

namespace FieldOps.Data.Maintenance;

/// <summary>
/// The firm's maintenance policy: approval thresholds (each landlord may override them for their properties), the
/// emergency fast-track limit, the tenant's verification window and the SLA clocks by priority.
/// </summary>
public sealed class MaintenanceSettings : OrganizationEntity
{
    public const decimal DefaultQuoteThreshold = 10_000m;

    /// <summary>An estimate at or below this is approved at once (history says why).</summary>
    public decimal AutoApprovalThreshold { get; set; } = 1_000m;

    /// <summary>At or below: the estimate proceeds to approval; above: formal quotes are needed (seed 003: <c>&lt;=</c> 10,000 proceeds).</summary>
    public decimal QuoteThreshold { get; set; } = DefaultQuoteThreshold;

    /// <summary>Above this the property's owner must approve; at or below a property manager may.</summary>
    public decimal OwnerApprovalLimit { get; set; } = 20_000m;

    /// <summary>An emergency's estimate at or below this is approved at once, without quotes.</summary>
    public decimal EmergencyAutoApprovalLimit { get; set; } = 15_000m;

    /// <summary>The monthly maintenance budget of a landlord who has not set their own; none when null.</summary>
    public decimal? MonthlyBudget { get; set; }

    /// <summary>The share of the budget at which the landlord is warned (0.8 = 80%).</summary>
    public decimal BudgetAlertShare { get; set; } = 0.8m;

    /// <summary>Days a tenant has to verify completed work before it may be closed by payment without them.</summary>
    public int VerificationWindowDays { get; set; } = 7;

    public int EmergencyAssignHours { get; set; } = 1;
    public int EmergencyOnSiteHours { get; set; } = 4;
    public int HighAssignHours { get; set; } = 4;
    public int HighOnSiteHours { get; set; } = 24;
    public int MediumAssignHours { get; set; } = 24;
    public int MediumOnSiteHours { get; set; } = 72;
    public int LowAssignHours { get; set; } = 72;
    public int LowOnSiteHours { get; set; } = 168;

    /// <summary>Changes the SLA clocks of a priority (null keeps a value).</summary>
    public void SetSla(MaintenancePriority priority, int? assign, int? onSite)
    {
        var (currentAssign, currentOnSite) = Sla(priority);
        var a = assign ?? currentAssign;
        var o = onSite ?? currentOnSite;
        switch (priority)
        {
            case MaintenancePriority.Emergency: (EmergencyAssignHours, EmergencyOnSiteHours) = (a, o); break;
            case MaintenancePriority.High: (HighAssignHours, HighOnSiteHours) = (a, o); break;
            case MaintenancePriority.Medium: (MediumAssignHours, MediumOnSiteHours) = (a, o); break;
            default: (LowAssignHours, LowOnSiteHours) = (a, o); break;
        }
    }

    /// <summary>Hours to assign and to be on site for a priority.</summary>
    public (int Assign, int OnSite) Sla(MaintenancePriority priority) => priority switch
    {
        MaintenancePriority.Emergency => (EmergencyAssignHours, EmergencyOnSiteHours),
        MaintenancePriority.High => (HighAssignHours, HighOnSiteHours),
        MaintenancePriority.Medium => (MediumAssignHours, MediumOnSiteHours),
        _ => (LowAssignHours, LowOnSiteHours),
    };
}

/// <summary>A landlord's own thresholds for their properties (seed 003's <c>landlordSettings</c>); an empty value
/// means the firm's default.</summary>
public sealed class LandlordSettings : OrganizationEntity
{
    private LandlordSettings()
    {
    }

    public LandlordSettings(string landlordUserId) => LandlordUserId = landlordUserId;

    public string LandlordUserId { get; private set; } = "";
    public decimal? AutoApprovalThreshold { get; set; }
    public decimal? QuoteThreshold { get; set; }
    public decimal? OwnerApprovalLimit { get; set; }

    /// <summary>Seed 003's <c>maintenanceBudget.monthlyBudget</c>; the firm's default when null.</summary>
    public decimal? MonthlyBudget { get; set; }

    /// <summary>Seed 003's <c>alertThreshold</c>; the firm's default when null.</summary>
    public decimal? BudgetAlertShare { get; set; }

    /// <summary>Seed 003's <c>budgetAlerts</c>: whether to be warned when approaching the budget.</summary>
    public bool BudgetAlerts { get; set; } = true;
}

/// <summary>That a landlord was warned of approaching their budget in a month (trigger 11): once per budget and month,
/// the unique key makes sure of it even when two payments cross the line at once.</summary>
public sealed class BudgetAlert : Entity, IOrganizationOwned, IAppendOnly
{
    private BudgetAlert()
    {
    }

    public BudgetAlert(string landlordUserId, string month, DateTime at, Guid? propertyId = null)
    {
        LandlordUserId = landlordUserId;
        Month = month;
        SentAt = at;
        Scope = ScopeOf(propertyId);
    }

    /// <summary>Which budget: "" for the landlord's, the property's id for a property's own.</summary>
    public string Scope { get; private set; } = "";

    public static string ScopeOf(Guid? propertyId) => propertyId?.ToString() ?? "";

    public Guid OrganizationId { get; private set; }
    public string LandlordUserId { get; private set; } = "";

    /// <summary>"2026-12", in the firm's calendar.</summary>
    public string Month { get; private set; } = "";
    public DateTime SentAt { get; private set; }
}

/// <summary>The thresholds that apply to one property: the firm's, with its owner's overrides.</summary>
public sealed record ApprovalPolicy(decimal AutoApprovalThreshold, decimal QuoteThreshold, decimal OwnerApprovalLimit, decimal EmergencyAutoApprovalLimit)
{
    public static ApprovalPolicy For(MaintenanceSettings firm, LandlordSettings? landlord) => new(
        landlord?.AutoApprovalThreshold ?? firm.AutoApprovalThreshold,
        landlord?.QuoteThreshold ?? firm.QuoteThreshold,
        landlord?.OwnerApprovalLimit ?? firm.OwnerApprovalLimit,
        firm.EmergencyAutoApprovalLimit);

    /// <summary>Where an estimate of <paramref name="total"/> leads: approved at once (within the auto-approval
    /// threshold, or the emergency limit for an emergency), to approval (at or below the quote threshold), or to quotes.</summary>
    public EstimateRoute Route(decimal total, MaintenancePriority priority) =>
        total <= (priority == MaintenancePriority.Emergency ? Math.Max(EmergencyAutoApprovalLimit, AutoApprovalThreshold) : AutoApprovalThreshold)
            ? EstimateRoute.AutoApproved
            : total <= QuoteThreshold ? EstimateRoute.ToApproval : EstimateRoute.QuotesRequired;

    /// <summary>Whether approving <paramref name="amount"/> is for the property's owner alone.</summary>
    public bool NeedsOwner(decimal amount) => amount > OwnerApprovalLimit;
}

public enum EstimateRoute
{
    AutoApproved,
    ToApproval,
    QuotesRequired,
}
