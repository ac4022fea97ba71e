using System.Collections;
using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace FieldOps.Web.Components.Shared;

/// <summary>
/// Validates an <see cref="EditForm"/>'s model with the FluentValidation validator registered for its type — the same
/// validator the domain services and the API use — showing messages as the user types and when they submit. It also
/// shows errors the server returns (<see cref="ShowErrors"/>), next to the fields they concern.
/// </summary>
public sealed class FluentValidationValidator : ComponentBase, IDisposable
{
    private ValidationMessageStore? _messages;
    private IValidator? _validator;
    private EditContext? _attached;

    [CascadingParameter]
    private EditContext? CurrentEditContext { get; set; }

    [Inject]
    private IServiceProvider Services { get; set; } = default!;

    protected override void OnParametersSet()
    {
        if (CurrentEditContext is null)
        {
            throw new InvalidOperationException($"{nameof(FluentValidationValidator)} must be placed inside an EditForm.");
        }
        if (ReferenceEquals(_attached, CurrentEditContext))
        {
            return;
        }
        Detach();
        _attached = CurrentEditContext;
        _messages = new ValidationMessageStore(CurrentEditContext);
        _validator = (IValidator?)Services.GetService(typeof(IValidator<>).MakeGenericType(CurrentEditContext.Model.GetType()));
        CurrentEditContext.OnValidationRequested += ValidateModel;
        CurrentEditContext.OnFieldChanged += ValidateField;
    }

    /// <summary>Shows errors returned by the server (field name → messages) beside the fields.</summary>
    public void ShowErrors(IReadOnlyDictionary<string, string[]> errors)
    {
        if (_attached is null || _messages is null)
        {
            return;
        }
        foreach (var (field, messages) in errors)
        {
            _messages.Add(ToField(_attached.Model, field), messages);
        }
        _attached.NotifyValidationStateChanged();
    }

    private void ValidateModel(object? sender, ValidationRequestedEventArgs e)
    {
        if (_attached is null || _messages is null)
        {
            return;
        }
        _messages.Clear();
        foreach (var error in Validate(_attached.Model))
        {
            _messages.Add(ToField(_attached.Model, error.PropertyName), error.ErrorMessage);
        }
        _attached.NotifyValidationStateChanged();
    }

    private void ValidateField(object? sender, FieldChangedEventArgs e)
    {
        if (_attached is null || _messages is null)
        {
            return;
        }
        _messages.Clear(e.FieldIdentifier);
        foreach (var error in Validate(_attached.Model).Where(error => ToField(_attached.Model, error.PropertyName).Equals(e.FieldIdentifier)))
        {
            _messages.Add(e.FieldIdentifier, error.ErrorMessage);
        }
        _attached.NotifyValidationStateChanged();
    }

    private IEnumerable<FluentValidation.Results.ValidationFailure> Validate(object model) =>
        _validator?.Validate(new ValidationContext<object>(model)).Errors ?? [];

    /// <summary>"Lines[2].Quantity" → the Quantity field of the third line.</summary>
    internal static FieldIdentifier ToField(object model, string path)
    {
        var target = model;
        var segments = path.Split('.');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            var next = Step(target, segments[i]);
            if (next is null)
            {
                return new FieldIdentifier(model, path);
            }
            target = next;
        }
        var last = segments[^1];
        var property = target.GetType().GetProperty(last, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return new FieldIdentifier(target, property?.Name ?? last);
    }

    private static object? Step(object target, string segment)
    {
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        var name = bracket < 0 ? segment : segment[..bracket];
        var value = target.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.GetValue(target);
        if (bracket < 0 || value is not IList list)
        {
            return value;
        }
        return int.TryParse(segment[(bracket + 1)..^1], out var index) && index >= 0 && index < list.Count ? list[index] : null;
    }

    private void Detach()
    {
        if (_attached is not null)
        {
            _attached.OnValidationRequested -= ValidateModel;
            _attached.OnFieldChanged -= ValidateField;
        }
    }

    public void Dispose() => Detach();
}
