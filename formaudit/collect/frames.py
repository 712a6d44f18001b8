"""The frame tree as formaudit names it, and the frames it leaves alone."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.async_api import Frame, Page

# Captcha widgets are third-party frames whose contents say nothing about the employer's form.
CAPTCHA_URL = re.compile(r"recaptcha|hcaptcha|challenges\.cloudflare\.com|turnstile|arkoselabs|funcaptcha",
                         re.IGNORECASE)


def frame_paths(page: Page) -> dict[str, Frame]:
    """Frame-tree paths: "0" is the top document, "0.1" its second child frame, and so on."""
    paths: dict[str, Frame] = {}

    def visit(frame: Frame, path: str) -> None:
        paths[path] = frame
        for index, child in enumerate(frame.child_frames):
            if not child.is_detached():
                visit(child, f"{path}.{index}")

    visit(page.main_frame, "0")
    return paths
