using FieldOps.Data.Platform;

namespace FieldOps.Data.Workshop;

/// <summary>A predefined work item of the garage's catalogue ("Brake service"), per operations stream.</summary>
public sealed class TaskAction : OrganizationEntity
{
    private TaskAction()
    {
    }

    public TaskAction(OperationsStream stream, string name, string? description, decimal defaultLaborCost)
    {
        Stream = stream;
        Update(name, description, defaultLaborCost);
        IsActive = true;
    }

    public OperationsStream Stream { get; private set; }
    public string Name { get; private set; } = "";
    public string? Description { get; private set; }
    public decimal DefaultLaborCost { get; private set; }
    public bool IsActive { get; private set; }

    public void Update(string name, string? description, decimal defaultLaborCost)
    {
        Name = name.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        DefaultLaborCost = defaultLaborCost;
    }

    public void SetActive(bool active) => IsActive = active;
}
