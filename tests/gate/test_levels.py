"""Per-rule levels: off drops, warn shows without failing, error fails; ids beat tags, targets globals."""

from __future__ import annotations

import pytest

from formaudit.errors import ConfigError
from formaudit.gate.levels import LevelTable, apply_levels, check_level_keys
from formaudit.gate.verdict import judge
from formaudit.models.findings import Severity
from tests.gate.builders import CHECKS, finding, result, target


def test_rule_id_level_wins_over_a_tag_level() -> None:
    table = LevelTable(default={"pre-offer": "off", "references": "error"})
    assert table.level_for("references", ("pre-offer", "privacy"), "t") == "error"
    assert table.level_for("identity-document", ("pre-offer", "privacy"), "t") == "off"


def test_strictest_tag_wins_when_several_tags_of_one_rule_are_named() -> None:
    table = LevelTable(default={"pre-offer": "off", "privacy": "error"})
    assert table.level_for("references", ("pre-offer", "privacy"), "t") == "error"


def test_target_levels_override_top_level_levels_even_by_tag() -> None:
    table = LevelTable(default={"references": "error"}, per_target={"legacy": {"pre-offer": "warn"}})
    assert table.level_for("references", ("pre-offer",), "legacy") == "warn"
    assert table.level_for("references", ("pre-offer",), "other") == "error"


def test_unnamed_rules_have_no_level() -> None:
    assert LevelTable(default={"friction": "warn"}).level_for("references", ("pre-offer",), "t") is None


def test_off_drops_findings_and_keeps_the_rest() -> None:
    audited = result(
        target("a", finding("form-length", "a", "Form length"), finding("references", "a", "Referee name"))
    )
    kept = apply_levels(audited, LevelTable(default={"friction": "off"}))
    assert [f.rule_id for f in kept.findings] == ["references"]


def test_warn_never_fails_and_error_fails_below_the_threshold() -> None:
    audited = result(
        target(
            "a",
            finding("references", "a", "Referee name", Severity.HIGH),
            finding("form-length", "a", "Form length", Severity.LOW),
        )
    )
    verdict = judge(
        audited,
        fail_on=Severity.MEDIUM,
        levels=LevelTable(default={"references": "warn", "form-length": "error"}),
    )
    assert [f.rule_id for f in verdict.failing] == ["form-length"]
    assert [f.rule_id for f in verdict.warned] == ["references"]


def test_unknown_level_keys_are_one_error_with_suggestions_and_paths() -> None:
    with pytest.raises(ConfigError) as caught:
        check_level_keys(
            [
                ("levels", {"date-of-brith": "off", "friction": "warn"}),
                ("targets[1].levels", {"pre-ofer": "error"}),
            ],
            CHECKS,
            source="formaudit.toml",
        )
    message = str(caught.value)
    assert "formaudit.toml" in message
    assert "levels.date-of-brith" in message and "did you mean 'date-of-birth'?" in message
    assert "targets[1].levels.pre-ofer" in message and "did you mean 'pre-offer'?" in message
    assert "friction" not in message.split("levels.")[1].split(":")[0]


def test_known_ids_and_tags_pass_the_key_check() -> None:
    check_level_keys([("levels", {"date-of-birth": "off", "friction": "warn"})], CHECKS, source="x")


def test_rules_off_for_every_target_can_be_skipped() -> None:
    table = LevelTable(default={"friction": "off"}, per_target={"b": {"form-length": "warn"}})
    assert table.rules_off_everywhere(CHECKS, ["a"]) == ("form-length",)
    assert table.rules_off_everywhere(CHECKS, ["a", "b"]) == ()
