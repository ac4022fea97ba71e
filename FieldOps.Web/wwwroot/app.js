// Small helpers the components call through JS interop.
window.fieldOps = {
    // Unsaved form entries, kept per browser tab (see DraftStore).
    drafts: {
        get: key => sessionStorage.getItem(key),
        set: (key, value) => value == null ? sessionStorage.removeItem(key) : sessionStorage.setItem(key, value),
    },
};
