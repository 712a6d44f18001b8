"""The road to the form in every report: clicks and their pages, walls, unread steps.

Saved snapshots carry a road as the collector records it; the whole pipeline audits them without a
browser, so these tests see what a user of each report sees.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest
from bs4 import BeautifulSoup

from formaudit.models.result import AuditResult, TargetResult
from formaudit.models.road import Road
from formaudit.models.snapshot import Provenance, Snapshot, save_snapshot
from formaudit.pipeline import RunOptions, TargetSpec, run_audit
from formaudit.reporters import REPORTERS, ReportOptions
from formaudit.reporters.terminal import summary_lines, to_text
from tests.support.paths import CATALOGUE
from tests.support.shared import shared_file

JPEG = b"\xff\xd8\xff\xe0 a page before a click"
JOB_POST = """<!doctype html><html lang="en"><head><title>Store Manager</title></head><body>
<h1>Store Manager</h1><p>Join our team in Leeds. We offer a pension and 25 days of holiday.</p></body></html>"""


def _snapshot(tmp: Path, name: str, html: str, road: Road) -> Path:
    provenance = Provenance(target=f"https://careers.example.com/{name}", final_url=road.start_url,
                            collected_at=datetime(2026, 12, 1, tzinfo=UTC), mode="browser",
                            formaudit_version="test")
    return save_snapshot(Snapshot(provenance=provenance, html=html, road=road), tmp / f"{name}.snapshot.json")


def _road(folder: str, name: str, **update: object) -> Road:
    road = Road.model_validate_json((CATALOGUE / folder / name).read_text(encoding="utf-8"))
    return road.model_copy(update=update)


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> AuditResult:
    tmp = tmp_path_factory.mktemp("roads")
    long_road = _road("long-road", "road-four-clicks.json")
    long_road = long_road.model_copy(update={"steps": tuple(
        s.model_copy(update={"screenshot_jpeg": JPEG}) for s in long_road.steps)})
    paths = [
        _snapshot(tmp, "long", (CATALOGUE / "long-road" / "flagged-after-four-clicks.html").read_text("utf-8"),
                  long_road),
        _snapshot(tmp, "wall", (CATALOGUE / "account-wall" / "flagged-sign-in-wall.html").read_text("utf-8"),
                  _road("account-wall", "road-email-code-wall.json")),
        _snapshot(tmp, "nothing", JOB_POST, Road(
            start_url="https://careers.example.com/jobs/store-manager", reached="nothing",
            note="no application form, and no control that leads to one (such as “Apply”), was found on this page",
            refused=("“Apply”: a submit button",))),
    ]
    specs = [TargetSpec(target=str(p), name=p.name.split(".")[0]) for p in paths]
    return run_audit(specs, RunOptions(browser=False, plugins=False))


def _target(result: AuditResult, name: str) -> TargetResult:
    return next(t for t in result.targets if t.target == name)


def render(result: AuditResult, name: str) -> str:
    return REPORTERS[name].render(result, ReportOptions())


def test_the_road_is_judged_once_per_page(result: AuditResult) -> None:
    long, wall, nothing = (_target(result, n) for n in ("long", "wall", "nothing"))
    assert [f.rule_id for f in long.findings if f.rule_id == "long-road"] == ["long-road"]
    assert next(f.message for f in long.findings if f.rule_id == "long-road").startswith(
        "Candidates click 4 times before the first question (“Reject all” → “View job” → “Apply” → “Continue”)")
    walls = [f for f in wall.findings if f.rule_id == "account-wall"]
    assert len(walls) == 1 and walls[0].severity.value == "medium" and walls[0].form_id is None
    assert "email" in walls[0].message and "after 1 click" in walls[0].message
    assert wall.error is None and any("email-code wall" in w for w in wall.warnings)
    assert nothing.error is not None and nothing.error.kind == "no-form"
    assert "no control that leads to one" in nothing.error.message


def test_json_keeps_the_road_and_its_pictures_only_when_screenshots_are_wanted(result: AuditResult) -> None:
    with_pictures = json.loads(render(result, "json"))
    long = next(t["road"] for t in with_pictures["targets"] if t["target"] == "long")
    assert all(s["screenshot_jpeg"] for s in long["steps"])
    document = json.loads(REPORTERS["json"].render(result, ReportOptions(include_screenshots=False)))
    roads = {t["target"]: t["road"] for t in document["targets"]}
    assert [s["text"] for s in roads["long"]["steps"]] == ["Reject all", "View job", "Apply", "Continue"]
    assert all(s["screenshot_jpeg"] is None for s in roads["long"]["steps"])
    assert roads["wall"]["wall"]["kind"] == "email-code"
    from formaudit.reporters.json_report import json_schema

    jsonschema.validate(document, json_schema())


def test_html_shows_the_road_with_a_picture_per_click(result: AuditResult) -> None:
    soup = BeautifulSoup(render(result, "html"), "html.parser")
    sections = soup.select("section.road")
    assert len(sections) == 3
    long = next(s for s in sections if "Reject all" in s.get_text())
    assert len(long.select("img[src^='data:image/jpeg;base64,']")) == 4
    assert "4 clicks to the first question" in long.get_text()
    wall = next(s for s in sections if "email-code" in s.get_text())
    assert "never signs in" in wall.get_text()
    nothing = next(s for s in sections if "no application form reached" in s.get_text())
    assert "a submit button" in nothing.get_text()


def test_markdown_junit_sarif_and_the_terminal_say_where_the_road_went(result: AuditResult) -> None:
    markdown = render(result, "md").replace("\\", "")
    assert "### Roads to the forms" in markdown and "stopped at an email-code wall, asking for email" in markdown
    root = ET.fromstring(render(result, "junit"))
    roads = {suite.get("name"): next(p.get("value") for p in suite.iter("property") if p.get("name") == "road")
             for suite in root.iter("testsuite")}
    assert (roads["long"] or "").startswith("4 clicks to the first question")
    sarif = json.loads(render(result, "sarif"))
    walled = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "account-wall"]
    assert walled and "email-code wall" in walled[0]["properties"]["road"]
    schema = json.loads(shared_file("data", "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(sarif)
    text = to_text(summary_lines(result, width=200))
    assert "road: stopped at an email-code wall" in text
