"""Waiting until a page has finished building its form, without waiting longer than needed.

A page is settled when any of these holds in every frame:

* the DOM has been quiet for ``settle_ms`` (the classic rule), or for three times that while a
  request or a short timer that may still change it is pending;
* the page is idle: loaded, no request for a document, script or data in flight, no fetch, XHR or
  short timer pending, and nothing changed or was scheduled for a short grace period;
* the page has no scripts at all, is loaded and has nothing in flight: nothing can change it.

The last two let ordinary pages through in tens of milliseconds instead of ``settle_ms``; pages
that keep scheduling work fall back to the first rule. A page that never settles is collected when
its time is up, with a warning, rather than lost.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from formaudit.collect import scripts
from formaudit.collect.frames import CAPTCHA_URL

if TYPE_CHECKING:
    from playwright.async_api import Frame, Page, Request

IDLE_GRACE_MS = 50
PATIENCE = 3  # how many quiet periods to wait while requests or timers are still pending
POLL_S = 0.025
# Requests that can still change the DOM when they complete; images and fonts only change pixels.
_WATCHED_TYPES = frozenset({"document", "script", "xhr", "fetch"})


class NetworkActivity:
    """Counts watched requests in flight for one page."""

    def __init__(self, page: Page) -> None:
        self._in_flight: set[Request] = set()
        page.on("request", self._started)
        page.on("requestfinished", self._ended)
        page.on("requestfailed", self._ended)

    def _started(self, request: Request) -> None:
        if request.resource_type in _WATCHED_TYPES:
            self._in_flight.add(request)

    def _ended(self, request: Request) -> None:
        self._in_flight.discard(request)

    @property
    def in_flight(self) -> int:
        return len(self._in_flight)


@dataclass(frozen=True)
class FrameActivity:
    since_change_ms: float
    since_scheduled_ms: float
    pending: int  # fetches, XHRs, body reads and one-shot timers of at most settle_ms
    ready: bool
    scripts: int
    intervals: int = 0  # repeating timers of at most settle_ms

    @classmethod
    def from_probe(cls, raw: Any) -> FrameActivity | None:
        if not isinstance(raw, dict):
            return None
        try:
            return cls(float(raw["sinceChange"]), float(raw["sinceScheduled"]), int(raw["pending"]),
                       bool(raw["ready"]), int(raw["scripts"]), int(raw.get("intervals", 0)))
        except (KeyError, TypeError, ValueError):
            return None


@dataclass(frozen=True)
class SettleOutcome:
    settled: bool
    waited_s: float
    rule: str  # "quiet", "idle", "static" or "timeout": which rule ended the wait


def judge(frames: list[FrameActivity], in_flight: int, settle_ms: int) -> str | None:
    """Which rule says the page is settled, or None to keep waiting. Pure, so it is easy to test."""
    if not frames:
        return None
    quiet_ms = min(f.since_change_ms for f in frames)
    working = bool(in_flight) or any(f.pending for f in frames)
    # Quiet is enough, unless a request or a timer that will change the page is still due; then
    # give it longer (a slow API answer), but not forever (long polling, timer chains).
    if quiet_ms >= settle_ms * (PATIENCE if working else 1):
        return "quiet"
    if working or not all(f.ready and f.intervals == 0 for f in frames):
        return None
    if all(f.scripts == 0 for f in frames):
        return "static"
    grace = min(settle_ms, IDLE_GRACE_MS)
    if all(f.since_change_ms >= grace and f.since_scheduled_ms >= grace for f in frames):
        return "idle"
    return None


async def _probe(frame: Frame, install: str, budget_s: float) -> FrameActivity | None:
    try:
        raw = await asyncio.wait_for(frame.evaluate(scripts.script("probe")), budget_s)
        if raw is None:
            # A frame whose document was written by script never ran the init script: watch it now.
            await asyncio.wait_for(frame.evaluate(install), budget_s)
            raw = await asyncio.wait_for(frame.evaluate(scripts.script("probe")), budget_s)
    except Exception:  # detached, navigating or crashed frames cannot vouch for anything
        return None
    return FrameActivity.from_probe(raw)


async def wait_until_settled(page: Page, network: NetworkActivity, *, settle_ms: int, deadline: float,
                             install: str) -> SettleOutcome:
    """Poll every frame until :func:`judge` agrees, or until the loop clock reaches ``deadline``."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    while True:
        remaining = deadline - loop.time()
        if remaining <= 0:
            return SettleOutcome(False, loop.time() - started, "timeout")
        # Captcha widgets animate and poll forever and are never read: they do not get a say.
        frames = [frame for frame in page.frames if not frame.is_detached()
                  and (frame is page.main_frame or not CAPTCHA_URL.search(frame.url))]
        probes = await asyncio.gather(*(_probe(frame, install, max(remaining, 0.01)) for frame in frames))
        main_probe = probes[0] if frames and frames[0] is page.main_frame else None
        activity = [probe for probe in probes if probe is not None]
        rule = judge(activity, network.in_flight, settle_ms) if main_probe is not None else None
        if rule is not None:
            return SettleOutcome(True, loop.time() - started, rule)
        await asyncio.sleep(min(POLL_S, max(deadline - loop.time(), 0)))
