"""Baseline entries no longer found are described in the result and listed in HTML, Markdown and SARIF."""

from __future__ import annotations

import json
from datetime import date

import jsonschema

from formaudit.gate import GatePolicy, apply_gate
from formaudit.gate.annotations import annotations_from_sarif
from formaudit.gate.baseline import build_baseline
from formaudit.gate.merge import merge_results
from formaudit.models.result import AuditResult
from formaudit.reporters import REPORTERS, ReportOptions
from tests.gate.builders import finding, result, target
from tests.support.shared import shared_file

SCHEMA_PATH = shared_file("data", "sarif-schema-2.1.0.json")
TODAY = date(2026, 3, 1)


def fixed_run() -> AuditResult:
    """Yesterday: two referee questions and a passport; today only one referee question is left."""
    before = result(target("apply", finding("references", "apply", "Referee"),
                           finding("references", "apply", "Referee"),
                           finding("identity-document", "apply", "Passport number")))
    today = result(target("apply", finding("references", "apply", "Referee")))
    return apply_gate(today, GatePolicy(baseline=build_baseline(before), today=TODAY)).result


def test_the_gate_describes_each_fixed_entry_with_its_count() -> None:
    fixed = {(f.rule_id, f.target, f.field_label, f.count) for f in fixed_run().fixed}
    assert fixed == {("references", "apply", "Referee", 1), ("identity-document", "apply", "Passport number", 1)}


def test_html_and_markdown_list_the_fixed_findings() -> None:
    gated = fixed_run()
    html = REPORTERS["html"].render(gated, ReportOptions(include_screenshots=False))
    section = html[html.index("Fixed since the baseline</h3>"):]
    assert "Passport number" in section and "identity-document" in section
    markdown = REPORTERS["md"].render(gated, ReportOptions())
    assert "### Fixed since the baseline (2)" in markdown
    assert "- `identity-document` — “Passport number” on apply" in markdown


def test_sarif_leaves_fixed_findings_to_code_scanning_and_stays_valid() -> None:
    """Code scanning closes an alert when it is absent; an explicit result could reopen it."""
    document = json.loads(REPORTERS["sarif"].render(fixed_run(), ReportOptions()))
    validator = jsonschema.Draft7Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    assert [e.message for e in validator.iter_errors(document)] == []
    results = document["runs"][0]["results"]
    assert not any(r.get("baselineState") == "absent" or r.get("kind") == "pass" for r in results)
    assert not any("No longer found" in line for line in annotations_from_sarif(document))


def test_merging_shards_keeps_every_fixed_entry() -> None:
    gated = fixed_run()
    other = result(target("other"))
    assert merge_results([gated, other]).fixed == gated.fixed
