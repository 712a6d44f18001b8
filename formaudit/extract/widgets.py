"""Which elements are controls a candidate answers, and of what kind.

Native controls first; then ARIA widgets and contenteditable regions that are not mere wrappers of
native controls; then web components named by their attributes when their inside is closed or
absent; then Workday-style dropdown buttons and Yes/No ``aria-pressed`` button rows.
"""

from __future__ import annotations

from bs4 import Tag

from formaudit.extract.components import CUSTOM_LABEL_ATTRS, custom_controls
from formaudit.extract.control import INPUT_KINDS, TEXT_LIKE, Control
from formaudit.extract.dom import Document, count_controls
from formaudit.extract.tree import NATIVE_CONTROLS, NOT_QUESTIONS, attr, inside_any, iter_elements, role_of
from formaudit.extract.vendors import is_lever_template
from formaudit.models.fields import FieldKind

_ROLE_KINDS: dict[str, FieldKind] = {
    "textbox": FieldKind.TEXT,
    "searchbox": FieldKind.TEXT,
    "combobox": FieldKind.COMBOBOX,
    "listbox": FieldKind.LISTBOX,
    "radiogroup": FieldKind.RADIO_GROUP,
    "radio": FieldKind.RADIO_GROUP,
    "checkbox": FieldKind.CHECKBOX,
    "switch": FieldKind.SWITCH,
    "spinbutton": FieldKind.SPINBUTTON,
    "slider": FieldKind.NUMBER,
}
_CONTAINER_ROLES = frozenset({"radiogroup", "listbox", "combobox", "textbox", "searchbox"})
_TOOLBAR_ROLES = frozenset({"toolbar", "menubar", "tablist"})
_WRAPPER_LEVELS = 3
_MAX_PARTS = 1000


def find_controls(doc: Document) -> list[Control]:
    """Every control in document order; hidden inputs included (marked), buttons excluded."""
    controls = _native_controls(doc)
    count_controls(doc, [c.tag for c in controls if c.counted])
    aria = _aria_controls(doc)
    count_controls(doc, [c.tag for c in aria])
    custom = custom_controls(doc)
    count_controls(doc, [c.tag for c in custom])
    controls.extend(aria)
    controls.extend(custom)
    controls.sort(key=lambda c: doc.position(c.tag))
    for control in controls:
        if control.host is None:
            control.host = _label_host(doc, control)
    return controls


def _native_controls(doc: Document) -> list[Control]:
    controls: list[Control] = []
    pressed: dict[int, list[Tag]] = {}
    for tag in doc.candidates:
        name = tag.name
        ctx = doc.context[id(tag)]
        if name == "button" and role_of(tag) not in _ROLE_KINDS:
            if (attr(tag, "aria-haspopup") or "").casefold() == "listbox":
                # Options usually exist only while the popup is open: empty means "unknown".
                parts = _owned_options(doc, tag, ctx.scope, inside=False)
                controls.append(Control(tag, FieldKind.SELECT, ctx, input_type="button", parts=parts))
            elif "aria-pressed" in tag.attrs:
                group = _pressed_group_parent(tag)
                if group is not None:
                    pressed.setdefault(id(group), []).append(tag)
            continue
        if name not in NATIVE_CONTROLS:
            continue
        if name == "input":
            input_type = (attr(tag, "type") or "text").strip().casefold()
            if input_type in NOT_QUESTIONS or is_lever_template(tag):
                continue
            if input_type == "hidden":
                controls.append(Control(tag, FieldKind.TEXT, ctx, input_type="hidden", hidden_input=True))
                continue
            kind = INPUT_KINDS.get(input_type, FieldKind.TEXT)
            role = role_of(tag)
            checkable = input_type if input_type in ("radio", "checkbox") else None
            if checkable == "checkbox" and role == "switch":
                kind = FieldKind.SWITCH
            elif kind in TEXT_LIKE and (role == "combobox" or "list" in tag.attrs):
                kind = FieldKind.COMBOBOX
            elif kind in TEXT_LIKE and (wrapper := _combobox_wrapper(tag)) is not None:
                kind = FieldKind.COMBOBOX  # ARIA 1.0: the combobox role sits on a wrapper
                controls.append(Control(tag, kind, ctx, input_type=input_type, host=wrapper))
                continue
            elif kind in TEXT_LIKE and role == "spinbutton":
                kind = FieldKind.SPINBUTTON
            controls.append(Control(tag, kind, ctx, input_type=input_type, checkable=checkable))
        else:
            controls.append(Control(tag, INPUT_KINDS[name], ctx, input_type=name))
    for buttons in pressed.values():
        if len(buttons) >= 2:
            ctx = doc.context[id(buttons[0])]
            controls.append(Control(buttons[0], FieldKind.RADIO_GROUP, ctx, input_type="button", parts=buttons))
    return controls


def _pressed_group_parent(button: Tag) -> Tag | None:
    """The row of Yes/No toggle buttons a button belongs to; None inside editor toolbars."""
    parent = button.parent
    for ancestor in list(button.parents)[:4]:
        if role_of(ancestor) in _TOOLBAR_ROLES:
            return None
        if role_of(ancestor) in ("group", "radiogroup"):
            return ancestor
    return parent


def _combobox_wrapper(tag: Tag) -> Tag | None:
    for depth, ancestor in enumerate(tag.parents):
        if depth >= _WRAPPER_LEVELS:
            return None
        if "role" in ancestor.attrs and role_of(ancestor) == "combobox":
            return ancestor
    return None


def _aria_controls(doc: Document) -> list[Control]:
    owned: set[int] = set()
    for tag in doc.candidates:
        if role_of(tag) == "combobox" or tag.name in ("input", "button"):
            for ref in (attr(tag, "aria-controls") or "").split() + (attr(tag, "aria-owns") or "").split():
                target = doc.by_id(doc.context[id(tag)].scope, ref)
                if target is not None:
                    owned.add(id(target))
    accepted: set[int] = set()
    controls: list[Control] = []
    for tag in doc.candidates:
        role = role_of(tag)
        if tag.name in NATIVE_CONTROLS or (tag.name == "button" and role not in _ROLE_KINDS):
            continue
        editable = (attr(tag, "contenteditable") or "").casefold() in ("", "true", "plaintext-only") and (
            "contenteditable" in tag.attrs
        )
        if role not in _ROLE_KINDS and not editable:
            continue
        if doc.has_controls(tag) or id(tag) in owned or inside_any(tag, accepted):
            continue
        ctx = doc.context[id(tag)]
        kind = _ROLE_KINDS.get(role or "", FieldKind.CONTENTEDITABLE)
        if editable:
            kind = FieldKind.CONTENTEDITABLE
        elif role in ("textbox", "searchbox") and attr(tag, "aria-multiline") == "true":
            kind = FieldKind.TEXTAREA
        control = Control(tag, kind, ctx, input_type=role or "contenteditable", native=False)
        if role in ("radio", "checkbox"):
            control.checkable = role
        elif role == "radiogroup":
            control.parts = with_role(tag, "radio")
        elif role == "listbox":
            control.parts = with_role(tag, "option")
        elif role == "combobox":
            control.parts = _owned_options(doc, tag, ctx.scope)
        if role in _CONTAINER_ROLES or editable:
            accepted.add(id(tag))
        controls.append(control)
    return controls


def _owned_options(doc: Document, tag: Tag, scope: Tag | None, inside: bool = True) -> list[Tag]:
    for ref in (attr(tag, "aria-controls") or "").split() + (attr(tag, "aria-owns") or "").split():
        target = doc.by_id(scope, ref)
        if target is not None:
            return with_role(target, "option")
    return with_role(tag, "option") if inside else []


def with_role(root: Tag, role: str) -> list[Tag]:
    return [el for el in iter_elements(root, _MAX_PARTS * 4) if role_of(el) == role][:_MAX_PARTS]


def _label_host(doc: Document, control: Control) -> Tag | None:
    """The element that names a control from outside: shadow host, custom wrapper, ARIA combobox."""
    scope = control.context.scope
    if scope is not None and scope.name == "template":
        return scope.parent
    for depth, ancestor in enumerate(control.tag.parents):
        if depth >= _WRAPPER_LEVELS:
            break
        if "-" in ancestor.name and any(a in ancestor.attrs for a in CUSTOM_LABEL_ATTRS):
            return ancestor
    return None
