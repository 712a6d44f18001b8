"""The full-page screenshot: evidence of what the candidate saw, taken after the page was read.

Chromium's own capture with ``optimizeForSpeed`` encodes a tall page about three times faster than
Playwright's default PNG path (the file is somewhat larger); Playwright's screenshot is the fallback.
Very tall pages are cut at ``MAX_HEIGHT`` so one endless page cannot produce a 100 MB snapshot.
"""

from __future__ import annotations

import asyncio
import base64
import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.async_api import BrowserContext, Page

MAX_HEIGHT = 20_000


async def full_page_png(context: BrowserContext, page: Page, *, width: float | None, height: float | None,
                        timeout_s: float) -> tuple[bytes, str | None]:
    """The PNG and, if the page had to be cut, a warning saying so."""
    warning = None
    if width and height:
        if height > MAX_HEIGHT:
            warning = f"screenshot cut at {MAX_HEIGHT:,} px of the page's {height:,.0f} px"
        clip = {"x": 0, "y": 0, "width": math.ceil(width), "height": math.ceil(min(height, MAX_HEIGHT)),
                "scale": 1}
        try:
            session = await context.new_cdp_session(page)
            try:
                shot = await asyncio.wait_for(session.send("Page.captureScreenshot", {
                    "format": "png", "captureBeyondViewport": True, "optimizeForSpeed": True, "clip": clip,
                }), timeout_s)
            finally:
                await session.detach()
            return base64.b64decode(shot["data"]), warning
        except TimeoutError:
            raise
        except Exception:  # not Chromium's protocol after all, or the session failed: use Playwright's way
            pass
    png = await page.screenshot(full_page=True, type="png", timeout=max(timeout_s, 0.001) * 1000)
    return png, None
