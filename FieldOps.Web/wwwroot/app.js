// Small helpers the components call through JS interop.
window.fieldOps = {
    // Unsaved form entries, kept per browser tab (see DraftStore).
    drafts: {
        get: key => sessionStorage.getItem(key),
        set: (key, value) => value == null ? sessionStorage.removeItem(key) : sessionStorage.setItem(key, value),
    },
    // True below 960 px, where the menu covers the page instead of sitting beside it (the same width as app.css).
    isNarrow: () => window.matchMedia('(max-width: 959.98px)').matches,
    // Moves the keyboard (and a screen reader) to a field that has just appeared.
    focus: selector => document.querySelector(selector)?.focus(),
};

// A list row's buttons are static markup (see RowActions.cs). A click on one becomes a 'rowaction' event that bubbles
// to the list's one handler, carrying what to do and to which row (named on the button, or once on an element around a
// row's buttons); other clicks in the list stay in the browser.
document.addEventListener('click', event => {
    const button = event.target instanceof Element ? event.target.closest('button[data-row-action]') : null;
    if (button && !button.disabled) {
        button.dispatchEvent(new CustomEvent('fieldops-rowaction', {
            bubbles: true,
            detail: { action: button.dataset.rowAction, rowId: button.closest('[data-row-id]')?.dataset.rowId },
        }));
    }
});
// A row's selection box (RowActions.Checkbox) raises the same event on each tick: 'select' or 'unselect'.
document.addEventListener('change', event => {
    const box = event.target instanceof HTMLInputElement && event.target.matches('input[data-row-select]') ? event.target : null;
    if (box) {
        box.dispatchEvent(new CustomEvent('fieldops-rowaction', {
            bubbles: true,
            detail: { action: box.checked ? 'select' : 'unselect', rowId: box.closest('[data-row-id]')?.dataset.rowId },
        }));
    }
});
Blazor.registerCustomEventType('rowaction', { browserEventName: 'fieldops-rowaction', createEventArgs: event => event.detail });
