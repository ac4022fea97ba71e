using FieldOps.Data.Platform;

namespace FieldOps.Data.Workshop;

/// <summary>
/// How many of an organization's jobs are in one status with one technician ("" when unassigned). Database triggers
/// keep it in the same transaction as every insert, status change, reassignment or delete of a job, so the jobs
/// board and the list totals read a few rows instead of counting the jobs table. Never written by the application.
/// </summary>
public sealed class JobCount : IOrganizationOwned
{
    public Guid OrganizationId { get; private set; }
    public string TechnicianId { get; private set; } = "";
    public JobStatus Status { get; private set; }
    public int Count { get; private set; }
}
