namespace FieldOps.Data.Workshop;

/// <summary>The kind of work a job is: which bay and which technicians.</summary>
public enum OperationsStream
{
    Body,
    Mechanical,
    Electrical,
    Interior,
}

/// <summary>How the work came in.</summary>
public enum RevenueStream
{
    WalkIn,
    Scheduled,
    SpareParts,
}

public enum JobStatus
{
    Received,
    Assigned,
    InProgress,
    AwaitingParts,
    Completed,
    ManagerReview,
    Billing,
    Invoiced,
}

public enum SparePartRequestStatus
{
    Pending,
    Approved,
    Rejected,
    Issued,
    Completed,
}

public enum StockMovementType
{
    Receipt,
    Issue,
    Adjustment,
}

public enum InvoiceStatus
{
    Issued,
    Paid,
    Void,
}

public enum InvoiceLineKind
{
    Labour,
    Part,
    Service,
    Manual,
}

public static class WorkshopRecordTypes
{
    public const string Job = "Job";
    public const string SparePartRequest = "SparePartRequest";
    public const string Invoice = "Invoice";
    public const string WarehouseItem = "WarehouseItem";
}
