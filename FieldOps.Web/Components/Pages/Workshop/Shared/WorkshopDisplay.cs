using FieldOps.Data.Platform;
using System.Globalization;
using FieldOps.Data.Workshop;

namespace FieldOps.Web.Components.Pages.Workshop.Shared;

/// <summary>How workshop values read on screen.</summary>
public static class WorkshopDisplay
{
    /// <summary>A stock quantity with its unit, singular for one: "1 pc", "12 pcs", "1 litre".</summary>
    public static string Quantity(int quantity, string unit) =>
        quantity == 1 && unit.Length > 2 && unit.EndsWith('s')
            ? $"1 {unit[..^1]}"
            : $"{quantity.ToString("N0", CultureInfo.InvariantCulture)} {unit}";

    public static string Label(JobStatus status) => JobWorkflow.Definition.LabelOf(status);

    public static string Tone(JobStatus status) => status switch
    {
        JobStatus.Received => "info",
        JobStatus.Assigned => "info",
        JobStatus.InProgress => "progress",
        JobStatus.AwaitingParts => "warning",
        JobStatus.Completed => "success",
        JobStatus.ManagerReview => "success",
        JobStatus.Billing => "progress",
        _ => "neutral",
    };

    public static string Label(SparePartRequestStatus status) => SparePartRequestWorkflow.Definition.LabelOf(status);

    public static string Tone(SparePartRequestStatus status) => status switch
    {
        SparePartRequestStatus.Pending => "warning",
        SparePartRequestStatus.Approved => "info",
        SparePartRequestStatus.Issued => "success",
        SparePartRequestStatus.Completed => "neutral",
        SparePartRequestStatus.Rejected => "danger",
        _ => "neutral",
    };

    public static string Label(InvoiceStatus status, bool overdue = false) => status switch
    {
        InvoiceStatus.Issued when overdue => "Overdue",
        _ => InvoiceWorkflow.Definition.LabelOf(status),
    };

    public static string Tone(InvoiceStatus status, bool overdue = false) => status switch
    {
        InvoiceStatus.Issued => overdue ? "danger" : "warning",
        InvoiceStatus.Paid => "success",
        _ => "neutral",
    };

    public static string Label(OperationsStream stream) => stream.ToString();

    public static string Label(RevenueStream stream) => stream switch
    {
        RevenueStream.WalkIn => "Walk-in",
        RevenueStream.SpareParts => "Spare parts",
        _ => "Scheduled",
    };

    public static string Label(PaymentMethod method) => method switch
    {
        PaymentMethod.Mpesa => "M-PESA",
        PaymentMethod.BankTransfer => "Bank transfer",
        _ => method.ToString(),
    };




    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
