"""Building findings: severity from the context's jurisdictions, legal basis, fingerprints.

Severity rule shared by the catalogue checks: start from the check's default severity, then raise it
to the highest ``LegalBasis`` whose jurisdiction covers any of the audit's jurisdictions
(``formaudit.models.context.covered_by_any``). Rules never lower a severity. Those rules become the finding's
``legal_basis``; with no jurisdiction given a finding has the default severity and cites none (the
check's general references stay in its metadata for reports and ``formaudit explain``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from formaudit.checks.grouping import QuestionGroup
from formaudit.models.categories import Category
from formaudit.models.checks import CheckMeta
from formaudit.models.classification import ClassifiedForm, Evidence
from formaudit.models.context import AuditContext, covered_by_any
from formaudit.models.fields import Field
from formaudit.models.findings import Finding, LegalBasis, Severity, make_fingerprint


def highest(*severities: Severity) -> Severity:
    return max(severities, key=lambda s: s.rank)


def lowest(*severities: Severity) -> Severity:
    return min(severities, key=lambda s: s.rank)


def applicable_rules(meta: CheckMeta, context: AuditContext) -> tuple[LegalBasis, ...]:
    """The check's jurisdiction rules that cover where the job is."""
    if not context.jurisdictions:
        return ()
    return tuple(r for r in meta.jurisdictions if covered_by_any(r.jurisdiction, context.jurisdictions))


def raised_by_rules(base: Severity, rules: Iterable[LegalBasis]) -> Severity:
    return highest(base, *(r.severity for r in rules))


def stage_allows(meta: CheckMeta, context: AuditContext) -> bool:
    """True when the audited stage is at or after the stage from which asking is acceptable."""
    return meta.acceptable_from is not None and context.stage.at_or_after(meta.acceptable_from)


def finding(
    meta: CheckMeta,
    context: AuditContext,
    form: ClassifiedForm,
    *,
    question: str,
    message: str,
    severity: Severity,
    confidence: float = 1.0,
    field: Field | None = None,
    field_label: str | None = None,
    categories: Sequence[Category] | None = None,
    evidence: Iterable[Evidence] = (),
    rules: Iterable[LegalBasis] = (),
) -> Finding:
    """A finding with its meaning-based fingerprint (rule, target, categories, question)."""
    cats = tuple(categories if categories is not None else meta.categories)
    return Finding(
        rule_id=meta.id,
        title=meta.title,
        message=message,
        severity=severity,
        confidence=round(min(1.0, max(0.0, confidence)), 3),
        target=context.target,
        form_id=form.form.form_id,
        field_id=field.field_id if field else None,
        field_label=field_label or (question if field else None),
        categories=cats,
        evidence=tuple(evidence),
        legal_basis=tuple(rules),
        remediation=meta.remediation,
        fingerprint=make_fingerprint(meta.id, context.target, cats, question),
    )


def road_finding(
    meta: CheckMeta,
    context: AuditContext,
    *,
    question: str,
    message: str,
    severity: Severity,
    evidence: Iterable[Evidence] = (),
) -> Finding:
    """A finding about the road to the form (clicks, a wall, unread steps): it belongs to no form."""
    return Finding(
        rule_id=meta.id,
        title=meta.title,
        message=message,
        severity=severity,
        confidence=1.0,
        target=context.target,
        field_label=question,
        categories=meta.categories,
        evidence=tuple(evidence),
        remediation=meta.remediation,
        fingerprint=make_fingerprint(meta.id, context.target, meta.categories, question),
    )


def group_finding(
    meta: CheckMeta,
    context: AuditContext,
    form: ClassifiedForm,
    group: QuestionGroup,
    *,
    message: str,
    severity: Severity,
    rules: Iterable[LegalBasis] = (),
) -> Finding:
    return finding(
        meta,
        context,
        form,
        question=group.question,
        message=message,
        severity=severity,
        confidence=group.confidence,
        field=group.first.field,
        evidence=group.evidence,
        rules=rules,
    )


def quoted(questions: Sequence[str], limit: int = 4) -> str:
    """'"A"', '"A" and "B"', '"A", "B" and 2 more': questions as a sentence fragment."""
    shown = [f"“{q}”" for q in questions[:limit]]
    rest = len(questions) - len(shown)
    if rest:
        return ", ".join(shown) + f" and {rest} more"
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + " and " + shown[-1]


def subject(group: QuestionGroup) -> str:
    """How a message names what was asked: the question, or the block and its parts."""
    if len(group.members) > 1 and group.container:
        parts = ", ".join(dict.fromkeys(c.field.label for c in group.fields if c.field.label))
        return f"The “{group.container}” block ({parts})" if parts else f"The “{group.container}” block"
    return quoted(group.questions)


def sentence(text: str) -> str:
    """'it is x' -> 'It is x.'"""
    text = text.strip().rstrip(".")
    return f"{text[:1].upper()}{text[1:]}." if text else ""
