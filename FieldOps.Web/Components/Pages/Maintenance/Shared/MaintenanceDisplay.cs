using FieldOps.Data.Maintenance;
using FieldOps.Data.Platform;

namespace FieldOps.Web.Components.Pages.Maintenance.Shared;

/// <summary>How the module's statuses, priorities and money read on screen.</summary>
public static class MaintenanceDisplay
{
    public static string Label(MaintenanceStatus status) => MaintenanceRequestWorkflow.Definition.LabelOf(status);

    public static string Tone(MaintenanceStatus status) => status switch
    {
        MaintenanceStatus.Pending => "warning",
        MaintenanceStatus.Assigned or MaintenanceStatus.Scheduled => "info",
        MaintenanceStatus.Estimated or MaintenanceStatus.QuotesSubmitted => "warning",
        MaintenanceStatus.QuoteRequired => "info",
        MaintenanceStatus.Approved or MaintenanceStatus.InProgress => "progress",
        MaintenanceStatus.OnHold or MaintenanceStatus.Reopened => "danger",
        MaintenanceStatus.Completed or MaintenanceStatus.Verified => "success",
        MaintenanceStatus.Rejected or MaintenanceStatus.Cancelled => "neutral",
        _ => "neutral",
    };

    public static string Label(QuoteStatus status) => QuoteWorkflow.Definition.LabelOf(status);

    public static string Tone(QuoteStatus status) => status switch
    {
        QuoteStatus.Pending => "warning",
        QuoteStatus.Approved => "success",
        QuoteStatus.Rejected => "neutral",
        _ => "danger",
    };

    public static string Tone(MaintenancePriority priority) => priority switch
    {
        MaintenancePriority.Emergency => "danger",
        MaintenancePriority.High => "warning",
        MaintenancePriority.Medium => "info",
        _ => "neutral",
    };

    public static string Money(decimal? amount, string currency, int minorUnits) =>
        amount is { } value ? new Currency(currency, minorUnits).Format(value) : "—";

    public static string Where(string property, string? unit) => unit is null ? property : $"{property} · {unit}";

    public static string Stars(decimal rating) => rating <= 0 ? "No ratings yet" : $"{rating:0.0} ★";
}
