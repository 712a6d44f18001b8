"""The HTML report in a real Chromium, opened from a file as a recruiter would open it.

These tests fail (never skip) when no browser can be found: formaudit.collect.browser says how to get one.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, FloatRect, Page

from formaudit.reporters import REPORTERS, ReportOptions
from tests.reporters.browser import chromium
from tests.reporters.scenarios import hostile_result

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


@pytest.fixture(scope="module")
def report_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("report") / "formaudit.html"
    path.write_text(REPORTERS["html"].render(hostile_result(), ReportOptions()), encoding="utf-8")
    return path.as_uri()


class Opened:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.requests: list[str] = []
        self.console_errors: list[str] = []
        self.dialogs: list[str] = []
        self.page_errors: list[str] = []


def open_report(browser: Browser, url: str, width: int = 1280) -> Opened:
    page = browser.new_page(viewport={"width": width, "height": 900})
    opened = Opened(page)
    page.on("request", lambda request: opened.requests.append(request.url))
    page.on("console", lambda m: opened.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: opened.page_errors.append(str(e)))

    def dialog(d: object) -> None:
        opened.dialogs.append(getattr(d, "message", "?"))
        d.dismiss()  # type: ignore[attr-defined]

    page.on("dialog", dialog)
    page.goto(url)
    page.wait_for_load_state("load")
    return opened


@pytest.fixture
def opened(browser: Browser, report_url: str) -> Iterator[Opened]:
    result = open_report(browser, report_url)
    yield result
    result.page.close()


def test_report_opens_offline_without_errors_or_any_request(opened: Opened, report_url: str) -> None:
    opened.page.wait_for_timeout(300)
    assert opened.console_errors == []  # a CSP violation would be logged here
    assert opened.page_errors == []
    outside = [u for u in opened.requests if u != report_url and not u.startswith("data:")]
    assert outside == []
    assert opened.page.evaluate("document.styleSheets[0].cssRules.length") > 50, "the inline CSS was applied"
    assert opened.page.is_visible("#filters"), "the inline script ran and showed the filters"


def test_hostile_markup_shows_as_text_and_executes_nothing(opened: Opened) -> None:
    page = opened.page
    page.wait_for_timeout(300)
    assert opened.dialogs == []
    assert page.evaluate("document.querySelectorAll('script').length") == 1
    assert page.evaluate("[...document.images].every(i => i.src.startsWith('data:image/png'))")
    assert page.evaluate("document.querySelectorAll('[onload],[onerror],[onclick]').length") == 0
    text = page.inner_text("main")
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(1)>" in text
    hrefs = page.eval_on_selector_all(
        "a[href]", "ls => ls.map(a => typeof a.href === 'string' ? a.href : a.href.baseVal)"
    )
    assert not [h for h in hrefs if h.lower().startswith("javascript:")]
    # Clicking every marker and link inside the report navigates within the page only.
    for marker in page.query_selector_all("svg.markers a")[:3]:
        marker.click()
    assert opened.dialogs == []


def _visible_findings(page: Page) -> int:
    return int(
        page.evaluate("[...document.querySelectorAll('[data-finding]')].filter(e => !e.hidden).length")
    )


def _tab_to(page: Page, selector: str, limit: int = 200) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement === document.querySelector({selector!r})"):
            return
    raise AssertionError(f"could not reach {selector} with the Tab key")


def test_filters_work_from_the_keyboard(opened: Opened) -> None:
    page = opened.page
    total = _visible_findings(page)
    high = int(page.evaluate("document.querySelectorAll('[data-finding][data-severity=high]').length"))
    assert total > high > 0

    _tab_to(page, 'input[name="severity"][value="high"]')
    page.keyboard.press("Space")
    assert _visible_findings(page) == total - high
    assert page.inner_text("#filter-status") == f"Showing {total - high} of {total} findings."
    page.keyboard.press("Space")
    assert _visible_findings(page) == total

    _tab_to(page, "#filter-category")
    page.keyboard.press("ArrowDown")  # the first category, in alphabetical order of its title
    chosen = page.eval_on_selector("#filter-category", "s => s.value")
    assert chosen
    expected = int(
        page.evaluate(f"document.querySelectorAll('[data-finding][data-categories~={chosen}]').length")
    )
    assert 0 < _visible_findings(page) == expected < total

    page.keyboard.press("Home")
    assert _visible_findings(page) == total

    focused_outline = page.evaluate("getComputedStyle(document.activeElement, ':focus-visible').outlineStyle")
    assert focused_outline != "none", "keyboard focus is visible"


def test_choosing_a_form_hides_the_other_pages(opened: Opened) -> None:
    page = opened.page
    first_value = page.eval_on_selector("#filter-where", "s => s.options[1].value")
    page.select_option("#filter-where", first_value)
    visible_sections = page.eval_on_selector_all(
        "section[data-target]", "s => s.filter(e => !e.hidden).length"
    )
    assert visible_sections == 1
    page.select_option("#filter-where", "")
    assert page.eval_on_selector_all("section[data-target]", "s => s.filter(e => !e.hidden).length") > 1


def test_each_marker_overlaps_its_field_on_the_scaled_screenshot(opened: Opened) -> None:
    page = opened.page
    figures = page.query_selector_all("figure.shot")
    assert len(figures) == 2  # the demo form and the hostile page
    checked = 0
    for figure in figures:
        image = figure.query_selector("img")
        assert image is not None
        natural = image.evaluate("i => [i.naturalWidth, i.naturalHeight]")
        shown = image.bounding_box()
        assert shown is not None
        scale = shown["width"] / natural[0]
        for marker in figure.query_selector_all("svg.markers a"):
            rect = marker.query_selector("rect.box")
            assert rect is not None
            drawn = rect.bounding_box()
            assert drawn is not None
            href = marker.get_attribute("href")
            assert href and page.query_selector(href) is not None, "a marker links to its finding"
            expected = _expected_box(href, shown, scale)
            overlap_w = min(drawn["x"] + drawn["width"], expected[0] + expected[2]) - max(
                drawn["x"], expected[0]
            )
            overlap_h = min(drawn["y"] + drawn["height"], expected[1] + expected[3]) - max(
                drawn["y"], expected[1]
            )
            assert overlap_w > 0.9 * expected[2] and overlap_h > 0.9 * expected[3], (href, drawn, expected)
            assert (marker.get_attribute("aria-label") or "").startswith("Marker ")
            checked += 1
    assert checked >= 12


def _expected_box(href: str, shown: FloatRect, scale: float) -> tuple[float, float, float, float]:
    """The flagged field's box from the result, scaled into the image as the browser drew it."""
    anchor = href.lstrip("#")
    for target in hostile_result().targets:
        for finding in target.findings:
            if not finding.field_id or not finding.fingerprint.startswith(anchor[2:18]):
                continue
            for form in target.forms:
                for field in form.classified.fields:
                    box = field.field.box
                    if field.field.field_id == finding.field_id and box is not None:
                        # The PNG is at device scale 1, so CSS pixels of the page equal image pixels.
                        return (
                            shown["x"] + box.x * scale,
                            shown["y"] + box.y * scale,
                            box.width * scale,
                            box.height * scale,
                        )
    raise AssertionError(f"no field for {href}")


def test_a_phone_sized_window_never_scrolls_sideways(browser: Browser, report_url: str) -> None:
    opened = open_report(browser, report_url, width=375)
    try:
        page = opened.page
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        page.click("details.inventory summary")  # the widest content: the field inventory
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
    finally:
        opened.page.close()


def test_printing_hides_the_filters_and_shows_every_finding(opened: Opened) -> None:
    page = opened.page
    _tab_to(page, 'input[name="severity"][value="high"]')
    page.keyboard.press("Space")
    assert _visible_findings(page) < page.evaluate("document.querySelectorAll('[data-finding]').length")
    page.emulate_media(media="print")
    assert not page.is_visible("#filters")
    displayed = page.evaluate(
        "[...document.querySelectorAll('[data-finding]')].every(e => getComputedStyle(e).display !== 'none')"
    )
    assert displayed
    inventory_rows = page.evaluate(
        "document.querySelector('details.inventory tr:nth-child(2)').getClientRects().length"
    )
    assert inventory_rows > 0, "collapsed inventories print expanded"
    page.emulate_media(media="screen")
