"""Capture the screenshot and field boxes the report factory uses: ``python -m tests.reporters.capture_demo``.

The factory must be deterministic without a browser, so the demo form's full-page screenshot and the
page-coordinate box of every element with an id are captured once here and committed under
``tests/reporters/data/``. Run this again only when the demo form changes. (The sample report in
``reports/sample/`` does not use these: it is rendered from a real snapshot, see
``tests/reporters/refresh_sample.py``.)
"""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import ViewportSize

from formaudit.cli.demo import DEMO_PAGE, demo_directory
from tests.reporters.browser import chromium

DATA = Path(__file__).parent / "data"
SCREENSHOT = DATA / "demo-form.png"
BOXES = DATA / "demo-form.json"
VIEWPORT: ViewportSize = {"width": 1280, "height": 900}

_MEASURE = """() => {
  const boxes = {};
  const keep = (key, el) => {
    const r = el.getBoundingClientRect();
    if (r.width && r.height) {
      const box = [r.x + window.scrollX, r.y + window.scrollY, r.width, r.height];
      boxes[key] = box.map(v => Math.round(v * 100) / 100);
    }
  };
  document.querySelectorAll('[id]').forEach(el => keep(el.id, el));
  // Radio groups are one question; their box is the fieldset's, which has no id in the demo.
  document.querySelectorAll('fieldset').forEach((el, i) => keep('fieldset-' + i, el));
  const root = document.documentElement;
  return {title: document.title, page_width: root.scrollWidth, page_height: root.scrollHeight, boxes};
}"""


def capture() -> None:
    page_url = (demo_directory() / DEMO_PAGE).resolve().as_uri()
    with chromium() as browser:
        page = browser.new_page(viewport=VIEWPORT, device_scale_factor=1)
        page.goto(page_url)
        measured = page.evaluate(_MEASURE)
        page.screenshot(path=str(SCREENSHOT), full_page=True)
        page.close()
    DATA.mkdir(parents=True, exist_ok=True)
    BOXES.write_text(json.dumps(measured, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {SCREENSHOT} and {BOXES}")


if __name__ == "__main__":
    capture()
