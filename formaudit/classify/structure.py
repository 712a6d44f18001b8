"""Structural heuristics: what a field's options and its neighbours say, whatever the language.

* Option lists: two or more sexes, religions, marital statuses, ethnic groups or orientations; any
  veteran or disability choice; two or more salutations (a name part, not a sex question); age bands.
* A file upload about the right to work (a permit, a residence title) is a copy of a document.
* Day/month/year selects side by side (after Chromium's birthdate parser): a day select (1..31), a
  month select (1..12 or month names) and a year select (years 1900..now reaching back at least
  sixteen years) are a birth date, unless the words around them name another date (start,
  availability, graduation, expiry...).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from enum import Enum
from functools import cache, lru_cache

from formaudit.classify import signals
from formaudit.classify.signals import Signal, Tier
from formaudit.classify.vocabulary import word_pattern
from formaudit.classify.vocabulary.options import OptionRule, option_rules
from formaudit.lexicons import words
from formaudit.models.categories import Category
from formaudit.models.classification import EvidenceSource
from formaudit.models.fields import Field, FieldKind
from formaudit.text import fold_identifier, fold_question

_CHOICE_KINDS = frozenset(
    {FieldKind.SELECT, FieldKind.RADIO_GROUP, FieldKind.CHECKBOX_GROUP, FieldKind.LISTBOX, FieldKind.COMBOBOX}
)
_NUMBER = re.compile(r"\b\d+\b")
_MIN_BIRTH_AGE = 16


class DatePart(Enum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@cache
def _compiled_rules() -> tuple[tuple[OptionRule, re.Pattern[str], re.Pattern[str] | None], ...]:
    return tuple(
        (rule, re.compile(rule.pattern), re.compile(rule.distinctive) if rule.distinctive else None)
        for rule in option_rules()
    )


@cache
def _age_band_exclusions() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{word_pattern('age_band_exclusions')})\b")


@cache
def _month_names() -> frozenset[str]:
    return frozenset(words("months"))


@cache
def _not_a_birth_date() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{word_pattern('not_a_birth_date')})\b")


@lru_cache(maxsize=1024)
def _fold_labels(labels: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold_question(label) for label in labels)


def folded_options(field: Field) -> tuple[str, ...]:
    """Each option's folded label, aligned with ``field.options`` (cached: long lists repeat)."""
    return _fold_labels(tuple(option.label for option in field.options))


def option_signals(field: Field) -> list[Signal]:
    """Categories the option list reveals, with the matching options as evidence."""
    if not field.options:
        return []
    labels = tuple(option.label for option in field.options)
    return list(_option_signals(labels))


@lru_cache(maxsize=1024)
def _option_signals(labels: tuple[str, ...]) -> tuple[Signal, ...]:
    # Cached by the option labels: the same country or year list often repeats across a form.
    options = _fold_labels(labels)
    if not any(options):
        return ()
    found: list[Signal] = []
    for rule, pattern, distinctive in _compiled_rules():
        search = pattern.search if rule.anywhere else pattern.match
        hits = [index for index, option in enumerate(options) if search(option)]
        if len(hits) < rule.min_matches:
            continue
        if distinctive is not None and not any(distinctive.match(options[i]) for i in hits):
            continue
        text = " / ".join(labels[i] for i in hits[:4])
        found.append(
            Signal(rule.category, EvidenceSource.OPTIONS, text, rule.rule, signals.OPTIONS, Tier.SUPPORT)
        )
    if (band := _age_bands(labels, options)) is not None:
        found.append(band)
    return tuple(found)


def _age_bands(labels: Sequence[str], options: Sequence[str]) -> Signal | None:
    """"Under 25 / 25 to 29 / ... / 60 and over": ages, not experience or hours."""
    if len(options) < 3 or _age_band_exclusions().search(" ".join(options)):
        return None
    lower_bounds: list[int] = []
    bands: list[str] = []
    for option, original in zip(options, labels, strict=True):
        numbers = [int(n) for n in _NUMBER.findall(option)]
        if not 1 <= len(numbers) <= 2 or not all(14 <= n <= 99 for n in numbers):
            continue
        if len(numbers) == 2 and not 0 < numbers[1] - numbers[0] <= 15:
            continue
        lower_bounds.append(numbers[0])
        bands.append(original)
    if len(lower_bounds) < 3 or max(lower_bounds) < 45:
        return None
    return Signal(
        Category.DATE_OF_BIRTH, EvidenceSource.OPTIONS, " / ".join(bands[:4]),
        "date_of_birth.options.age_bands", signals.OPTIONS, Tier.SUPPORT,
    )


def date_part(field: Field) -> DatePart | None:
    """Whether a select is the day, month or year part of a split date."""
    if field.kind not in _CHOICE_KINDS or not field.options:
        return None
    options = [o for o in folded_options(field) if o]
    numbers = [int(o) for o in options if o.isdigit()]
    if len(field.options) <= 33 and len(numbers) >= 28 and all(1 <= n <= 31 for n in numbers):
        return DatePart.DAY
    months = [o for o in options if o in _month_names()]
    if len(months) >= 12 or (
        len(field.options) <= 14 and len(numbers) == 12 and sorted(set(numbers)) == list(range(1, 13))
    ):
        return DatePart.MONTH
    years = [n for n in numbers if len(str(n)) == 4]
    this_year = date.today().year
    if len(years) >= 3 and len(years) >= len(options) - 1 and all(1900 <= y <= this_year for y in years):
        return DatePart.YEAR
    return None


def _reaches_back_to_adults(field: Field) -> bool:
    years = [int(o) for o in folded_options(field) if o.isdigit()]  # "" is not a digit
    return bool(years) and min(years) <= date.today().year - _MIN_BIRTH_AGE


def _names_another_date(field: Field) -> bool:
    words = " ".join(
        filter(None, (
            fold_question(field.label),
            fold_question(field.group_label or ""),
            fold_question(field.section or ""),
            fold_identifier(field.name or ""),
            fold_identifier(field.html_id or ""),
        ))
    )
    return _not_a_birth_date().search(words) is not None


def birth_date_parts(fields: Sequence[Field]) -> dict[int, Signal]:
    """Indexes of fields that form day/month/year selects of a birth date, with their signal."""
    parts = [date_part(field) for field in fields]
    found: dict[int, Signal] = {}
    for start in range(len(fields) - 2):
        window = range(start, start + 3)
        if {parts[i] for i in window} != set(DatePart):
            continue
        year = next(i for i in window if parts[i] is DatePart.YEAR)
        if not _reaches_back_to_adults(fields[year]) or any(_names_another_date(fields[i]) for i in window):
            continue
        for i in window:
            part = parts[i]
            assert part is not None
            found[i] = Signal(
                Category.DATE_OF_BIRTH, EvidenceSource.STRUCTURE,
                f"{part.value} select beside {', '.join(p.value for p in DatePart if p is not part)} selects",
                "date_of_birth.structure.day_month_year", signals.DATE_PARTS, Tier.SUPPORT,
            )
    return found


def permit_upload_signals(field: Field, found: Sequence[Signal]) -> list[Signal]:
    """A file upload about the right to work ("Aufenthaltstitel hochladen") is a document copy."""
    if field.kind is not FieldKind.FILE:
        return []
    permit = next((s for s in found if s.category is Category.WORK_AUTHORIZATION), None)
    if permit is None or any(s.category is Category.IDENTITY_DOCUMENT for s in found):
        return []
    return [Signal(Category.IDENTITY_DOCUMENT, EvidenceSource.STRUCTURE, f"file upload: {permit.text}",
                   "identity_document.structure.permit_upload", signals.STRONG_SUPPORT, Tier.SUPPORT)]
