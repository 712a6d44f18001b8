"""``formaudit rules`` and ``formaudit explain`` (click commands, run with CliRunner)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from formaudit.checks import load_checks
from formaudit.cli.rules_cmd import explain, rules

BUILTIN_IDS = [c.meta.id for c in load_checks(plugins=False).checks]


def test_rules_table_lists_every_check_with_severity_and_stage() -> None:
    result = CliRunner().invoke(rules, ["--no-plugins"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split()[:3] == ["ID", "SEVERITY", "ACCEPTABLE"]
    assert len(lines) == len(BUILTIN_IDS) + 1
    row = next(line for line in lines if line.startswith("identity-document "))
    assert "medium" in row and "onboarding" in row and "Identity documents requested before an offer" in row
    assert "never" in next(line for line in lines if line.startswith("pregnancy "))
    assert "n/a" in next(line for line in lines if line.startswith("captcha "))


def test_rules_json_is_the_check_metadata() -> None:
    result = CliRunner().invoke(rules, ["--no-plugins", "--format", "json"])
    data = json.loads(result.output)
    assert [item["id"] for item in data] == BUILTIN_IDS
    credit = next(item for item in data if item["id"] == "credit-check")
    assert credit["acceptable_from"] == "offer"
    assert any(rule["jurisdiction"] == "US-NYC" for rule in credit["jurisdictions"])


def test_rules_filtered_by_tag() -> None:
    result = CliRunner().invoke(rules, ["--no-plugins", "--tag", "friction", "--format", "json"])
    ids = [item["id"] for item in json.loads(result.output)]
    assert "form-length" in ids and "references" in ids and "pregnancy" not in ids


def test_rules_with_unknown_tag_exits_2_with_suggestion() -> None:
    result = CliRunner().invoke(rules, ["--no-plugins", "--tag", "fricton"])
    assert result.exit_code == 2
    assert 'did you mean "friction"' in result.output


def test_explain_prints_rationale_remediation_stage_laws_and_references() -> None:
    result = CliRunner().invoke(explain, ["date-of-birth", "--no-plugins"])
    assert result.exit_code == 0
    text = result.output
    assert text.startswith("date-of-birth: Date of birth or age requested before an offer")
    assert "Acceptable from:  offer" in text
    assert "Why it matters:" in text and "How to fix it:" in text
    assert "US-CO (high): C.R.S. §8-2-131" in text
    assert "https://leg.colorado.gov/bills/sb23-058" in text
    assert "References:" in text


def test_explain_json_round_trips_the_metadata() -> None:
    result = CliRunner().invoke(explain, ["captcha", "--format", "json", "--no-plugins"])
    assert json.loads(result.output)["id"] == "captcha"


def test_explain_unknown_id_exits_2_with_did_you_mean() -> None:
    result = CliRunner().invoke(explain, ["refrences", "--no-plugins"])
    assert result.exit_code == 2
    assert 'unknown check "refrences" (did you mean "references"?)' in result.output
