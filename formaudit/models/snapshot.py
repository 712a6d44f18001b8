"""The Snapshot: what a candidate's browser rendered, frozen so every later stage can run without one.

A snapshot is produced by ``formaudit.collect`` (a real browser) or ``formaudit.collect.static``
(a file's HTML read as is) and consumed by ``formaudit.extract``. It is the contract between the
only module that imports Playwright and the only module that imports BeautifulSoup.

The stitched ``html`` follows these conventions, all written by the collector:

* every open shadow root is serialised in place as ``<template shadowrootmode="open">``;
* the document of each child frame is placed in a sibling container right after its ``<iframe>``:
  ``<div data-fa-frame="0.1" data-fa-frame-url="...">…</div>`` (never inside the iframe, whose
  content HTML parsers treat as raw text);
* live state is stamped into attributes named by the ``ATTR_*`` constants below, because the
  ``value``/``checked``/``selected`` attributes of the markup go stale as soon as a script runs.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from formaudit.errors import SnapshotError
from formaudit.files import first_problem, read_json_file
from formaudit.models.binary import Base64Data
from formaudit.models.road import Road

SNAPSHOT_SCHEMA_VERSION = 1

# Attributes the collector stamps on elements; the extractor reads them.
ATTR_ID = "data-fa-id"  # stable id of an element within one snapshot; keys ``Snapshot.boxes``
ATTR_VISIBLE = "data-fa-visible"  # "true" / "false": rendered, non-zero size, not hidden by style
ATTR_VALUE = "data-fa-value"  # the live ``.value`` property
ATTR_CHECKED = "data-fa-checked"  # "true" / "false" for checkboxes, radios and ARIA checkables
ATTR_SELECTED = "data-fa-selected"  # "true" on options that are currently selected
ATTR_FRAME = "data-fa-frame"  # on the container that holds a child frame's document: its frame path
ATTR_FRAME_URL = "data-fa-frame-url"  # the child frame's URL
ATTR_FRAME_ERROR = "data-fa-frame-error"  # why a child frame's document could not be read
# Why a frame was left out on purpose (captcha widgets). Not an error: nothing reports it unreadable.
ATTR_FRAME_SKIPPED = "data-fa-frame-skipped"


class Box(BaseModel):
    """An element's border box in CSS pixels, relative to the top-left of the full page."""

    model_config = ConfigDict(frozen=True)

    x: float
    y: float
    width: float
    height: float


class Provenance(BaseModel):
    """Where and how a snapshot was taken; copied into every report for evidence."""

    model_config = ConfigDict(frozen=True)

    target: str = Field(description="The target as the user named it (URL or path).")
    final_url: str = Field(description="The URL after redirects, or a file:// URL.")
    collected_at: datetime
    mode: Literal["browser", "static"]
    formaudit_version: str
    browser_version: str | None = None
    viewport_width: int | None = None
    viewport_height: int | None = None


class FrameInfo(BaseModel):
    """One frame of the page: where it sits in the frame tree and whether its document was read."""

    model_config = ConfigDict(frozen=True)

    path: str = Field(description='"0" is the top document; "0.1" its second child frame, and so on.')
    url: str
    name: str | None = None
    error: str | None = None


class Snapshot(BaseModel):
    """Everything later stages need from a page, serialisable to disk (``save_snapshot``).

    ``html`` is the stitched document described in this module's docstring (shadow roots, frames and
    live values inlined), not the page's source. ``boxes`` map ``data-fa-id`` values to where each
    control sat on screen; empty for static snapshots. ``warnings`` name what the collector could not
    read; reports carry them so a partial read is never shown as clean.
    """

    model_config = ConfigDict(frozen=True)

    schema_version: int = SNAPSHOT_SCHEMA_VERSION
    provenance: Provenance
    html: str
    title: str | None = None
    frames: tuple[FrameInfo, ...] = ()
    boxes: dict[str, Box] = Field(default_factory=dict, description="Keyed by the data-fa-id attribute.")
    page_width: float | None = None
    page_height: float | None = None
    screenshot_png: Base64Data | None = Field(default=None, description="Full-page PNG, base64 in JSON.")
    warnings: tuple[str, ...] = ()
    road: Road | None = Field(default=None, description="How the collector got from the target to the form.")


def save_snapshot(snapshot: Snapshot, path: Path) -> Path:
    """Write a snapshot as one JSON file (screenshot inline) and return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(snapshot.model_dump_json(), encoding="utf-8")
    return path


def load_snapshot(path: Path) -> Snapshot:
    """Read a snapshot written by :func:`save_snapshot`, with a clear error if it cannot be used."""
    raw = read_json_file(path, what="snapshot file", error=SnapshotError)
    version = raw.get("schema_version") if isinstance(raw, dict) else None
    if version != SNAPSHOT_SCHEMA_VERSION:
        raise SnapshotError(
            f"{path}: snapshot schema version {version!r}, this formaudit reads {SNAPSHOT_SCHEMA_VERSION}"
        )
    try:
        return Snapshot.model_validate(raw)
    except ValidationError as exc:
        raise SnapshotError(f"{path}: invalid snapshot: {first_problem(exc)}") from exc
