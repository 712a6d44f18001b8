"""The verdict: which findings fail the run, and the exit code that says so.

A finding fails the run when all of these hold:

* no valid waiver accepts it (``Finding.waiver`` is None);
* it is not accepted by the baseline (``baseline_state`` is not ``unchanged``);
* its rule's level is ``error``, or the rule has no level and the severity reaches ``fail_on``
  (``warn`` never fails; ``off`` findings were dropped before).

:func:`mark_outcomes` writes that decision into each finding (``Finding.gate``) so the reporters read
it instead of deciding again.

Exit codes (``formaudit.exit_codes.ExitCode``), when several apply the first listed wins:

* 3 a target could not be collected, unless ``allow_partial`` (then it is a warning);
* 1 a failing finding, or an expired waiver;
* 0 otherwise. (2, a usage or configuration error, happens before any verdict.)

The incomplete audit outranks failing findings: a run that could not see every form has not judged
the site, and a retry is the first thing to try.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict, Field

from formaudit.exit_codes import ExitCode
from formaudit.gate.levels import LevelTable, tags_by_rule
from formaudit.gate.outcome import decide
from formaudit.models.findings import Finding, Severity
from formaudit.models.result import AuditResult


class Verdict(BaseModel):
    """What the gate decided about one run: the exit code and the findings behind it, sorted three ways.

    Every finding of the result (but those of rules at level ``off``, which are dropped) is in exactly
    one of ``failing``, ``warned`` and ``accepted``. The words people read about it (``headline``,
    ``reasons``, ``not_failing``) are built here only.
    """

    model_config = ConfigDict(frozen=True)

    exit_code: ExitCode
    fail_on: Severity
    failing: tuple[Finding, ...] = Field(default=(), description="Findings that fail the run.")
    warned: tuple[Finding, ...] = Field(default=(), description="Shown, level warn or below fail_on.")
    accepted: tuple[Finding, ...] = Field(default=(), description="Waived or in the baseline.")
    failed_targets: tuple[str, ...] = ()
    expired_waivers: tuple[str, ...] = Field(default=(), description="Messages naming each expired waiver.")
    allow_partial: bool = False

    @property
    def passed(self) -> bool:
        """True when the run exits 0 on its own (``--exit-zero`` is the caller's business)."""
        return self.exit_code == ExitCode.OK

    def reasons(self) -> list[str]:
        """Why the run failed (or passed), one sentence each, most important first."""
        reasons: list[str] = []
        if self.failed_targets:
            count = len(self.failed_targets)
            noun = "target" if count == 1 else "targets"
            if self.allow_partial:
                reasons.append(f"{count} {noun} could not be audited (allowed by --allow-partial)")
            else:
                reasons.append(f"{count} {noun} could not be audited")
        by_severity = sum(1 for f in self.failing if f.severity.at_least(self.fail_on))
        by_level = len(self.failing) - by_severity
        if by_severity:
            noun = "finding" if by_severity == 1 else "findings"
            reasons.append(f"{by_severity} {noun} at or above {self.fail_on}")
        if by_level:
            noun = "finding" if by_level == 1 else "findings"
            reasons.append(f"{by_level} {noun} below {self.fail_on} from rules at level error")
        reasons.extend(self.expired_waivers)
        return reasons

    def headline(self, *, exit_zero: bool = False) -> str:
        """One line for the end of the output; ``exit_zero`` when ``--exit-zero`` turns 1 into 0."""
        reasons = self.reasons()
        if self.passed:
            word, detail = "passed", "; ".join(reasons) or self._quiet_detail()
        elif exit_zero and self.exit_code == ExitCode.FINDINGS:
            # The run is not failed: --exit-zero reports what would have failed it.
            word, detail = "passed with --exit-zero", "would fail: " + "; ".join(reasons)
        else:
            word, detail = "FAILED", "; ".join(reasons)
        code = 0 if exit_zero and self.exit_code == ExitCode.FINDINGS else int(self.exit_code)
        return f"formaudit: {word} (exit {code}): {detail}"

    def not_failing(self) -> list[str]:
        """What is shown or accepted without failing the run: "2 shown without failing (level warn)", ..."""
        parts = []
        at_warn = sum(1 for f in self.warned if f.gate == "warn")
        below = len(self.warned) - at_warn
        if at_warn:
            parts.append(f"{at_warn} shown without failing (level warn)")
        if below:
            parts.append(f"{below} shown without failing (below {self.fail_on})")
        if self.accepted:
            parts.append(f"{len(self.accepted)} accepted (waiver or baseline)")
        return parts

    def not_failing_text(self) -> str:
        """:meth:`not_failing` as one phrase ("" when nothing is shown or accepted without failing)."""
        return ", ".join(self.not_failing())

    def _quiet_detail(self) -> str:
        """Why a run with nothing failing passed, without hiding what is shown anyway."""
        text = self.not_failing_text()
        if not text:
            return f"no finding at or above {self.fail_on}"
        return "nothing fails the run; " + text


def fails_run(finding: Finding, level: str | None, fail_on: Severity) -> bool:
    """True when ``finding``, under its rule's ``level`` (None: no level set), fails the run."""
    return decide(finding, level, fail_on) == "fail"


def mark_outcomes(result: AuditResult, *, fail_on: Severity, levels: LevelTable | None = None) -> AuditResult:
    """Write each finding's outcome (``Finding.gate``); findings of rules that are ``off`` are dropped."""
    levels = levels or LevelTable()
    tags = tags_by_rule(result.checks)
    targets = []
    for target in result.targets:
        findings = []
        for finding in target.findings:
            level = levels.finding_level(finding, tags)
            if level != "off":
                findings.append(finding.model_copy(update={"gate": decide(finding, level, fail_on)}))
        targets.append(target.model_copy(update={"findings": tuple(findings)}))
    return result.model_copy(update={"targets": tuple(targets)})


def judge(result: AuditResult, *, fail_on: Severity, levels: LevelTable | None = None,
          expired_waivers: Sequence[str] = (), allow_partial: bool = False) -> Verdict:
    """The verdict on a result; the findings it lists carry their ``gate`` mark."""
    marked = mark_outcomes(result, fail_on=fail_on, levels=levels)
    failing = [f for f in marked.findings if f.gate == "fail"]
    warned = [f for f in marked.findings if f.gate in ("warn", "pass")]
    accepted = [f for f in marked.findings if f.gate == "accepted"]
    failed_targets = tuple(t.target for t in result.failed_targets)
    if failed_targets and not allow_partial:
        code = ExitCode.TARGET_FAILED
    elif failing or expired_waivers:
        code = ExitCode.FINDINGS
    else:
        code = ExitCode.OK
    return Verdict(
        exit_code=code,
        fail_on=fail_on,
        failing=tuple(failing),
        warned=tuple(warned),
        accepted=tuple(accepted),
        failed_targets=failed_targets,
        expired_waivers=tuple(expired_waivers),
        allow_partial=allow_partial,
    )
