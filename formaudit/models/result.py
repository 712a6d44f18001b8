"""AuditResult: the one object every reporter renders and the gate judges."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from formaudit.models.ats import AtsSource
from formaudit.models.binary import Base64Data
from formaudit.models.checks import CheckFailure, CheckMeta
from formaudit.models.classification import ClassifiedForm
from formaudit.models.context import Stage
from formaudit.models.findings import Finding, Severity
from formaudit.models.road import Road
from formaudit.models.snapshot import Provenance

# 2.2: a form's language says its level ("full" or "core"); a target says its ATS (``ats``).
# 2.3: a target says how its form was reached (``road``: clicks, walls, steps); findings may cite the road.
# 2.1: each classified form carries its language (and whether formaudit reads it), each field whether it
# was recognised as an ordinary question.
# 2.0: a finding's legal basis names its law in `law` (was `title`).
RESULT_SCHEMA_VERSION = "2.3"


class FormMetrics(BaseModel):
    """Friction figures for one form."""

    model_config = ConfigDict(frozen=True)

    questions: int
    required_questions: int
    estimated_minutes: float


class FormAudit(BaseModel):
    model_config = ConfigDict(frozen=True)

    classified: ClassifiedForm
    metrics: FormMetrics


class TargetFailure(BaseModel):
    """Why a target produced no forms. ``kind`` is a stable word (timeout, http, unreachable, ...)."""

    model_config = ConfigDict(frozen=True)

    kind: str
    message: str


class TargetResult(BaseModel):
    """Everything about one target: its forms as classified, the findings, or why it could not be audited.

    ``target`` is the stable name (baselines, waivers and fingerprints use it); ``error`` is set, and
    ``forms`` empty, when the page could not be collected or read. ``warnings`` are things the user
    should know that did not stop the audit (blocked submissions, a charset guessed).
    """

    model_config = ConfigDict(frozen=True)

    target: str = Field(description="The target as named by the user or the config entry's name.")
    location: str | None = Field(default=None, description="URL or path actually audited.")
    stage: Stage = Stage.APPLICATION
    jurisdictions: tuple[str, ...] = ()
    provenance: Provenance | None = None
    title: str | None = None
    forms: tuple[FormAudit, ...] = ()
    findings: tuple[Finding, ...] = ()
    error: TargetFailure | None = None
    warnings: tuple[str, ...] = ()
    screenshot_png: Base64Data | None = None
    page_width: float | None = None
    page_height: float | None = None
    ats: AtsSource | None = Field(default=None, description="The applicant-tracking system the questions "
                                  "came from (read through its API, or recognised on the page).")
    road: Road | None = Field(default=None, description="How formaudit got from the target to its form: "
                              "clicks, walls, steps.")

    @property
    def worst_severity(self) -> Severity | None:
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)


class FixedFinding(BaseModel):
    """A baseline entry no longer found: ``count`` occurrences of it are gone (filled by the gate)."""

    model_config = ConfigDict(frozen=True)

    fingerprint: str
    rule_id: str
    target: str
    field_label: str | None = None
    count: int = Field(default=1, ge=1)


class AuditResult(BaseModel):
    """The outcome of one run: the one object every reporter renders and the gate judges.

    Versioned (``schema_version``) and written whole by the JSON reporter, so ``formaudit merge`` and
    ``baseline --from-result`` can read it back. ``checks`` describes every check that ran, for rule
    tables; ``check_failures`` the checks or plugins that raised (recorded, never fatal). The gate fills
    in ``fixed``/``fixed_fingerprints`` and each finding's ``gate``/``baseline_state``/``waiver``.
    """

    model_config = ConfigDict(frozen=True)

    schema_version: str = RESULT_SCHEMA_VERSION
    formaudit_version: str
    generated_at: datetime
    targets: tuple[TargetResult, ...] = ()
    checks: tuple[CheckMeta, ...] = Field(default=(), description="Every check that ran, for rule tables.")
    check_failures: tuple[CheckFailure, ...] = ()
    fixed_fingerprints: tuple[str, ...] = Field(
        default=(), description="Baseline entries no longer found (filled by the gate)."
    )
    fixed: tuple[FixedFinding, ...] = Field(
        default=(), description="The same baseline entries, described, one per fingerprint with a count.",
    )
    waivers_applied: bool = Field(
        default=True, description="False when the gate ran with --no-waivers (so `merge` judges alike).",
    )

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for t in self.targets for f in t.findings)

    @property
    def failed_targets(self) -> tuple[TargetResult, ...]:
        return tuple(t for t in self.targets if t.error is not None)
