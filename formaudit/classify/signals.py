"""Signals and the confidence scale.

A signal is one piece of evidence that a field asks for a category, with the confidence it carries
on its own. The scale:

    0.95  a strong phrase in the label or the group label (the question itself)
    0.90  an autocomplete token (bday, sex, email, tel, street-address, photo, new-password, ...)
    0.85  input type email or password
    0.80  a strong phrase in the name/id/vendor hints or the placeholder; an option list
          (Male/Female, religions, marital statuses, salutations); a section heading over a
          name/phone/email/address field ("Phone" under "Next of kin")
    0.75  a strong phrase in the description (aria-describedby, help text)
    0.70  a weak phrase in the label ("Video", a bare "Salary"); input type tel; day/month/year selects
    0.60  a section heading alone ("Give details" under "Criminal record declaration")
    0.55  a weak phrase in the name/id/hints or the placeholder
    0.50  a weak phrase in the description

A phrase found only after correcting a typo (``typos``: "CONVIICTED" read as "convicted") counts
0.15 less than the same phrase spelt right.

Several signals for one category combine as a noisy-or, 1 - prod(1 - c), capped at 0.99: a label
and a matching name attribute (0.95, 0.80) give 0.99; a weak label and matching options (0.70, 0.80)
give 0.94. Evidence always keeps every signal, so a report can say why.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from formaudit.models.categories import Category
from formaudit.models.classification import Evidence, EvidenceSource

STRONG_LABEL = 0.95
AUTOCOMPLETE = 0.90
TYPED_INPUT = 0.85
STRONG_SUPPORT = 0.80
OPTIONS = 0.80
SECTION_OVER_CONTACT = 0.80
STRONG_DESCRIPTION = 0.75
WEAK_LABEL = 0.70
TEL_INPUT = 0.70
DATE_PARTS = 0.70
SECTION_ALONE = 0.60
WEAK_PENALTY = 0.25
TYPO_PENALTY = 0.15
MAX_CONFIDENCE = 0.99

_PHRASE_CONFIDENCE: dict[EvidenceSource, float] = {
    EvidenceSource.LABEL: STRONG_LABEL,
    EvidenceSource.GROUP_LABEL: STRONG_LABEL,
    EvidenceSource.PLACEHOLDER: STRONG_SUPPORT,
    EvidenceSource.NAME: STRONG_SUPPORT,
    EvidenceSource.HINTS: STRONG_SUPPORT,
    EvidenceSource.DESCRIPTION: STRONG_DESCRIPTION,
    EvidenceSource.SECTION: SECTION_ALONE,
}


class Tier(Enum):
    """How directly a signal speaks for the question. The question's own words outrank the rest."""

    QUESTION = "question"  # label, group label
    SUPPORT = "support"  # placeholder, description, name/id, hints, options, autocomplete, input type
    CONTEXT = "context"  # section headings and neighbouring fields


QUESTION_SOURCES = frozenset({EvidenceSource.LABEL, EvidenceSource.GROUP_LABEL})


@dataclass(frozen=True, slots=True)
class Signal:
    category: Category
    source: EvidenceSource
    text: str
    rule: str
    confidence: float
    tier: Tier
    weak: bool = False

    def evidence(self) -> Evidence:
        return Evidence(source=self.source, text=self.text, rule=self.rule)


def phrase_confidence(source: EvidenceSource, *, weak: bool) -> float:
    base = _PHRASE_CONFIDENCE[source]
    return round(base - WEAK_PENALTY, 2) if weak else base


def tier_of(source: EvidenceSource) -> Tier:
    if source in QUESTION_SOURCES:
        return Tier.QUESTION
    if source is EvidenceSource.SECTION:
        return Tier.CONTEXT
    return Tier.SUPPORT


def combine(confidences: Iterable[float]) -> float:
    """Noisy-or of independent pieces of evidence, capped below certainty."""
    doubt = 1.0
    for confidence in confidences:
        doubt *= 1.0 - confidence
    return round(min(MAX_CONFIDENCE, 1.0 - doubt), 3)
