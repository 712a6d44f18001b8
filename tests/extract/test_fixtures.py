"""Every fixture page under tests/fixtures/forms/ extracts to its expected inventory (static mode).

Each ``<name>.html`` has a ``<name>.expected.json`` listing every form and field in order with the
label, kind, required flag, visibility and options a candidate meets (plus whatever else the entry
pins: section, label source, group label...). Entries marked ``"modes": ["browser"]`` only exist
once a browser has run the page's scripts; the browser run of the same files uses the same lists.
"""

from __future__ import annotations

import pytest

from formaudit.extract import extract
from tests.extract.support import (
    FORMS_DIR,
    actual_forms,
    fixture_names,
    fixture_snapshot,
    in_mode,
    load_expected,
    wanted_forms,
)

FIXTURES = fixture_names()


def test_every_fixture_page_has_an_expected_inventory_and_the_reverse() -> None:
    pages = {p.stem for p in FORMS_DIR.glob("*.html")}
    expected = set(FIXTURES)
    frame_documents = {p for p in pages if p.endswith("-frame")}
    assert pages - frame_documents == expected
    assert len(expected) >= 14


@pytest.mark.parametrize("name", FIXTURES)
def test_static_extraction_matches_the_expected_inventory(name: str) -> None:
    expected = load_expected(name)
    inventory = extract(fixture_snapshot(name, expected))
    assert actual_forms(inventory, expected, "static") == wanted_forms(expected, "static")
    for warning in expected.get("warnings", []):
        if isinstance(warning, str):
            warning = {"text": warning}
        if in_mode(warning, "static"):
            assert warning["text"] in inventory.warnings
