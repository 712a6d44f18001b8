"""Chromium for the reporter tests, found and launched the way formaudit itself does it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from playwright.sync_api import Browser, sync_playwright

from formaudit.collect.browser import chromium_args, find_browser


@contextmanager
def chromium() -> Iterator[Browser]:
    """A headless Chromium; raises BrowserNotFoundError (a failure, never a skip) when there is none."""
    found = find_browser()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(found.path), headless=True, args=chromium_args(), timeout=60_000
        )
        try:
            yield browser
        finally:
            browser.close()
