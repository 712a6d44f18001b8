"""What each field asks for: the output of ``formaudit.classify``."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, computed_field
from pydantic import Field as PydanticField

from formaudit.models.categories import Category
from formaudit.models.fields import Field, Form


class EvidenceSource(StrEnum):
    """Where in the field the matched text was found."""

    LABEL = "label"
    GROUP_LABEL = "group_label"
    DESCRIPTION = "description"
    OPTIONS = "options"
    NAME = "name"  # name or id attribute
    AUTOCOMPLETE = "autocomplete"
    INPUT_TYPE = "input_type"
    PLACEHOLDER = "placeholder"
    SECTION = "section"
    HINTS = "hints"  # vendor attributes such as data-automation-id
    STRUCTURE = "structure"  # e.g. day/month/year selects, Male/Female options
    ROAD = "road"  # the way to the form: a control clicked, a wall's heading, a step indicator


class Evidence(BaseModel):
    """Why the classifier thinks a field asks for a category: the text that matched, and where it was."""

    model_config = ConfigDict(frozen=True)

    source: EvidenceSource
    text: str = PydanticField(description="The text that matched, as it appears on the form.")
    rule: str = PydanticField(description="The vocabulary entry or heuristic that matched (for debugging).")


class LanguageSource(StrEnum):
    """What named a form's language."""

    TEXT = "text"  # statistical identification of the question texts
    SCRIPT = "script"  # a script only one candidate language uses (Hangul, kana, Greek, ...)
    DECLARED = "declared"  # the page's lang attribute, used because the text was too short or ambiguous
    NONE = "none"  # too little text and nothing declared


class FormLanguage(BaseModel):
    """The language a form's questions are written in, and whether formaudit's vocabulary reads it.

    ``code`` is ISO 639-1 (``und`` when it cannot be told); ``covered`` false means the form was not
    understood, so an absence of findings on it says nothing.
    """

    model_config = ConfigDict(frozen=True)

    code: str
    name: str
    confidence: float = PydanticField(ge=0.0, le=1.0)
    source: LanguageSource
    declared: str | None = PydanticField(default=None, description="The lang attribute the page declares.")
    covered: bool
    level: Literal["full", "core"] | None = PydanticField(
        default=None, description="How much a covered language is read: every category, or the core ones.")

    @property
    def unread(self) -> bool:
        """A language formaudit identified and does not read (undetermined text is not a language)."""
        return not self.covered and self.code != "und"


class CategoryMatch(BaseModel):
    """One data category a field asks for, how sure the classifier is (0-1), and the evidence.

    Confidence is independent of severity: a vague label gets a low confidence, never a low severity.
    """

    model_config = ConfigDict(frozen=True)

    category: Category
    confidence: float = PydanticField(ge=0.0, le=1.0)
    evidence: tuple[Evidence, ...] = ()


class ClassifiedField(BaseModel):
    """A field with every category it asks for; ``categories`` is the set a check usually tests."""

    model_config = ConfigDict(frozen=True)

    field: Field
    matches: tuple[CategoryMatch, ...] = ()
    ordinary: bool = PydanticField(
        default=False, description="Recognised as an ordinary application question with no data category "
        "of its own (motivation, how you heard of the job, availability, ...).")
    language: str | None = PydanticField(
        default=None, description="The question's own language, where it clearly differs from its form's.")

    @property
    def recognised(self) -> bool:
        """formaudit understood what this question asks: a data category, or an ordinary question."""
        return bool(self.matches) or self.ordinary

    @property
    def categories(self) -> frozenset[Category]:
        return frozenset(m.category for m in self.matches)

    def match_for(self, category: Category) -> CategoryMatch | None:
        return next((m for m in self.matches if m.category == category), None)


class ClassifiedForm(BaseModel):
    """A form with each of its fields classified, in page order: what a check's ``run`` receives."""

    model_config = ConfigDict(frozen=True)

    form: Form
    fields: tuple[ClassifiedField, ...] = ()
    language: FormLanguage | None = None

    @property
    def unrecognised(self) -> tuple[ClassifiedField, ...]:
        """Visible questions formaudit could not read: neither a data category nor an ordinary question."""
        return tuple(f for f in self.fields if f.field.visible and not f.recognised)

    # mypy does not model decorators over properties; pydantic documents this ignore for computed fields.
    @computed_field(  # type: ignore[prop-decorator]
        description="The wording of the questions formaudit could not recognise, in page order: for a "
                    "person to read (the fields themselves are in `fields`).")
    @property
    def unrecognised_questions(self) -> tuple[str, ...]:
        return tuple(f.field.question or f"({f.field.kind.value} without a label)" for f in self.unrecognised)

    def with_category(self, category: Category) -> tuple[ClassifiedField, ...]:
        """Visible fields that ask for ``category``."""
        return tuple(f for f in self.fields if f.field.visible and category in f.categories)
