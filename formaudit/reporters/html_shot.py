"""The screenshot in the HTML report: numbered markers on the flagged fields, and a crop to the form.

Markers are SVG shapes laid over the image whose positions are percentages of the page's width and
height, so they scale with the image at any size and need no style attributes (which a hash-based CSP
would block). One marker per flagged field, numbered top to bottom as a candidate reads the page.
"""

from __future__ import annotations

import base64
import struct
from dataclasses import dataclass

from formaudit.models.findings import Finding, Severity
from formaudit.models.result import TargetResult
from formaudit.models.snapshot import Box
from formaudit.reporters import digest

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class Marker:
    number: int
    element_id: str
    href: str
    severity: Severity
    label: str
    x: str
    y: str
    width: str
    height: str
    middle: str  # vertical centre of the box, where the number sits (just left of the box)


@dataclass(frozen=True)
class Crop:
    """The part of the page's width that holds its fields, as CSS percentages of the shown width."""

    frame_width: str
    shift_left: str


@dataclass(frozen=True)
class Screenshot:
    element_id: str
    data_uri: str
    width: int
    height: int
    markers: tuple[Marker, ...]
    crop: Crop | None


def png_size(png: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG's header, or None when the bytes are not a PNG."""
    if len(png) < 24 or not png.startswith(PNG_SIGNATURE) or png[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", png[16:24])
    return (width, height) if width and height else None


def _pct(value: float, whole: float) -> str:
    return f"{min(max(value / whole * 100, 0.0), 100.0):.3f}%"


def _box_size(box: Box, page_width: float, page_height: float) -> tuple[str, str]:
    # A marker never shrinks below a few pixels' worth, so a hidden-ish 1px field still shows.
    width = max(box.width, page_width * 0.004)
    height = max(box.height, page_height * 0.002)
    return _pct(min(width, page_width - max(box.x, 0)), page_width), _pct(
        min(height, page_height - max(box.y, 0)), page_height
    )


def markers_for(
    target: TargetResult, anchor: str, pairs: list[tuple[Finding, str]], page: tuple[float, float]
) -> dict[str, Marker]:
    """One numbered marker per flagged field with a box, numbered top to bottom as the page reads."""
    page_width, page_height = page
    by_field: dict[str, list[tuple[Finding, str, Box]]] = {}
    for finding, finding_anchor in pairs:
        key = marker_key(target, finding)
        classified = digest.field_for(target, finding)
        box = classified.field.box if classified else None
        if key is None or box is None or box.x >= page_width or box.y >= page_height:
            continue
        by_field.setdefault(key, []).append((finding, finding_anchor, box))
    ordered = sorted(by_field.items(), key=lambda item: (item[1][0][2].y, item[1][0][2].x, item[0]))
    markers: dict[str, Marker] = {}
    for number, (key, hits) in enumerate(ordered, start=1):
        findings = digest.worst_first(f for f, _, _ in hits)
        first = findings[0]
        box = hits[0][2]
        href = next(a for f, a, _ in hits if f is first)
        count = len(hits)
        question = first.field_label or "this question"
        width, height = _box_size(box, page_width, page_height)
        markers[key] = Marker(
            number=number,
            element_id=f"{anchor}-m{number}",
            href=f"#{href}",
            severity=first.severity,
            label=f"Marker {number}: {question} ({count} finding{'s' if count > 1 else ''}, "
            f"worst {first.severity.value})",
            x=_pct(box.x, page_width),
            y=_pct(box.y, page_height),
            width=width,
            height=height,
            middle=_pct(box.y + box.height / 2, page_height),
        )
    return markers


def field_key(form_id: str, field_id: str) -> str:
    return f"{form_id}\x1f{field_id}"


def marker_key(target: TargetResult, finding: Finding) -> str | None:
    located = digest.locate(target, finding)
    return field_key(located[0].classified.form.form_id, located[1].field.field_id) if located else None


# Careers pages centre a narrow form on a wide page; showing the whole width would shrink the form
# until it cannot be read. The screenshot is cut to the fields' columns plus this margin (page pixels).
CROP_MARGIN = 72.0
CROP_WORTH_IT = 0.8  # crop only when it removes at least a fifth of the width


def crop_for(target: TargetResult, page_width: float) -> Crop | None:
    boxes = [
        f.field.box
        for form in target.forms
        for f in form.classified.fields
        if f.field.box is not None and f.field.visible and f.field.box.width > 0
    ]
    if not boxes:
        return None
    left = max(min(b.x for b in boxes) - CROP_MARGIN, 0.0)
    right = min(max(b.x + b.width for b in boxes) + CROP_MARGIN, page_width)
    shown = right - left
    if shown <= 0 or shown > page_width * CROP_WORTH_IT:
        return None
    return Crop(frame_width=f"{page_width / shown * 100:.3f}%", shift_left=f"{-left / shown * 100:.3f}%")


def screenshot(
    target: TargetResult, anchor: str, markers: dict[str, Marker], page_width: float
) -> Screenshot | None:
    png = target.screenshot_png
    size = png_size(png) if png else None
    if png is None or size is None:
        return None
    return Screenshot(
        element_id=f"{anchor}-shot",
        data_uri="data:image/png;base64," + base64.b64encode(png).decode("ascii"),
        width=size[0],
        height=size[1],
        markers=tuple(sorted(markers.values(), key=lambda m: m.number)),
        crop=crop_for(target, page_width),
    )


def page_size(target: TargetResult) -> tuple[float, float] | None:
    if target.page_width and target.page_height:
        return target.page_width, target.page_height
    size = png_size(target.screenshot_png) if target.screenshot_png else None
    return (float(size[0]), float(size[1])) if size else None
