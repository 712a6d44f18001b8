"""The verdict and its exit codes: 0 pass, 1 findings or an expired waiver, 3 a target failed."""

from __future__ import annotations

from formaudit.exit_codes import ExitCode
from formaudit.gate.levels import LevelTable
from formaudit.gate.verdict import judge
from formaudit.models.findings import Severity
from tests.gate.builders import finding, result, target


def test_a_finding_at_the_threshold_fails_and_one_below_is_only_shown() -> None:
    audited = result(
        target(
            "a",
            finding("references", "a", "Referee name", Severity.MEDIUM),
            finding("form-length", "a", "Form length", Severity.LOW),
        )
    )
    verdict = judge(audited, fail_on=Severity.MEDIUM)
    assert verdict.exit_code == ExitCode.FINDINGS
    assert [f.rule_id for f in verdict.failing] == ["references"]
    assert [f.rule_id for f in verdict.warned] == ["form-length"]
    assert judge(audited, fail_on=Severity.HIGH).exit_code == ExitCode.OK


def test_clean_results_pass_with_exit_zero_and_say_so() -> None:
    verdict = judge(result(target("a")), fail_on=Severity.NOTE)
    assert verdict.passed and verdict.exit_code == ExitCode.OK
    assert verdict.headline().startswith("formaudit: passed (exit 0)")


def test_a_failed_target_is_exit_three_and_outranks_findings() -> None:
    audited = result(
        target("a", finding("identity-document", "a", "Passport number")),
        target("b", error="connection refused"),
    )
    verdict = judge(audited, fail_on=Severity.MEDIUM)
    assert verdict.exit_code == ExitCode.TARGET_FAILED
    assert verdict.failed_targets == ("b",)
    assert "1 target could not be audited" in verdict.headline()
    assert "1 finding at or above medium" in verdict.headline()


def test_allow_partial_turns_a_failed_target_into_a_warning() -> None:
    audited = result(target("a"), target("b", error="timeout"))
    verdict = judge(audited, fail_on=Severity.MEDIUM, allow_partial=True)
    assert verdict.exit_code == ExitCode.OK
    assert "allowed by --allow-partial" in verdict.headline()
    with_findings = result(target("a", finding("identity-document", "a", "Passport")), target("b", error="x"))
    assert judge(with_findings, fail_on=Severity.MEDIUM, allow_partial=True).exit_code == ExitCode.FINDINGS


def test_accepted_findings_never_fail() -> None:
    audited = result(
        target(
            "a",
            finding("identity-document", "a", "Passport", waiver="approved"),
            finding("identity-document", "a", "ID card", baseline_state="unchanged"),
            finding("identity-document", "a", "Driving licence", baseline_state="new"),
        )
    )
    verdict = judge(audited, fail_on=Severity.LOW)
    assert [f.field_label for f in verdict.failing] == ["Driving licence"]
    assert len(verdict.accepted) == 2


def test_an_expired_waiver_alone_fails_the_run() -> None:
    verdict = judge(result(target("a")), fail_on=Severity.HIGH, expired_waivers=("waivers[0] expired",))
    assert verdict.exit_code == ExitCode.FINDINGS
    assert "waivers[0] expired" in verdict.headline()


def test_the_headline_says_which_findings_fail_by_severity_and_which_by_level() -> None:
    audited = result(
        target(
            "a",
            finding("identity-document", "a", "Passport", Severity.HIGH),
            finding("form-length", "a", "Form length", Severity.LOW),
        )
    )
    verdict = judge(audited, fail_on=Severity.MEDIUM, levels=LevelTable(default={"form-length": "error"}))
    assert verdict.headline() == (
        "formaudit: FAILED (exit 1): 1 finding at or above medium; "
        "1 finding below medium from rules at level error"
    )


def test_what_does_not_fail_is_counted_by_why_in_one_phrase() -> None:
    audited = result(target(
        "apply",
        finding("form-length", "apply", "Long form", Severity.NOTE),
        finding("identity-document", "apply", "Passport number"),
        finding("references", "apply", "Referees", waiver="agreed"),
        finding("references", "apply", "Referees again", baseline_state="unchanged"),
    ))
    verdict = judge(audited, fail_on=Severity.MEDIUM,
                    levels=LevelTable(default={"identity-document": "warn"}))
    parts = ["1 shown without failing (level warn)", "1 shown without failing (below medium)",
             "2 accepted (waiver or baseline)"]
    assert verdict.not_failing() == parts
    assert verdict.not_failing_text() == ", ".join(parts)
    assert verdict.headline() == "formaudit: passed (exit 0): nothing fails the run; " + ", ".join(parts)
