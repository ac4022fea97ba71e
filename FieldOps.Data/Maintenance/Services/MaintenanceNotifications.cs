using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Notifications;
using FieldOps.Data.Platform.Workflows;

namespace FieldOps.Data.Maintenance.Services;

/// <summary>
/// Seed 003's notification triggers, addressed by relation to the request as each workflow action declares them
/// (the owner, the tenant, the assignee, the property managers), plus a new request and a cost overrun.
/// </summary>
public sealed class MaintenanceNotifications(Notifier notifier)
{
    public static string Link(Guid requestId) => $"/maintenance/requests/{requestId}";

    /// <summary>Tells those the action names (see <see cref="WorkflowAction{TEntity,TStatus}.Notifies"/>).</summary>
    public Task ActionTakenAsync<TEntity, TStatus>(FieldOpsDbContext db, MaintenanceRequest request, WorkflowAction<TEntity, TStatus> action, string title,
        string message, CancellationToken ct) where TStatus : struct, Enum =>
        ToAsync(db, request, action.Notifies, title, message, ct);

    /// <summary>Trigger 1: a new request goes to the property's owner and the property managers.</summary>
    public Task SubmittedAsync(FieldOpsDbContext db, MaintenanceRequest request, string where, CancellationToken ct) =>
        ToAsync(db, request, [MaintenanceRecipients.Owner, MaintenanceRecipients.Managers],
            $"{(request.Priority == MaintenancePriority.Emergency ? "EMERGENCY: " : "")}New maintenance request {request.Number}",
            $"{where}: {request.Title}. {Short(request.Description)}", ct);

    /// <summary>Trigger 12: the actual cost is above the approved budget.</summary>
    public Task CostOverrunAsync(FieldOpsDbContext db, MaintenanceRequest request, CancellationToken ct) =>
        ToAsync(db, request, [MaintenanceRecipients.Owner], $"Cost overrun on {request.Number}",
            $"{request.Title}: actual cost {request.Currency.Format(request.ActualCost ?? 0)} against an approved budget of "
            + $"{request.Currency.Format(request.ApprovedBudget ?? 0)}.{(request.VarianceReason is null ? "" : $" Reason: {request.VarianceReason}")}", ct);

    /// <summary>A message of the conversation goes to the others involved (internal notes never to the tenant or vendor).</summary>
    public Task MessageAsync(FieldOpsDbContext db, MaintenanceRequest request, RequestMessage message, CancellationToken ct)
    {
        string[] recipients = message.IsInternal
            ? [MaintenanceRecipients.Owner, MaintenanceRecipients.Managers, "staff assignee"]
            : [MaintenanceRecipients.Owner, MaintenanceRecipients.Managers, MaintenanceRecipients.Assignee, MaintenanceRecipients.Tenant];
        return ToAsync(db, request, recipients, $"{(message.IsInternal ? "Internal note" : "Message")} on {request.Number}",
            $"{message.AuthorName}: {Short(message.Text)}", ct);
    }

    /// <summary>Tells the named relations and roles of the request.</summary>
    public async Task ToAsync(FieldOpsDbContext db, MaintenanceRequest request, IEnumerable<string> recipients, string title, string message, CancellationToken ct)
    {
        var ids = new List<string?>();
        foreach (var recipient in recipients)
        {
            switch (recipient)
            {
                case MaintenanceRecipients.Owner:
                    ids.Add(request.OwnerUserId);
                    break;
                case MaintenanceRecipients.Tenant:
                    ids.Add(request.TenantUserId);
                    break;
                case MaintenanceRecipients.Assignee:
                    ids.Add(request.AssigneeUserId);
                    ids.Add(request.VendorUserId);
                    break;
                case "staff assignee":
                    ids.Add(request.AssigneeUserId);
                    break;
                case MaintenanceRecipients.Managers:
                    ids.AddRange(await notifier.UsersInRoleAsync(db, MaintenanceRoles.PropertyManager, ct));
                    break;
                default:
                    ids.AddRange(await notifier.UsersInRoleAsync(db, recipient, ct));
                    break;
            }
        }
        await notifier.NotifyAsync(db, ids, new NotificationMessage(title, message, Link(request.Id), MaintenanceRecordTypes.Request, request.Id), ct);
    }

    private static string Short(string text) => text.Length <= 160 ? text : text[..157] + "…";
}
