"""Friction figures for one form: how many questions, how many required, and how long it takes.

Time model (seconds a candidate spends on one visible question, answering every question once):

==================================  =====  ===============================================
kind                                  s    what the time covers
==================================  =====  ===============================================
text, email, tel, url, number, custom  10  read, point, type ~20 characters
date                                   12  as text, plus the format or a date picker
password                               20  invent one that passes the rules
select, combobox, listbox               6  open, scan the options, pick
radio group, checkbox group             5  read the options, pick
checkbox, switch                        3  read a statement, tick it
spinbutton                              5  type or step a number
textarea, contenteditable              60  compose a short paragraph (~20 words)
file                                   30  find the document in the file dialog, upload it
==================================  =====  ===============================================

Plus ``LOOKUP_SECONDS`` (20 s) for questions whose answer must be looked up rather than remembered:
other people's contact details (referees, emergency contacts, other employers' managers), document
and ID numbers, bank details, past pay. Free text with a stated minimum ("at least 300 words",
``minlength``) costs ``COMPOSE_SECONDS_PER_CHAR`` per required character on top of reading time.
Captchas are not questions: they do not count towards ``questions``, but add ``CAPTCHA_SECONDS``.

Sources: the per-action figures follow the Keystroke-Level Model (Card, Moran & Newell, 1980:
about 1.35 s to decide, 1.1 s to point, 0.28 s per keystroke for an average typist; from memory),
with free-text composition at about 19 words a minute (Karat et al., 1999, from memory), i.e.
roughly 0.5 s per character. The totals were calibrated against the measured application times
in the project's legal catalogue §15: a mean of about 162 s over 250 career-site applications
(careerfair.io, 2023) and 4 min 52 s attributed to Appcast; the budget defaults in
``formaudit.models.context.FrictionBudget`` follow Appcast's finding that completion halves past 25-50
questions (Jobvite blog) and SHRM's advice to keep applying short. These are estimates for
comparison between forms, not a prediction for one person.
"""

from __future__ import annotations

import re

from formaudit.models.categories import Category
from formaudit.models.classification import ClassifiedField, ClassifiedForm
from formaudit.models.fields import Field, FieldKind
from formaudit.models.result import FormMetrics
from formaudit.text import fold

SECONDS_BY_KIND: dict[FieldKind, float] = {
    FieldKind.TEXT: 10.0,
    FieldKind.EMAIL: 10.0,
    FieldKind.TEL: 10.0,
    FieldKind.URL: 10.0,
    FieldKind.NUMBER: 10.0,
    FieldKind.CUSTOM: 10.0,
    FieldKind.DATE: 12.0,
    FieldKind.PASSWORD: 20.0,
    FieldKind.SELECT: 6.0,
    FieldKind.COMBOBOX: 6.0,
    FieldKind.LISTBOX: 6.0,
    FieldKind.RADIO_GROUP: 5.0,
    FieldKind.CHECKBOX_GROUP: 5.0,
    FieldKind.CHECKBOX: 3.0,
    FieldKind.SWITCH: 3.0,
    FieldKind.SPINBUTTON: 5.0,
    FieldKind.TEXTAREA: 60.0,
    FieldKind.CONTENTEDITABLE: 60.0,
    FieldKind.FILE: 30.0,
}
DEFAULT_SECONDS = 10.0
LOOKUP_SECONDS = 20.0
CAPTCHA_SECONDS = 15.0
COMPOSE_SECONDS_PER_CHAR = 0.5
CHARS_PER_WORD = 6  # five letters and a space

LOOKUP_CATEGORIES: frozenset[Category] = frozenset(
    {
        Category.REFERENCES,
        Category.EMERGENCY_CONTACT,
        Category.OTHER_APPLICATIONS,
        Category.IDENTITY_DOCUMENT,
        Category.GOVERNMENT_ID,
        Category.BANK_DETAILS,
        Category.SALARY_HISTORY,
    }
)

_MINIMUM = re.compile(
    r"(?:at least|minimum(?: of)?|min|no fewer than|mindestens|au moins|minimo|minimaal|ten minste)\s+"
    r"(\d{2,5})\s+(words?|characters?|chars?|woorden|worter|wortern|mots|palabras|zeichen|caracteres|tekens)"
)
_WORD_UNITS = ("word", "woorden", "worter", "wortern", "mots", "palabras")


def is_captcha(classified: ClassifiedField) -> bool:
    return Category.CAPTCHA in classified.categories


def question_fields(form: ClassifiedForm) -> tuple[ClassifiedField, ...]:
    """The questions a candidate answers: visible fields, captchas excluded."""
    return tuple(c for c in form.fields if c.field.visible and not is_captcha(c))


def required_text_length(field: Field) -> int | None:
    """Characters a free-text answer must have: ``minlength`` or a stated minimum in the wording."""
    lengths: list[int] = [field.min_length] if field.min_length else []
    for text in (field.label, field.description, field.placeholder):
        found = _MINIMUM.search(fold(text or ""))
        if found:
            count = int(found.group(1))
            lengths.append(count * CHARS_PER_WORD if found.group(2).startswith(_WORD_UNITS) else count)
    return max(lengths) if lengths else None


def estimate_seconds(classified: ClassifiedField) -> float:
    """Seconds to answer one question, per the module's time model."""
    if is_captcha(classified):
        return CAPTCHA_SECONDS
    field = classified.field
    seconds = SECONDS_BY_KIND.get(field.kind, DEFAULT_SECONDS)
    if field.kind in (FieldKind.TEXTAREA, FieldKind.CONTENTEDITABLE, FieldKind.TEXT):
        minimum = required_text_length(field)
        if minimum:
            seconds += minimum * COMPOSE_SECONDS_PER_CHAR
    if classified.categories & LOOKUP_CATEGORIES:
        seconds += LOOKUP_SECONDS
    return seconds


def measure_form(form: ClassifiedForm) -> FormMetrics:
    """Questions, required questions and estimated minutes for ``form`` (pure)."""
    questions = question_fields(form)
    seconds = sum(estimate_seconds(c) for c in form.fields if c.field.visible)
    return FormMetrics(
        questions=len(questions),
        required_questions=sum(1 for c in questions if c.field.required),
        estimated_minutes=round(seconds / 60.0, 1),
    )
