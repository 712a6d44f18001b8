"""Targets that go wrong: each gives the right TargetError with a one-line reason, and the others in
the same batch are still collected."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import pytest

from formaudit.collect import CollectOptions, CollectRequest, collect_many
from formaudit.collect.browser import find_browser, launch_chromium
from formaudit.collect.options import ClickStep
from formaudit.collect.scripts import init_script
from formaudit.collect.target import RunSettings, collect_target
from formaudit.errors import (
    BrowserNotFoundError,
    ConfigError,
    TargetContentError,
    TargetError,
    TargetHTTPError,
    TargetNotFoundError,
    TargetTimeoutError,
    TargetUnreachableError,
)
from formaudit.models.snapshot import Snapshot
from tests.support.server import LocalServer

pytestmark = pytest.mark.browser


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


Batch = dict[str, Snapshot | TargetError]
# Targets that end by running out of time get a short timeout; the others a generous one, so a busy
# machine (a CI runner, two cores shared with other jobs) cannot turn a quick failure into a timeout.
TIMED = CollectOptions(timeout_s=5, screenshot=False)
UNTIMED = CollectOptions(timeout_s=30, screenshot=False)


@pytest.fixture(scope="module")
def batch(fixture_server: LocalServer, fixtures_dir: Path) -> Batch:
    quick = {
        "good": fixture_server.url("collect/plain.html"),
        "local good": str(fixtures_dir / "collect" / "live-state.html"),
        "404": fixture_server.url("status/404"),
        "503": fixture_server.url("status/503"),
        "redirect loop": fixture_server.url("redirect-loop"),
        "refused": f"http://127.0.0.1:{_closed_port()}/apply",
        "dns": "http://careers.formaudit-test.invalid/apply",
        "pdf": fixture_server.url("binary.pdf"),
        "image": fixture_server.url("collect/pixel.png"),
        "json": fixture_server.url("collect/data.json"),
        "download": fixture_server.url("collect/brochure.bin"),
        "missing file": str(fixtures_dir / "collect" / "no-such-page.html"),
    }
    timed = {
        "slow": fixture_server.url("slow?ms=30000"),
        "bad step": fixture_server.url("collect/steps.html"),
        "hanging image": fixture_server.url("collect/hanging-image.html"),
    }
    missing_button = (ClickStep(selector="#no-such-button"),)
    requests = [CollectRequest(target=target) for target in quick.values()]
    results = collect_many(requests, UNTIMED, concurrency=2)
    timed_results = collect_many(
        [CollectRequest(target=target, steps=missing_button if name == "bad step" else ())
         for name, target in timed.items()], TIMED, concurrency=3)
    return dict(zip([*quick, *timed], [*results, *timed_results], strict=True))




def test_the_good_targets_in_a_bad_batch_are_still_collected(batch: Batch) -> None:
    assert isinstance(batch["good"], Snapshot)
    local = batch["local good"]
    assert isinstance(local, Snapshot)
    assert local.provenance.final_url.startswith("file://")
    assert 'data-fa-value="Leeds"' in local.html


def test_a_page_whose_load_event_never_fires_is_collected_with_a_warning(batch: Batch) -> None:
    snapshot = batch["hanging image"]
    assert isinstance(snapshot, Snapshot)
    assert 'name="name"' in snapshot.html
    assert any("did not finish loading" in warning for warning in snapshot.warnings)


@pytest.mark.parametrize(
    ("name", "error", "words"),
    [
        ("404", TargetHTTPError, "HTTP 404"),
        ("503", TargetHTTPError, "HTTP 503"),
        ("redirect loop", TargetUnreachableError, "redirect loop"),
        ("refused", TargetUnreachableError, "refused"),
        ("dns", TargetUnreachableError, "DNS"),
        ("slow", TargetTimeoutError, "did not load within 5 s"),
        ("pdf", TargetContentError, "application/pdf, not an HTML page"),
        ("image", TargetContentError, "image/png, not an HTML page"),
        ("json", TargetContentError, "application/json, not an HTML page"),
        ("download", TargetContentError, "download"),
        ("missing file", TargetNotFoundError, "no such file"),
        ("bad step", TargetTimeoutError, "step 1 (click '#no-such-button')"),
    ],
)
def test_each_failure_gives_its_error_class_and_a_one_line_reason(
    batch: dict[str, Snapshot | TargetError], name: str, error: type[TargetError], words: str
) -> None:
    result = batch[name]
    assert type(result) is error, f"{name}: {result!r}"
    assert words in str(result)
    assert "\n" not in str(result)
    assert str(result).startswith(result.target + ": ")


def test_http_errors_carry_the_status(batch: dict[str, Snapshot | TargetError]) -> None:
    result = batch["404"]
    assert isinstance(result, TargetHTTPError) and result.status == 404


def test_a_dom_larger_than_the_limit_is_refused(fixture_server: LocalServer) -> None:
    (result,) = collect_many([CollectRequest(target=fixture_server.url("collect/plain.html"))],
                             CollectOptions(max_html_bytes=300, screenshot=False))
    assert isinstance(result, TargetContentError)
    assert "more than the limit of 300" in result.reason


def test_a_crashed_tab_is_a_content_error() -> None:
    async def crash() -> Snapshot:
        from playwright.async_api import async_playwright

        async with async_playwright() as playwright:
            browser = await launch_chromium(playwright, find_browser())
            try:
                settings = RunSettings(browser_version=browser.version, init_script=init_script(500))
                # chrome://crash kills the renderer: the one reliable way to crash a tab on purpose.
                request = CollectRequest(target="crash-test")
                return await collect_target(browser, request, CollectOptions(timeout_s=5),
                                            url="chrome://crash", settings=settings)
            finally:
                await browser.close()

    with pytest.raises(TargetContentError, match="crashed"):
        asyncio.run(crash())


def test_local_targets_that_do_not_exist_need_no_browser(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Even with the browser pointed at nothing, missing files are reported per target.
    monkeypatch.setenv("FORMAUDIT_CHROMIUM", str(tmp_path / "no-chromium"))
    (result,) = collect_many([CollectRequest(target=str(tmp_path / "gone.html"))], CollectOptions())
    assert isinstance(result, TargetNotFoundError)


def test_no_browser_is_a_run_level_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                         fixture_server: LocalServer) -> None:
    monkeypatch.setenv("FORMAUDIT_CHROMIUM", str(tmp_path / "no-chromium"))
    with pytest.raises(BrowserNotFoundError, match="FORMAUDIT_CHROMIUM"):
        collect_many([CollectRequest(target=fixture_server.url("collect/plain.html"))], CollectOptions())


def test_unusable_run_options_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="concurrency"):
        collect_many([], CollectOptions(), concurrency=0)
    broken = tmp_path / "state.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="storage_state"):
        collect_many([CollectRequest(target="https://x.test/")], CollectOptions(storage_state=broken))
