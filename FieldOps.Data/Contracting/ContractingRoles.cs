namespace FieldOps.Data.Contracting;

/// <summary>The roles of contracting. The admin is the platform's and runs the module.</summary>
public static class ContractingRoles
{
    public const string Contractor = "Contractor";
}
