"""One target in a fresh, isolated browser context: load, settle, find the form, capture, screenshot.

Finding the form: the config's steps when it gives them; otherwise formaudit walks from the page to
the form itself (``walk.py``: cookie banner, Apply, Apply manually, up to ``options.max_clicks``) and
records the road, stopping at walls. Either way the snapshot says where it ended.

Time: the whole target gets ``options.timeout_s``. Waiting for the load event may use the first
half (one hung tracking pixel must not eat the whole budget); settling and steps may go on to three
quarters; capturing and the screenshot get the rest. So a page that never finishes loading or
never stops changing is still collected, with a warning, instead of timing out.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from formaudit.collect import failures
from formaudit.collect.capture import CapturedPage, capture_page
from formaudit.collect.guard import NetworkGuard, origin_of
from formaudit.collect.options import CollectOptions, CollectRequest
from formaudit.collect.screenshot import full_page_png
from formaudit.collect.settle import NetworkActivity, SettleOutcome, wait_until_settled
from formaudit.collect.steps import run_steps
from formaudit.collect.walk import RoadWalk
from formaudit.collect.watch import PageWatch, quietly
from formaudit.errors import TargetContentError, TargetError, TargetHTTPError, TargetTimeoutError
from formaudit.models.snapshot import Provenance, Snapshot
from formaudit.version import __version__

if TYPE_CHECKING:
    from playwright.async_api import Browser, BrowserContext, Page

LOAD_EVENT_SHARE = 0.5
LOADING_SHARE = 0.75
CLOSE_TIMEOUT_S = 5.0
# The in-page size check runs before the HTML leaves the browser; scripts and styles are stripped
# later, so only refuse there what could never fit afterwards.
IN_PAGE_SIZE_FACTOR = 4


@dataclass(frozen=True)
class RunSettings:
    """What every target of one run shares."""

    browser_version: str
    init_script: str
    user_agent: str | None = None
    storage_state: Path | None = None
    # Origins that receive the options' headers and cookies; None: each target's own origin.
    auth_origins: tuple[str, ...] | None = None


async def _has_crashed(page: Page) -> bool:
    """Whether the tab is dead: a crash can surface as an aborted navigation before its event arrives."""
    try:
        await asyncio.wait_for(page.evaluate("1"), 2.0)
    except Exception as exc:
        return "crash" in str(exc).lower()
    return False


def _cookie_dicts(options: CollectOptions, url: str, auth_origins: tuple[str, ...] | None = None) -> list[Any]:
    if auth_origins is not None and origin_of(url) not in auth_origins:
        return []  # this target's site is not one the credentials are meant for
    cookies: list[Any] = []
    for cookie in options.cookies:
        entry: dict[str, Any] = {"name": cookie.name, "value": cookie.value.get_secret_value()}
        if cookie.url:
            entry["url"] = cookie.url
        elif cookie.domain:
            entry.update(domain=cookie.domain, path=cookie.path)
        elif origin_of(url):
            entry["url"] = url  # no scope given: the cookie belongs to the target's own site
        else:
            continue  # a local file has no site to send it to
        cookies.append(entry)
    return cookies


class TargetCollection:
    def __init__(self, browser: Browser, request: CollectRequest, options: CollectOptions, url: str,
                 settings: RunSettings) -> None:
        self.browser, self.request, self.options = browser, request, options
        self.url, self.settings = url, settings
        self.target = request.target
        self.warnings: list[str] = []
        self.watch: PageWatch | None = None

    async def run(self) -> Snapshot:
        from playwright.async_api import TimeoutError as PlaywrightTimeout

        context: BrowserContext | None = None
        try:
            context = await self.browser.new_context(
                viewport={"width": self.options.viewport_width, "height": self.options.viewport_height},
                accept_downloads=False,
                service_workers="block",  # a service worker could answer requests past our guard
                storage_state=self.settings.storage_state,
                user_agent=self.settings.user_agent,
            )
            return await self._collect(context)
        except TargetError:
            raise
        except (PlaywrightTimeout, TimeoutError) as exc:
            if self.watch is not None and self.watch.crashed:
                raise failures.crashed(self.target) from exc
            raise TargetTimeoutError(
                self.target, f"the page did not finish within {self.options.timeout_s:g} s") from exc
        except Exception as exc:
            if self.watch is not None and self.watch.crashed:
                raise failures.crashed(self.target) from exc
            raise failures.unexpected(self.target, exc) from exc
        finally:
            if context is not None:
                await quietly(asyncio.wait_for(context.close(), CLOSE_TIMEOUT_S))

    async def _collect(self, context: BrowserContext) -> Snapshot:
        loop = asyncio.get_running_loop()
        started = loop.time()
        deadline = started + self.options.timeout_s
        loading_deadline = started + self.options.timeout_s * LOADING_SHARE

        guard = NetworkGuard(self.url, self.options.headers, self.settings.auth_origins)
        await context.add_init_script(self.settings.init_script)
        await context.route("**/*", guard.handle)
        cookies = _cookie_dicts(self.options, self.url, self.settings.auth_origins)
        if cookies:
            await context.add_cookies(cookies)
        page = await context.new_page()
        guard.page = page
        self.watch = PageWatch(context, page)
        network = NetworkActivity(page)

        load_event_by = started + self.options.timeout_s * LOAD_EVENT_SHARE
        await self._load(page, loading_deadline, load_event_by=load_event_by)
        await self._settle(page, network, loading_deadline)
        if self.request.steps:
            await run_steps(page, self.target, self.request.steps, deadline=loading_deadline)
            await self._settle(page, network, loading_deadline)
        walk = RoadWalk(page, guard, lambda: self._settle(page, network, loading_deadline),
                        max_clicks=self.options.max_clicks, screenshots=self.options.screenshot,
                        deadline=loading_deadline)
        road = await walk.walk(by_steps=bool(self.request.steps))

        captured = await self._capture(page, deadline)
        if captured.too_large:
            raise failures.too_large(self.target, captured.html_chars, self.options.max_html_bytes)
        size = len(captured.html.encode("utf-8"))
        if size > self.options.max_html_bytes:
            raise failures.too_large(self.target, size, self.options.max_html_bytes)
        self.warnings.extend(captured.warnings)
        screenshot = None
        if self.options.screenshot:
            screenshot = await self._screenshot(context, page, captured, deadline)

        if captured.submissions:
            kinds = ", ".join(sorted(set(captured.submissions)))
            self.warnings.append(f"blocked {len(captured.submissions)} attempt(s) by the page's scripts to "
                                 f"submit a form ({kinds})")
        self.warnings.extend(guard.warnings())
        self.warnings.extend(self.watch.warnings())
        return Snapshot(
            provenance=Provenance(
                target=self.target,
                final_url=page.url,
                collected_at=datetime.now(UTC),
                mode="browser",
                formaudit_version=__version__,
                browser_version=self.settings.browser_version,
                viewport_width=self.options.viewport_width,
                viewport_height=self.options.viewport_height,
            ),
            html=captured.html,
            title=captured.title,
            frames=tuple(captured.frames),
            boxes=captured.boxes,
            page_width=captured.width,
            page_height=captured.height,
            screenshot_png=screenshot,
            warnings=tuple(self.warnings),
            road=road,
        )

    async def _load(self, page: Page, deadline: float, *, load_event_by: float) -> None:
        """Navigate and wait for the load event; every way that can fail becomes its TargetError."""
        from playwright.async_api import Error as PlaywrightError
        from playwright.async_api import TimeoutError as PlaywrightTimeout

        loop = asyncio.get_running_loop()

        def ms_left(until: float = deadline) -> float:
            return max(1.0, (until - loop.time()) * 1000)

        try:
            response = await page.goto(self.url, wait_until="domcontentloaded", timeout=ms_left())
        except PlaywrightTimeout as exc:
            raise TargetTimeoutError(
                self.target, f"the page did not load within {self.options.timeout_s:g} s") from exc
        except PlaywrightError as exc:
            if (self.watch is not None and self.watch.crashed) or await _has_crashed(page):
                raise failures.crashed(self.target) from exc
            if self.watch is not None and self.watch.download:
                raise TargetContentError(
                    self.target, f"the target is a file download ({self.watch.download}), not an HTML page"
                ) from exc
            raise failures.navigation_failure(self.target, exc, timeout_s=self.options.timeout_s) from exc
        if response is not None and response.status >= 400:
            raise TargetHTTPError(self.target, response.status)
        try:
            await page.wait_for_load_state("load", timeout=ms_left(load_event_by))
        except PlaywrightTimeout:
            self.warnings.append("the page did not finish loading (no load event) in time; collected what "
                                 "had rendered")
        content_type = await asyncio.wait_for(page.evaluate("document.contentType"), ms_left() / 1000)
        wrong_type = failures.not_html(self.target, str(content_type))
        if wrong_type is not None:
            raise wrong_type

    async def _screenshot(self, context: BrowserContext, page: Page, captured: CapturedPage,
                          deadline: float) -> bytes | None:
        remaining = deadline - asyncio.get_running_loop().time()
        if remaining < 0.2:
            self.warnings.append("no screenshot: the time for this target was used up")
            return None
        try:
            png, cut = await full_page_png(context, page, width=captured.width, height=captured.height,
                                           timeout_s=remaining)
        except Exception as exc:  # the snapshot is still worth having without its picture
            reason = "it took too long" if isinstance(exc, TimeoutError) else failures.first_line(exc)
            self.warnings.append(f"no screenshot: {reason}")
            return None
        if cut:
            self.warnings.append(cut)
        return png

    async def _capture(self, page: Page, deadline: float) -> CapturedPage:
        """Read the page; once more if it navigated away underneath us (a script redirect)."""
        max_chars = self.options.max_html_bytes * IN_PAGE_SIZE_FACTOR
        try:
            return await capture_page(page, deadline=deadline, max_chars=max_chars)
        except Exception as exc:
            if (self.watch is not None and self.watch.crashed) or "context was destroyed" not in str(exc):
                raise
            self.warnings.append("the page navigated while it was being read; read it again")
            remaining_ms = max(1.0, (deadline - asyncio.get_running_loop().time()) * 1000)
            with contextlib.suppress(Exception):
                await page.wait_for_load_state("domcontentloaded", timeout=remaining_ms)
            return await capture_page(page, deadline=deadline, max_chars=max_chars)

    async def _settle(self, page: Page, network: NetworkActivity, deadline: float) -> SettleOutcome | None:
        if deadline <= asyncio.get_running_loop().time():
            return None  # loading used the time up, and already said so
        outcome = await wait_until_settled(page, network, settle_ms=self.options.settle_ms, deadline=deadline,
                                           install=self.settings.init_script)
        if not outcome.settled:
            self.warnings.append(
                f"the page kept changing; collected after waiting {outcome.waited_s:.1f} s without "
                f"{self.options.settle_ms} ms of quiet"
            )
        return outcome


async def collect_target(browser: Browser, request: CollectRequest, options: CollectOptions, *, url: str,
                         settings: RunSettings) -> Snapshot:
    """Collect one target whose browser URL is already known; raises TargetError subclasses only."""
    return await TargetCollection(browser, request, options, url, settings).run()
