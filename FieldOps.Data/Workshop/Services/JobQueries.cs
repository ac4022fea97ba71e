using FieldOps.Data.Platform.Lists;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Workshop.Services;

/// <summary>The jobs list query, shared by the jobs API, the dashboards and the export.</summary>
internal static class JobQueries
{
    public static readonly SortKeys<JobSummary> Sorts = new SortKeys<JobSummary>()
        .Add("number", j => j.Number)
        .Add("receivedAt", j => j.ReceivedAt, isDefault: true, defaultDescending: true)
        .Add("status", j => j.Status)
        .Add("registrationNumber", j => j.RegistrationNumber)
        .Add("technicianName", j => j.TechnicianName)
        .Add("operationsStream", j => j.OperationsStream);

    public static IQueryable<JobSummary> Summaries(FieldOpsDbContext db, IQueryable<Job> jobs, JobFilter filter, WorkshopGuard guard) =>
        Project(db, Filter(jobs, filter, guard));

    /// <summary>The jobs matching the filter, without the names the list shows: what the list's count reads (every job
    /// has its vehicle, so the count needs no join unless a search looks into the vehicle).</summary>
    public static IQueryable<Job> Filter(IQueryable<Job> jobs, JobFilter filter, WorkshopGuard guard)
    {
        if (filter.Status is not null)
        {
            jobs = jobs.Where(j => j.Status == filter.Status);
        }
        if (filter.Stream is not null)
        {
            jobs = jobs.Where(j => j.OperationsStream == filter.Stream);
        }
        if (filter.TechnicianId is not null)
        {
            jobs = jobs.Where(j => j.TechnicianId == filter.TechnicianId);
        }
        if (filter.MineOnly)
        {
            var me = guard.UserId;
            jobs = jobs.Where(j => j.TechnicianId == me);
        }
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim().ToUpperInvariant();
            jobs = jobs.Where(j => j.Number.ToUpper().Contains(search) || j.Vehicle!.RegistrationNumber.Contains(search)
                || j.Vehicle.OwnerName.ToUpper().Contains(search));
        }
        return jobs;
    }

    private static IQueryable<JobSummary> Project(FieldOpsDbContext db, IQueryable<Job> jobs) =>
               from job in jobs
               join technician in db.Users on job.TechnicianId equals technician.Id into technicians
               from technician in technicians.DefaultIfEmpty()
               select new JobSummary
               {
                   Id = job.Id,
                   Number = job.Number,
                   Status = job.Status,
                   RegistrationNumber = job.Vehicle!.RegistrationNumber,
                   VehicleDescription = (job.Vehicle.Make ?? "") + " " + (job.Vehicle.Model ?? ""),
                   OwnerName = job.Vehicle.OwnerName,
                   OperationsStream = job.OperationsStream,
                   RevenueStream = job.RevenueStream,
                   TechnicianId = job.TechnicianId,
                   TechnicianName = technician != null ? technician.DisplayName : null,
                   IssuesReported = job.IssuesReported,
                   ReceivedAt = job.ReceivedAt,
                   OpenPartsRequests = db.Set<SparePartRequest>().Count(r => r.JobId == job.Id
                       && (r.Status == SparePartRequestStatus.Pending || r.Status == SparePartRequestStatus.Approved)),
               };
}
