using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Data.Workshop.Services;

/// <summary>The garage's catalogue of task actions per stream (kept by the admin), and the tasks of each job.</summary>
public sealed class TaskActionService(
    IDbContextFactory<FieldOpsDbContext> contextFactory,
    WorkshopGuard guard,
    JobService jobs,
    TimeProvider clock,
    IValidator<TaskActionInput> validator,
    IValidator<AddTaskInput> addValidator)
{
    public async Task<IReadOnlyList<TaskActionView>> ListAsync(OperationsStream? stream, bool includeInactive, CancellationToken cancellationToken)
    {
        guard.RequireWorkshop();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Set<TaskAction>().AsQueryable();
        if (stream is not null)
        {
            query = query.Where(t => t.Stream == stream);
        }
        if (!includeInactive)
        {
            query = query.Where(t => t.IsActive);
        }
        var currency = await CurrencyAsync(db, cancellationToken);
        return await query.OrderBy(t => t.Stream).ThenBy(t => t.Name)
            .Select(t => new TaskActionView(t.Id, t.Stream, t.Name, t.Description, t.DefaultLaborCost, t.IsActive, currency))
            .ToListAsync(cancellationToken);
    }

    public async Task<TaskActionView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        guard.RequireWorkshop();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var currency = await CurrencyAsync(db, cancellationToken);
        return await db.Set<TaskAction>().Where(t => t.Id == id)
                   .Select(t => new TaskActionView(t.Id, t.Stream, t.Name, t.Description, t.DefaultLaborCost, t.IsActive, currency))
                   .SingleOrDefaultAsync(cancellationToken)
            ?? throw new RecordNotFoundException("Task action", id);
    }

    public async Task<TaskActionView> CreateAsync(TaskActionInput input, CancellationToken cancellationToken)
    {
        guard.Require("manage the task-action catalogue", Roles.Admin);
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        var id = await contextFactory.WriteAsync(async db =>
        {
            await EnsureUniqueNameAsync(db, input, null, cancellationToken);
            var action = new TaskAction(input.OperationsStream!.Value, input.Name, input.Description, input.DefaultLaborCost!.Value);
            action.SetActive(input.IsActive);
            db.Add(action);
            return action.Id;
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task<TaskActionView> UpdateAsync(Guid id, TaskActionInput input, CancellationToken cancellationToken)
    {
        guard.Require("manage the task-action catalogue", Roles.Admin);
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        await contextFactory.WriteAsync(async db =>
        {
            var action = await db.Set<TaskAction>().SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
                ?? throw new RecordNotFoundException("Task action", id);
            if (input.OperationsStream != action.Stream)
            {
                throw new InputValidationException("operationsStream", "A task action stays in its stream; create a new one for another stream.");
            }
            await EnsureUniqueNameAsync(db, input, id, cancellationToken);
            action.Update(input.Name, input.Description, input.DefaultLaborCost!.Value);
            action.SetActive(input.IsActive);
        }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    private static async Task EnsureUniqueNameAsync(FieldOpsDbContext db, TaskActionInput input, Guid? except, CancellationToken cancellationToken)
    {
        var name = input.Name.Trim();
        if (await db.Set<TaskAction>().AnyAsync(t => t.Stream == input.OperationsStream && t.Name == name && t.Id != except, cancellationToken))
        {
            throw new InputValidationException("name", $"The {input.OperationsStream.ToString()!.ToLowerInvariant()} stream already has \"{name}\".");
        }
    }

    public async Task<JobDetails> AddToJobAsync(Guid jobId, AddTaskInput input, CancellationToken cancellationToken)
    {
        guard.RequireWorkshop();
        await addValidator.ValidateAndThrowAsync(input, cancellationToken);
        return await jobs.WriteJobAsync(jobId, async (db, job) =>
        {
            guard.Require(JobWorkflow.Definition.AddTask);
            var action = await db.Set<TaskAction>().SingleOrDefaultAsync(t => t.Id == input.TaskActionId, cancellationToken)
                ?? throw new InputValidationException("taskActionId", "Choose a task action from the catalogue.");
            db.Add(job.AddTask(guard.UserId, action, input.LaborCost));
        }, cancellationToken);
    }

    public Task<JobDetails> CompleteJobTaskAsync(Guid jobId, Guid jobTaskId, CancellationToken cancellationToken) =>
        jobs.WriteJobAsync(jobId, (_, job) =>
        {
            guard.Require(JobWorkflow.Definition.CompleteTask);
            job.CompleteTask(guard.UserId, guard.UserName, jobTaskId, clock.GetUtcNow().UtcDateTime);
            return Task.CompletedTask;
        }, cancellationToken);

    private static async Task<string> CurrencyAsync(FieldOpsDbContext db, CancellationToken cancellationToken) =>
        (await db.OrganizationAsync(cancellationToken)).Currency.Code;
}
