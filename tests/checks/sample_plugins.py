"""Objects that entry points in the registry tests point at (loaded via importlib.metadata.EntryPoint)."""

from __future__ import annotations

from collections.abc import Iterator

from formaudit.models.checks import CheckMeta, Reference
from formaudit.models.classification import ClassifiedForm
from formaudit.models.context import AuditContext
from formaudit.models.findings import Finding, Severity, make_fingerprint


def _meta(check_id: str) -> CheckMeta:
    return CheckMeta(
        id=check_id,
        title=f"Sample {check_id}",
        severity=Severity.LOW,
        rationale="Test check.",
        remediation="None.",
        references=(Reference(title="Example", url="https://example.test/"),),
        tags=("sample",),
    )


class CountsForms:
    """Says one thing per form, so tests can see it ran."""

    meta = _meta("sample-counts-forms")

    def run(self, form: ClassifiedForm, context: AuditContext) -> Iterator[Finding]:
        yield Finding(
            rule_id=self.meta.id,
            title=self.meta.title,
            message=f"{len(form.fields)} fields",
            severity=Severity.LOW,
            confidence=1.0,
            target=context.target,
            fingerprint=make_fingerprint(self.meta.id, context.target, (), "form"),
        )


class Named:
    def __init__(self, check_id: str) -> None:
        self.meta = _meta(check_id)

    def run(self, form: ClassifiedForm, context: AuditContext) -> Iterator[Finding]:
        return iter(())


class Explodes:
    meta = _meta("sample-explodes")

    def run(self, form: ClassifiedForm, context: AuditContext) -> Iterator[Finding]:
        raise RuntimeError("boom")


class YieldsNonsense:
    meta = _meta("sample-nonsense")

    def run(self, form: ClassifiedForm, context: AuditContext) -> Iterator[Finding]:
        yield "not a finding"  # type: ignore[misc]


INSTANCE = Named("sample-instance")


def make_checks() -> list[object]:
    return [Named("sample-from-callable-1"), Named("sample-from-callable-2")]


def shadows_builtin() -> list[object]:
    return [Named("photo")]


def returns_garbage() -> list[object]:
    return [42]


NOT_A_CHECK = "just a string"
