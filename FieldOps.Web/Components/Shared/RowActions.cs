using Microsoft.AspNetCore.Components;

namespace FieldOps.Web.Components.Shared;

/// <summary>
/// A list row's buttons as static markup, answered by one handler on the list instead of one per button.
/// <para>
/// A button drawn by Razor with <c>@onclick</c> costs an open tab its frames (element, attributes, text), a closure and
/// an entry in the renderer's event table, twice over (the page keeps its previous render to compare with). A
/// 20-row list with four buttons a row held about 50 KB of every idle tab that way. Here a row's buttons are part of
/// its markup (<see cref="Button"/>) and carry what they do and to which row; <c>app.js</c> turns a click on one into
/// a <c>rowaction</c> event that bubbles to the list's single <c>@onrowaction</c> handler. Clicks elsewhere in the
/// list never reach the server.
/// </para>
/// The row is named by its record's id, not its position, so a list that reloaded in the meantime (a live update)
/// cannot send the action to a different record: an id no longer listed is ignored.
/// </summary>
public static class RowActions
{
    /// <summary>A plain row button (<c>fo-row-button</c>, plus <paramref name="modifier"/> such as
    /// <c>fo-row-button-primary</c>), whose click raises <paramref name="action"/> for <paramref name="rowId"/>.
    /// Several buttons of one row can leave <paramref name="rowId"/> out and name the row once, on an element around
    /// them (<see cref="RowAttribute"/>).</summary>
    public static MarkupString Button(string action, Guid? rowId, string text, string ariaLabel, string? modifier = null,
        bool disabled = false, string? title = null)
    {
        var disabledAttribute = new MarkupString(disabled ? " disabled" : "");
        var titleAttribute = title is null ? new MarkupString("") : Html.Markup($" title=\"{title}\"");
        var rowAttribute = rowId is { } id ? RowAttribute(id) : new MarkupString("");
        var cssClass = modifier is null ? "fo-row-button" : $"fo-row-button {modifier}";
        return Html.Markup(
            $"<button type=\"button\" class=\"{cssClass}\" data-row-action=\"{action}\"{rowAttribute} aria-label=\"{ariaLabel}\"{titleAttribute}{disabledAttribute}>{text}</button>");
    }

    /// <summary>Names the row (<c> data-row-id="…"</c>) on the element that holds its buttons.</summary>
    public static MarkupString RowAttribute(Guid rowId) => Html.Markup($" data-row-id=\"{rowId}\"");

    /// <summary>
    /// A row's selection box as static markup, inside an element that names the row (<c>data-row-id</c>). Its ticks
    /// stay in the browser, which raises a <c>select</c> or <c>unselect</c> row action on each, so the page can keep
    /// the selection without drawing the box again (drawing it would move the keyboard's focus away). Build the row
    /// with <see cref="RowMarkup{T}"/>, which keeps its markup, and so the box, while the row is unchanged.
    /// </summary>
    public static MarkupString Checkbox(bool isChecked, string ariaLabel) =>
        Html.Markup($"<input type=\"checkbox\" data-row-select aria-label=\"{ariaLabel}\"{new MarkupString(isChecked ? " checked" : "")}>");

    /// <summary>The listed item the event names, or null when it is no longer listed (or the event is not a row's).</summary>
    public static T? Find<T>(IEnumerable<T>? items, RowActionEventArgs? action, Func<T, Guid> id) where T : class =>
        action is not null && Guid.TryParse(action.RowId, out var rowId) ? items?.FirstOrDefault(item => id(item) == rowId) : null;
}

/// <summary>What <c>app.js</c> sends when a row's button is clicked: the button's <c>data-row-action</c> and
/// <c>data-row-id</c>.</summary>
public sealed class RowActionEventArgs : EventArgs
{
    public string? Action { get; set; }

    public string? RowId { get; set; }
}

/// <summary>Makes <c>@onrowaction</c> known to Razor, which looks for it on a public class of exactly this name.</summary>
[EventHandler("onrowaction", typeof(RowActionEventArgs), enableStopPropagation: true, enablePreventDefault: true)]
public static class EventHandlers
{
}
