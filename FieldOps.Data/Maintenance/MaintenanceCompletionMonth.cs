using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Summaries;

namespace FieldOps.Data.Maintenance;

/// <summary>
/// The work completed in one month of the firm's calendar (<see cref="MaintenanceRequest.CompletedOn"/>), added up per
/// property, owner, expense type, vendor and estimator (<see cref="Guid.Empty"/> or "" for none): jobs, their costs,
/// estimates and approved budgets in ten-thousandths (<see cref="ExactAmounts"/>), on-time starts, and the tenants'
/// ratings of them. Only completed requests with an actual cost count (completing records one).
/// Database triggers keep it in the same transaction as every completion, reopening, correction and rating, so the
/// vendor performance view and the cost charts read a few rows per month instead of every request of the period.
/// Never written by the application; <see cref="SummaryCounts.RebuildAsync"/> recounts it.
/// </summary>
public sealed class MaintenanceCompletionMonth : IOrganizationOwned, IMonthSummary
{
    public Guid OrganizationId { get; private set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; private set; }

    public Guid PropertyId { get; private set; }
    public string OwnerUserId { get; private set; } = "";
    public Guid ExpenseTypeId { get; private set; }
    public Guid VendorId { get; private set; }
    public string EstimatedByName { get; private set; } = "";

    public int Jobs { get; private set; }
    public long ActualTenThousandths { get; private set; }

    /// <summary>Jobs with an approved budget, and the budgets' sum.</summary>
    public int Budgeted { get; private set; }
    public long BudgetedTenThousandths { get; private set; }

    /// <summary>Jobs with an estimate, the estimates' sum and the same jobs' actual costs (estimate accuracy).</summary>
    public int Estimated { get; private set; }
    public long EstimatedTenThousandths { get; private set; }
    public long ActualOfEstimatedTenThousandths { get; private set; }

    /// <summary>Jobs started, and those started by their on-site deadline.</summary>
    public int Started { get; private set; }
    public int StartedOnTime { get; private set; }

    /// <summary>The tenants' ratings: how many, the overall stars, and each optional score's answers and total.</summary>
    public int Rated { get; private set; }
    public int OverallTotal { get; private set; }
    public int QualityCount { get; private set; }
    public int QualityTotal { get; private set; }
    public int ResponseCount { get; private set; }
    public int ResponseTotal { get; private set; }
    public int RecommendAnswered { get; private set; }
    public int Recommended { get; private set; }
}
