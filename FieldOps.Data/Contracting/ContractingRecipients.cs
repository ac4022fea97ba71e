namespace FieldOps.Data.Contracting;

/// <summary>Recipients named by their relation to a contracting record.</summary>
public static class ContractingRecipients
{
    public const string Contractor = "the subcontractor's user";
}
