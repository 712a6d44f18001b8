"""Web components whose inside no snapshot shows (closed or absent shadow roots).

A custom element (a tag with "-") is a field when it carries label-like attributes and holds no
native or ARIA control of its own: ``<spl-input label="Email" required type="email">``. Its kind
comes from ``type=""`` or a telling word in its tag name; radio/checkbox groups and selects list
their ``<x-option label="...">`` or ``<option>`` children as choices.
"""

from __future__ import annotations

from bs4 import Tag

from formaudit.extract.control import INPUT_KINDS, Control
from formaudit.extract.dom import Document
from formaudit.extract.tree import NOT_QUESTIONS, attr, inside_any, iter_elements, role_of
from formaudit.models.fields import FieldKind

CUSTOM_LABEL_ATTRS = ("label", "aria-label", "aria-labelledby", "placeholder")
_MAX_PARTS = 1000
# Custom elements whose name says they are not questions, even when they carry a label="".
_NOT_FIELD_WORDS = (
    "button",
    "icon",
    "link",
    "card",
    "tab",
    "badge",
    "tooltip",
    "avatar",
    "menu",
    "nav",
    "header",
    "footer",
    "dialog",
    "modal",
    "chip",
    "alert",
    "toast",
    "breadcrumb",
    "step",
    "progress",
    "spinner",
    "loader",
    "logo",
    "image",
    "img",
    "option",
    "item",
    "label",
)
# Checked in order against a web component's tag name when its type="" says nothing.
_CUSTOM_NAME_KINDS: tuple[tuple[str, FieldKind], ...] = (
    ("textarea", FieldKind.TEXTAREA),
    ("checkbox-group", FieldKind.CHECKBOX_GROUP),
    ("radio-group", FieldKind.RADIO_GROUP),
    ("radiogroup", FieldKind.RADIO_GROUP),
    ("checkbox", FieldKind.CHECKBOX),
    ("switch", FieldKind.SWITCH),
    ("toggle", FieldKind.SWITCH),
    ("date", FieldKind.DATE),
    ("dropzone", FieldKind.FILE),
    ("upload", FieldKind.FILE),
    ("file", FieldKind.FILE),
    ("phone", FieldKind.TEL),
    ("email", FieldKind.EMAIL),
    ("autocomplete", FieldKind.COMBOBOX),
    ("combobox", FieldKind.COMBOBOX),
    ("select", FieldKind.SELECT),
    ("dropdown", FieldKind.SELECT),
    ("number", FieldKind.NUMBER),
    ("input", FieldKind.TEXT),
    ("text-field", FieldKind.TEXT),
    ("textfield", FieldKind.TEXT),
)


def custom_kind(tag: Tag) -> FieldKind:
    """A web component's kind: its type="" attribute, else a telling word in its tag name."""
    declared = (attr(tag, "type") or "").strip().casefold()
    if declared in INPUT_KINDS:
        return INPUT_KINDS[declared]
    name = tag.name.split("-", 1)[1] if "-" in tag.name else tag.name
    for word, kind in _CUSTOM_NAME_KINDS:
        if word in name:
            return kind
    return FieldKind.CUSTOM


def custom_controls(doc: Document) -> list[Control]:
    accepted: set[int] = set()
    controls: list[Control] = []
    for tag in doc.candidates:
        if "-" not in tag.name or doc.has_controls(tag) or role_of(tag) is not None:
            continue
        attrs = tag.attrs
        if not any(a in attrs for a in CUSTOM_LABEL_ATTRS) and not ("required" in attrs and "type" in attrs):
            continue
        if (attr(tag, "type") or "").casefold() in NOT_QUESTIONS | {"hidden"}:
            continue
        local = tag.name.split("-", 1)[1]
        if any(word in local for word in _NOT_FIELD_WORDS) or inside_any(tag, accepted):
            continue
        kind = custom_kind(tag)
        ctx = doc.context[id(tag)]
        control = Control(tag, kind, ctx, input_type=attr(tag, "type") or tag.name, native=False)
        if kind in (FieldKind.RADIO_GROUP, FieldKind.CHECKBOX_GROUP, FieldKind.SELECT, FieldKind.COMBOBOX):
            control.parts = _custom_options(tag)
        accepted.add(id(tag))
        controls.append(control)
    return controls


def _custom_options(tag: Tag) -> list[Tag]:
    """``<x-radio label="Yes">`` or ``<option>`` children of a web component group or select."""
    return [
        el
        for el in iter_elements(tag, _MAX_PARTS * 4)
        if el.name == "option" or ("-" in el.name and ("label" in el.attrs or "value" in el.attrs))
    ][:_MAX_PARTS]
