"""What the gate made of one finding, decided once and read by every reporter.

The gate writes ``Finding.gate`` (see ``formaudit.gate.verdict.mark_outcomes``); reporters read it
through :func:`gate_state` so JUnit, SARIF and the annotations never disagree with the exit code. A
result no gate has judged (a library caller rendering reports directly) falls back to the rule without
levels: not waived, not in the baseline, and at or above ``fail_on``.
"""

from __future__ import annotations

from typing import Literal

from formaudit.models.findings import Finding, Severity

GateState = Literal["fail", "warn", "pass", "accepted"]
DEFAULT_FAIL_ON = Severity.MEDIUM


def decide(finding: Finding, level: str | None, fail_on: Severity) -> GateState:
    """The one rule: accepted (waiver or baseline), else the rule's level, else the severity."""
    if finding.waiver is not None or finding.baseline_state == "unchanged":
        return "accepted"
    if level == "error":
        return "fail"
    if level == "warn":
        return "warn"
    return "fail" if finding.severity.at_least(fail_on) else "pass"


def gate_state(finding: Finding, fail_on: Severity = DEFAULT_FAIL_ON) -> GateState:
    """The gate's mark, or (for a result no gate judged) the same rule without levels."""
    return finding.gate if finding.gate is not None else decide(finding, None, fail_on)
