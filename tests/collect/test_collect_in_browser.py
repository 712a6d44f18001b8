"""Collecting real pages with the real Chromium: what a snapshot holds.

One collect_many call (concurrency 2) gathers every fixture page; the tests read its results.
Pages live in tests/fixtures/collect/ and are served on 127.0.0.1; a second server reached as
"localhost" plays the cross-origin recruitment partner.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from formaudit.collect import CollectOptions, CollectRequest, collect_many
from formaudit.collect.options import PLACEHOLDER_TEXT, ClickStep, FillStep, SelectStep, WaitForStep
from formaudit.errors import TargetError
from formaudit.models.snapshot import Snapshot, load_snapshot, save_snapshot
from formaudit.targets import snapshot_filename
from tests.support.server import LocalServer, serve

pytestmark = pytest.mark.browser

PAGES = [
    "js-built.html",
    "iframes.html",
    "shadow.html",
    "live-state.html",
    "visibility.html",
    "submit-on-load.html",
    "hostile.html",
    "plain.html",
    "no-form.html",
    "steps.html",
]
STEPS = (
    ClickStep(selector="#apply"),
    WaitForStep(selector="#application"),
    SelectStep(selector="#country", option="Ireland"),
    FillStep(selector="#licence"),
)
# Generous, so a busy machine cannot turn a page into a timeout; the never-settling page gets its own
# short run, since it is only collected when its time is up.
OPTIONS = CollectOptions(timeout_s=30, settle_ms=400)
SHORT = CollectOptions(timeout_s=3, settle_ms=400)


class Collected:
    def __init__(self, server: LocalServer, results: list[Snapshot | TargetError], order: list[str],
                 never_settles: Snapshot | TargetError) -> None:
        self.server, self.results, self.order = server, results, order
        self.by_page = {page: result for page, result in zip(PAGES, results, strict=True)}
        self.by_page["never-settles.html"] = never_settles

    def snapshot(self, page: str) -> Snapshot:
        result = self.by_page[page]
        assert isinstance(result, Snapshot), f"{page}: {result}"
        return result

    def soup(self, page: str) -> BeautifulSoup:
        return BeautifulSoup(self.snapshot(page).html, "html.parser")


@pytest.fixture(scope="module")
def other_origin(fixtures_dir: Path) -> Iterator[LocalServer]:
    with serve(fixtures_dir) as server:
        yield server


@pytest.fixture(scope="module")
def collected(fixture_server: LocalServer, other_origin: LocalServer) -> Collected:
    cross = other_origin.url("collect/frame-cross.html").replace("127.0.0.1", "localhost")
    requests = []
    for page in PAGES:
        url = fixture_server.url(f"collect/{page}")
        if page == "iframes.html":
            url += f"?cross={cross}"
        requests.append(CollectRequest(target=url, steps=STEPS if page == "steps.html" else ()))
    order: list[str] = []
    results = collect_many(requests, OPTIONS, concurrency=2,
                           on_result=lambda request, _result: order.append(request.target))
    (never_settles,) = collect_many([CollectRequest(target=fixture_server.url("collect/never-settles.html"))],
                                    SHORT)
    return Collected(fixture_server, results, order, never_settles)


def _by_name(soup: BeautifulSoup, name: str) -> Tag:
    found = soup.find(attrs={"name": name})
    assert isinstance(found, Tag), f"no element named {name!r}"
    return found


# --- the run as a whole ---------------------------------------------------------------------------


def test_results_come_back_in_request_order_with_every_callback_made(collected: Collected) -> None:
    pages = [r.provenance.target.split("?")[0].rsplit("/", 1)[1] if isinstance(r, Snapshot) else r.target
             for r in collected.results]
    assert pages == PAGES
    assert sorted(collected.order) == sorted(r.provenance.target for r in collected.results
                                             if isinstance(r, Snapshot))


def test_provenance_records_where_when_and_with_what(collected: Collected) -> None:
    snapshot = collected.snapshot("plain.html")
    provenance = snapshot.provenance
    assert provenance.mode == "browser"
    assert provenance.final_url == collected.server.url("collect/plain.html")
    assert provenance.browser_version and provenance.browser_version[0].isdigit()
    assert (provenance.viewport_width, provenance.viewport_height) == (1280, 900)
    assert provenance.collected_at.tzinfo is not None
    assert snapshot.title == "Kitchen Porter – Apply"


# --- rendering and frames -------------------------------------------------------------------------


def test_a_form_built_by_javascript_after_load_is_collected(collected: Collected) -> None:
    soup = collected.soup("js-built.html")
    assert soup.find(class_="loading") is None
    for name in ["full_name", "email", "date_of_birth", "passport_number"]:
        assert _by_name(soup, name).name == "input"
    assert not collected.snapshot("js-built.html").warnings


def test_same_and_cross_origin_frames_are_stitched_in_after_their_iframes(collected: Collected) -> None:
    soup = collected.soup("iframes.html")
    same = soup.find(attrs={"data-fa-frame": "0.0"})
    cross = soup.find(attrs={"data-fa-frame": "0.1"})
    assert isinstance(same, Tag) and isinstance(cross, Tag)
    assert same.find_previous_sibling("iframe")["id"] == "same"  # type: ignore[index]
    assert cross.find_previous_sibling("iframe")["id"] == "cross"  # type: ignore[index]
    assert same["data-fa-frame-url"].endswith("/collect/frame-same.html")  # type: ignore[union-attr]
    assert str(cross["data-fa-frame-url"]).startswith("http://localhost:")
    assert same.find(attrs={"name": "ni_number"}) is not None
    assert cross.find(attrs={"name": "current_salary"}) is not None
    assert cross["lang"] == "de"
    nested = cross.find(attrs={"data-fa-frame": "0.1.0"})
    assert isinstance(nested, Tag) and nested.find(attrs={"name": "referee_name"}) is not None
    assert "data-fa-frame-slot" not in collected.snapshot("iframes.html").html
    paths = {frame.path: frame for frame in collected.snapshot("iframes.html").frames}
    assert set(paths) == {"0", "0.0", "0.1", "0.1.0", "0.2"}


def test_captcha_frames_keep_a_marker_but_not_their_contents(collected: Collected) -> None:
    soup = collected.soup("iframes.html")
    marker = soup.find(attrs={"data-fa-frame": "0.2"})
    assert isinstance(marker, Tag)
    assert marker["data-fa-frame-skipped"] == "captcha"
    assert not marker.has_attr("data-fa-frame-error")  # left out on purpose: not an unreadable frame
    assert marker.find_previous_sibling("iframe")["id"] == "captcha"  # type: ignore[index]
    assert soup.find(attrs={"name": "captcha-secret-widget"}) is None


def test_open_shadow_roots_are_serialised_as_nested_declarative_templates(collected: Collected) -> None:
    soup = collected.soup("shadow.html")
    outer = soup.find("apply-form")
    assert isinstance(outer, Tag)
    outer_template = outer.find("template", attrs={"shadowrootmode": "open"}, recursive=False)
    assert isinstance(outer_template, Tag)
    field = outer_template.find("ds-text-field")
    assert isinstance(field, Tag)
    inner = field.find("template", attrs={"shadowrootmode": "open"}, recursive=False)
    assert isinstance(inner, Tag) and inner.find(attrs={"name": "maiden_name"}) is not None
    assert _by_name(soup, "next_of_kin")
    assert _by_name(soup, "referee_email")  # a declarative root in the markup comes back too
    # A closed root cannot be read by any page script: it is absent, not invented.
    assert soup.find(attrs={"name": "closed_secret"}) is None


def test_ids_are_unique_across_frames_and_shadow_roots(collected: Collected) -> None:
    for page in ["iframes.html", "shadow.html"]:
        ids = [tag["data-fa-id"] for tag in collected.soup(page).find_all(attrs={"data-fa-id": True})]
        assert len(ids) == len(set(ids)) > 3


# --- live state and visibility --------------------------------------------------------------------


def test_live_state_is_stamped_over_stale_markup(collected: Collected) -> None:
    soup = collected.soup("live-state.html")
    assert _by_name(soup, "city")["data-fa-value"] == "Leeds"
    assert _by_name(soup, "consent")["data-fa-checked"] == "true"
    assert _by_name(soup, "notice")["data-fa-value"] == "3m"
    selected = {option["value"]: option["data-fa-selected"] for option in soup.find_all("option")}
    assert selected == {"none": "false", "1m": "false", "3m": "true"}
    radios = {radio["value"]: radio["data-fa-checked"] for radio in soup.find_all(attrs={"name": "rtw"})}
    assert radios == {"yes": "false", "no": "true"}
    assert _by_name(soup, "about")["data-fa-value"] == "Ten years in logistics."
    assert soup.find(id="aria-box")["data-fa-checked"] == "true"  # type: ignore[index]


def test_password_values_never_reach_the_snapshot(collected: Collected) -> None:
    snapshot = collected.snapshot("live-state.html")
    assert "hunter2-secret" not in snapshot.model_dump_json()
    assert _by_name(collected.soup("live-state.html"), "password")["data-fa-value"] == "[redacted]"


@pytest.mark.parametrize(
    ("element_id", "visible"),
    [
        ("shown", "true"),
        ("display-none", "false"),
        ("visibility-hidden", "false"),
        ("zero-size", "false"),
        ("honeypot", "false"),
        ("in-zero-wrapper", "false"),
        ("transparent", "false"),
        ("sr-only", "false"),
        ("type-hidden", "false"),
        ("pretty", "true"),  # a styled checkbox: the input is invisible, its label is what people click
    ],
)
def test_visibility_is_what_a_candidate_sees(collected: Collected, element_id: str, visible: str) -> None:
    element = collected.soup("visibility.html").find(id=element_id)
    assert isinstance(element, Tag)
    assert element["data-fa-visible"] == visible


def test_boxes_are_plausible_page_coordinates_including_frame_offsets(collected: Collected) -> None:
    snapshot = collected.snapshot("iframes.html")
    soup = collected.soup("iframes.html")

    def box_of(name: str) -> tuple[float, float, float, float]:
        box = snapshot.boxes[str(_by_name(soup, name)["data-fa-id"])]
        return box.x, box.y, box.width, box.height

    same_iframe = snapshot.boxes[str(soup.find(id="same")["data-fa-id"])]  # type: ignore[index]
    # iframe: margin-left 30 + body padding 10; content box starts after a 4px border and 6px padding
    assert same_iframe.x == pytest.approx(40, abs=1)
    name_x, name_y, width, height = box_of("name")
    assert name_x > same_iframe.x + 10 and name_y > same_iframe.y + 10
    assert name_y < same_iframe.y + same_iframe.height
    assert 50 < width < 400 and 10 < height < 40
    cross_iframe = snapshot.boxes[str(soup.find(id="cross")["data-fa-id"])]  # type: ignore[index]
    salary_x, salary_y, _, _ = box_of("current_salary")
    assert cross_iframe.y + 10 < salary_y < cross_iframe.y + cross_iframe.height
    assert cross_iframe.x < salary_x < cross_iframe.x + cross_iframe.width
    referee_x, referee_y, _, _ = box_of("referee_name")  # two frames deep
    assert referee_y > salary_y and cross_iframe.x < referee_x
    hidden = collected.soup("visibility.html").find(id="honeypot")
    assert str(hidden["data-fa-id"]) not in collected.snapshot("visibility.html").boxes  # type: ignore[index]


def test_the_screenshot_is_a_png_of_the_full_page_height(collected: Collected) -> None:
    snapshot = collected.snapshot("plain.html")
    assert snapshot.screenshot_png is not None
    png = io.BytesIO(snapshot.screenshot_png)
    assert png.read(8) == b"\x89PNG\r\n\x1a\n"
    png.read(8)  # IHDR length and type
    width, height = struct.unpack(">II", png.read(8))
    assert snapshot.page_height is not None and snapshot.page_height > 2400
    assert height == pytest.approx(snapshot.page_height, abs=2)
    assert width == pytest.approx(1280, abs=20)
    footer = _by_name(collected.soup("plain.html"), "newsletter")
    assert snapshot.boxes[str(footer["data-fa-id"])].y > 2400  # below the first screen


# --- the page's behaviour -------------------------------------------------------------------------


def test_a_page_that_never_stops_changing_is_collected_with_a_warning(collected: Collected) -> None:
    snapshot = collected.snapshot("never-settles.html")
    assert _by_name(collected.soup("never-settles.html"), "name")
    assert any("kept changing" in warning for warning in snapshot.warnings)


def test_nothing_is_ever_sent(collected: Collected) -> None:
    sent = [r for r in collected.server.requests if not r.startswith("GET ")]
    assert sent == []
    assert not any("/submit/" in r for r in collected.server.requests)
    warnings = " | ".join(collected.snapshot("submit-on-load.html").warnings)
    assert "POST http://127.0.0.1" in warnings and "/submit/fetch-post" in warnings
    assert "PUT" in warnings and "/submit/beacon" in warnings
    assert "attempt(s) by the page's scripts to submit a form" in warnings


def test_dialogs_popups_and_downloads_are_refused(collected: Collected) -> None:
    snapshot = collected.snapshot("hostile.html")
    warnings = " | ".join(snapshot.warnings)
    assert "dismissed a dialog (alert)" in warnings and "dismissed a dialog (confirm)" in warnings
    assert "refused a download" in warnings
    assert "popup" in warnings
    assert _by_name(collected.soup("hostile.html"), "email")


def test_declared_steps_reveal_the_form_and_fill_only_placeholder_text(collected: Collected) -> None:
    soup = collected.soup("steps.html")
    assert _by_name(soup, "country")["data-fa-value"] == "ie"
    assert _by_name(soup, "licence_number")["data-fa-value"] == PLACEHOLDER_TEXT


def test_a_page_without_a_form_is_a_snapshot_not_an_error(collected: Collected) -> None:
    snapshot = collected.snapshot("no-form.html")
    assert "no open positions" in snapshot.html
    assert snapshot.title == "Careers"


def test_snapshots_survive_save_and_load(collected: Collected, tmp_path: Path) -> None:
    snapshot = collected.snapshot("iframes.html")
    path = save_snapshot(snapshot, tmp_path / snapshot_filename(snapshot.provenance.target))
    loaded = load_snapshot(path)
    assert loaded == snapshot
    assert loaded.screenshot_png == snapshot.screenshot_png
