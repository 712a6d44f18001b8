"""Baselines: meaning-based, counted, sorted, timestamp-free; only new findings fail."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from formaudit.errors import ConfigError
from formaudit.exit_codes import ExitCode
from formaudit.gate import GatePolicy, apply_gate
from formaudit.gate.baseline import (
    Baseline,
    apply_baseline,
    build_baseline,
    dump_baseline,
    load_baseline,
    write_baseline,
)
from formaudit.models.findings import Severity
from formaudit.models.result import AuditResult
from tests.gate.builders import finding, result, target
from tests.support.paths import FIXTURES

TODAY = date(2026, 3, 1)


def first_run() -> AuditResult:
    return result(
        target(
            "apply",
            finding("identity-document", "apply", "Passport number"),
            finding("references", "apply", "Referee name"),
            finding("references", "apply", "Referee name"),
        ),
        target("onboarding", finding("date-of-birth", "onboarding", "Date of birth")),
    )


def test_baseline_counts_identical_questions_and_names_them_for_humans() -> None:
    baseline = build_baseline(first_run())
    entries = {e.field_label: e for e in baseline.findings.values()}
    assert entries["Referee name"].count == 2
    assert entries["Passport number"].count == 1
    assert (
        entries["Date of birth"].target == "onboarding"
        and entries["Date of birth"].rule_id == "date-of-birth"
    )


def test_baseline_file_is_sorted_timestamp_free_and_stable(tmp_path: Path) -> None:
    baseline = build_baseline(first_run())
    path = write_baseline(baseline, tmp_path / "b.json")
    text = path.read_text(encoding="utf-8")
    assert "2026" not in text and "generated" not in text
    fingerprints = list(load_baseline(path).findings)
    assert fingerprints == sorted(fingerprints)
    assert dump_baseline(load_baseline(path)) == text
    reordered = result(*reversed(first_run().targets))
    assert dump_baseline(build_baseline(reordered)) == text


def test_a_redesign_that_keeps_the_questions_changes_nothing() -> None:
    baseline = build_baseline(first_run())
    restyled = result(
        target("onboarding", finding("date-of-birth", "onboarding", "DATE OF BIRTH *")),
        target(
            "apply",
            finding("references", "apply", "Referee name:"),
            finding("identity-document", "apply", "Passport  number"),
            finding("references", "apply", "referee name"),
        ),
    )
    marked = apply_baseline(restyled, baseline)
    assert {f.baseline_state for f in marked.result.findings} == {"unchanged"}
    assert marked.result.fixed_fingerprints == ()


def test_a_second_identical_question_is_new() -> None:
    baseline = build_baseline(result(target("apply", finding("references", "apply", "Referee name"))))
    twice = result(
        target(
            "apply",
            finding("references", "apply", "Referee name"),
            finding("references", "apply", "Referee name"),
        )
    )
    states = [f.baseline_state for f in apply_baseline(twice, baseline).result.findings]
    assert states == ["unchanged", "new"]


def test_gone_entries_are_fixed_once_per_missing_occurrence() -> None:
    baseline = build_baseline(first_run())
    later = result(
        target("apply", finding("references", "apply", "Referee name")),
        target("onboarding", finding("date-of-birth", "onboarding", "Date of birth")),
    )
    marked = apply_baseline(later, baseline)
    fixed_labels = sorted(e.field_label or "" for e in marked.fixed)
    assert fixed_labels == ["Passport number", "Referee name"]
    assert len(marked.result.fixed_fingerprints) == 2
    assert list(marked.result.fixed_fingerprints) == sorted(marked.result.fixed_fingerprints)


def test_targets_not_audited_or_failed_are_neither_fixed_nor_new() -> None:
    baseline = build_baseline(first_run())
    partial = result(target("apply", error="connection refused"))
    marked = apply_baseline(partial, baseline)
    assert marked.fixed == ()
    assert marked.other_targets == 3


def test_rebuilding_keeps_the_entries_of_targets_that_failed_this_time() -> None:
    old = build_baseline(first_run())
    flaky = result(
        target("apply", finding("identity-document", "apply", "Passport number")),
        target("onboarding", error="timeout"),
    )
    rebuilt = build_baseline(flaky, keep_from=old)
    assert sorted(e.field_label or "" for e in rebuilt.findings.values()) == [
        "Date of birth",
        "Passport number",
    ]


def test_waived_findings_are_left_out_of_a_new_baseline() -> None:
    waived = result(target("apply", finding("identity-document", "apply", "Passport number", waiver="ok")))
    assert build_baseline(waived).findings == {}


def test_with_a_baseline_only_new_findings_fail_the_run() -> None:
    baseline = build_baseline(first_run())
    later = result(
        target(
            "apply",
            finding("identity-document", "apply", "Passport number"),
            finding("references", "apply", "Referee name"),
            finding("references", "apply", "Referee name"),
            finding("identity-document", "apply", "Copy of your passport"),
        ),
        target("onboarding", finding("date-of-birth", "onboarding", "Date of birth")),
    )
    outcome = apply_gate(later, GatePolicy(fail_on=Severity.MEDIUM, today=TODAY, baseline=baseline))
    assert outcome.verdict.exit_code == ExitCode.FINDINGS
    assert [f.field_label for f in outcome.verdict.failing] == ["Copy of your passport"]
    clean = apply_gate(first_run(), GatePolicy(fail_on=Severity.MEDIUM, today=TODAY, baseline=baseline))
    assert clean.verdict.exit_code == ExitCode.OK


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "no such baseline file"),
        ("{not json", "not a readable baseline"),
        ('{"version": 9, "findings": {}}', "baseline version 9"),
        (
            '{"version": 2, "findings": {"abc": {"count": 0, "rule_id": "r", "target": "t"}}}',
            "findings.abc.count",
        ),
    ],
)
def test_a_bad_baseline_file_is_a_config_error_naming_the_file(
    tmp_path: Path, content: str | None, expected: str
) -> None:
    path = tmp_path / "baseline.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=expected) as caught:
        load_baseline(path)
    assert str(path) in str(caught.value)


def test_an_empty_baseline_marks_everything_new() -> None:
    marked = apply_baseline(first_run(), Baseline())
    assert {f.baseline_state for f in marked.result.findings} == {"new"}


def test_a_narrowed_rebuild_keeps_the_entries_of_targets_it_did_not_audit() -> None:
    old = build_baseline(first_run())
    only_apply = result(target("apply", finding("identity-document", "apply", "Passport number")))
    rebuilt = build_baseline(only_apply, keep_from=old, also_keep=lambda name: name != "apply")
    labels = sorted(e.field_label or "" for e in rebuilt.findings.values())
    assert labels == ["Date of birth", "Passport number"]  # apply's referees are gone, onboarding kept
    assert build_baseline(only_apply, keep_from=old).targets() == {"apply"}


def test_a_baseline_written_by_formaudit_0_1_is_refused_with_how_to_rewrite_it(tmp_path: Path) -> None:
    """Format 1 folded non-Latin letters away; matching its entries would accept the wrong findings."""
    old = tmp_path / "formaudit-baseline.json"
    old.write_bytes((FIXTURES / "baselines" / "formaudit-0.1.0-baseline.json").read_bytes())
    with pytest.raises(ConfigError) as caught:
        load_baseline(old)
    message = str(caught.value)
    assert message.startswith(f"{old}: it was written by formaudit 0.1 (baseline format 1)")
    assert f"formaudit baseline --output {old}" in message


def test_a_rewritten_baseline_is_format_2_and_round_trips(tmp_path: Path) -> None:
    baseline = build_baseline(first_run())
    path = write_baseline(baseline, tmp_path / "b.json")
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 2
    assert load_baseline(path) == baseline
