using FieldOps.Data.Platform;

namespace FieldOps.Data.Maintenance;

/// <summary>The people a maintenance request concerns, by which the caller's view of requests is filtered.</summary>
public interface IMaintenanceParties
{
    string OwnerUserId { get; }
    string? TenantUserId { get; }
    string? AssigneeUserId { get; }
    string? VendorUserId { get; }
}

/// <summary>
/// How many of an organization's maintenance requests are in one status with one owner, tenant, staff assignee and
/// vendor ("" for none). Database triggers keep it in the same transaction as every new request, status change,
/// assignment or delete, so each dashboard's board and the list totals add up a few rows, filtered like the requests
/// (<see cref="Services.MaintenanceGuard.Visible{T}"/>), instead of counting the requests table. Never written by the
/// application.
/// </summary>
public sealed class MaintenanceRequestCount : IOrganizationOwned, IMaintenanceParties
{
    public Guid OrganizationId { get; private set; }
    public string OwnerUserId { get; private set; } = "";
    public string TenantUserId { get; private set; } = "";
    public string AssigneeUserId { get; private set; } = "";
    public string VendorUserId { get; private set; } = "";
    public MaintenanceStatus Status { get; private set; }
    public int Count { get; private set; }
}
