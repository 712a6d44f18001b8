"""The check contract: metadata plus a pure function from a classified form and its context to findings.

Built-in checks live in ``formaudit.checks``; third-party checks are exposed through the entry-point
group ``formaudit.checks`` (an entry point names a ``Check`` instance, or a callable returning an
iterable of them). Plugin authors import these names from ``formaudit`` itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from formaudit.models.categories import Category
from formaudit.models.classification import ClassifiedForm
from formaudit.models.context import AuditContext, Stage
from formaudit.models.findings import Finding, LegalBasis, Severity
from formaudit.models.road import Road


class Reference(BaseModel):
    """A source a check cites for why it matters (research, regulator guidance)."""

    model_config = ConfigDict(frozen=True)

    title: str
    url: str


class CheckMeta(BaseModel):
    """What a check is, independent of any form: its id, default severity, laws and advice.

    ``severity`` applies where no named jurisdiction raises it; ``jurisdictions`` lists the laws
    that do, and the highest that covers an audit's jurisdictions wins. Reporters render rule
    tables from this alone.
    """

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
    jurisdictions: tuple[LegalBasis, ...] = ()
    help_uri: str | None = None


@runtime_checkable
class Check(Protocol):
    """What every check, built-in or plugin, provides: a ``meta`` and a ``run``.

    ``meta.id`` must be unique: a plugin whose id is already taken is not loaded (a ``CheckFailure``
    says so). ``run`` is called once per form of every target with the form as classified and the
    job's ``AuditContext``; it yields ``Finding`` objects whose ``rule_id`` is ``meta.id``, and
    nothing else. A ``run`` that raises, or yields anything but a Finding, loses all of its findings
    for that form and is recorded as a ``CheckFailure``, so it should not raise for a form it does
    not understand: yield nothing instead. Hidden fields are included (``Field.visible``); decide
    what they mean. Register a plugin under the ``formaudit.checks`` entry-point group.
    """

    @property
    def meta(self) -> CheckMeta: ...

    def run(self, form: ClassifiedForm, context: AuditContext) -> Iterable[Finding]: ...


@runtime_checkable
class RoadCheck(Check, Protocol):
    """A check that also judges the road to the form (clicks, walls, steps), once per page.

    ``run_road`` is called once per collected page whose collector walked a road (forms or not: a
    sign-in wall may hold no question at all), with the same context ``run`` gets; ``context.road``
    is that road. Findings it yields belong to the page, not to one form.
    """

    def run_road(self, road: Road, context: AuditContext) -> Iterable[Finding]: ...


class CheckFailure(BaseModel):
    """A check (or a plugin) that raised or failed to load: recorded, never fatal."""

    model_config = ConfigDict(frozen=True)

    check_id: str
    target: str | None = None
    message: str
