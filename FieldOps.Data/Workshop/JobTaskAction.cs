using FieldOps.Data.Platform;

namespace FieldOps.Data.Workshop;

/// <summary>A task from the catalogue added to a job, with its labour cost, ticked off when done.</summary>
public sealed class JobTaskAction : OrganizationEntity
{
    private JobTaskAction()
    {
    }

    internal JobTaskAction(Guid jobId, TaskAction taskAction, decimal? customLaborCost)
    {
        JobId = jobId;
        TaskActionId = taskAction.Id;
        Name = taskAction.Name;
        Description = taskAction.Description;
        LaborCost = customLaborCost ?? taskAction.DefaultLaborCost;
        IsCustomCost = customLaborCost is not null;
    }

    public Guid JobId { get; private set; }
    public Guid TaskActionId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Description { get; private set; }
    public decimal LaborCost { get; private set; }
    public bool IsCustomCost { get; private set; }
    public DateTime? CompletedAt { get; private set; }
    public string? CompletedById { get; private set; }
    public string? CompletedByName { get; private set; }

    public bool IsCompleted => CompletedAt is not null;

    internal void Complete(string userId, string userName, DateTime at)
    {
        if (IsCompleted)
        {
            throw new BusinessRuleException($"\"{Name}\" is already completed.");
        }
        CompletedAt = at;
        CompletedById = userId;
        CompletedByName = userName;
    }
}
