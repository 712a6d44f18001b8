"""The check catalogue (checks/<id>/): example forms that must and must not be flagged.

Each folder holds small HTML forms and a ``cases.json``::

    {"check": "<id>", "cases": [{"file": "flagged-x.html", "stage": "application", "jurisdictions": ["GB"],
                                "description": "...",
                                "expect": [{"severity": "high", "field_label": "..."}]}]}

A case may also give ``"road": "<name>.json"``, a ``Road`` (how the collector reached the page: clicks,
a wall, a step indicator) that the road checks judge, as they judge a walked page.

A case runs the whole pure pipeline (static snapshot -> extract -> classify -> every built-in check)
and compares the findings of the folder's check: the same number, severities and field labels
(compared after ``formaudit.text.fold_question``; a null label is not compared). The meta-tests keep the
registry and the folders in step.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from formaudit.checks import load_checks, run_checks, run_road_checks
from formaudit.models.context import AuditContext, Stage
from formaudit.models.findings import Severity
from formaudit.models.road import Road
from formaudit.models.snapshot import Provenance, Snapshot
from formaudit.text import fold_question
from tests.support.paths import CATALOGUE

CATALOGUE = CATALOGUE
CHECKS = load_checks(plugins=False).checks
BUILTIN_IDS = sorted(c.meta.id for c in CHECKS)


def _folders() -> list[Path]:
    return sorted(p for p in CATALOGUE.iterdir() if p.is_dir())


def _cases(folder: Path) -> list[dict[str, Any]]:
    document = json.loads((folder / "cases.json").read_text(encoding="utf-8"))
    assert document["check"] == folder.name
    cases: list[dict[str, Any]] = document["cases"]
    return cases


ALL_CASES = [
    pytest.param(
        folder.name,
        case,
        id=f"{folder.name}/{case['file']}@{case.get('stage', 'application')}"
        f"{'+' + ','.join(case['jurisdictions']) if case.get('jurisdictions') else ''}",
    )
    for folder in _folders()
    for case in _cases(folder)
]


# --- meta-tests -----------------------------------------------------------------------------------


def test_every_builtin_check_has_a_catalogue_folder_and_every_folder_a_check() -> None:
    assert [p.name for p in _folders()] == BUILTIN_IDS


@pytest.mark.parametrize("check_id", BUILTIN_IDS)
def test_each_folder_has_flagged_and_clean_examples_that_exist(check_id: str) -> None:
    folder = CATALOGUE / check_id
    cases = _cases(folder)
    assert any(case["expect"] for case in cases), "no example that must be flagged"
    assert any(not case["expect"] for case in cases), "no example that must stay clean"
    for case in cases:
        assert (folder / case["file"]).is_file(), case["file"]
        if "road" in case:
            Road.model_validate_json((folder / case["road"]).read_text(encoding="utf-8"))
        Stage(case.get("stage", "application"))
        for expected in case["expect"]:
            Severity(expected["severity"])
    listed = {case["file"] for case in cases}
    assert {p.name for p in folder.glob("*.html")} == listed, "an HTML file no case uses, or the reverse"
    roads = {case["road"] for case in cases if "road" in case}
    assert {p.name for p in folder.glob("*.json")} - {"cases.json"} == roads, "a road file no case uses"


@pytest.mark.parametrize("check_id", BUILTIN_IDS)
def test_each_check_documents_why_how_and_where_to_read_more(check_id: str) -> None:
    meta = next(c.meta for c in CHECKS if c.meta.id == check_id)
    assert len(meta.title) > 10 and len(meta.rationale) > 80 and len(meta.remediation) > 15
    assert meta.references, "no reference"
    assert all(ref.url.startswith("https://") for ref in meta.references)
    assert all(rule.url.startswith("https://") for rule in meta.jurisdictions)
    assert meta.tags


# --- the catalogue itself ------------------------------------------------------------------------


def _snapshot(path: Path) -> Snapshot:
    provenance = Provenance(
        target=str(path),
        final_url=path.as_uri(),
        collected_at=datetime(2026, 1, 1, tzinfo=UTC),
        mode="static",
        formaudit_version="test",
    )
    return Snapshot(provenance=provenance, html=path.read_text(encoding="utf-8"))


def _label(value: str | None) -> str | None:
    return fold_question(value) if value is not None else None


@pytest.mark.parametrize(("check_id", "case"), ALL_CASES)
def test_catalogue_case(check_id: str, case: dict[str, Any]) -> None:
    from formaudit.classify import classify_form
    from formaudit.extract import extract

    path = CATALOGUE / check_id / case["file"]
    road = (Road.model_validate_json((CATALOGUE / check_id / case["road"]).read_text(encoding="utf-8"))
            if "road" in case else None)
    context = AuditContext(
        target=f"catalogue/{check_id}/{case['file']}",
        stage=Stage(case.get("stage", "application")),
        jurisdictions=tuple(case.get("jurisdictions", ())),
        road=road,
    )
    inventory = extract(_snapshot(path))
    found = []
    for form in inventory.forms:
        findings, failures = run_checks(CHECKS, classify_form(form), context)
        assert failures == []
        found += [f for f in findings if f.rule_id == check_id]
    if road is not None:
        findings, failures = run_road_checks(CHECKS, road, context)
        assert failures == []
        found += [f for f in findings if f.rule_id == check_id]
    expected = case["expect"]
    compare_labels = [e.get("field_label") is not None for e in expected]
    actual = Counter(
        (f.severity.value, _label(f.field_label) if all(compare_labels) else None) for f in found
    )
    wanted = Counter(
        (e["severity"], _label(e.get("field_label")) if all(compare_labels) else None) for e in expected
    )
    assert actual == wanted, "\n".join(f"{f.severity}: {f.field_label!r}: {f.message}" for f in found)
