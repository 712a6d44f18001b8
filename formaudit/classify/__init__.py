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
from formaudit.classify.language import detect_language, question_language
from formaudit.classify.ordinary import is_ordinary_question
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
    """Classify every field of a form, visible or not (checks decide what hidden fields mean), and say
    which language the form is in and which questions were not recognised at all."""
    date_parts = birth_date_parts(form.fields)
    language = detect_language(_visible_texts(form), declared=form.lang)
    fields = []
    for index, field in enumerate(form.fields):
        classified = classify(field, date_parts.get(index))
        if field.visible:
            # The ordinary-question wording is in the covered languages only: a form in another
            # language recognises none, so its unread questions are listed, not passed over.
            ordinary = not classified.matches and language.covered and is_ordinary_question(field)
            own = question_language(field.question, language.code) if field.question else None
            if ordinary or own:
                classified = classified.model_copy(update={"ordinary": ordinary, "language": own})
        fields.append(classified)
    return ClassifiedForm(form=form, fields=tuple(fields), language=language)


def _visible_texts(form: Form) -> list[str]:
    texts: list[str] = [form.title or ""]
    for field in form.fields:
        if field.visible:
            texts += [field.group_label or "", field.label or "", field.section or "", field.description or ""]
            texts += [option.label for option in field.options[:12]]
    return texts
