using System.Text.Json;
using FieldOps.Data.Platform;
using Microsoft.JSInterop;

namespace FieldOps.Web.Components.Shared;

/// <summary>
/// Keeps what a user is typing in the browser tab's session storage, so a half-written form survives a tab switch, a
/// dropped connection, a page reload or a server restart. A draft belongs to the signed-in user and to one form; it
/// is removed once the form is saved. Session storage ends with the tab, so nothing lingers on a shared device.
/// </summary>
public sealed class DraftStore(IJSRuntime js, ICurrentUser currentUser)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<T?> LoadAsync<T>(string form, CancellationToken cancellationToken) where T : class
    {
        try
        {
            var saved = await js.InvokeAsync<string?>("fieldOps.drafts.get", cancellationToken, Key(form));
            return string.IsNullOrEmpty(saved) ? null : JsonSerializer.Deserialize<T>(saved, Json);
        }
        catch (JsonException)
        {
            // A draft from an older version of the form: start afresh.
            await ClearAsync(form, cancellationToken);
            return null;
        }
    }

    public async Task SaveAsync<T>(string form, T value, CancellationToken cancellationToken) where T : class =>
        await js.InvokeVoidAsync("fieldOps.drafts.set", cancellationToken, Key(form), JsonSerializer.Serialize(value, Json));

    public async Task ClearAsync(string form, CancellationToken cancellationToken) =>
        await js.InvokeVoidAsync("fieldOps.drafts.set", cancellationToken, Key(form), null);

    private string Key(string form) => $"fieldops-draft:{currentUser.UserId}:{form}";
}
