"""The CI gate: levels, waivers and the baseline applied to an AuditResult, then a verdict.

Pure functions: the CLI gathers the policy (config file + options), calls :func:`apply_gate`, prints
the notes and exits with ``outcome.verdict.exit_code``. The order is fixed and matters:

1. levels: findings of rules that are ``off`` are dropped;
2. waivers: findings a valid waiver covers are marked accepted (skipped with ``--no-waivers``);
3. baseline: every finding is marked new or unchanged; gone entries become ``fixed`` (and
   ``fixed_fingerprints``);
4. verdict: each finding gets its outcome (``Finding.gate``: fail, warn, pass or accepted), which every
   reporter reads, and the run its exit code; see ``formaudit.gate.verdict``.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from formaudit.gate.baseline import Baseline, BaselineEntry, apply_baseline
from formaudit.gate.levels import LevelTable, apply_levels
from formaudit.gate.verdict import Verdict, judge, mark_outcomes
from formaudit.gate.waivers import Waiver, apply_waivers, expiry_message, waiver_name
from formaudit.models.findings import Severity
from formaudit.models.result import AuditResult

__all__ = ["GateOutcome", "GatePolicy", "Verdict", "apply_gate", "judge"]


class GatePolicy(BaseModel):
    model_config = ConfigDict(frozen=True)

    fail_on: Severity = Severity.MEDIUM
    levels: LevelTable = Field(default_factory=LevelTable)
    waivers: tuple[Waiver, ...] = ()
    waiver_lines: tuple[int, ...] = Field(default=(), description="Config line of each waiver, for messages.")
    use_waivers: bool = True
    baseline: Baseline | None = None
    allow_partial: bool = False
    today: date
    source: str = Field(default="config", description="The config file's name, for messages.")
    shard_targets: tuple[str, ...] | None = Field(
        default=None, description="In a sharded run, the targets of this shard (limits unused-waiver notes).",
    )


class GateOutcome(BaseModel):
    model_config = ConfigDict(frozen=True)

    result: AuditResult
    verdict: Verdict
    fixed: tuple[BaselineEntry, ...] = ()
    notes: tuple[str, ...] = Field(default=(), description="Warnings for the user; never secrets.")


def apply_gate(result: AuditResult, policy: GatePolicy) -> GateOutcome:
    notes: list[str] = []
    result = apply_levels(result, policy.levels)
    expired: list[str] = []
    if policy.use_waivers and policy.waivers:
        outcome = apply_waivers(result, policy.waivers, today=policy.today)
        result = outcome.result
        expired = [expiry_message(i, policy.waivers[i], source=policy.source, lines=policy.waiver_lines)
                   for i in outcome.expired]
        audited = policy.shard_targets
        for index in outcome.unused:
            waiver = policy.waivers[index]
            if audited is not None and (waiver.target is None or not waiver.could_apply_to(audited)):
                continue  # it may match in another shard; `formaudit merge` sees them all
            notes.append(f"{policy.source}: {waiver_name(index, policy.waiver_lines)} matched no finding: "
                         f"{waiver.describe()}")
    fixed: tuple[BaselineEntry, ...] = ()
    if policy.baseline is not None:
        marked = apply_baseline(result, policy.baseline)
        result, fixed = marked.result, marked.fixed
    # With --no-waivers nothing is waived, so an expired waiver changes nothing and fails nothing.
    verdict = judge(result, fail_on=policy.fail_on, levels=policy.levels,
                    expired_waivers=expired, allow_partial=policy.allow_partial)
    result = mark_outcomes(result, fail_on=policy.fail_on, levels=policy.levels)
    result = result.model_copy(update={"waivers_applied": policy.use_waivers})
    return GateOutcome(result=result, verdict=verdict, fixed=fixed, notes=tuple(notes))
