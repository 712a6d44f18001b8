"""Labelled examples and scoring: how well the classifier does on fields whose answer is known.

A labelled file is JSON: ``{"split": "tuning" | "heldout", "examples": [...]}``. An example is a
field description with the categories it asks for (an empty list is a hard negative)::

    {"id": "en-ref-004", "lang": "en", "label": "Name", "section": "Referees", "expected": ["references"]}

or a small form, for answers that depend on neighbouring fields (day/month/year selects)::

    {"id": "form-dob-001", "lang": "en", "form": [{"label": "Day", "kind": "select", ...,
                                                   "expected": ["date_of_birth"]}, ...]}

Field keys: label, kind, name, html_id, input_type, autocomplete, placeholder, group_label,
description, section, options (labels), accept, visible, required, hints. Unknown keys are errors.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from formaudit.classify import classify_form
from formaudit.errors import ConfigError
from formaudit.files import first_problem, read_json_file
from formaudit.models.categories import Category
from formaudit.models.fields import Field, FieldKind, Form, LabelSource, Option


class LabelledField(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str = ""
    kind: FieldKind = FieldKind.TEXT
    name: str | None = None
    html_id: str | None = None
    input_type: str | None = None
    autocomplete: str | None = None
    placeholder: str | None = None
    group_label: str | None = None
    description: str | None = None
    section: str | None = None
    options: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    visible: bool = True
    required: bool = False
    hints: dict[str, str] = {}
    expected: frozenset[Category]

    def to_field(self, field_id: str) -> Field:
        return Field(
            field_id=field_id, kind=self.kind, label=self.label,
            label_source=LabelSource.LABEL_FOR if self.label else LabelSource.NONE,
            name=self.name, html_id=self.html_id, input_type=self.input_type, autocomplete=self.autocomplete,
            placeholder=self.placeholder, group_label=self.group_label, description=self.description,
            section=self.section, options=tuple(Option(label=o, value=o) for o in self.options),
            accept=self.accept, visible=self.visible, required=self.required, hints=dict(self.hints),
        )


class LabelledForm(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    lang: str
    form: tuple[LabelledField, ...]


class LabelledExample(LabelledField):
    id: str
    lang: str
    note: str | None = None


class LabelledFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    split: str
    about: str = ""
    examples: tuple[LabelledExample | LabelledForm, ...]


@dataclass(frozen=True, slots=True)
class Outcome:
    """One labelled field after classification."""

    example_id: str
    lang: str
    split: str
    question: str
    expected: frozenset[Category]
    predicted: frozenset[Category]


@dataclass(slots=True)
class Tally:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    examples: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else None

    @property
    def recall(self) -> float | None:
        actual = self.true_positives + self.false_negatives
        return self.true_positives / actual if actual else None


def load_file(path: Path) -> LabelledFile:
    raw = read_json_file(path, what="labelled file")
    try:
        return LabelledFile.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(f"{path}: {first_problem(exc)}") from exc


def evaluate(files: Iterable[LabelledFile]) -> list[Outcome]:
    """Classify every labelled field; each example is classified inside its own small form."""
    outcomes: list[Outcome] = []
    for labelled in files:
        for example in labelled.examples:
            parts = example.form if isinstance(example, LabelledForm) else (example,)
            fields = tuple(part.to_field(f"{example.id}#{i}") for i, part in enumerate(parts))
            form = Form(form_id=example.id, fields=fields)
            for part, classified in zip(parts, classify_form(form).fields, strict=True):
                outcomes.append(Outcome(
                    example_id=classified.field.field_id, lang=example.lang, split=labelled.split,
                    question=classified.field.question, expected=part.expected,
                    predicted=classified.categories,
                ))
    return outcomes


def tally(outcomes: Sequence[Outcome]) -> dict[Category, Tally]:
    """Per-category counts; ``examples`` lists the ids of every mistake, for tuning."""
    tallies = {category: Tally() for category in Category}
    for outcome in outcomes:
        for category in outcome.expected | outcome.predicted:
            counts = tallies[category]
            if category in outcome.expected and category in outcome.predicted:
                counts.true_positives += 1
            elif category in outcome.predicted:
                counts.false_positives += 1
                counts.examples.append(f"FP {outcome.example_id}: {outcome.question}")
            else:
                counts.false_negatives += 1
                counts.examples.append(f"FN {outcome.example_id}: {outcome.question}")
    return tallies
