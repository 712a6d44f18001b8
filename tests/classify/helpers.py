"""Small builders so classifier tests read like the forms they describe."""

from __future__ import annotations

from typing import Any

from formaudit.classify import classify_field, classify_form
from formaudit.models.categories import Category
from formaudit.models.classification import ClassifiedField
from formaudit.models.fields import Field, FieldKind, Form, LabelSource, Option


def make_field(label: str = "", *, kind: FieldKind = FieldKind.TEXT, options: tuple[str, ...] = (),
               field_id: str = "f", **attributes: Any) -> Field:
    return Field(
        field_id=field_id, kind=kind, label=label,
        label_source=LabelSource.LABEL_FOR if label else LabelSource.NONE,
        options=tuple(Option(label=o, value=o) for o in options), **attributes,
    )


def categories_of(label: str = "", **attributes: Any) -> frozenset[Category]:
    return classify_field(make_field(label, **attributes)).categories


def classify(label: str = "", **attributes: Any) -> ClassifiedField:
    return classify_field(make_field(label, **attributes))


def classify_fields(*fields: Field) -> tuple[ClassifiedField, ...]:
    numbered = tuple(f.model_copy(update={"field_id": f"f{i}"}) for i, f in enumerate(fields))
    return classify_form(Form(form_id="form", fields=numbered)).fields
