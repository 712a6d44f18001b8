"""The text a candidate reads inside an element, as label computation needs it.

Like Chromium's ``FindChildText``: skips scripts, styles, options and nested controls, stops at a
depth of 10, and ignores what the element itself hides. Required markers (``span.required``,
``abbr[title=required]``) are reported instead of read. Slots in a shadow root read the host's
light-DOM children assigned to them, as in the composed tree.
"""

from __future__ import annotations

from typing import cast

from bs4 import Tag

from formaudit.extract.dom import Document
from formaudit.extract.text import MAX_LABEL_CHARS, clean
from formaudit.extract.tree import SKIPPED_TAGS, attr, classes, is_text, role_of
from formaudit.models.snapshot import ATTR_VISIBLE

MAX_DEPTH = 10
INLINE_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "dfn",
        "em",
        "font",
        "i",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
        "var",
        "wbr",
        "label",
    }
)
# Elements whose text is their value or their options, never part of another control's label.
_CONTROL_TAGS = frozenset(
    {"input", "select", "textarea", "button", "option", "optgroup", "datalist", "template", "slot-fallback"}
)
WIDGET_ROLES = frozenset(
    {
        "textbox",
        "searchbox",
        "combobox",
        "listbox",
        "radiogroup",
        "radio",
        "checkbox",
        "switch",
        "spinbutton",
        "slider",
        "option",
        "menu",
        "menubar",
    }
)
_MARKER_WORDS = ("required", "asterisk", "mandatory")
_MARKER_CLASSES = frozenset({"req", "star"})
# Class words of hint lines ("(555) 555-5555", "Max 2 MB"): a description, not part of the question.
HELP_WORDS = ("help", "hint", "description", "instruction", "helper", "subtext", "sublabel", "caption")
HELP_CLASSES = frozenset({"form-text", "note", "notes", "tip", "field-info", "explanation"})
_NOT_HELP_WORDS = ("error", "invalid", "counter")


def is_required_marker(tag: Tag) -> bool:
    """``<span class="required">✱</span>``, ``<abbr title="required">*</abbr>`` and the like."""
    if tag.name == "abbr" and "required" in (attr(tag, "title") or "").casefold():
        return True
    if not tag.attrs.get("class"):
        return False
    tokens = [t.casefold() for t in classes(tag)]
    if not any(word in t for t in tokens for word in _MARKER_WORDS) and not _MARKER_CLASSES.intersection(tokens):
        return False
    return len(tag.get_text().strip()) <= 15  # a marker, not a wrapper that happens to be "required-field"


def is_help_element(tag: Tag) -> bool:
    """An element whose classes say it holds help text: ``.help-block``, ``.ss-q-help``, ``.form-text``."""
    if not tag.attrs or "class" not in tag.attrs:
        return False
    tokens = [t.casefold() for t in classes(tag)]
    if any(bad in t for t in tokens for bad in _NOT_HELP_WORDS):
        return False
    return any(word in t for t in tokens for word in HELP_WORDS) or any(t in HELP_CLASSES for t in tokens)


def _skips(doc: Document, tag: Tag, root_hidden: bool) -> bool:
    if tag.name in SKIPPED_TAGS or tag.name in _CONTROL_TAGS:
        return True
    if not tag.attrs:
        return False
    if role_of(tag) in WIDGET_ROLES or "contenteditable" in tag.attrs:
        return True
    if id(tag) in doc.unrendered:
        return True
    return doc.browser and not root_hidden and attr(tag, ATTR_VISIBLE) == "false"


def _slot_host(slot: Tag) -> Tag | None:
    for parent in slot.parents:
        if parent.name == "template" and attr(parent, "shadowrootmode"):
            return parent.parent
    return None


def _assigned(slot: Tag) -> list[object]:
    host = _slot_host(slot)
    if host is None:
        return list(slot.contents)
    name = attr(slot, "name")
    nodes: list[object] = []
    for child in host.contents:
        if isinstance(child, Tag):
            if child.name == "template":
                continue
            if (attr(child, "slot") or None) == (name or None):
                nodes.append(child)
        elif not name and is_text(child):
            nodes.append(child)
    return nodes or list(slot.contents)


def text_of(doc: Document, root: Tag, exclude: Tag | None = None, *, skip_help: bool = False) -> tuple[str, bool]:
    """The readable text inside ``root`` and whether a required marker element was found in it.

    ``skip_help`` leaves out hint elements (see ``is_help_element``) when reading a label."""
    # Label, description and section lookups read the same elements again: each reading is kept.
    key = ("text", id(root), id(exclude), skip_help)
    known = doc.memo.get(key)
    if known is None:
        known = doc.memo[key] = _read_text(doc, root, exclude, skip_help)
    return cast(tuple[str, bool], known)


def _read_text(doc: Document, root: Tag, exclude: Tag | None, skip_help: bool) -> tuple[str, bool]:
    pieces: list[str] = []
    budget = MAX_LABEL_CHARS * 2
    marker = False
    root_hidden = doc.browser and attr(root, ATTR_VISIBLE) == "false"
    stack: list[tuple[object, int]] = [(child, 1) for child in reversed(root.contents)]
    while stack and budget > 0:
        node, depth = stack.pop()
        if isinstance(node, str):  # text nodes, and the " " put around block elements
            if type(node) is str or is_text(node):
                pieces.append(node)
                budget -= len(node)
            continue
        if not isinstance(node, Tag) or node is exclude or depth > MAX_DEPTH:
            continue
        if _skips(doc, node, root_hidden):
            continue
        if node.attrs and is_required_marker(node):
            marker = True
            continue
        if skip_help and node.attrs and is_help_element(node):
            continue
        block = node.name not in INLINE_TAGS
        if block:
            stack.append((" ", depth))
        children = _assigned(node) if node.name == "slot" else node.contents
        stack.extend((child, depth + 1) for child in reversed(children))
        if block:
            stack.append((" ", depth))
    return clean("".join(pieces)), marker
