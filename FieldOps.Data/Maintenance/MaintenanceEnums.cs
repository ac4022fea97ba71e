namespace FieldOps.Data.Maintenance;

/// <summary>A maintenance request's status: one machine covering both seeds (PRODUCT.md §3).</summary>
public enum MaintenanceStatus
{
    Pending,
    Assigned,
    Estimated,
    QuoteRequired,
    QuotesSubmitted,
    Approved,
    Scheduled,
    InProgress,
    OnHold,
    Completed,
    Verified,
    Closed,
    Rejected,
    Cancelled,
    Reopened,
}

public enum MaintenancePriority
{
    Low,
    Medium,
    High,
    Emergency,
}

/// <summary>Who asked for the work (seed 002's requestor_type).</summary>
public enum RequestorType
{
    Tenant,
    Owner,
    Admin,
    System,
}

public enum QuoteStatus
{
    Pending,
    Approved,
    Rejected,
    Expired,
}

public enum VendorType
{
    Contractor,
    Supplier,
    ServiceProvider,
    Consultant,
    EmergencyService,
}

public enum PaymentTerms
{
    Immediate,
    Net7,
    Net15,
    Net30,
    Net60,
    Net90,
}

/// <summary>How a vendor prefers to be paid (seed 002's preferred_payment_method).</summary>
public enum VendorPaymentMethod
{
    Cash,
    Check,
    BankTransfer,
    Card,
    DigitalWallet,
}

public enum ExpenseFrequency
{
    Daily,
    Weekly,
    Monthly,
    Quarterly,
    Annually,
    AsNeeded,
}

/// <summary>What a line of a request's conversation is: a message, an internal note (never shown to tenants or
/// vendors), a progress update, or a question to the tenant.</summary>
public enum MessageKind
{
    Message,
    Internal,
    Progress,
    InfoRequest,
}

public static class MaintenancePriorities
{
    /// <summary>Queue order: emergencies jump every queue.</summary>
    public static int Rank(MaintenancePriority priority) => priority switch
    {
        MaintenancePriority.Emergency => 0,
        MaintenancePriority.High => 1,
        MaintenancePriority.Medium => 2,
        _ => 3,
    };
}
