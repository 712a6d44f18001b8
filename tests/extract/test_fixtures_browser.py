"""The fixture pages again, served on 127.0.0.1 and collected by a real Chromium.

Same expected files as the static test, with the entries marked ``"modes": ["browser"]`` (content
that only exists once scripts run) and without those marked static-only. Fails, never skips, when
no browser can be found.
"""

from __future__ import annotations

import pytest

from formaudit.collect import CollectOptions, CollectRequest, collect_many
from formaudit.extract import extract
from formaudit.models.fields import PageInventory
from formaudit.models.snapshot import Snapshot
from tests.extract.support import actual_forms, fixture_names, in_mode, load_expected, wanted_forms
from tests.support.server import LocalServer

pytestmark = pytest.mark.browser

FIXTURES = fixture_names()


@pytest.fixture(scope="module")
def collected(fixture_server: LocalServer) -> dict[str, Snapshot]:
    requests = [CollectRequest(target=fixture_server.url(f"forms/{name}.html")) for name in FIXTURES]
    results = collect_many(requests, CollectOptions(screenshot=False, timeout_s=30), concurrency=2)
    snapshots: dict[str, Snapshot] = {}
    for name, result in zip(FIXTURES, results, strict=True):
        assert isinstance(result, Snapshot), f"{name}: {result}"
        snapshots[name] = result
    return snapshots


@pytest.mark.parametrize("name", FIXTURES)
def test_browser_extraction_matches_the_expected_inventory(name: str, collected: dict[str, Snapshot]) -> None:
    expected = load_expected(name)
    inventory: PageInventory = extract(collected[name])
    assert actual_forms(inventory, expected, "browser") == wanted_forms(expected, "browser")
    for warning in expected.get("warnings", []):
        if isinstance(warning, str):
            warning = {"text": warning}
        if in_mode(warning, "browser"):
            assert warning["text"] in inventory.warnings
