using System.Collections.Concurrent;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.Components.Forms;

namespace FieldOps.Web.Components.Shared;

/// <summary>
/// The longest text a form field accepts, read from the same FluentValidation validator that the service and the API
/// apply (whose limits equal the columns'): the limit is declared once, and the browser stops typing at it.
/// </summary>
public static class InputMaxLength
{
    private static readonly ConcurrentDictionary<(Type Model, string Field), int?> Known = new();

    public static int? For(IServiceProvider services, FieldIdentifier field) =>
        Known.GetOrAdd((field.Model.GetType(), field.FieldName), key =>
        {
            if (services.GetService(typeof(IValidator<>).MakeGenericType(key.Model)) is not IValidator validator)
            {
                return null;
            }
            var limits = validator.CreateDescriptor().GetRulesForMember(key.Field)
                .SelectMany(rule => rule.Components)
                .Select(component => component.Validator)
                .OfType<ILengthValidator>()
                .Where(length => length.Max > 0)
                .Select(length => length.Max)
                .ToList();
            return limits.Count == 0 ? null : limits.Min();
        });

    /// <summary>The input's attributes with its maxlength added (unless the markup set one).</summary>
    public static IReadOnlyDictionary<string, object>? With(IReadOnlyDictionary<string, object>? attributes, int? maxLength)
    {
        if (maxLength is null || attributes?.ContainsKey("maxlength") == true)
        {
            return attributes;
        }
        var result = attributes is null ? new Dictionary<string, object>() : new Dictionary<string, object>(attributes);
        result["maxlength"] = maxLength.Value;
        return result;
    }
}

/// <summary>A text box that cannot take more than its field's validator allows.</summary>
public sealed class LimitedInputText : InputText
{
    [Microsoft.AspNetCore.Components.Inject]
    private IServiceProvider Services { get; set; } = default!;

    protected override void OnParametersSet()
    {
        base.OnParametersSet();
        AdditionalAttributes = InputMaxLength.With(AdditionalAttributes, InputMaxLength.For(Services, FieldIdentifier));
    }
}

/// <summary>A text area that cannot take more than its field's validator allows.</summary>
public sealed class LimitedInputTextArea : InputTextArea
{
    [Microsoft.AspNetCore.Components.Inject]
    private IServiceProvider Services { get; set; } = default!;

    protected override void OnParametersSet()
    {
        base.OnParametersSet();
        AdditionalAttributes = InputMaxLength.With(AdditionalAttributes, InputMaxLength.For(Services, FieldIdentifier));
    }
}
