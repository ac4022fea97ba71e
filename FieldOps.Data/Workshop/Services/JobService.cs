using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Lists;
using FieldOps.Data.Platform.Numbering;
using FieldOps.Data.Platform.Persistence;
using FieldOps.Data.Platform.Search;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Workshop.Services;

/// <summary>Vehicle intake and the job workflow: assignment, work, completion, review and hand-over to billing.</summary>
public sealed class JobService(
    IDbContextFactory<FieldOpsDbContext> contextFactory,
    WorkshopGuard guard,
    WorkshopNotifications notify,
    TimeProvider clock,
    IValidator<CreateJobInput> createValidator,
    IValidator<UpdateJobInput> updateValidator)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static JobWorkflow Workflow => JobWorkflow.Definition;

    /// <summary>Receives a vehicle (found again by registration, or recorded) and opens a job for it.</summary>
    public async Task<JobDetails> CreateAsync(CreateJobInput input, CancellationToken cancellationToken)
    {
        guard.Require("receive vehicles and open jobs", WorkshopRoles.SiteManager, Roles.Admin);
        await createValidator.ValidateAndThrowAsync(input, cancellationToken);
        var jobId = await contextFactory.WriteAsync(async db =>
        {
            var registration = Vehicle.NormalizeRegistration(input.RegistrationNumber);
            var key = Vehicle.RegistrationKeyOf(registration);
            var vehicle = await db.Set<Vehicle>().SingleOrDefaultAsync(v => v.RegistrationKey == key, cancellationToken);
            if (vehicle is null)
            {
                vehicle = new Vehicle(registration, input.OwnerName);
                db.Add(vehicle);
            }
            vehicle.UpdateDetails(input.OwnerName, input.OwnerPhone, input.OwnerEmail, input.Vin, input.Make, input.Model, input.Year, input.Mileage);
            var number = await DocumentNumbers.NextAsync(db, "JOB", Now.Year, cancellationToken);
            var job = new Job(number, vehicle, guard.UserId, input.OperationsStream!.Value, input.RevenueStream!.Value,
                input.IssuesReported, input.Mileage, Now);
            db.Add(job);
            await SearchTerms.ReplaceAsync(db, vehicle.Id, vehicle.SearchTerms, cancellationToken);
            SearchTerms.AddFor(db, job.Id, Job.SearchTermsOf(job.Number));
            return job.Id;
        }, cancellationToken);
        return await GetAsync(jobId, cancellationToken);
    }

    public async Task<VehicleView?> FindVehicleAsync(string registration, CancellationToken cancellationToken)
    {
        guard.RequireWorkshop();
        var key = Vehicle.RegistrationKeyOf(registration);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var vehicles = db.Set<Vehicle>().Where(v => v.RegistrationKey == key);
        if (guard.IsTechnicianOnly)
        {
            // A technician sees the owner's details only of vehicles whose jobs they work on.
            var visibleJobs = guard.VisibleJobs(db);
            vehicles = vehicles.Where(v => visibleJobs.Any(j => j.VehicleId == v.Id));
        }
        return await vehicles
            .Select(v => new VehicleView(v.Id, v.RegistrationNumber, v.Vin, v.OwnerName, v.OwnerPhone, v.OwnerEmail, v.Make, v.Model, v.Year, v.Mileage))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>One page of the jobs this user may see, filtered and sorted in the database.</summary>
    public async Task<ListPage<JobSummary>> ListAsync(JobFilter filter, ListRequest request, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await JobQueries.PageAsync(db, filter, request, guard, cancellationToken);
    }

    /// <summary>Every matching job, streamed (for exports).</summary>
    public async IAsyncEnumerable<JobSummary> StreamAsync(JobFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await foreach (var job in JobQueries.Summaries(db, guard.VisibleJobs(db), filter, guard)
                           .OrderByDescending(j => j.ReceivedAt).ThenByDescending(j => j.Number)
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return job;
        }
    }

    /// <summary>How many visible jobs are in each status (the jobs board).</summary>
    public async Task<IReadOnlyDictionary<JobStatus, int>> CountByStatusAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await JobQueries.CountByStatusAsync(db, guard, cancellationToken);
    }

    public async Task<JobDetails> GetAsync(Guid jobId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var job = await guard.LoadJobAsync(db, jobId, cancellationToken);
        return await DetailsAsync(db, job, cancellationToken);
    }

    /// <summary>Technicians of the garage, those working in <paramref name="stream"/> first, with their workload.</summary>
    public async Task<IReadOnlyList<TechnicianOption>> TechniciansAsync(OperationsStream stream, CancellationToken cancellationToken)
    {
        guard.RequireWorkshop();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var technicians = await (from user in db.Users
                                 join userRole in db.UserRoles on user.Id equals userRole.UserId
                                 join role in db.Roles on userRole.RoleId equals role.Id
                                 where role.Name == WorkshopRoles.Technician
                                 select new { user.Id, user.DisplayName }).ToListAsync(cancellationToken);
        var skills = await db.Set<TechnicianSkill>().Select(s => new { s.UserId, s.Stream }).ToListAsync(cancellationToken);
        // Each technician's workload from the job counts the triggers keep, not by counting their jobs.
        var active = await db.Set<JobCount>()
            .Where(c => c.TechnicianId != "" && (c.Status == JobStatus.Assigned || c.Status == JobStatus.InProgress || c.Status == JobStatus.AwaitingParts))
            .GroupBy(c => c.TechnicianId).Select(g => new { g.Key, Count = g.Sum(c => c.Count) }).ToListAsync(cancellationToken);
        return technicians
            .Select(t =>
            {
                var streams = skills.Where(s => s.UserId == t.Id).Select(s => s.Stream).Order().ToList();
                return new TechnicianOption(t.Id, t.DisplayName, streams, active.FirstOrDefault(a => a.Key == t.Id)?.Count ?? 0, streams.Contains(stream));
            })
            .OrderByDescending(t => t.WorksInStream).ThenBy(t => t.ActiveJobs).ThenBy(t => t.Name)
            .ToList();
    }

    /// <summary>Sets the operations streams a technician works in (admins).</summary>
    public async Task SetTechnicianStreamsAsync(string technicianId, IReadOnlyCollection<OperationsStream> streams, CancellationToken cancellationToken)
    {
        guard.Require("set technicians' streams", Roles.Admin);
        await contextFactory.WriteAsync(async db =>
        {
            var isTechnician = await (from userRole in db.UserRoles
                                      join role in db.Roles on userRole.RoleId equals role.Id
                                      join user in db.Users on userRole.UserId equals user.Id
                                      where user.Id == technicianId && role.Name == WorkshopRoles.Technician
                                      select user.Id).AnyAsync(cancellationToken);
            if (!isTechnician)
            {
                throw new RecordNotFoundException("Technician", technicianId);
            }
            var current = await db.Set<TechnicianSkill>().Where(s => s.UserId == technicianId).ToListAsync(cancellationToken);
            db.RemoveRange(current.Where(s => !streams.Contains(s.Stream)));
            foreach (var stream in streams.Distinct().Where(stream => current.All(s => s.Stream != stream)))
            {
                db.Add(new TechnicianSkill(technicianId, stream));
            }
        }, cancellationToken);
    }

    /// <summary>Assigns or reassigns the job to a technician who works in its operations stream.</summary>
    public Task<JobDetails> AssignAsync(Guid jobId, string technicianId, CancellationToken cancellationToken) =>
        WriteJobAsync(jobId, async (db, job) =>
        {
            guard.Require(Workflow.Assign);
            if (string.IsNullOrWhiteSpace(technicianId))
            {
                throw new InputValidationException("technicianId", "Choose a technician.");
            }
            var technician = await (from user in db.Users
                                    join userRole in db.UserRoles on user.Id equals userRole.UserId
                                    join role in db.Roles on userRole.RoleId equals role.Id
                                    where user.Id == technicianId && role.Name == WorkshopRoles.Technician
                                    select new { user.Id, user.DisplayName }).SingleOrDefaultAsync(cancellationToken)
                ?? throw new InputValidationException("technicianId", "Choose one of your garage's technicians.");
            var worksInStream = await db.Set<TechnicianSkill>().AnyAsync(s => s.UserId == technician.Id && s.Stream == job.OperationsStream, cancellationToken);
            if (!worksInStream)
            {
                throw new BusinessRuleException(
                    $"{technician.DisplayName} does not work in the {job.OperationsStream.ToString().ToLowerInvariant()} stream. Choose a {job.OperationsStream.ToString().ToLowerInvariant()} technician, or have an admin add the stream to their skills.");
            }
            job.Assign(technician.Id, technician.DisplayName, Now);
            await notify.JobAssignedAsync(db, job, cancellationToken);
        }, cancellationToken);

    public Task<JobDetails> StartAsync(Guid jobId, CancellationToken cancellationToken) =>
        WriteJobAsync(jobId, (_, job) =>
        {
            guard.Allow(Workflow, Workflow.Start, job);
            job.Start(guard.UserId, Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task<JobDetails> UpdateAsync(Guid jobId, UpdateJobInput input, CancellationToken cancellationToken)
    {
        guard.RequireWorkshop();
        await updateValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await WriteJobAsync(jobId, (_, job) =>
        {
            guard.Require(Workflow.Update);
            job.UpdateWorkDone(guard.UserId, input.WorkDone ?? "");
            return Task.CompletedTask;
        }, cancellationToken);
    }

    public Task<JobDetails> CompleteAsync(Guid jobId, CancellationToken cancellationToken) =>
        CompleteAsync(jobId, new UpdateJobInput(), cancellationToken);

    /// <summary>Completes the job, saving the work-done notes sent with it in the same step (the technician need
    /// not save them first).</summary>
    public async Task<JobDetails> CompleteAsync(Guid jobId, UpdateJobInput input, CancellationToken cancellationToken)
    {
        await updateValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await WriteJobAsync(jobId, async (db, job) =>
        {
            guard.Require(Workflow.Complete);
            job.Complete(guard.UserId, Now, input.WorkDone);
            await notify.JobCompletedAsync(db, job, cancellationToken);
        }, cancellationToken);
    }

    public Task<JobDetails> ReturnForReworkAsync(Guid jobId, string reason, CancellationToken cancellationToken)
    {
        InputLimits.CheckReason(reason, "reason");
        return WriteJobAsync(jobId, async (db, job) =>
        {
            guard.Require(Workflow.ReturnForRework);
            job.ReturnForRework(reason);
            await notify.ReturnedForReworkAsync(db, job, reason, cancellationToken);
        }, cancellationToken);
    }

    public Task<JobDetails> ReviewAsync(Guid jobId, string? managerNotes, CancellationToken cancellationToken)
    {
        if (managerNotes?.Length > 2000)
        {
            throw new InputValidationException("managerNotes", "Manager notes can be at most 2,000 characters.");
        }
        return WriteJobAsync(jobId, (_, job) =>
        {
            guard.Require(Workflow.Review);
            job.Review(managerNotes, Now);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    public Task<JobDetails> MoveToBillingAsync(Guid jobId, CancellationToken cancellationToken) =>
        WriteJobAsync(jobId, async (db, job) =>
        {
            guard.Require(Workflow.MoveToBilling);
            job.MoveToBilling(Now);
            await notify.MovedToBillingAsync(db, job, cancellationToken);
        }, cancellationToken);

    /// <summary>Loads the job with its work, applies <paramref name="change"/> and saves, in one transaction.</summary>
    internal async Task<JobDetails> WriteJobAsync(Guid jobId, Func<FieldOpsDbContext, Job, Task> change, CancellationToken cancellationToken)
    {
        await contextFactory.WriteAsync(async db =>
        {
            var job = await guard.LoadJobAsync(db, jobId, cancellationToken);
            ExpectedVersion.Check(job, "job");
            await change(db, job);
        }, cancellationToken);
        return await GetAsync(jobId, cancellationToken);
    }

    private async Task<JobDetails> DetailsAsync(FieldOpsDbContext db, Job job, CancellationToken cancellationToken)
    {
        var people = await db.Users.Where(u => u.Id == job.SiteManagerId || u.Id == job.TechnicianId)
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        var invoice = job.InvoiceId is null
            ? null
            : await db.Set<Invoice>().Where(i => i.Id == job.InvoiceId)
                .Select(i => new InvoiceRef(i.Id, i.Number, i.Status, i.Total, i.CurrencyCode)).SingleOrDefaultAsync(cancellationToken);
        var currency = (await db.OrganizationAsync(cancellationToken)).Currency.Code;
        var vehicle = job.Vehicle!;
        string Name(string? id) => people.FirstOrDefault(p => p.Id == id)?.DisplayName ?? "Unknown";
        return new JobDetails(job.Id, job.Number, job.Status,
            new VehicleView(vehicle.Id, vehicle.RegistrationNumber, vehicle.Vin, vehicle.OwnerName, vehicle.OwnerPhone, vehicle.OwnerEmail,
                vehicle.Make, vehicle.Model, vehicle.Year, vehicle.Mileage),
            job.OperationsStream, job.RevenueStream, job.IssuesReported, job.WorkDone, job.ManagerNotes,
            new PersonRef(job.SiteManagerId, Name(job.SiteManagerId)),
            job.TechnicianId is null ? null : new PersonRef(job.TechnicianId, Name(job.TechnicianId)),
            job.ReceivedAt, job.AssignedAt, job.StartedAt, job.CompletedAt, job.ReviewedAt, job.BilledAt,
            job.Tasks.OrderBy(t => t.CreatedAt).Select(t => new JobTaskView(t.Id, t.TaskActionId, t.Name, t.Description, t.LaborCost, t.IsCustomCost,
                t.IsCompleted, t.CompletedAt, t.CompletedByName)).ToList(),
            job.PartsRequests.OrderBy(r => r.CreatedAt).Select(r => SparePartService.ToView(r, job, r.Item!, currency, guard.User)).ToList(),
            invoice, currency, Workflow.AllowedFor(job, guard.User), job.WhyNotCompletable())
        {
            Version = job.Version,
        };
    }
}
