"""What each field asks for: data categories with confidence and evidence (a pure function).

    classify_field(field, form=form) -> ClassifiedField
    classify_form(form) -> ClassifiedForm

English, German, French, Spanish and Dutch; accents, case and punctuation folded. The confidence
scale is documented in ``formaudit.classify.signals``, the reading order in
``formaudit.classify.classifier``, section awareness in ``formaudit.classify.context`` and the
structural heuristics in ``formaudit.classify.structure``. Patterns are compiled once, on first use.
"""

from __future__ import annotations

from formaudit.classify.classifier import classify
from formaudit.classify.structure import birth_date_parts
from formaudit.models.classification import ClassifiedField, ClassifiedForm
from formaudit.models.fields import Field, Form

__all__ = ["classify_field", "classify_form"]


def classify_field(field: Field, *, form: Form | None = None) -> ClassifiedField:
    """Classify one field. Pass its form so split day/month/year selects can be recognised.

    For a whole form, ``classify_form`` is cheaper: it looks at the neighbours once for all fields.
    """
    date_parts = None
    if form is not None:
        index = next((i for i, f in enumerate(form.fields) if f is field), None)
        if index is None:
            index = next((i for i, f in enumerate(form.fields) if f.field_id == field.field_id), None)
        if index is not None:
            date_parts = birth_date_parts(form.fields).get(index)
    return classify(field, date_parts)


def classify_form(form: Form) -> ClassifiedForm:
    """Classify every field of a form, visible or not (checks decide what hidden fields mean)."""
    date_parts = birth_date_parts(form.fields)
    return ClassifiedForm(
        form=form,
        fields=tuple(classify(field, date_parts.get(index)) for index, field in enumerate(form.fields)),
    )
