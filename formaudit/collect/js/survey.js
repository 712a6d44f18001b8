// survey.js: what one frame offers on the road to an application form, as plain facts.
//
// Run in every frame between clicks. It decides nothing: it lists the question controls a candidate
// can see (outside cookie banners), the controls that could be clicked (links, buttons, tabs) with
// their text and the facts the click guard needs (type, inside a form, does that form hold values,
// the link's target), the frame's visible text (start only), progress bars and step lists. Python
// (formaudit/collect/walk.py) reads the words and decides. Clickable controls are stamped with
// data-fa-road="<nonce>-<n>" so the chosen one can be clicked afterwards; the nonce is new each
// survey, so a page cannot plant a stamp of its own in advance.
({ nonce, maxControls, maxText }) => {
  const out = {
    url: location.href, title: document.title || "", heading: "", text: "", questions: [],
    controls: [], progress: [], stepNames: [], captcha: false, fieldNames: [], links: [],
  };
  const doc = document.documentElement;
  if (!doc) return out;
  const all = [];
  const walk = (root) => {
    const it = (root.querySelectorAll ? root.querySelectorAll("*") : []);
    for (const el of it) {
      if (all.length > 30000) return;
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  const parentOf = (el) => el.parentElement || (el.parentNode && el.parentNode.host) || null;
  const shown = (el) => {
    if (!el || !el.isConnected) return false;
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1;
  };
  const textOf = (el) => (el.innerText || el.textContent || "").replace(/\s+/g, " ").trim();
  const nameOf = (el) => {
    const aria = el.getAttribute("aria-label");
    const own = el.localName === "input" ? (el.value || "") : textOf(el);
    return (own || aria || el.getAttribute("title") || el.getAttribute("alt") || "").replace(/\s+/g, " ").trim();
  };
  const COOKIE = /cookie|consent|onetrust|cookiebot|cybot|usercentrics|didomi|axeptio|gdpr|cmp|truste|quantcast|tarteaucitron|klaro|iubenda|osano|termly/i;
  const containerHint = (el) => {
    let hint = "";
    for (let node = el, depth = 0; node && node !== doc && depth < 12; node = parentOf(node), depth++) {
      if (node.getAttribute) hint += " " + (node.id || "") + " " + (node.getAttribute("class") || "") +
        " " + (node.getAttribute("aria-label") || "") + " " + (node.getAttribute("role") || "");
    }
    return hint;
  };
  const inCookieBanner = (el) => COOKIE.test(containerHint(el));
  const formOf = (el) => el.form || (el.closest ? el.closest("form") : null);
  // A form "holds values" when something in it reads as an answer: text typed or pre-filled in a field
  // the candidate sees, a box ticked, a choice other than a list's first. Hidden inputs (tokens, job
  // ids) and untouched lists are the page's own state, not answers.
  const formHasValues = (form) => {
    if (!form) return false;
    for (const f of form.querySelectorAll("input,select,textarea")) {
      const type = (f.getAttribute("type") || "").toLowerCase();
      if (["submit", "button", "reset", "image", "hidden", "file"].includes(type)) continue;
      if (type === "checkbox" || type === "radio") { if (f.checked) return true; continue; }
      if (f.localName === "select") { if (f.selectedIndex > 0) return true; continue; }
      if ((f.value || "").trim() !== "") return true;
    }
    return false;
  };
  const QUESTION = "input,select,textarea,[contenteditable=''],[contenteditable='true'],[role=textbox],[role=combobox],[role=radiogroup],[role=listbox]";
  const seenGroups = new Set();
  for (const el of all) {
    if (!el.matches || !el.matches(QUESTION)) continue;
    const type = (el.getAttribute("type") || "").toLowerCase();
    if (["hidden", "submit", "button", "reset", "image"].includes(type)) {
      if (type === "hidden" && el.name) out.fieldNames.push(el.name);
      continue;
    }
    if (el.name) out.fieldNames.push(el.name);
    // File inputs are usually hidden behind a styled button: they count where their container shows.
    const visible = type === "file" ? (shown(el) || shown(parentOf(el))) : shown(el);
    if (!visible || inCookieBanner(el)) continue;
    if ((type === "radio" || type === "checkbox") && el.name) {
      if (seenGroups.has(type + el.name)) continue;
      seenGroups.add(type + el.name);
    }
    const form = formOf(el);
    out.questions.push({
      tag: el.localName, type, name: el.name || el.id || "", autocomplete: el.getAttribute("autocomplete") || "",
      context: (form ? containerHint(form) + " " + (form.getAttribute("action") || "") : containerHint(el)).slice(0, 400),
      role: (form && form.getAttribute("role")) || "",
    });
  }
  out.captcha = all.some((el) => el.matches && el.matches(".g-recaptcha,.h-captcha,.cf-turnstile,.frc-captcha,[data-sitekey],iframe[src*='recaptcha'],iframe[src*='hcaptcha'],iframe[src*='turnstile']"));
  const CLICKABLE = "a[href],button,[role=button],[role=tab],[role=link],input[type=submit],input[type=button],summary,[data-automation-id]";
  let n = 0;
  for (const el of all) {
    if (n >= maxControls) break;
    if (!el.matches || !el.matches(CLICKABLE)) continue;
    const automation = el.getAttribute("data-automation-id") || "";
    if (automation && !el.matches("a[href],button,[role=button],[role=tab],[role=link],input")) {
      if (!/apply|adventure|manual|next|button/i.test(automation)) continue;
    }
    if (!shown(el)) continue;
    const text = nameOf(el).slice(0, 120);
    if (!text) continue;
    const form = formOf(el);
    const tag = el.localName;
    let type = (el.getAttribute("type") || "").toLowerCase();
    if (tag === "button" && !type) type = form ? "submit" : "button";  // a bare <button> in a form submits it
    const ref = `${nonce}-${n++}`;
    el.setAttribute("data-fa-road", ref);
    let href = "";
    if (tag === "a" && el.href) href = el.href;
    out.controls.push({
      ref, text, tag, type, role: el.getAttribute("role") || "", href, automation,
      target: el.getAttribute("target") || "", inForm: !!form, formHasValues: formHasValues(form),
      formMethod: form ? (form.getAttribute("method") || "get").toLowerCase() : "",
      cookie: inCookieBanner(el), expanded: el.getAttribute("aria-expanded") || "",
      selected: el.getAttribute("aria-selected") || "",
      dialog: !!(el.closest && el.closest("[role=dialog],[role=alertdialog],dialog,[aria-modal=true]")),
    });
  }
  for (const a of document.querySelectorAll("a[href]")) {
    if (out.links.length >= 2000) break;
    out.links.push(a.href);
  }
  for (const bar of document.querySelectorAll("[role=progressbar],progress,[data-automation-id*=progress]")) {
    out.progress.push({
      now: bar.getAttribute("aria-valuenow") || bar.getAttribute("value") || "",
      max: bar.getAttribute("aria-valuemax") || bar.getAttribute("max") || "",
      text: (bar.getAttribute("aria-valuetext") || bar.getAttribute("aria-label") || textOf(bar)).slice(0, 200),
    });
  }
  const current = document.querySelector("[aria-current=step]");
  const list = current ? current.closest("ol,ul,[role=list],[role=tablist]") : null;
  if (list) {
    for (const item of list.querySelectorAll("li,[role=listitem],[role=tab]")) {
      const t = textOf(item).slice(0, 80);
      if (t) out.stepNames.push((item === current || item.contains(current) ? "*" : "") + t);
    }
  } else {
    // Workday marks its steps by automation id: progressBarActiveStep, ...InactiveStep, ...CompletedStep.
    for (const item of document.querySelectorAll("[data-automation-id^=progressBar][data-automation-id$=Step]")) {
      const t = textOf(item).slice(0, 80);
      const active = item.getAttribute("data-automation-id") === "progressBarActiveStep";
      if (t) out.stepNames.push((active ? "*" : "") + t);
    }
  }
  const h = document.querySelector("h1") || document.querySelector("h2");
  out.heading = h ? textOf(h).slice(0, 200) : "";
  out.text = (document.body ? (document.body.innerText || "") : "").replace(/\s+/g, " ").slice(0, maxText);
  return out;
}
