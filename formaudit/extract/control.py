"""A control: one element a candidate answers, with its kind and where it sits."""

from __future__ import annotations

from dataclasses import dataclass, field

from bs4 import Tag

from formaudit.extract.dom import Context
from formaudit.models.fields import FieldKind

INPUT_KINDS: dict[str, FieldKind] = {
    "text": FieldKind.TEXT,
    "search": FieldKind.TEXT,
    "email": FieldKind.EMAIL,
    "tel": FieldKind.TEL,
    "url": FieldKind.URL,
    "number": FieldKind.NUMBER,
    "range": FieldKind.NUMBER,
    "date": FieldKind.DATE,
    "month": FieldKind.DATE,
    "week": FieldKind.DATE,
    "time": FieldKind.DATE,
    "datetime-local": FieldKind.DATE,
    "datetime": FieldKind.DATE,
    "password": FieldKind.PASSWORD,
    "checkbox": FieldKind.CHECKBOX,
    "radio": FieldKind.RADIO_GROUP,
    "file": FieldKind.FILE,
    "textarea": FieldKind.TEXTAREA,
    "select": FieldKind.SELECT,
}
TEXT_LIKE = frozenset(
    {
        FieldKind.TEXT,
        FieldKind.EMAIL,
        FieldKind.TEL,
        FieldKind.URL,
        FieldKind.NUMBER,
        FieldKind.DATE,
        FieldKind.PASSWORD,
        FieldKind.TEXTAREA,
        FieldKind.COMBOBOX,
        FieldKind.SPINBUTTON,
    }
)


@dataclass(slots=True)
class Control:
    """One answerable element (or, for ARIA and custom groups, the element holding the choices)."""

    tag: Tag
    kind: FieldKind
    context: Context
    input_type: str | None = None
    checkable: str | None = None  # "radio" or "checkbox" for native and ARIA checkables
    hidden_input: bool = False
    parts: list[Tag] = field(default_factory=list)  # choice elements of ARIA/custom/button groups
    host: Tag | None = None  # element that names the control when it does not: shadow host, wrapper
    native: bool = True

    @property
    def counted(self) -> bool:
        return not self.hidden_input
