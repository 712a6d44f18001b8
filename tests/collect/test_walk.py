"""From a job post to its form in a real browser, on fixture careers sites, never sending anything.

The sites in ``tests/fixtures/sites/`` are modelled on real careers sites and ATS flows (their README
says which: Greenhouse, Lever, OneTrust, Workday, iCIMS, Usercentrics, Didomi ...). Each site's
``expected.json`` says what a careful candidate would click, where they would end (a form, a wall,
nothing), and which requests must never reach the server. Every test serves the sites on 127.0.0.1
and records every request.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from formaudit.checks import load_checks
from formaudit.collect import CollectOptions, CollectRequest, collect_many
from formaudit.models.road import RoadAction
from formaudit.models.snapshot import Snapshot
from formaudit.pipeline import TargetSpec, audit_snapshot
from formaudit.text import fold
from tests.support.cli import run_installed
from tests.support.paths import FIXTURES
from tests.support.server import LocalServer, serve

pytestmark = pytest.mark.browser

SITES = FIXTURES / "sites"
# Written blind, by someone who never saw the walking code (one site: its writer ran out of time).
BLIND_SITES = FIXTURES / "road"
SENDING = ("POST", "PUT", "PATCH", "DELETE")


def _sites() -> list[Any]:
    return [pytest.param(root, path.parent.name, id=f"{root.name}/{path.parent.name}")
            for root in (SITES, BLIND_SITES) for path in sorted(root.glob("*/expected.json"))]


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with serve(SITES) as local:
        yield local


def _expected(site: str, root: Path = SITES) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((root / site / "expected.json").read_text(encoding="utf-8"))
    return loaded


def _walk(server: LocalServer, site: str, entry: str) -> Snapshot:
    [result] = collect_many([CollectRequest(target=server.url(f"{site}/{entry}"))],
                            CollectOptions(timeout_s=40, screenshot=True))
    assert isinstance(result, Snapshot), result
    return result


def _requested(server: LocalServer) -> list[tuple[str, str, dict[str, list[str]]]]:
    seen = []
    for line in server.requests:
        method, _, target = line.partition(" ")
        parts = urlsplit(target)
        seen.append((method, parts.path, parse_qs(parts.query)))
    return seen


def _matches(request: tuple[str, str, dict[str, list[str]]], forbidden: dict[str, Any]) -> bool:
    method, path, query = request
    if method != forbidden.get("method", method) or path.rstrip("/") != forbidden["path"].rstrip("/"):
        return False
    return all(str(value) in query.get(key, []) for key, value in forbidden.get("query", {}).items())


@pytest.mark.parametrize(("root", "site"), _sites())
def test_the_walk_reaches_the_form_or_the_wall_and_sends_nothing(root: Path, site: str) -> None:
    expected = _expected(site, root)
    with serve(root) as server:
        _check_site(server, site, expected)


def _check_site(server: LocalServer, site: str, expected: dict[str, Any]) -> None:
    snapshot = _walk(server, site, expected["entry"])
    road = snapshot.road
    assert road is not None
    clicks = [step.text for step in road.steps if step.action is RoadAction.CLICK]
    cookies = [step.text for step in road.steps if step.action is RoadAction.COOKIES]
    assert road.reached == expected["reaches"], (road.note, clicks, road.refused)
    assert [fold(c) for c in clicks] == [fold(c) for c in expected["clicks"]], road.refused
    assert cookies == ([expected["cookie_choice"]] if expected.get("cookie_choice") else [])
    assert (road.wall.kind.value if road.wall else None) == expected.get("wall")
    assert (road.flow.total if road.flow else None) == expected.get("steps_total")

    result, failures = audit_snapshot(snapshot, TargetSpec(target=snapshot.provenance.target),
                                      load_checks(plugins=False).checks)
    assert failures == []
    questions = [fold(f.field.question) for form in result.forms for f in form.classified.fields if f.field.visible]
    for wanted in expected.get("questions_include", ()):
        assert any(fold(wanted) in q for q in questions), (wanted, questions)

    found = {f.rule_id for f in result.findings}
    assert set(expected.get("findings_include", ())) <= found, found
    assert (result.error is not None) == (expected["reaches"] == "nothing")  # nothing reached: never clean

    requests = _requested(server)
    assert not [r for r in requests if r[0] in SENDING], "a request that sends data reached the server"
    for forbidden in expected.get("never_requested", ()):
        assert not [r for r in requests if _matches(r, forbidden)], forbidden


def test_the_html_report_shows_the_road_with_its_screenshots(server: LocalServer, tmp_path: Path) -> None:
    site = next((p.parent.name for p in sorted(SITES.glob("*/expected.json"))
                 if _expected(p.parent.name)["reaches"] == "wall"), None)
    assert site is not None, "no fixture site ends at a wall"
    entry = _expected(site)["entry"]
    outcome = run_installed(tmp_path, "audit", server.url(f"{site}/{entry}"), "--format", "html",
                            "--output-dir", str(tmp_path))
    html = (tmp_path / "formaudit.html").read_text(encoding="utf-8")
    assert outcome.returncode == 1, outcome.stdout + outcome.stderr  # the wall fails the default gate
    assert "Road to the form" in html and "data:image/jpeg;base64," in html
    assert "account-wall" in html or "captcha" in html
