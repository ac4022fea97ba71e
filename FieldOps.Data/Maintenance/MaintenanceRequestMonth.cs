using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Summaries;

namespace FieldOps.Data.Maintenance;

/// <summary>
/// The requests made in one month of the firm's calendar (<see cref="MaintenanceRequest.RequestedOn"/>), per property,
/// owner, expense type (<see cref="Guid.Empty"/> for none) and requestor: how many, how many are still open, were
/// emergencies or are closed, their actual costs in ten-thousandths (<see cref="ExactAmounts"/>), those waiting for
/// approval, and the latest request.
/// Database triggers keep it in the same transaction as every new request, status change and completion, so the
/// requestor and expense-type views read a few rows per month instead of every request of the period. Never written by
/// the application; <see cref="SummaryCounts.RebuildAsync"/> recounts it.
/// </summary>
public sealed class MaintenanceRequestMonth : IOrganizationOwned, IMonthSummary
{
    public Guid OrganizationId { get; private set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; private set; }

    public Guid PropertyId { get; private set; }
    public string OwnerUserId { get; private set; } = "";
    public Guid ExpenseTypeId { get; private set; }
    public RequestorType RequestorType { get; private set; }
    public string RequestedById { get; private set; } = "";
    public string RequestedByName { get; private set; } = "";

    public int Requests { get; private set; }
    public int Open { get; private set; }
    public int Emergencies { get; private set; }
    public int Closed { get; private set; }
    public long ActualTenThousandths { get; private set; }

    /// <summary>Of these, the requests waiting for an approval now (an estimate or submitted quotes): how many, how many
    /// are emergencies or need the owner, and their estimates in ten-thousandths.</summary>
    public int AwaitingApproval { get; private set; }
    public int AwaitingEmergencies { get; private set; }
    public int AwaitingOwner { get; private set; }
    public long AwaitingEstimatedTenThousandths { get; private set; }

    /// <summary>When the latest of these requests was made. The key of a request is fixed when it is made (property,
    /// owner, type, requestor, day), so the latest only ever moves forward.</summary>
    public DateTime LatestRequestedAt { get; private set; }
}
