"""The browser edge: targets in, Snapshots out. The only package that drives Playwright.

    collect_many(requests, options)   a real Chromium, one isolated context per target
    collect_static(target)            --no-browser: a local HTML file read as is
    expand_targets(raw)               directories and globs into files; URLs kept
    snapshot_filename(target)         a safe, stable file name for a target's saved snapshot
"""

from __future__ import annotations

from formaudit.collect.options import CollectOptions, CollectRequest
from formaudit.collect.runner import collect_many
from formaudit.collect.static import collect_static
from formaudit.collect.targets import expand_targets, snapshot_filename

__all__ = [
    "CollectOptions",
    "CollectRequest",
    "collect_many",
    "collect_static",
    "expand_targets",
    "snapshot_filename",
]
