// Evaluated in each frame while waiting for the page to settle (settle.py). Returns null where init.js
// has not run (for example in about:blank frames a script filled in), so the caller can install it there.
() => {
  const state = window.__formaudit;
  if (!state) return null;
  const t = performance.now();
  if (t - state.lastScan > 250) {
    // Declarative shadow roots and roots attached before we watched are found by walking.
    state.lastScan = t;
    const visit = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
      for (let el = walker.nextNode(); el; el = walker.nextNode()) {
        if (el.shadowRoot) { if (state.observe(el.shadowRoot)) state.lastChange = t; visit(el.shadowRoot); }
      }
    };
    visit(document);
  }
  return {
    sinceChange: t - state.lastChange,
    sinceScheduled: t - state.lastScheduled,
    pending: state.pending + state.timers.size,
    intervals: state.intervals.size,
    ready: document.readyState === "complete",
    scripts: document.scripts.length,
  };
}
