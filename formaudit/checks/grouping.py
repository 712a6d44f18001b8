"""Which matches are confident enough to report, and how matched fields form question-groups.

Confidence thresholds (the classifier's scale: about 0.95 for a strong phrase in the label, 0.8 for
a name/id attribute or the options, 0.6 for a category inherited from a section heading or a weak
phrase):

* ``MIN_CONFIDENCE`` (0.6) and above: a finding with the check's severity;
* ``NOTE_CONFIDENCE`` (0.4) up to ``MIN_CONFIDENCE``: a ``note`` ("may ask for ..."), so a reviewer
  sees it without the gate failing on a guess;
* below ``NOTE_CONFIDENCE``: nothing.

Question-groups: a referee block of name, phone and email is one request, not three. A fieldset (or
ARIA group, or vendor question container: the field's ``group_label``) is *about* a category when the
classifier cites the group label as evidence for at least one of its fields; a section heading is
about it when the classifier cites the section. Consecutive matched fields in a container that is
about the category form one group, and a question that repeats inside a group starts a new one, so
a second referee block, even one worded identically, is a second finding. Fields matched on their
own wording in a container that is not about the category (a "Personal details" fieldset asking
nationality and place of birth) stay separate questions.

Each group gives one finding. Its question is the field's own question when it stands alone, and the
container's name when it holds several fields: adding or removing a field inside a block keeps the
finding's fingerprint, and two identical blocks share a fingerprint and count twice in a baseline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from formaudit.checks.text import normalise
from formaudit.models.categories import Category
from formaudit.models.classification import CategoryMatch, ClassifiedField, ClassifiedForm, Evidence, EvidenceSource

MIN_CONFIDENCE = 0.6
NOTE_CONFIDENCE = 0.4

Match = tuple[ClassifiedField, CategoryMatch]


def matches_for(form: ClassifiedForm, category: Category, *, floor: float = NOTE_CONFIDENCE) -> list[Match]:
    """Visible fields asking for ``category`` with at least ``floor`` confidence, in form order."""
    found: list[Match] = []
    for classified in form.with_category(category):
        match = classified.match_for(category)
        if match is not None and match.confidence >= floor:
            found.append((classified, match))
    return found


UNLABELLED = "(unlabelled field)"


def shown_question(classified: ClassifiedField) -> str:
    """The field's question, or its name attribute, or a placeholder when the form gives neither."""
    field = classified.field
    return field.question or field.name or UNLABELLED


@dataclass(frozen=True)
class QuestionGroup:
    """Fields that together make one request (a referee block), or a single question."""

    members: tuple[Match, ...]
    container: str | None

    @property
    def fields(self) -> tuple[ClassifiedField, ...]:
        return tuple(classified for classified, _ in self.members)

    @property
    def first(self) -> ClassifiedField:
        return self.members[0][0]

    @property
    def question(self) -> str:
        """What the group asks, as the candidate reads it (see the module docstring)."""
        if len(self.members) == 1 or not self.container:
            return shown_question(self.first)
        return self.container

    @property
    def questions(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(shown_question(c) for c in self.fields))

    @property
    def required(self) -> bool:
        return any(c.field.required for c in self.fields)

    @property
    def confidence(self) -> float:
        return max(match.confidence for _, match in self.members)

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        return tuple(dict.fromkeys(e for _, match in self.members for e in match.evidence))


_CITES_GROUP = frozenset({EvidenceSource.GROUP_LABEL})
_CITES_SECTION = frozenset({EvidenceSource.SECTION})


def _cites(match: CategoryMatch, sources: frozenset[EvidenceSource]) -> bool:
    return any(e.source in sources for e in match.evidence)


def _containers_about(matches: Sequence[Match]) -> set[tuple[str, str]]:
    about: set[tuple[str, str]] = set()
    for classified, match in matches:
        field = classified.field
        if field.group_label and _cites(match, _CITES_GROUP):
            about.add(("group", normalise(field.group_label)))
        if field.section and _cites(match, _CITES_SECTION):
            about.add(("section", normalise(field.section)))
    return about


def _container(
    classified: ClassifiedField, about: set[tuple[str, str]]
) -> tuple[tuple[str, str], str | None]:
    """The container a field joins (key and display name), or a key of its own."""
    field = classified.field
    if field.group_label and ("group", normalise(field.group_label)) in about:
        return ("group", normalise(field.group_label)), field.group_label
    if field.section and ("section", normalise(field.section)) in about:
        return ("section", normalise(field.section)), field.section
    return ("field", field.field_id), None


def group_questions(form: ClassifiedForm, matches: Sequence[Match]) -> list[QuestionGroup]:
    """Gather ``matches`` (in form order) into question-groups as the module docstring describes."""
    about = _containers_about(matches)
    groups: list[list[Match]] = []
    names: list[str | None] = []
    keys: list[tuple[str, str]] = []
    seen: list[set[str]] = []
    for classified, match in matches:
        key, name = _container(classified, about)
        # An unlabelled field never counts as a repeat: there is nothing to compare.
        question = normalise(classified.field.label) or f"#{classified.field.field_id}"
        if groups and key[0] != "field" and keys[-1] == key and question not in seen[-1]:
            groups[-1].append((classified, match))
            seen[-1].add(question)
        else:
            groups.append([(classified, match)])
            names.append(name)
            keys.append(key)
            seen.append({question})
    return [QuestionGroup(tuple(members), name) for members, name in zip(groups, names, strict=True)]
