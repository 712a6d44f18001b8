"""The JavaScript formaudit runs inside pages: ``js/*.js`` in this package, read once and passed
arguments by Playwright (``evaluate(script, arg)``), never assembled by string templating.

* ``init.js`` runs in every frame before the page's own scripts: it neutralises form submission and
  keeps the activity record ``settle.py`` reads through ``probe.js``.
* ``capture.js`` stamps live state and serialises one frame (``capture.py``).
* ``mark_frame.js`` runs on an ``<iframe>`` in its parent, so the child's document can be stitched in.
* ``survey.js`` lists what a frame offers on the way to a form (questions, clickable controls, step
  indicators) for ``walk.py``; it decides nothing.

Each file starts with comments that say what it does; they are dropped when the file is loaded, so
Playwright sees a bare function expression.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from formaudit.models import snapshot

FRAME_SLOT_ATTRIBUTE = "data-fa-frame-slot"  # temporary marker; stitching removes it again

# The attribute names capture.js stamps, from the snapshot contract: passed in, never repeated there.
CAPTURE_ATTRIBUTES: dict[str, str] = {
    "id": snapshot.ATTR_ID,
    "visible": snapshot.ATTR_VISIBLE,
    "value": snapshot.ATTR_VALUE,
    "checked": snapshot.ATTR_CHECKED,
    "selected": snapshot.ATTR_SELECTED,
}


@cache
def script(name: str) -> str:
    """The function expression in ``js/<name>.js``, without its leading comment lines."""
    source = resources.files("formaudit.collect").joinpath("js", f"{name}.js").read_text(encoding="utf-8")
    lines = source.splitlines()
    while lines and (not lines[0].strip() or lines[0].lstrip().startswith("//")):
        lines.pop(0)
    return "\n".join(lines)


def init_script(tracked_delay_ms: int) -> str:
    """The guard-and-activity script; timers longer than ``tracked_delay_ms`` are not waited for.

    An init script takes no argument, so the function is called with its settings as JSON.
    """
    settings = json.dumps({"trackedDelayMs": max(0, int(tracked_delay_ms))})
    return f"({script('init')})({settings});"
