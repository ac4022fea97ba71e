using FieldOps.Data.Platform;

namespace FieldOps.Data.Contracting.Services;

/// <summary>Adds to contracting views what the current user may do with each record, from the workflow definitions.
/// Contracting actions have no resource rules: the roles and the status decide.</summary>
internal static class ContractingActions
{
    public static DailyLogView WithActions(this DailyLogView view, ICurrentUser user) =>
        view with { AllowedActions = DailyLogWorkflow.Definition.AllowedFor(view.Status, user, ruleHolds: false) };

    public static ExpenseView WithActions(this ExpenseView view, ICurrentUser user) =>
        view with { AllowedActions = ExpenseWorkflow.Definition.AllowedFor(view.Status, user, ruleHolds: false) };

    public static VoucherSummary WithActions(this VoucherSummary view, ICurrentUser user) =>
        view with { AllowedActions = VoucherWorkflow.Definition.AllowedFor(view.Status, user, ruleHolds: false) };

    public static VoucherView WithActions(this VoucherView view, ICurrentUser user) =>
        view with { AllowedActions = VoucherWorkflow.Definition.AllowedFor(view.Status, user, ruleHolds: false) };

    public static List<T> WithActions<T>(this IEnumerable<T> views, Func<T, ICurrentUser, T> add, ICurrentUser user) =>
        views.Select(v => add(v, user)).ToList();
}
