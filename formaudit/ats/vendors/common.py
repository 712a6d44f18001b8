"""Small pure helpers every vendor module shares: reading loosely typed JSON into typed fields."""

from __future__ import annotations

import html
import re
from typing import Any

from formaudit.ats.vendors.base import DefinitionError
from formaudit.models.ats import AtsTarget
from formaudit.models.fields import Field, FieldKind, Form, LabelSource, Option, PageInventory

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
MAX_TEXT = 4000  # a description longer than this is cut: the question is in its first part


def text(value: Any) -> str | None:
    """A JSON scalar as a trimmed string; None for null, empty or a non-scalar."""
    if value is None or isinstance(value, dict | list):
        return None
    found = str(value).strip()
    return found or None


def plain(value: Any) -> str | None:
    """Vendor text that may hold HTML ("<p>Acme is dedicated…</p>"): tags dropped, entities decoded."""
    found = text(value)
    if found is None:
        return None
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", found))).strip()[:MAX_TEXT] or None


def table(value: Any) -> dict[str, Any]:
    """A JSON object, or an empty one for anything else (a missing or null sub-object)."""
    return value if isinstance(value, dict) else {}


def names(value: Any) -> str | None:
    """``[{"name": "Engineering"}, {"name": "Data"}]`` -> ``"Engineering, Data"``."""
    if not isinstance(value, list):
        return text(value)
    found = [text(item.get("name")) for item in value if isinstance(item, dict)]
    return ", ".join(f for f in found if f) or None


def expect_list(document: Any, key: str | None, what: str) -> list[Any]:
    """``document[key]`` (or the document itself) as a list, or a ``DefinitionError`` saying what was expected."""
    found = document.get(key) if key is not None and isinstance(document, dict) else document
    if not isinstance(found, list):
        where = f" under '{key}'" if key else ""
        raise DefinitionError(f"not {what}: expected a list{where}, found {type(found).__name__}")
    return found


def options(values: Any, label_key: str, value_key: str | None = None) -> tuple[Option, ...]:
    found = []
    for value in values or []:
        if isinstance(value, dict):
            label = plain(value.get(label_key))
            if label:
                found.append(Option(label=label, value=text(value.get(value_key)) if value_key else label))
        elif text(value):
            found.append(Option(label=str(text(value)), value=text(value)))
    return tuple(found)


def field(*, field_id: str, kind: FieldKind, label: str, name: str | None = None, required: bool = False,
          options: tuple[Option, ...] = (), description: str | None = None, section: str | None = None,
          accept: tuple[str, ...] = (), group_label: str | None = None) -> Field:
    """A field as a candidate meets it on the vendor's hosted form; the vendor's question id is its id."""
    return Field(
        field_id=field_id, kind=kind, label=label,
        label_source=LabelSource.LABEL_FOR if label else LabelSource.NONE,
        name=name, required=required, options=options, description=description, section=section,
        accept=accept, group_label=group_label,
    )


def inventory(target: AtsTarget, url: str, title: str | None, *forms: Form) -> PageInventory:
    return PageInventory(target=target.name, final_url=url, title=title, forms=forms)
