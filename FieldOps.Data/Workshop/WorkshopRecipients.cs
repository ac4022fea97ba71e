namespace FieldOps.Data.Workshop;

/// <summary>Recipients named by their relation to a workshop record rather than by role.</summary>
public static class WorkshopRecipients
{
    public const string AssignedTechnician = "assigned technician";
}
