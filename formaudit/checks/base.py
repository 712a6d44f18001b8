"""The check contract: metadata plus a pure function from a classified form and its context to findings.

Built-in checks live in this package; third-party checks are exposed through the entry-point group
``formaudit.checks`` (an entry point names a ``Check`` instance, or a callable returning an iterable
of them). Nothing is imported until an audit asks for the registry.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from formaudit.categories import Category
from formaudit.classification import ClassifiedForm
from formaudit.context import AuditContext, Stage
from formaudit.findings import Finding, Severity


class Reference(BaseModel):
    model_config = ConfigDict(frozen=True)

    title: str
    url: str


class JurisdictionRule(BaseModel):
    """Where a law restricts the request, how severe asking is there, and which law says so."""

    model_config = ConfigDict(frozen=True)

    jurisdiction: str
    severity: Severity
    law: str
    url: str
    note: str | None = None


class CheckMeta(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$", description="Stable id, e.g. 'pre-offer.passport'.")
    title: str
    severity: Severity = Field(description="Default severity where no named jurisdiction raises it.")
    rationale: str = Field(description="Why it matters to the candidate and the employer.")
    remediation: str
    references: tuple[Reference, ...] = ()
    tags: tuple[str, ...] = ()
    categories: tuple[Category, ...] = ()
    acceptable_from: Stage | None = Field(
        default=None, description="Earliest stage at which asking is acceptable; None means never required."
    )
    jurisdictions: tuple[JurisdictionRule, ...] = ()
    help_uri: str | None = None


@runtime_checkable
class Check(Protocol):
    """What every check, built-in or plugin, provides."""

    @property
    def meta(self) -> CheckMeta: ...

    def run(self, form: ClassifiedForm, context: AuditContext) -> Iterable[Finding]: ...
