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
