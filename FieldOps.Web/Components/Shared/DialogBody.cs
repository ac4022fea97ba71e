using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FieldOps.Web.Components.Shared;

/// <summary>The content of a dialog opened through <see cref="AppDialogs"/>: it closes the dialog with a result, or
/// with nothing when the user cancels.</summary>
public abstract class DialogBody : FieldOpsComponentBase
{
    [CascadingParameter]
    private IMudDialogInstance? Instance { get; set; }

    /// <summary>Closes the dialog; a null result counts as cancelled.</summary>
    protected void Close(object? result)
    {
        if (result is null)
        {
            Instance?.Cancel();
        }
        else
        {
            Instance?.Close(DialogResult.Ok(result));
        }
    }
}
