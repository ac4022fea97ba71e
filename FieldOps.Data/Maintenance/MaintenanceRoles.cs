namespace FieldOps.Data.Maintenance;

/// <summary>The roles of property maintenance. The admin is the platform's and may do what a property manager does.</summary>
public static class MaintenanceRoles
{
    public const string Landlord = "Landlord";
    public const string PropertyManager = "PropertyManager";
    public const string MaintenanceStaff = "MaintenanceStaff";
    public const string Tenant = "Tenant";
    public const string Vendor = "Vendor";

    /// <summary>Those who run the firm's maintenance: they see every request and may act for any landlord within
    /// the approval limits.</summary>
    public static readonly string[] Managers = [Platform.Roles.Admin, PropertyManager];
}

/// <summary>The record types of the module, as status history, attachments and live updates file them.</summary>
public static class MaintenanceRecordTypes
{
    public const string Request = nameof(MaintenanceRequest);
    public const string Quote = nameof(Maintenance.Quote);
}

/// <summary>Recipients named by their relation to a request.</summary>
public static class MaintenanceRecipients
{
    public const string Owner = "the property's owner";
    public const string Tenant = "the tenant";
    public const string Assignee = "the assignee";
    public const string Managers = "the property managers";
}
