"""What a hostile page tries while formaudit looks: dialogs, popups, downloads, a crash.

Dialogs are dismissed, popups closed, downloads cancelled; each is noted once with a count, so the
snapshot's warnings say what the page did without repeating its messages.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.async_api import BrowserContext, Dialog, Download, Page


class PageWatch:
    """What a hostile page tried while we looked: dialogs, popups, downloads, a crash."""

    def __init__(self, context: BrowserContext, page: Page) -> None:
        self.notes: dict[str, int] = {}
        self.crashed = False
        self.download: str | None = None
        self._page = page
        self._tasks: set[asyncio.Future[None]] = set()  # kept so they are not collected mid-flight
        page.on("dialog", self._dialog)
        page.on("download", self._download)
        page.on("crash", self._crash)
        context.on("page", self._popup)

    def _later(self, awaitable: Any) -> None:
        task = asyncio.ensure_future(quietly(awaitable))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _note(self, what: str) -> None:
        self.notes[what] = self.notes.get(what, 0) + 1

    def _dialog(self, dialog: Dialog) -> None:
        self._note(f"dismissed a dialog ({dialog.type})")
        self._later(dialog.dismiss())

    def _download(self, download: Download) -> None:
        self.download = download.suggested_filename or "a file"
        self._note("refused a download")
        self._later(download.cancel())

    def _crash(self, _page: Page) -> None:
        self.crashed = True

    def _popup(self, page: Page) -> None:
        if page is not self._page:
            self._note("closed a popup window")
            self._later(page.close())

    def warnings(self) -> list[str]:
        return [what if count == 1 else f"{what} ({count} times)" for what, count in self.notes.items()]


async def quietly(awaitable: Any) -> None:
    with contextlib.suppress(Exception):  # the page may already be gone; nothing to report
        await awaitable
