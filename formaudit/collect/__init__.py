"""The browser edge: targets in, Snapshots out. The only package that drives Playwright.

    collect_many(requests, options)   a real Chromium, one isolated context per target
    collect_static(target)            --no-browser: a local HTML file read as is
"""

from __future__ import annotations

from formaudit.collect.options import CollectOptions, CollectRequest
from formaudit.collect.runner import collect_many
from formaudit.collect.static import collect_static

__all__ = [
    "CollectOptions",
    "CollectRequest",
    "collect_many",
    "collect_static",
]
