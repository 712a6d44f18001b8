"""SARIF: valid against the official 2.1.0 schema and shaped the way GitHub code scanning accepts it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from formaudit.models.findings import Severity
from formaudit.models.result import AuditResult
from formaudit.reporters import REPORTERS, ReportOptions
from formaudit.reporters.sarif import FALLBACK_DIR, MAX_RESULTS
from formaudit.reporters.sarif_rules import SECURITY_SEVERITY
from tests.reporters import checks as c
from tests.reporters.scenarios import DEMO_TARGET, TEMPLATE_TARGET, hostile_result, huge_result, sample_result
from tests.support.shared import shared_file

SCHEMA_PATH = shared_file("data", "sarif-schema-2.1.0.json")


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema)


def sarif(result: AuditResult, **options: Any) -> dict[str, Any]:
    options.setdefault("source_root", Path.cwd())
    text = REPORTERS["sarif"].render(result, ReportOptions.model_validate(options))
    document: dict[str, Any] = json.loads(text)
    return document


def errors(validator: jsonschema.Draft7Validator, document: dict[str, Any]) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]


def test_sarif_validates_against_the_official_schema(validator: jsonschema.Draft7Validator) -> None:
    for result in (sample_result(), hostile_result()):
        document = sarif(result)
        assert errors(validator, document) == []
        assert document["version"] == "2.1.0"


def test_no_location_uses_a_url_scheme_github_would_reject() -> None:
    document = sarif(hostile_result())
    uris = [
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for r in document["runs"][0]["results"]
        for loc in r["locations"]
    ]
    assert uris
    for uri in uris:
        assert ":" not in uri and not uri.startswith("/"), uri


def test_a_local_file_target_points_at_its_path_relative_to_the_repository() -> None:
    document = sarif(sample_result())
    template = [r for r in document["runs"][0]["results"] if r["properties"]["target"] == TEMPLATE_TARGET]
    assert template
    for result in template:
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "site/templates/careers/apply.html"
        assert location["region"]["startLine"] == 1


def test_a_local_file_outside_the_root_and_a_url_fall_back_to_a_stable_repo_path(tmp_path: Path) -> None:
    document = sarif(sample_result(), source_root=tmp_path)
    uris = {
        r["properties"]["target"]: r["locations"][0]["physicalLocation"]
        for r in document["runs"][0]["results"]
    }
    assert uris[DEMO_TARGET]["artifactLocation"]["uri"].startswith(
        f"{FALLBACK_DIR}/careers-northwind-example"
    )
    assert uris[DEMO_TARGET]["artifactLocation"]["uri"].endswith(".url")
    assert uris[TEMPLATE_TARGET]["artifactLocation"]["uri"].startswith(f"{FALLBACK_DIR}/")


def test_a_url_declared_in_the_config_points_at_its_line() -> None:
    document = sarif(sample_result(), target_locations={DEMO_TARGET: ("config/formaudit.toml", 12)})
    demo = [r for r in document["runs"][0]["results"] if r["properties"]["target"] == DEMO_TARGET]
    assert demo
    for result in demo:
        location = result["locations"][0]["physicalLocation"]
        assert location == {"artifactLocation": {"uri": "config/formaudit.toml"}, "region": {"startLine": 12}}
        assert DEMO_TARGET in result["message"]["text"]
        assert result["properties"]["url"] == DEMO_TARGET


def test_results_carry_rule_level_fingerprint_baseline_and_waiver() -> None:
    document = sarif(sample_result())
    run = document["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert len(results) == len(sample_result().findings)
    hashes = [r["partialFingerprints"]["primaryLocationLineHash"] for r in results]
    assert len(hashes) == len(set(hashes))
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in {"error", "warning", "note"}
    levels = {
        (r["ruleId"], r["properties"]["question"]): r["level"]
        for r in results
        if "question" in r["properties"]
    }
    assert (
        levels[
            (
                "credit-check",
                "I consent to Northwind and its client carrying out a credit check with a "
                "credit reference agency",
            )
        ]
        == "error"
    )
    waived = [r for r in results if "suppressions" in r]
    assert len(waived) == 1
    assert waived[0]["suppressions"][0]["kind"] == "external"
    assert "HR-142" in waived[0]["suppressions"][0]["justification"]
    assert {r.get("baselineState") for r in results} == {"new", "unchanged", None}


def test_rules_have_what_github_shows_within_its_limits() -> None:
    rules = sarif(sample_result())["runs"][0]["tool"]["driver"]["rules"]
    by_id = {r["id"]: r for r in rules}
    passport = by_id["identity-document"]
    assert passport["name"] == "IdentityDocument"
    assert passport["shortDescription"]["text"] == c.IDENTITY_DOCUMENT.title
    assert passport["fullDescription"]["text"].startswith(c.IDENTITY_DOCUMENT.rationale[:40])
    assert passport["help"]["markdown"] and passport["help"]["text"]
    # The check's own help page, else its first reference.
    for check in (c.IDENTITY_DOCUMENT, c.CREDIT_CHECK):
        assert by_id[check.id]["helpUri"] == (check.help_uri or check.references[0].url)
    # security-severity follows each check's default severity; a note has none (GitHub would show it).
    for rule in rules:
        check = c.REGISTRY[rule["id"]]
        if check.severity == Severity.NOTE:
            assert "security-severity" not in rule["properties"]
        else:
            assert rule["properties"]["security-severity"] == SECURITY_SEVERITY[check.severity]
    assert {"5.5", "8.0", "3.0"} <= {r["properties"].get("security-severity") for r in rules}
    assert passport["properties"]["precision"] == "very-high"
    assert by_id["other-applications"]["properties"]["precision"] == "high"  # mean of 0.91 and 0.72
    for rule in rules:
        assert len(rule["name"]) <= 255
        assert len(rule["shortDescription"]["text"]) <= 1024 and len(rule["fullDescription"]["text"]) <= 1024
        assert len(rule["properties"]["tags"]) <= 10


def test_failed_targets_and_checks_become_tool_notifications() -> None:
    invocation = sarif(sample_result())["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is True
    texts = [n["message"]["text"] for n in invocation["toolExecutionNotifications"]]
    assert any("careers.contoso.example" in t and "timeout" in t for t in texts)
    assert any("acme.favourite-colour" in t for t in texts)


def test_results_are_capped_at_githubs_limit_keeping_the_most_severe(
    validator: jsonschema.Draft7Validator,
) -> None:
    result = huge_result(targets=140, findings_per_target=40)
    assert len(result.findings) > MAX_RESULTS
    document = sarif(result)
    run = document["runs"][0]
    assert len(run["results"]) == MAX_RESULTS
    kept = [r["properties"]["severity"] for r in run["results"]]
    high = sum(1 for f in result.findings if f.severity == Severity.HIGH)
    assert kept[:high] == ["high"] * high
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert any(str(len(result.findings) - MAX_RESULTS) in n["message"]["text"] for n in notes)
    assert errors(validator, document) == []


def test_automation_category_is_set_when_asked() -> None:
    document = sarif(sample_result(), sarif_category="formaudit/careers-site/")
    assert document["runs"][0]["automationDetails"] == {"id": "formaudit/careers-site/"}
    assert "automationDetails" not in sarif(sample_result())["runs"][0]


def test_messages_name_the_page_and_the_question_within_limits() -> None:
    for result in sarif(hostile_result())["runs"][0]["results"]:
        text = result["message"]["text"]
        assert len(text) <= 1024
        assert "\x1b" not in text and "\x00" not in text
        assert "Page: " in text


def test_a_target_name_is_never_taken_for_a_file_in_the_repository(tmp_path: Path) -> None:
    from formaudit.models.result import TargetResult
    from formaudit.reporters.sarif import artifact_location

    (tmp_path / "apply.html").write_text("<form></form>", encoding="utf-8")
    named = TargetResult(target="Careers: engineer", location="https://careers.example/apply")
    assert artifact_location(named, ReportOptions(source_root=tmp_path))[0].startswith(".formaudit/targets/")
    file_target = TargetResult(target="Apply page", location=(tmp_path / "apply.html").as_uri())
    assert artifact_location(file_target, ReportOptions(source_root=tmp_path)) == ("apply.html", 1)
