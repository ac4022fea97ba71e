using FieldOps.Data.Platform;

namespace FieldOps.Data.Workshop;

/// <summary>An operations stream a technician works in; assignment offers technicians of the job's stream.</summary>
public sealed class TechnicianSkill : OrganizationEntity
{
    private TechnicianSkill()
    {
    }

    public TechnicianSkill(string userId, OperationsStream stream)
    {
        UserId = userId;
        Stream = stream;
    }

    public string UserId { get; private set; } = "";
    public OperationsStream Stream { get; private set; }
}
