"""Findings: what a check says about a form, and the identity that lets baselines recognise it."""

from __future__ import annotations

import hashlib
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from formaudit.models.categories import Category
from formaudit.models.classification import Evidence
from formaudit.text import fold_question


class Severity(StrEnum):
    """How much a finding matters, independent of how sure we are of it (see ``confidence``)."""

    NOTE = "note"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)

    def at_least(self, other: Severity) -> bool:
        return self.rank >= other.rank


class LegalBasis(BaseModel):
    """A law or guidance that restricts a request in one jurisdiction, and how severe asking is there.

    Checks declare these in ``CheckMeta.jurisdictions``; a finding carries the ones that apply to
    its audit's jurisdictions.
    """

    model_config = ConfigDict(frozen=True)

    jurisdiction: str
    law: str
    url: str
    severity: Severity
    note: str | None = None


class Finding(BaseModel):
    """What a check says about one question (or a whole form), in words a recruiter can act on.

    ``severity`` says how much it matters where the job is; ``confidence`` how sure formaudit is of
    what the field asks. ``fingerprint`` is the identity baselines use: build it with
    :func:`make_fingerprint` from meaning (rule, target, categories, wording), never from positions or
    selectors. The last three fields belong to the gate; a check leaves them unset.
    """

    model_config = ConfigDict(frozen=True)

    rule_id: str
    title: str = Field(description="The check's title.")
    message: str = Field(description="What this form asks, in a sentence a recruiter can act on.")
    severity: Severity
    confidence: float = Field(ge=0.0, le=1.0)
    target: str
    form_id: str | None = None
    field_id: str | None = None
    field_label: str | None = None
    categories: tuple[Category, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    legal_basis: tuple[LegalBasis, ...] = ()
    remediation: str | None = None
    fingerprint: str
    # Filled in by the gate (baseline and waivers), not by checks.
    baseline_state: Literal["new", "unchanged"] | None = None
    waiver: str | None = Field(default=None, description="Reason of the waiver that accepts this finding.")
    gate: Literal["fail", "warn", "pass", "accepted"] | None = Field(
        default=None,
        description="What the gate made of it: fail (fails the run), warn (its rule is at level warn), "
        "pass (below fail_on), accepted (waiver or baseline). None: no gate ran.",
    )


def make_fingerprint(rule_id: str, target: str, categories: tuple[Category, ...] | list[Category],
                     question: str) -> str:
    """Identity from meaning: the rule, the target, what the field asks and how it is worded.

    Selectors, positions and ids play no part, so a restyled or reordered form keeps its
    fingerprints; two identical questions share one, and baselines count occurrences.
    """
    parts = [rule_id, target, ",".join(sorted(str(c) for c in categories)), fold_question(question)]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
