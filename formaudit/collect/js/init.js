// Runs in every frame before the page's own scripts (Page.add_init_script), called with its settings
// by formaudit/collect/scripts.py: ({ trackedDelayMs }).
//
// It neutralises form submission (submit events, form.submit(), form.requestSubmit()) and keeps a small
// activity record: when the DOM last changed (including inside shadow roots), how many fetches, XHRs
// and short timers are pending, and when the page last scheduled work. probe.js reads it.
({ trackedDelayMs }) => {
  const KEY = "__formaudit";
  if (Object.prototype.hasOwnProperty.call(window, KEY)) return;
  const TRACKED_DELAY_MS = trackedDelayMs;
  const now = () => performance.now();
  const state = {
    lastChange: now(), lastScheduled: 0, pending: 0, timers: new Set(), intervals: new Set(), submissions: [],
    observed: new WeakSet(), lastScan: 0,
  };
  Object.defineProperty(window, KEY, { value: state, enumerable: false });

  // Never send a form: the audit only looks. Pages may still run their own submit handlers.
  const note = (how) => { if (state.submissions.length < 20) state.submissions.push(how); };
  HTMLFormElement.prototype.submit = function submit() { note("form.submit()"); };
  HTMLFormElement.prototype.requestSubmit = function requestSubmit() { note("form.requestSubmit()"); };
  window.addEventListener("submit", (event) => { event.preventDefault(); note("submit event"); }, true);

  // Has the page finished building itself? DOM changes, in the document and in every shadow root.
  const touch = () => { state.lastChange = now(); };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const name = record.attributeName || "";
      // Animations rewrite style many times a second without changing what a form asks.
      if (record.type !== "attributes" || (name !== "style" && !name.startsWith("data-fa-"))) {
        touch();
        return;
      }
    }
  });
  const OPTIONS = { subtree: true, childList: true, attributes: true, characterData: true };
  state.observe = (root) => {
    if (!state.observed.has(root)) { state.observed.add(root); observer.observe(root, OPTIONS); return true; }
    return false;
  };
  state.observe(document);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    state.observe(root);
    touch();
    return root;
  };

  // Work the page has scheduled: short timers, network reads and task scheduling (React and
  // friends render in MessageChannel tasks, which change nothing until they commit).
  const scheduled = () => { state.lastScheduled = now(); };
  const wrapTimer = (setName, clearName, once) => {
    const set = window[setName], clear = window[clearName];
    const ids = once ? state.timers : state.intervals;
    window[setName] = function (handler, delay, ...args) {
      if (typeof handler !== "function" || (Number(delay) || 0) > TRACKED_DELAY_MS) {
        return set.call(window, handler, delay, ...args);
      }
      let id;
      const wrapped = function (...a) {
        if (once) ids.delete(id);
        scheduled();
        return handler.apply(this, a);
      };
      id = set.call(window, wrapped, delay, ...args);
      ids.add(id);
      return id;
    };
    // Browsers let either clear function cancel either kind of timer.
    window[clearName] = function (id) {
      state.timers.delete(id);
      state.intervals.delete(id);
      return clear.call(window, id);
    };
  };
  wrapTimer("setTimeout", "clearTimeout", true);
  wrapTimer("setInterval", "clearInterval", false);
  const track = (promise) => {
    state.pending++;
    const done = () => { state.pending--; scheduled(); };
    promise.then(done, done);
    return promise;
  };
  if (window.fetch) {
    const fetch = window.fetch;
    window.fetch = function (...args) { return track(fetch.apply(this, args)); };
  }
  for (const method of ["json", "text", "arrayBuffer", "blob", "formData"]) {
    const read = Response.prototype[method];
    if (read) Response.prototype[method] = function (...args) { return track(read.apply(this, args)); };
  }
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (...args) {
    state.pending++;
    this.addEventListener("loadend", () => { state.pending--; scheduled(); }, { once: true });
    try { return send.apply(this, args); } catch (error) { state.pending--; throw error; }
  };
  const postMessage = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (...args) {
    scheduled();
    return postMessage.apply(this, args);
  };
  for (const name of ["requestAnimationFrame", "requestIdleCallback"]) {
    const request = window[name];
    if (request) window[name] = function (...args) { scheduled(); return request.apply(window, args); };
  }
}
