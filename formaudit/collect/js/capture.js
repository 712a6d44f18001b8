// capture.js: reads one frame, run once per frame when the page has settled.
//
// It stamps every element that can be a field or a label with data-fa-id (prefixed with the frame
// path, so ids are unique across the snapshot), data-fa-visible and the live value/checked/
// selected state; measures the boxes of visible ones in page coordinates (the caller passes where
// the frame's viewport sits); and serialises the document with its open shadow roots as declarative
// <template shadowrootmode="open">, using getHTML where the engine has it and an equivalent
// walk where it does not. Closed shadow roots cannot be reached by any page script and stay out.
//
// Attribute names come from formaudit.models.snapshot; they are passed in, never repeated here.
({ prefix, originX, originY, isTop, maxChars, attributes }) => {
  const A = attributes;
  const STAMPED = "input,select,textarea,option,button,label,iframe,frame,[contenteditable],[role]";
  const CHECKABLE_ROLES = new Set(["checkbox", "radio", "switch", "menuitemcheckbox", "menuitemradio"]);
  const SELECTABLE_ROLES = new Set(["option", "tab", "gridcell", "row", "treeitem"]);
  // Libraries that hide the real <select> and draw their own (chosen, select2, ...).
  const PROXY_CLASS = /chosen|select2|selectize|choices|ts-wrapper|multiselect|dropdown/i;
  const ox = isTop ? window.scrollX : originX;
  const oy = isTop ? window.scrollY : originY;
  const doc = document.documentElement;
  const pageWidth = Math.max(doc.scrollWidth, document.body ? document.body.scrollWidth : 0);
  const boxes = {};
  const roots = [];
  const clipCache = new Map();
  let counter = 0;

  const parentOf = (el) => el.parentElement || (el.parentNode && el.parentNode.host) || null;
  const clippedAway = (el) => {
    // A wrapper of zero width or height with overflow hidden: the classic honeypot container.
    for (let node = parentOf(el); node && node !== document.body && node !== doc; node = parentOf(node)) {
      if (clipCache.has(node)) { if (clipCache.get(node)) return true; continue; }
      const style = getComputedStyle(node);
      const rect = node.getBoundingClientRect();
      const clips = style.overflowX !== "visible" || style.overflowY !== "visible";
      const hidden = clips && (rect.width < 1 || rect.height < 1);
      clipCache.set(node, hidden);
      if (hidden) return true;
    }
    return false;
  };
  const rendered = (el, rect) => {
    if (!el.isConnected) return false;
    if (el.checkVisibility) {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    } else {
      const s = getComputedStyle(el);
      if (s.display === "none" || s.visibility !== "visible" || s.opacity === "0") return false;
    }
    if (rect.width <= 1 || rect.height <= 1) return false;
    const x = rect.left + window.scrollX, y = rect.top + window.scrollY;
    if (x + rect.width <= 0 || y + rect.height <= 0 || x >= pageWidth) return false;
    const style = getComputedStyle(el);
    if (/^rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)$/.test(style.clip)) return false;
    if (/inset\(\s*(50|100)%/.test(style.clipPath)) return false;
    return !clippedAway(el);
  };
  // Custom checkboxes, file buttons and select widgets hide the real control and show a label or a
  // widget instead: the candidate still answers it, so it counts as visible where its stand-in is.
  const standIn = (el) => {
    const tag = el.localName;
    const type = (el.type || "").toLowerCase();
    const candidates = [];
    if ((tag === "input" && ["checkbox", "radio", "file"].includes(type)) || tag === "select") {
      for (const label of el.labels || []) candidates.push(label);
    }
    if (tag === "select") {
      const next = el.nextElementSibling;
      const drawn = next && PROXY_CLASS.test(String(next.className || ""));
      if (next && (drawn || next.getAttribute("role") === "combobox")) candidates.push(next);
    }
    for (const candidate of candidates) {
      const rect = candidate.getBoundingClientRect();
      if (rendered(candidate, rect)) return rect;
    }
    return null;
  };
  const selectVisible = new Map();
  const visibility = (el) => {
    let rect = el.getBoundingClientRect();
    if (rendered(el, rect)) return { visible: true, rect };
    rect = standIn(el);
    return rect ? { visible: true, rect } : { visible: false, rect: null };
  };
  const stamp = (el) => {
    const id = prefix + ":" + (++counter);
    el.setAttribute(A.id, id);
    let visible, rect = null;
    const select = el.localName === "option" ? el.closest("select") : null;
    if (select) {
      // A closed dropdown draws no options; a choice is visible when its select is and it is not hidden.
      if (!selectVisible.has(select)) selectVisible.set(select, visibility(select).visible);
      visible = selectVisible.get(select) && !el.hidden && getComputedStyle(el).display !== "none";
      const own = el.getBoundingClientRect();
      if (own.width > 0 && own.height > 0) rect = own;  // listbox selects do draw them
    } else {
      ({ visible, rect } = visibility(el));
    }
    el.setAttribute(A.visible, visible ? "true" : "false");
    if (visible && rect) {
      const r = (n) => Math.round(n * 10) / 10;
      boxes[id] = [r(ox + rect.left), r(oy + rect.top), r(rect.width), r(rect.height)];
    }
    const tag = el.localName;
    const role = (el.getAttribute("role") || "").toLowerCase();
    if (tag === "input") {
      const type = (el.type || "").toLowerCase();
      if (type === "checkbox" || type === "radio") el.setAttribute(A.checked, el.checked ? "true" : "false");
      else if (type === "password") el.setAttribute(A.value, el.value ? "[redacted]" : "");
      else if (type !== "file") el.setAttribute(A.value, String(el.value).slice(0, 10000));
    } else if (tag === "textarea" || tag === "select") {
      el.setAttribute(A.value, String(el.value).slice(0, 10000));
    } else if (tag === "option") {
      el.setAttribute(A.selected, el.selected ? "true" : "false");
    } else if (tag.includes("-") && typeof el.value === "string") {
      el.setAttribute(A.value, el.value.slice(0, 10000));  // form-associated web components
    }
    const aria = (name) => (el.getAttribute(name) === "true" ? "true" : "false");
    if (CHECKABLE_ROLES.has(role)) el.setAttribute(A.checked, aria("aria-checked"));
    if (SELECTABLE_ROLES.has(role)) el.setAttribute(A.selected, aria("aria-selected"));
  };
  const walk = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let el = walker.nextNode(); el; el = walker.nextNode()) {
      if (el.localName.includes("-") || el.matches(STAMPED)) stamp(el);
      if (el.shadowRoot) { roots.push(el.shadowRoot); walk(el.shadowRoot); }
    }
  };
  walk(document);

  // getHTML is Baseline 2024; the manual walk below is for older engines and says the same thing.
  const VOID = new Set("area base br col embed hr img input link meta source track wbr".split(" "));
  const RAW = new Set("style script xmp iframe noembed noframes plaintext noscript".split(" "));
  const escapeText = (s) => s.replace(/&/g, "&amp;").replace(/\u00a0/g, "&nbsp;")
    .replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const escapeAttr = (s) => escapeText(s).replace(/"/g, "&quot;");
  const serialiseChildren = (node) => Array.from(node.childNodes, (child) => serialise(child, node)).join("");
  const serialise = (node, parent) => {
    if (node.nodeType === Node.TEXT_NODE) {
      return parent && RAW.has(parent.localName) ? node.data : escapeText(node.data);
    }
    if (node.nodeType === Node.COMMENT_NODE) return "<!--" + node.data + "-->";
    if (node.nodeType !== Node.ELEMENT_NODE) return "";
    const tag = node.localName;
    const attrs = Array.from(node.attributes, (a) => ` ${a.name}="${escapeAttr(a.value)}"`).join("");
    if (VOID.has(tag)) return "<" + tag + attrs + ">";
    const shadow = node.shadowRoot
      ? '<template shadowrootmode="open">' + serialiseChildren(node.shadowRoot) + "</template>" : "";
    const body = serialiseChildren(tag === "template" ? node.content : node);
    return "<" + tag + attrs + ">" + shadow + body + "</" + tag + ">";
  };
  const inner = (el) => (el.getHTML
    ? el.getHTML({ serializableShadowRoots: true, shadowRoots: roots }) : serialiseChildren(el));

  let html;
  if (isTop) {
    const shell = doc.cloneNode(false).outerHTML;
    const doctype = document.doctype ? "<!DOCTYPE " + document.doctype.name + ">" : "";
    html = doctype + shell.slice(0, shell.lastIndexOf("</")) + inner(doc) + "</" + doc.localName + ">";
  } else {
    html = inner(document.body || doc);
  }
  const state = window.__formaudit;
  const result = {
    html: html.length > maxChars ? null : html,
    length: html.length,
    title: document.title || null,
    lang: doc.getAttribute("lang"),
    contentType: document.contentType,
    width: Math.max(doc.scrollWidth, document.body ? document.body.scrollWidth : 0),
    height: Math.max(doc.scrollHeight, document.body ? document.body.scrollHeight : 0),
    boxes,
    submissions: state ? state.submissions.slice() : [],
  };
  return result;
}
