"""The gate decides each finding's outcome once; the exit code, JUnit, SARIF and annotations agree."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date

from formaudit.exit_codes import ExitCode
from formaudit.gate import GatePolicy, apply_gate
from formaudit.gate.annotations import annotations_from_sarif
from formaudit.gate.levels import LevelTable
from formaudit.gate.verdict import Verdict, judge
from formaudit.models.findings import Severity
from formaudit.models.result import AuditResult
from formaudit.reporters import REPORTERS, ReportOptions
from tests.gate.builders import finding, result, target

TODAY = date(2026, 3, 1)


def passport_at_warn() -> tuple[AuditResult, Verdict]:
    audited = result(target("apply", finding("identity-document", "apply", "Passport number")))
    policy = GatePolicy(levels=LevelTable(default={"identity-document": "warn"}), today=TODAY)
    outcome = apply_gate(audited, policy)
    return outcome.result, outcome.verdict


def test_a_high_finding_at_level_warn_is_green_in_the_exit_code_junit_sarif_and_annotations() -> None:
    gated, verdict = passport_at_warn()
    assert verdict.exit_code == ExitCode.OK
    assert [f.gate for f in gated.findings] == ["warn"]
    options = ReportOptions()
    junit = ET.fromstring(REPORTERS["junit"].render(gated, options))
    assert junit.findall(".//failure") == []
    assert "rule at level warn" in "".join(junit.itertext())
    sarif = json.loads(REPORTERS["sarif"].render(gated, options))
    assert [r["level"] for r in sarif["runs"][0]["results"]] == ["warning"]
    lines = annotations_from_sarif(sarif)
    assert lines and not any(line.startswith("::error") for line in lines)


def test_a_low_finding_of_a_rule_at_level_error_fails_junit_and_is_a_sarif_error() -> None:
    audited = result(target("apply", finding("form-length", "apply", "Long form", Severity.LOW)))
    outcome = apply_gate(audited, GatePolicy(levels=LevelTable(default={"form-length": "error"}), today=TODAY))
    assert outcome.verdict.exit_code == ExitCode.FINDINGS
    junit = ET.fromstring(REPORTERS["junit"].render(outcome.result, ReportOptions()))
    assert len(junit.findall(".//failure")) == 1
    sarif = json.loads(REPORTERS["sarif"].render(outcome.result, ReportOptions()))
    assert [r["level"] for r in sarif["runs"][0]["results"]] == ["error"]


def test_a_note_at_level_warn_stays_a_sarif_note_and_accepted_findings_keep_their_severity() -> None:
    audited = result(target(
        "apply",
        finding("form-length", "apply", "Long form", Severity.NOTE),
        finding("references", "apply", "Referees", waiver="agreed"),
    ))
    outcome = apply_gate(audited, GatePolicy(levels=LevelTable(default={"form-length": "warn"}), today=TODAY))
    assert sorted(f.gate or "" for f in outcome.result.findings) == ["accepted", "warn"]
    sarif = json.loads(REPORTERS["sarif"].render(outcome.result, ReportOptions()))
    assert sorted(r["level"] for r in sarif["runs"][0]["results"]) == ["note", "warning"]


def test_reporters_default_to_the_gates_threshold() -> None:
    assert ReportOptions().fail_on == GatePolicy(today=TODAY).fail_on == Severity.MEDIUM
    # An ungated medium finding fails JUnit as it would fail the default gate.
    ungated = result(target("apply", finding("references", "apply", "Referees")))
    junit = ET.fromstring(REPORTERS["junit"].render(ungated, ReportOptions()))
    assert len(junit.findall(".//failure")) == 1


def test_the_headline_of_a_passing_run_names_what_was_shown_at_level_warn() -> None:
    _, verdict = passport_at_warn()
    headline = verdict.headline()
    assert headline == "formaudit: passed (exit 0): nothing fails the run; 1 shown without failing (level warn)"


def test_the_headline_with_exit_zero_does_not_say_failed() -> None:
    audited = result(target("apply", finding("identity-document", "apply", "Passport number")))
    verdict = judge(audited, fail_on=Severity.MEDIUM)
    assert verdict.headline().startswith("formaudit: FAILED (exit 1)")
    zero = verdict.headline(exit_zero=True)
    assert "FAILED" not in zero
    assert zero == "formaudit: passed with --exit-zero (exit 0): would fail: 1 finding at or above medium"


def test_the_gate_does_not_import_the_command_line() -> None:
    code = "import sys, formaudit.gate; print(sorted(m for m in sys.modules if m.startswith('formaudit.cli')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
