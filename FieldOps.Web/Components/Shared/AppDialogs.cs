using MudBlazor;

namespace FieldOps.Web.Components.Shared;

/// <summary>
/// Opens a FieldOps dialog: any component deriving from <see cref="DialogBody"/>, shown in a MudBlazor dialog with a
/// title. The result is what the body closed with, or null when the user cancelled.
/// </summary>
public sealed class AppDialogs(IDialogService dialogs)
{
    public async Task<object?> OpenAsync<TBody>(string title, IReadOnlyDictionary<string, object?>? parameters = null, MaxWidth width = MaxWidth.Small)
        where TBody : DialogBody
    {
        var hostParameters = new DialogParameters<DialogHost>
        {
            { host => host.BodyType, typeof(TBody) },
            { host => host.BodyParameters, parameters?.ToDictionary(p => p.Key, p => p.Value) ?? [] },
        };
        var options = new DialogOptions { MaxWidth = width, FullWidth = true, CloseButton = true, CloseOnEscapeKey = true };
        var reference = await dialogs.ShowAsync<DialogHost>(title, hostParameters, options);
        var result = await reference.Result;
        return result is null || result.Canceled ? null : result.Data;
    }

    /// <summary>Asks a yes/no question; true only when the user chose <paramref name="yes"/>.</summary>
    public async Task<bool> ConfirmAsync(string title, string message, string yes, string no = "Cancel") =>
        await dialogs.ShowMessageBoxAsync(title, message, yesText: yes, cancelText: no) == true;
}
