"""``collect_many``: one browser per run, one fresh context per target, a bounded number at a time.

Per-target problems come back as TargetError values in the result list, in the order of the
requests; only run-level problems raise (no browser: BrowserNotFoundError; unusable options:
ConfigError). Everything that goes wrong after the browser first started is a per-target problem:
a browser that cannot be started again after a crash fails the targets that needed it, an exception
in ``on_result`` fails the target it was called for, and neither ends the run.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from formaudit.collect import failures
from formaudit.collect.browser import FoundBrowser, find_browser, launch_chromium
from formaudit.collect.guard import origin_of
from formaudit.collect.options import CollectOptions, CollectRequest
from formaudit.collect.scripts import init_script
from formaudit.collect.target import RunSettings, collect_target
from formaudit.errors import ConfigError, TargetContentError, TargetError, TargetNotFoundError, TargetTimeoutError
from formaudit.files import read_json_file
from formaudit.models.snapshot import Snapshot
from formaudit.targets import local_path, url_scheme

if TYPE_CHECKING:
    from playwright.async_api import Browser, Playwright

Result = Snapshot | TargetError
OnResult = Callable[[CollectRequest, Result], None]
T = TypeVar("T")

# Beyond the target's own timeout, time allowed to close its context before we stop waiting.
CLEANUP_GRACE_S = 10.0


def check_storage_state(path: Path | None) -> Path | None:
    """A Playwright storage-state file, checked before any browser starts."""
    if path is None:
        return None
    state = read_json_file(path, what="storage_state file (a Playwright storage state)")
    if not isinstance(state, dict) or not isinstance(state.get("cookies", []), list) \
            or not isinstance(state.get("origins", []), list):
        raise ConfigError(f"storage_state: {path} is not a Playwright storage state (expected "
                          '{"cookies": [...], "origins": [...]})')
    return path


class _BrowserKeeper:
    """The run's browser, started again if it dies (a crash must not fail every later target)."""

    def __init__(self, playwright: Playwright, found: FoundBrowser) -> None:
        self._playwright, self._found = playwright, found
        self._browser: Browser | None = None
        self._lock = asyncio.Lock()

    async def get(self) -> Browser:
        async with self._lock:
            if self._browser is None or not self._browser.is_connected():
                self._browser = await launch_chromium(self._playwright, self._found)
            return self._browser

    async def close(self) -> None:
        if self._browser is not None and self._browser.is_connected():
            # Closing is best effort: the Playwright driver ends the process anyway when it stops.
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._browser.close(), CLEANUP_GRACE_S)


async def _user_agent(browser: Browser) -> str | None:
    """The browser's own user agent without "Headless": some careers sites turn headless visitors away."""
    try:
        page = await browser.new_page()
        try:
            agent = str(await page.evaluate("navigator.userAgent"))
        finally:
            await page.close()
    except Exception:
        return None
    return agent.replace("HeadlessChrome", "Chrome")


async def run_settings(browser: Browser, options: CollectOptions,
                       auth_origins: Sequence[str] | None = None) -> RunSettings:
    """What every target of a run shares, worked out once per browser (benchmarks use it too)."""
    return RunSettings(
        browser_version=browser.version,
        init_script=init_script(options.settle_ms),
        user_agent=await _user_agent(browser),
        storage_state=check_storage_state(options.storage_state),
        auth_origins=_origins(auth_origins),
    )


def _origins(values: Sequence[str] | None) -> tuple[str, ...] | None:
    if values is None:
        return None
    origins = []
    for value in values:
        origin = origin_of(value)
        if origin is None:
            raise ConfigError(f"auth origin {value!r} is not an http(s) origin such as https://careers.example.com")
        origins.append(origin)
    return tuple(origins)


async def _collect_all(requests: list[CollectRequest], options: CollectOptions, concurrency: int,
                       on_result: OnResult | None, auth_origins: Sequence[str] | None) -> list[Result]:
    from playwright.async_api import async_playwright

    check_storage_state(options.storage_state)  # a broken file is a run-level error, before anything starts
    _origins(auth_origins)
    results: list[Result | None] = [None] * len(requests)
    urls: dict[int, str] = {}

    def finish(index: int, result: Result) -> None:
        results[index] = result
        if on_result is None:
            return
        try:
            on_result(requests[index], result)
        except Exception as exc:  # the caller's trouble with one result must not cost the others
            results[index] = TargetError(requests[index].target, "formaudit failed while handling the "
                                         f"result ({type(exc).__name__}: {failures.first_line(exc)})")

    for index, request in enumerate(requests):
        try:
            urls[index] = browser_url(request.target)
        except TargetError as error:
            finish(index, error)

    if urls:
        async with async_playwright() as playwright:
            found = find_browser(playwright_path=lambda: playwright.chromium.executable_path)
            keeper = _BrowserKeeper(playwright, found)
            try:
                settings = await run_settings(await keeper.get(), options, auth_origins)
                semaphore = asyncio.Semaphore(concurrency)

                async def one(index: int) -> None:
                    async with semaphore:
                        result = await _collect_one(keeper, requests[index], options, urls[index], settings)
                    finish(index, result)

                await asyncio.gather(*(one(index) for index in urls))
            finally:
                await keeper.close()
    return [result for result in results if result is not None]


async def _collect_one(keeper: _BrowserKeeper, request: CollectRequest, options: CollectOptions, url: str,
                       settings: RunSettings) -> Result:
    try:
        browser = await keeper.get()
    except Exception as exc:  # the browser died and would not start again: this target cannot be read
        return TargetError(request.target, "the browser stopped and could not be started again "
                                           f"({failures.first_line(exc)})")
    try:
        return await asyncio.wait_for(
            collect_target(browser, request, options, url=url, settings=settings),
            options.timeout_s + CLEANUP_GRACE_S,
        )
    except TargetError as error:
        return error
    except TimeoutError:
        return TargetTimeoutError(request.target, f"the page did not finish within {options.timeout_s:g} s")
    except Exception as exc:  # a bug below must not take the other targets down with it
        return failures.unexpected(request.target, exc)


def _run(work: Coroutine[Any, Any, T]) -> T:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(work)
    # Called from async code (a notebook, an async app): run on a thread that has no loop yet.
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, work).result()


def collect_many(
    requests: Sequence[CollectRequest],
    options: CollectOptions,
    *,
    concurrency: int = 1,
    on_result: OnResult | None = None,
    auth_origins: Sequence[str] | None = None,
) -> list[Result]:
    """Collect every request; results are in request order and per-target failures are values.

    ``on_result`` is called once per request as soon as its result is known (completion order),
    with the very request object that was passed in, for progress reporting and streaming. If it
    raises, that request's result becomes a TargetError saying so; the other requests go on.

    ``auth_origins``: the only origins (e.g. ``https://careers.example.com``) that receive the
    options' headers and cookies; targets on other sites get neither. None: each target's own origin.
    """
    if concurrency < 1:
        raise ConfigError(f"concurrency must be at least 1, got {concurrency}")
    return _run(_collect_all(list(requests), options, concurrency, on_result, auth_origins))


def browser_url(target: str) -> str:
    """The URL the browser loads for a target, or the TargetError that explains why there is none."""
    scheme = url_scheme(target)
    if scheme in ("http", "https"):
        return target
    if scheme not in (None, "file"):
        raise TargetContentError(
            target, f"unsupported URL scheme '{scheme}': formaudit reads http(s) URLs and local HTML files"
        )
    path = local_path(target)
    if not path.exists():
        raise TargetNotFoundError(target, "no such file or directory")
    if path.is_dir():
        raise TargetContentError(target, "this directory contains no .html or .htm files")
    return path.resolve().as_uri()
