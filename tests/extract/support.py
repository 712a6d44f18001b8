"""Building snapshots for extraction tests, and comparing inventories with expected files."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from formaudit.models.fields import Field, PageInventory
from formaudit.models.snapshot import Provenance, Snapshot
from tests.support.paths import FIXTURES

FORMS_DIR = FIXTURES / "forms"
_IFRAME = re.compile(r'(<iframe\b[^>]*\bsrc="(?P<src>[^"]+)"[^>]*>\s*</iframe>)', re.IGNORECASE)
_BODY = re.compile(r"<body[^>]*>(?P<body>.*)</body>", re.IGNORECASE | re.DOTALL)


def static_snapshot(html: str, target: str = "test.html", mode: str = "static") -> Snapshot:
    return Snapshot(
        provenance=Provenance(
            target=target,
            final_url=f"file:///{target}",
            collected_at=datetime(2026, 1, 1, tzinfo=UTC),
            mode=mode,  # type: ignore[arg-type]
            formaudit_version="test",
        ),
        html=html,
    )


def stitch_frames(html: str, base: Path) -> str:
    """Do what the collector does with child frames: their document in a container after the iframe."""
    counter = iter(range(1, 1000))

    def container(match: re.Match[str]) -> str:
        src = match.group("src")
        inner = (base / src).read_text(encoding="utf-8")
        body = _BODY.search(inner)
        content = body.group("body") if body else inner
        opening = f'<div data-fa-frame="0.{next(counter)}" data-fa-frame-url="{src}">'
        return f"{match.group(1)}{opening}{content}</div>"

    return _IFRAME.sub(container, html)


def fixture_names() -> list[str]:
    return sorted(p.name.removesuffix(".expected.json") for p in FORMS_DIR.glob("*.expected.json"))


def load_expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FORMS_DIR / f"{name}.expected.json").read_text(encoding="utf-8"))
    return data


def fixture_snapshot(name: str, expected: dict[str, Any]) -> Snapshot:
    html = (FORMS_DIR / f"{name}.html").read_text(encoding="utf-8")
    if expected.get("stitch_frames"):
        html = stitch_frames(html, FORMS_DIR)
    return static_snapshot(html, target=f"{name}.html")


def in_mode(entry: dict[str, Any], mode: str) -> bool:
    return mode in entry.get("modes", ("static", "browser"))


def describe(field: Field) -> dict[str, Any]:
    """The parts of a field the expected files pin, in their format."""
    return {
        "label": field.label,
        "kind": field.kind.value,
        "required": field.required,
        "visible": field.visible,
        "options": [o.label for o in field.options],
        "section": field.section,
        "label_source": field.label_source.value,
        "group_label": field.group_label,
        "description": field.description,
        "value": field.value,
        "accept": list(field.accept),
        "multiple": field.multiple,
        "frame_url": field.frame_url,
    }


_DEFAULTS: dict[str, Any] = {"required": False, "visible": True, "options": []}


def expected_field(entry: dict[str, Any]) -> dict[str, Any]:
    """An expected entry with defaults filled in, limited to the keys it pins."""
    pinned = {k: v for k, v in entry.items() if k not in ("modes", "why")}
    for key, value in _DEFAULTS.items():
        pinned.setdefault(key, value)
    return pinned


def actual_forms(inventory: PageInventory, expected: dict[str, Any], mode: str) -> list[dict[str, Any]]:
    """The inventory cut down to the keys each expected field pins, for one readable diff."""
    forms = [f for f in expected["forms"] if in_mode(f, mode)]
    result = []
    for form, want in zip(inventory.forms, forms, strict=False):
        fields = [f for f in want["fields"] if in_mode(f, mode)]
        got = []
        for index, field in enumerate(form.fields):
            keys = expected_field(fields[index]).keys() if index < len(fields) else ("label", "kind")
            described = describe(field)
            got.append({k: described[k] for k in keys})
        entry: dict[str, Any] = {"fields": got}
        if "title" in want:
            entry["title"] = form.title
        result.append(entry)
    for extra in inventory.forms[len(forms) :]:
        result.append({"fields": [{"label": f.label, "kind": f.kind.value} for f in extra.fields]})
    return result


def wanted_forms(expected: dict[str, Any], mode: str) -> list[dict[str, Any]]:
    result = []
    for form in expected["forms"]:
        if not in_mode(form, mode):
            continue
        entry: dict[str, Any] = {"fields": [expected_field(f) for f in form["fields"] if in_mode(f, mode)]}
        if "title" in form:
            entry["title"] = form["title"]
        result.append(entry)
    return result
