// The Blazor script used by FieldOps sets these classes on #components-reconnect-modal while it reconnects:
// components-reconnect-show, -hide, -failed, -rejected. Follow them to open and close the dialog.
const modal = document.getElementById("components-reconnect-modal");
const retryButton = document.getElementById("components-reconnect-button");

function sync() {
    const classes = modal.classList;
    if (classes.contains("components-reconnect-rejected")) {
        // The server no longer knows this circuit: start afresh.
        location.reload();
        return;
    }
    const visible = classes.contains("components-reconnect-show") || classes.contains("components-reconnect-failed");
    modal.dataset.state = classes.contains("components-reconnect-failed") ? "failed" : "show";
    if (visible && !modal.open) {
        modal.showModal();
    } else if (!visible && modal.open) {
        modal.close();
    }
}

new MutationObserver(sync).observe(modal, { attributes: true, attributeFilter: ["class"] });

retryButton.addEventListener("click", async () => {
    try {
        const reconnected = await Blazor.reconnect();
        if (!reconnected) {
            location.reload();
        }
    } catch {
        // Still offline; the dialog stays open.
    }
});
