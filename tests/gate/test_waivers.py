"""Waivers: reason, owner, expiry and scope; accepted findings stay visible; expired ones fail."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from formaudit.exit_codes import ExitCode
from formaudit.gate import GatePolicy, apply_gate
from formaudit.gate.waivers import Waiver, apply_waivers, unused_in
from formaudit.models.categories import Category
from formaudit.models.findings import Severity
from formaudit.models.result import AuditResult
from tests.gate.builders import finding, result, target

TODAY = date(2026, 3, 1)


def waiver(**scope: object) -> Waiver:
    return Waiver.model_validate(
        {
            "reason": "Regulated role; moves to offer stage in Q3",
            "owner": "hr-compliance@example.com",
            "expires": "2026-06-30",
            **scope,
        }
    )


def audited() -> AuditResult:
    return result(
        target(
            "careers/engineer",
            finding("identity-document", "careers/engineer", "Passport number"),
            finding("references", "careers/engineer", "Referee phone"),
        ),
        target("careers/nurse", finding("identity-document", "careers/nurse", "Passport number")),
    )


def test_a_waiver_needs_a_scope_a_reason_and_an_owner() -> None:
    with pytest.raises(ValidationError, match="needs a scope"):
        Waiver.model_validate({"reason": "r", "owner": "o", "expires": "2026-01-01"})
    with pytest.raises(ValidationError, match="must not be empty"):
        waiver(rule="references", reason="  ")


def test_scope_keys_combine_and_targets_take_wildcards() -> None:
    both = waiver(rule="identity-document", target="careers/*")
    assert both.covers(finding("identity-document", "careers/nurse", "Passport number"))
    assert not both.covers(finding("references", "careers/nurse", "Referee phone"))
    assert not both.covers(finding("identity-document", "other/nurse", "Passport number"))
    by_category = waiver(category="references")
    assert by_category.covers(finding("references", "x", "Referee phone"))


def test_waived_findings_stay_in_the_result_marked_with_the_reason() -> None:
    outcome = apply_waivers(
        audited(), [waiver(rule="identity-document", target="careers/nurse")], today=TODAY
    )
    reasons = {(f.target, f.rule_id): f.waiver for f in outcome.result.findings}
    assert len(reasons) == 3
    assert reasons[("careers/nurse", "identity-document")] == "Regulated role; moves to offer stage in Q3"
    assert reasons[("careers/engineer", "identity-document")] is None


def test_a_waiver_is_valid_through_its_expiry_date_and_expired_the_day_after() -> None:
    w = waiver(rule="references")
    assert not w.expired(date(2026, 6, 30))
    assert w.expired(date(2026, 7, 1))


def test_an_expired_waiver_fails_the_run_naming_it_and_its_owner_and_its_findings_count() -> None:
    policy = GatePolicy(
        fail_on=Severity.HIGH,
        today=date(2026, 7, 1),
        source="formaudit.toml",
        waivers=(waiver(rule="identity-document"),),
    )
    outcome = apply_gate(audited(), policy)
    assert outcome.verdict.exit_code == ExitCode.FINDINGS
    assert all(f.waiver is None for f in outcome.result.findings)
    assert len(outcome.verdict.failing) == 2
    message = outcome.verdict.expired_waivers[0]
    assert "waivers[0]" in message and "2026-06-30" in message and "hr-compliance@example.com" in message


def test_valid_waivers_let_the_run_pass_and_unused_ones_get_a_note() -> None:
    policy = GatePolicy(
        fail_on=Severity.HIGH,
        today=TODAY,
        source="formaudit.toml",
        waivers=(waiver(rule="identity-document"), waiver(rule="date-of-birth")),
    )
    outcome = apply_gate(audited(), policy)
    assert outcome.verdict.exit_code == ExitCode.OK
    assert len(outcome.verdict.accepted) == 2
    assert outcome.notes == (
        "formaudit.toml: waivers[1] matched no finding: waiver for rule "
        "'date-of-birth' (owner hr-compliance@example.com)",
    )


def test_no_waivers_counts_everything_and_ignores_expiry() -> None:
    policy = GatePolicy(
        fail_on=Severity.HIGH,
        today=date(2027, 1, 1),
        use_waivers=False,
        waivers=(waiver(rule="identity-document"),),
    )
    outcome = apply_gate(audited(), policy)
    assert len(outcome.verdict.failing) == 2
    assert outcome.verdict.expired_waivers == ()
    assert all(f.waiver is None for f in outcome.result.findings)


def test_unused_waiver_notes_in_a_shard_only_concern_that_shards_targets() -> None:
    policy = GatePolicy(
        fail_on=Severity.HIGH,
        today=TODAY,
        shard_targets=("careers/engineer",),
        waivers=(
            waiver(target="careers/elsewhere"),
            waiver(category=Category.HEALTH),
            waiver(target="careers/engineer", rule="date-of-birth"),
        ),
    )
    outcome = apply_gate(audited(), policy)
    assert len(outcome.notes) == 1 and "waivers[2]" in outcome.notes[0]


def test_after_a_merge_waivers_that_accepted_nothing_are_found_from_the_marked_findings() -> None:
    used = waiver(rule="identity-document")
    marked = apply_waivers(audited(), [used], today=TODAY).result
    assert unused_in(marked, [used, waiver(rule="date-of-birth")], today=TODAY) == (1,)
