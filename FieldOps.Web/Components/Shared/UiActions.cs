using FieldOps.Data.Platform;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using Severity = MudBlazor.Severity;

namespace FieldOps.Web.Components.Shared;

/// <summary>
/// Runs a user's action and turns what the domain says into messages they can act on: a toast for a broken rule
/// or a denied action, field messages for invalid input. The form is left as the user filled it, so nothing typed
/// is lost when a save fails.
/// </summary>
public sealed class UiActions(ISnackbar toasts, ILogger<UiActions> logger)
{
    /// <summary>Runs <paramref name="action"/>; with <paramref name="loadedVersion"/> (the version of the record the form
    /// showed), a change someone else made in between is refused and the user is told to reload, never overwritten.</summary>
    public async Task<bool> RunAsync(Func<Task> action, string? success = null, FluentValidationValidator? form = null, int? loadedVersion = null)
    {
        try
        {
            using (FieldOps.Data.Platform.Persistence.ExpectedVersion.Expect(loadedVersion))
            {
                await action();
            }
            if (success is not null)
            {
                Show(Severity.Success, success, null);
            }
            return true;
        }
        catch (InputValidationException invalid)
        {
            form?.ShowErrors(invalid.Errors);
            Show(Severity.Error, "Please check what you entered", string.Join(" ", invalid.Errors.SelectMany(e => e.Value)));
        }
        catch (ValidationException invalid)
        {
            form?.ShowErrors(invalid.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()));
            Show(Severity.Error, "Please check what you entered", string.Join(" ", invalid.Errors.Select(e => e.ErrorMessage)));
        }
        catch (FieldOps.Data.Platform.Persistence.StaleVersionException stale)
        {
            Show(Severity.Warning, "Not saved", stale.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            Show(Severity.Warning, "Changed by someone else", new ConcurrencyConflictException().Message);
        }
        catch (BusinessRuleException rule)
        {
            Show(Severity.Warning, "That can't be done", rule.Message);
        }
        catch (AccessDeniedException denied)
        {
            Show(Severity.Error, "Not allowed", denied.Message);
        }
        catch (RecordNotFoundException missing)
        {
            Show(Severity.Error, "Not found", missing.Message);
        }
        catch (Exception unexpected) when (unexpected is not OperationCanceledException)
        {
            logger.LogError(unexpected, "An action failed unexpectedly");
            Show(Severity.Error, "Something went wrong", "The error has been logged. Please try again.");
        }
        return false;
    }

    /// <summary>Tells the user something went well.</summary>
    public void Success(string message) => Show(Severity.Success, message, null);

    /// <summary>Tells the user something needs their attention.</summary>
    public void Warning(string summary, string detail) => Show(Severity.Warning, summary, detail);

    private void Show(Severity severity, string summary, string? detail) =>
        toasts.Add(detail is null ? summary : $"{summary}: {detail}", severity, options =>
        {
            options.VisibleStateDuration = severity == Severity.Success ? 2500 : 8000;
            options.ShowCloseIcon = true;
        });
}
