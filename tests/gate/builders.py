"""Builders of realistic AuditResults for the gate, shard and merge tests (no tests in this module)."""

from __future__ import annotations

from datetime import UTC, datetime

from formaudit.models.categories import Category
from formaudit.models.checks import CheckFailure, CheckMeta
from formaudit.models.findings import Finding, Severity, make_fingerprint
from formaudit.models.result import AuditResult, TargetFailure, TargetResult

GENERATED = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

CHECKS: tuple[CheckMeta, ...] = (
    CheckMeta(
        id="identity-document",
        title="Passport or ID requested",
        severity=Severity.HIGH,
        rationale="r",
        remediation="m",
        tags=("pre-offer", "privacy"),
        categories=(Category.IDENTITY_DOCUMENT,),
    ),
    CheckMeta(
        id="references",
        title="Referees requested",
        severity=Severity.MEDIUM,
        rationale="r",
        remediation="m",
        tags=("pre-offer", "privacy"),
        categories=(Category.REFERENCES,),
    ),
    CheckMeta(
        id="date-of-birth",
        title="Date of birth requested",
        severity=Severity.MEDIUM,
        rationale="r",
        remediation="m",
        tags=("pre-offer", "discrimination"),
        categories=(Category.DATE_OF_BIRTH,),
    ),
    CheckMeta(
        id="form-length",
        title="Long form",
        severity=Severity.LOW,
        rationale="r",
        remediation="m",
        tags=("friction",),
    ),
)
_BY_ID = {c.id: c for c in CHECKS}


def finding(
    rule_id: str, target: str, question: str, severity: Severity | None = None, **update: object
) -> Finding:
    meta = _BY_ID[rule_id]
    made = Finding(
        rule_id=rule_id,
        title=meta.title,
        message=f"The form asks: {question}",
        severity=severity or meta.severity,
        confidence=0.9,
        target=target,
        field_label=question,
        categories=meta.categories,
        fingerprint=make_fingerprint(rule_id, target, meta.categories, question),
    )
    return made.model_copy(update=update) if update else made


def target(name: str, *findings: Finding, error: str | None = None) -> TargetResult:
    return TargetResult(
        target=name,
        location=f"https://careers.example.com/{name}",
        findings=findings,
        error=TargetFailure(kind="unreachable", message=error) if error else None,
    )


def result(
    *targets: TargetResult, generated_at: datetime = GENERATED, failures: tuple[CheckFailure, ...] = ()
) -> AuditResult:
    return AuditResult(
        formaudit_version="0.1.0",
        generated_at=generated_at,
        targets=targets,
        checks=CHECKS,
        check_failures=failures,
    )
