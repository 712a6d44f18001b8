"""One mechanism for every "asked before an offer" check: a definition in data, one class that runs it.

A definition gives the check's metadata (with ``acceptable_from`` and per-jurisdiction rules), the
category it watches, and a few phrasings that change the verdict:

* ``exempt_when``: legitimate questions the classifier may still file under the category ("Are you
  18 or over?", "Do you need adjustments for the interview?"): no finding;
* ``raise_when``: phrasings that make the request worse anywhere ("upload a copy of your passport"
  rather than its number; "have you ever been arrested"): raise the severity;
* ``cap_when``: milder forms ("LinkedIn profile" for social media): cap the severity;
* ``optional_severity``: the starting severity when no field of the question is required
  (references, other applications);
* ``self_identification``: voluntary equal-opportunity monitoring is at most a note
  (see :mod:`formaudit.checks.voluntary`).

Severity of a finding, in order: the default (or ``optional_severity``), raised by the jurisdiction
rules that cover the audit's jurisdictions, raised by ``raise_when``, capped by ``cap_when``. Matches
below :data:`~formaudit.checks.grouping.MIN_CONFIDENCE` become notes. Nothing is reported when the
audited stage is at or after ``acceptable_from``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field, model_validator

from formaudit.checks.build import (
    applicable_rules,
    group_finding,
    highest,
    lowest,
    sentence,
    stage_allows,
    subject,
)
from formaudit.checks.grouping import MIN_CONFIDENCE, QuestionGroup, group_questions, matches_for
from formaudit.checks.text import any_of, question_text, search
from formaudit.checks.voluntary import SELF_IDENTIFICATION_CATEGORIES, assess
from formaudit.models.categories import Category
from formaudit.models.checks import CheckMeta
from formaudit.models.classification import ClassifiedForm
from formaudit.models.context import AuditContext, Stage
from formaudit.models.findings import Finding, LegalBasis, Severity

_WHEN = {
    Stage.INTERVIEW: "It is needed only once the candidate is shortlisted for interview.",
    Stage.OFFER: "It is needed only after a (conditional) offer.",
    Stage.ONBOARDING: "It is needed only once the offer has been accepted.",
}
_NEVER = "No stage of hiring needs it."


class Modifier(BaseModel):
    """A phrasing (regex over the folded question text) that moves the severity, and why."""

    model_config = ConfigDict(frozen=True)

    pattern: str
    severity: Severity
    reason: str


class PreOfferDefinition(BaseModel):
    model_config = ConfigDict(frozen=True)

    meta: CheckMeta
    asks: str = Field(description="What the question asks for, as a noun phrase ('a copy of ...').")
    self_identification: bool = False
    optional_severity: Severity | None = None
    raise_when: tuple[Modifier, ...] = ()
    cap_when: tuple[Modifier, ...] = ()
    exempt_when: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _one_category(self) -> PreOfferDefinition:
        if len(self.meta.categories) != 1:
            raise ValueError(f"{self.meta.id}: a pre-offer definition watches exactly one category")
        if self.self_identification and self.category not in SELF_IDENTIFICATION_CATEGORIES:
            raise ValueError(f"{self.meta.id}: {self.category} is not a self-identification category")
        return self

    @property
    def category(self) -> Category:
        return self.meta.categories[0]


def _compiled(modifiers: tuple[Modifier, ...]) -> list[tuple[re.Pattern[str], Modifier]]:
    return [(any_of([m.pattern]), m) for m in modifiers]


class PreOfferCheck:
    """Runs one :class:`PreOfferDefinition` over a classified form."""

    def __init__(self, definition: PreOfferDefinition) -> None:
        self.definition = definition
        self._raise = _compiled(definition.raise_when)
        self._cap = _compiled(definition.cap_when)
        self._exempt = any_of(definition.exempt_when) if definition.exempt_when else None

    @property
    def meta(self) -> CheckMeta:
        return self.definition.meta

    def __repr__(self) -> str:
        return f"PreOfferCheck({self.meta.id!r})"

    def run(self, form: ClassifiedForm, context: AuditContext) -> Iterator[Finding]:
        if stage_allows(self.meta, context):
            return
        matches = [
            (classified, match)
            for classified, match in matches_for(form, self.definition.category)
            if not (self._exempt and self._exempt.search(question_text(classified.field)))
        ]
        for group in group_questions(form, matches):
            yield self._finding(group, form, context)

    def _finding(self, group: QuestionGroup, form: ClassifiedForm, context: AuditContext) -> Finding:
        definition = self.definition
        asked = f"{subject(group)} asks for {definition.asks} at the {context.stage} stage"
        if group.confidence < MIN_CONFIDENCE:
            message = f"{asked} (a low-confidence match: please confirm what the question asks)."
            return group_finding(self.meta, context, form, group, message=message, severity=Severity.NOTE)
        notes: list[str] = []
        if definition.self_identification:
            states = [assess(classified, form) for classified in group.fields]
            if all(state.compliant for state in states):
                message = (
                    f"{subject(group)} is voluntary self-identification with a way to decline "
                    f"(“{states[0].decline}”): keep the answers away from the people who choose candidates."
                )
                return group_finding(self.meta, context, form, group, message=message, severity=Severity.NOTE)
            if any(s.voluntary_words and s.required for s in states):
                notes.append("it is presented as voluntary, yet it is required")
            elif any(s.voluntary_words and s.decline is None for s in states):
                notes.append("it is presented as voluntary, but offers no way to decline")
        severity, rules, reasons = self._severity(group, context)
        notes.extend(reasons)
        acceptable = definition.meta.acceptable_from
        timing = _WHEN.get(acceptable, _NEVER) if acceptable else _NEVER
        required = ", as a required question" if group.required else ""
        message = " ".join([f"{asked}{required}.", timing, *(sentence(n) for n in notes)])
        return group_finding(self.meta, context, form, group, message=message, severity=severity, rules=rules)

    def _severity(
        self, group: QuestionGroup, context: AuditContext
    ) -> tuple[Severity, tuple[LegalBasis, ...], list[str]]:
        definition = self.definition
        base = definition.meta.severity
        if definition.optional_severity is not None and not group.required:
            base = definition.optional_severity
        rules = applicable_rules(definition.meta, context)
        severity = highest(base, *(r.severity for r in rules))
        text = " ".join(question_text(c.field) for c in group.fields)
        reasons: list[str] = []
        for pattern, modifier in self._raise:
            if search(pattern, text) and modifier.severity.rank > severity.rank:
                severity = modifier.severity
                reasons.append(modifier.reason)
        for pattern, modifier in self._cap:
            if search(pattern, text) and modifier.severity.rank < severity.rank:
                severity = lowest(severity, modifier.severity)
                reasons.append(modifier.reason)
        return severity, rules, reasons
