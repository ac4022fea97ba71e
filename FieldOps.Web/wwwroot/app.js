// Small helpers the components call through JS interop.
window.fieldOps = {
    isNarrow: () => window.matchMedia("(max-width: 768px)").matches,
};
