// Follows the reconnect states that .NET 10's Blazor script reports on #components-reconnect-modal.
const modal = document.getElementById("components-reconnect-modal");
modal.addEventListener("components-reconnect-state-changed", onStateChanged);
document.getElementById("components-reconnect-button").addEventListener("click", retry);
document.getElementById("components-resume-button").addEventListener("click", resume);
document.getElementById("components-reload-button").addEventListener("click", () => location.reload());

function onStateChanged(event) {
    const state = event.detail.state;
    if (state === "show" || state === "paused") {
        if (!modal.open) {
            modal.showModal();
        }
    } else if (state === "hide") {
        modal.close();
    } else if (state === "failed") {
        // A phone that slept gives up quickly: try again as soon as the page is looked at.
        document.addEventListener("visibilitychange", retryWhenVisible);
    } else if (state === "rejected") {
        // The server no longer holds this circuit (it restarted, or evicted it): resume from the state the
        // browser kept, so the user returns to the same screen.
        resume();
    }
}

async function retry() {
    document.removeEventListener("visibilitychange", retryWhenVisible);
    try {
        // true: reconnected; false: the server answered but has lost the circuit; throws: still unreachable.
        const reconnected = await Blazor.reconnect();
        if (!reconnected) {
            await resume();
        }
    } catch {
        document.addEventListener("visibilitychange", retryWhenVisible);
    }
}

async function resume() {
    try {
        const resumed = await Blazor.resumeCircuit();
        if (resumed) {
            modal.close();
        } else {
            location.reload();
        }
    } catch {
        location.reload();
    }
}

async function retryWhenVisible() {
    if (document.visibilityState === "visible") {
        await retry();
    }
}
