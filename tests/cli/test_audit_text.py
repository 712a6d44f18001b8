"""The terminal's gate lines take their words from the verdict, the same words as the headline."""

from __future__ import annotations

from formaudit.cli.audit_text import gate_lines
from formaudit.gate.levels import LevelTable
from formaudit.gate.verdict import judge
from formaudit.models.findings import Severity
from tests.gate.builders import finding, result, target


def test_the_gate_lines_say_what_fails_and_then_the_verdicts_own_phrase_for_the_rest() -> None:
    audited = result(target(
        "apply",
        finding("identity-document", "apply", "Passport number"),
        finding("references", "apply", "Referees", waiver="agreed"),
        finding("form-length", "apply", "Long form", Severity.NOTE),
    ))
    verdict = judge(audited, fail_on=Severity.MEDIUM, levels=LevelTable(default={"form-length": "warn"}))
    lines = gate_lines(verdict)
    assert [text for text, _ in lines[:1]] == ["Failing the run (1):"]
    assert "identity-document" in lines[1][0] and "Passport number" in lines[1][0]
    assert lines[-1] == ("1 shown without failing (level warn), 1 accepted (waiver or baseline)", {"dim": True})
    assert verdict.headline().endswith(f"1 finding at or above {Severity.MEDIUM}")
