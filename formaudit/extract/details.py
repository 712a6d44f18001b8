"""A question's particulars besides its label: options, value, description, section and hints."""

from __future__ import annotations

from bs4 import Tag

from formaudit.extract.content import is_help_element, text_of
from formaudit.extract.control import Control
from formaudit.extract.dom import Document, is_scope_root
from formaudit.extract.labels import label_elements
from formaudit.extract.text import MAX_LABEL_CHARS, MAX_VALUE_CHARS, clean, finish_label, is_generic
from formaudit.extract.tree import BOUNDARY_TAGS, attr, iter_elements, option_text, options_of
from formaudit.extract.visibility import element_visible
from formaudit.models.fields import Option
from formaudit.models.snapshot import ATTR_CHECKED, ATTR_SELECTED, ATTR_VALUE

HINT_ATTRIBUTES = (
    "data-automation-id",
    "data-qa",
    "data-testid",
    "data-test-id",
    "data-test",
    "data-field",
    "data-cy",
    "data-name",
    "data-ui",
    "data-test-form-element",
    "inputmode",
    "role",
)
_HINT_SET = frozenset(HINT_ATTRIBUTES)
_HELP_LEVELS = 3
_NOT_HELP_TAGS = frozenset({"label", "legend", "select", "option", "script", "style", "template", "input"})


# -- options -----------------------------------------------------------------------------------


def _is_placeholder_option(option: Tag, text: str, index: int) -> bool:
    """ "Select ...", "--", "Bitte wählen" with an empty value: a prompt, not a choice."""
    value = attr(option, "value")
    if value is not None and value.strip() == "" and (not text or is_generic(text) or text.startswith("-")):
        return True
    return index == 0 and "disabled" in option.attrs and (not text or is_generic(text))


def _stamped(tag: Tag, stamp: str, attribute: str, doc: Document) -> bool:
    if doc.browser and stamp in tag.attrs:
        return attr(tag, stamp) == "true"
    return attribute in tag.attrs


def select_options(doc: Document, select: Tag) -> tuple[Option, ...]:
    # Hot on big pages (country lists, year lists): plain dict lookups.
    options: list[Option] = []
    stamp = ATTR_SELECTED if doc.browser else "selected"
    memo = doc.memo
    for index, option in enumerate(options_of(select)):
        attrs = option.attrs
        text = option_text(option) if not attrs.get("label") else clean(attr(option, "label") or "")
        if not text.isascii():
            text = clean(text)
        value = attr(option, "value")
        if (index == 0 or (value is not None and not value.strip())) and _is_placeholder_option(option, text, index):
            continue
        selected = attrs.get(stamp) == "true" if doc.browser and stamp in attrs else "selected" in attrs
        # Options are frozen: the same country or year list repeated down a page shares instances.
        key = ("option", text, value, selected)
        known = memo.get(key)
        if not isinstance(known, Option):
            known = Option(label=text, value=text if value is None else value, selected=selected)
            memo[key] = known
        options.append(known)
    return tuple(options)


def part_option(doc: Document, part: Tag, scope: Tag | None) -> Option:
    """An ARIA radio/option, a pressed button or a web component's option, as an Option."""
    label = attr(part, "aria-label") or attr(part, "label")
    if not label:
        refs = [doc.by_id(scope, ref) for ref in (attr(part, "aria-labelledby") or "").split()]
        label = " ".join(text_of(doc, ref)[0] for ref in refs if ref is not None)
    if not label:
        label = text_of(doc, part)[0] or attr(part, "value") or ""
    selected = (
        any(attr(part, name) == "true" for name in ("aria-checked", "aria-selected", "aria-pressed"))
        or _stamped(part, ATTR_CHECKED, "checked", doc)
        or _stamped(part, ATTR_SELECTED, "selected", doc)
    )
    return Option(label=clean(label), value=attr(part, "value") or attr(part, "data-value"), selected=selected)


def datalist_options(doc: Document, control: Control) -> tuple[Option, ...]:
    ref = attr(control.tag, "list")
    datalist = doc.by_id(control.context.scope, ref) if ref else None
    if datalist is None:
        return ()
    return tuple(
        Option(label=clean(attr(o, "label") or o.get_text() or attr(o, "value") or ""), value=attr(o, "value"))
        for o in datalist.find_all("option")
    )


# -- values ------------------------------------------------------------------------------------


def is_checked(doc: Document, tag: Tag) -> bool:
    if doc.browser and ATTR_CHECKED in tag.attrs:
        return attr(tag, ATTR_CHECKED) == "true"
    return "checked" in tag.attrs or attr(tag, "aria-checked") == "true"


def control_value(doc: Document, control: Control, options: tuple[Option, ...]) -> str | None:
    """What the control holds before the candidate types: live value in browser snapshots."""
    tag = control.tag
    if control.input_type == "password" or control.kind.value == "file":
        return None
    if control.checkable:
        return (attr(tag, "value") or "on") if is_checked(doc, tag) else None
    if doc.browser and ATTR_VALUE in tag.attrs:
        value = attr(tag, ATTR_VALUE)
    elif tag.name == "select":
        # Static HTML: only an explicit selection counts (a browser snapshot stamps the live value).
        value = ", ".join(o.value or o.label for o in options if o.selected) or None
    elif tag.name == "textarea":
        value = tag.get_text()
    elif control.input_type == "button":
        value = text_of(doc, tag)[0]
        value = None if is_generic(value) else value
    elif control.input_type == "contenteditable" or "contenteditable" in tag.attrs:
        value = text_of(doc, tag)[0]
    else:
        value = attr(tag, "value")
    if not value:
        return None
    return clean(value, MAX_VALUE_CHARS) or None


# -- description -------------------------------------------------------------------------------


def _is_help(tag: Tag) -> bool:
    return tag.name == "small" or is_help_element(tag)


def _help_text(doc: Document, anchor: Tag, counted: int, label: str) -> list[str]:
    """Hint elements beside the control: children (and grandchildren) of its own wrappers only,
    never a scan of whole subtrees, so each field costs a handful of element checks."""
    chain: list[Tag] = []
    node = anchor.parent
    for _ in range(_HELP_LEVELS):
        if node is None or node.name in BOUNDARY_TAGS or is_scope_root(node):
            break
        if doc.control_count.get(id(node), 0) > counted:
            break
        chain.append(node)
        node = node.parent
    found: list[str] = []
    on_chain = {id(anchor), *(id(n) for n in chain)}
    for level in chain:
        for child in level.contents:
            if not isinstance(child, Tag) or id(child) in on_chain or child.name in _NOT_HELP_TAGS:
                continue
            if _is_help(child):
                candidates = [child]
            else:
                candidates = [c for c in child.contents if isinstance(c, Tag) and _is_help(c)]
            for hint in candidates:
                if doc.has_controls(hint) or not element_visible(doc, hint):
                    continue
                text, _ = finish_label(text_of(doc, hint)[0])
                if text and text != label and text not in found:
                    found.append(text)
    return found


def _help_in_labels(doc: Document, control: Control) -> list[str]:
    """Hint lines that sit in the control's own labels (or are labels of their own, Google-Forms style)."""
    labels, _ = label_elements(doc, control.tag, control.context.scope, by_name=False)
    found: list[str] = []
    for label in labels:
        hints = [label] if is_help_element(label) else [el for el in iter_elements(label, 40) if is_help_element(el)]
        for hint in hints:
            text = finish_label(text_of(doc, hint, exclude=control.tag)[0])[0]
            if text and text not in found:
                found.append(text)
    return found


def description(doc: Document, control: Control, counted: int, label: str, extra: str = "") -> str | None:
    texts: list[str] = []
    for ref in (attr(control.tag, "aria-describedby") or "").split():
        target = doc.by_id(control.context.scope, ref)
        if target is not None:
            text = text_of(doc, target)[0]
            if text and text not in texts:
                texts.append(text)
    for text in [*_help_in_labels(doc, control), *_help_text(doc, control.tag, counted, label)]:
        if text not in texts:
            texts.append(text)
    if extra and extra not in texts:
        texts.append(clean(extra))
    joined = clean(" ".join(texts), MAX_LABEL_CHARS)
    return joined or None


def hints(tag: Tag) -> dict[str, str]:
    found: dict[str, str] = {}
    for name in tag.attrs:
        if name in _HINT_SET:
            value = clean(attr(tag, name) or "", MAX_VALUE_CHARS)
            if value:
                found[name] = value
    return found
