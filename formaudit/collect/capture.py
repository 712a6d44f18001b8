"""Reading a settled page: every frame stamped and serialised, stitched into one document, plus boxes.

Two passes over Playwright's frame tree. First each child frame's ``<iframe>`` is marked in its
parent and its position measured (so child boxes can be moved into page coordinates); then every
frame runs ``capture.js`` at once. Marking first matters: the parent's HTML must carry the
marks when it is serialised.
"""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from formaudit.collect import scripts
from formaudit.collect.failures import first_line
from formaudit.collect.frames import CAPTCHA_URL, frame_paths
from formaudit.collect.stitch import FrameDocument, stitch_frames
from formaudit.models.snapshot import Box, FrameInfo

if TYPE_CHECKING:
    from playwright.async_api import Frame, Page

CAPTCHA_SKIPPED = "captcha"
INSIDE_CAPTCHA = "inside-captcha"
OVER_LIMIT = "its document is larger than the size limit"
MAX_TEXT = 2000
# Real application forms use a handful of frames (an ATS embed, a captcha, a consent banner). A page with
# hundreds is hostile or broken; reading each would spend the whole time budget and bury the report in
# warnings, so frames past the limit (nearest the top first) are left out with one warning.
MAX_FRAMES = 40
OVER_FRAME_LIMIT = "over-frame-limit"
MAX_FRAME_WARNINGS = 3


@dataclass
class CapturedPage:
    html: str
    frames: list[FrameInfo]
    boxes: dict[str, Box]
    title: str | None
    content_type: str
    width: float | None
    height: float | None
    html_chars: int  # before stitching and stripping
    too_large: bool  # the top document was over the limit and was not even transferred
    submissions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


async def _bounded(awaitable: Any, deadline: float) -> Any:
    remaining = deadline - asyncio.get_running_loop().time()
    if remaining <= 0:
        if asyncio.iscoroutine(awaitable):
            awaitable.close()  # never started: close it, or Python warns that it was never awaited
        raise TimeoutError
    return await asyncio.wait_for(awaitable, remaining)


async def _mark_child(child: Frame, slot: str, deadline: float) -> tuple[float, float, float, float]:
    element = await _bounded(child.frame_element(), deadline)
    try:
        argument = {"attribute": scripts.FRAME_SLOT_ATTRIBUTE, "slot": slot}
        mark = await _bounded(element.evaluate(scripts.script("mark_frame"), argument), deadline)
    finally:
        await element.dispose()
    return float(mark["x"]), float(mark["y"]), float(mark["scrollX"]), float(mark["scrollY"])


async def capture_page(page: Page, *, deadline: float, max_chars: int) -> CapturedPage:
    paths = frame_paths(page)
    nonce = secrets.token_hex(6) + ":"
    origins: dict[str, tuple[float, float]] = {}
    skipped: dict[str, str] = {}
    by_depth = sorted(paths, key=lambda p: (p.count("."), tuple(int(part) for part in p.split("."))))
    for path in by_depth[MAX_FRAMES + 1:]:
        skipped[path] = OVER_FRAME_LIMIT
    for path in by_depth:
        if path == "0" or path in skipped:
            continue
        parent = path.rsplit(".", 1)[0]
        if parent in skipped or CAPTCHA_URL.search(paths[parent].url or ""):
            skipped[path] = INSIDE_CAPTCHA
            continue
        if CAPTCHA_URL.search(paths[path].url or ""):
            skipped[path] = CAPTCHA_SKIPPED  # still marked below, so its container sits after its iframe
        try:
            x, y, scroll_x, scroll_y = await _mark_child(paths[path], nonce + path, deadline)
        except Exception:
            continue  # captured all the same; stitching appends it and says so, and it gets no boxes
        # The top document's viewport sits at its scroll offset in page coordinates; a child's
        # viewport sits where its parent's iframe content box is.
        if parent == "0" or parent in origins:
            parent_x, parent_y = origins.get(parent, (scroll_x, scroll_y))
            origins[path] = (parent_x + x, parent_y + y)

    async def capture(path: str) -> Any:
        if path in skipped:
            raise _Skipped(skipped[path])
        argument: dict[str, Any] = {"prefix": path, "originX": 0.0, "originY": 0.0, "isTop": path == "0",
                                    "maxChars": max_chars, "attributes": scripts.CAPTURE_ATTRIBUTES}
        if path in origins:
            argument["originX"], argument["originY"] = origins[path]
        result = await _bounded(paths[path].evaluate(scripts.script("capture"), argument), deadline)
        if path != "0" and path not in origins and isinstance(result, dict):
            result["boxes"] = {}  # without the frame's position its boxes would be wrong, not just missing
        return result

    ordered = sorted(paths, key=lambda p: tuple(int(part) for part in p.split(".")))
    results = await asyncio.gather(*(capture(path) for path in ordered), return_exceptions=True)
    if isinstance(results[0], BaseException):
        raise results[0]
    top: dict[str, Any] = results[0]
    documents: list[FrameDocument] = []
    frames: list[FrameInfo] = []
    boxes: dict[str, Box] = {}
    warnings: list[str] = []
    unread: list[str] = []
    submissions: list[str] = []
    html_chars = 0
    for path, result in zip(ordered, results, strict=True):
        frame = paths[path]
        url, name = _clip(frame.url), _clip(frame.name) or None
        if isinstance(result, dict):
            html_chars += int(result.get("length") or 0)
        if isinstance(result, _Skipped) and str(result) == OVER_FRAME_LIMIT:
            # Never marked in its parent: left out of the stitched page altogether, listed in the snapshot.
            frames.append(FrameInfo(path=path, url=url, name=name, error="left out: over the frame limit"))
            continue
        if isinstance(result, _Skipped):
            documents.append(FrameDocument(path, url, skipped=str(result)))
            frames.append(FrameInfo(path=path, url=url, name=name))
            continue
        reason = _failure_reason(result)
        if reason is not None or not isinstance(result, dict):
            reason = reason or "its document could not be read"
            documents.append(FrameDocument(path, url, error=reason))
            frames.append(FrameInfo(path=path, url=url, name=name, error=reason))
            unread.append(f"frame {path} ({url}): {reason}")
            continue
        documents.append(FrameDocument(path, url, str(result["html"]), lang=result.get("lang") or None))
        frames.append(FrameInfo(path=path, url=url, name=name))
        submissions.extend(str(s) for s in result.get("submissions") or [])
        for box_id, (x, y, width, height) in (result.get("boxes") or {}).items():
            boxes[str(box_id)] = Box(x=x, y=y, width=width, height=height)
    warnings.extend(unread[:MAX_FRAME_WARNINGS])
    if len(unread) > MAX_FRAME_WARNINGS:
        warnings.append(f"{len(unread) - MAX_FRAME_WARNINGS} more frames could not be read")
    over = sum(1 for reason in skipped.values() if reason == OVER_FRAME_LIMIT)
    if over:
        warnings.append(f"the page has {len(paths) - 1} frames; formaudit reads the first {MAX_FRAMES} "
                        f"(nearest the top) and left {over} out")
    html, stitch_warnings = stitch_frames(documents, nonce)
    return CapturedPage(
        html=html,
        frames=frames,
        boxes=boxes,
        title=_clip(" ".join(str(top.get("title") or "").split())) or None,
        content_type=str(top.get("contentType") or ""),
        width=_number(top.get("width")),
        height=_number(top.get("height")),
        html_chars=html_chars,
        too_large=top.get("html") is None,
        submissions=submissions,
        warnings=warnings + stitch_warnings,
    )


class _Skipped(Exception):
    """A frame deliberately or unavoidably left out; the message is the reason recorded for it."""


def _failure_reason(result: object) -> str | None:
    """Why a frame's capture gave no HTML, or None when it did."""
    if isinstance(result, BaseException):
        return f"its document could not be read: {first_line(result)}"
    if not isinstance(result, dict):
        return "its document could not be read"
    if result.get("html") is None:
        return OVER_LIMIT
    return None


def _clip(text: str, limit: int = MAX_TEXT) -> str:
    """Hostile pages can make titles and data: URLs megabytes long; a snapshot needs the start."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None
