"""A hostile probe of the installed CLI: pages and servers that stall, flood or attack an auditor.

Each case was run against formaudit as a user runs it; what it did wrong is fixed and pinned here.
The expectations are the product's: one clear line per target that could not be read, the other
targets still audited, bounded time and memory, nothing executed from page text, nothing left running.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import CLI, run_installed
from tests.support.hostile import ROUTES
from tests.support.server import LocalServer, serve

pytestmark = pytest.mark.browser

PAGES = ("good", "hang", "drip", "chain", "gzip-bomb", "binary-as-html", "binary-download", "endless-script",
         "dialogs", "reloading", "frames", "nested-frames", "ansi", "workflow")
TIMEOUT_S = 8


def chromium_pids() -> set[int]:
    pids = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if b"chrom" in command.split(b"\x00", 1)[0].lower():
                pids.add(int(entry.name))
    return pids


def wait_for_no_new_chromium(before: set[int], seconds: float = 10) -> set[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        left = chromium_pids() - before
        if not left:
            return set()
        time.sleep(0.2)
    return chromium_pids() - before


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalServer]:
    with serve(tmp_path_factory.mktemp("www"), ROUTES) as running:
        yield running


@pytest.fixture(scope="module")
def probe(server: LocalServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One run over every hostile page at once, as a crawl of a careers site would meet them."""
    workdir = tmp_path_factory.mktemp("probe")
    before = chromium_pids()
    started = time.monotonic()
    done = run_installed(workdir, "audit", *(server.url(page) for page in PAGES), "--format", "table,json,sarif",
                         "--output-dir", "out", "--timeout", str(TIMEOUT_S), "--concurrency", "2", timeout=600)
    elapsed = time.monotonic() - started
    result = json.loads((workdir / "out" / "formaudit.json").read_text(encoding="utf-8"))
    targets = {t["target"].rsplit("/", 1)[-1]: t for t in result["targets"]}
    return {"done": done, "elapsed": elapsed, "targets": targets, "workdir": workdir,
            "leaked": wait_for_no_new_chromium(before)}


def test_the_run_ends_in_bounded_time_with_every_target_accounted_for(probe: dict[str, Any]) -> None:
    assert set(probe["targets"]) == set(PAGES)
    # Fourteen pages, two at a time, each bounded by the timeout (plus a browser start).
    assert probe["elapsed"] < (len(PAGES) / 2 + 2) * (TIMEOUT_S + 4)
    assert probe["done"].returncode == 3  # some targets could not be audited: an incomplete audit


def test_no_chromium_process_outlives_the_run(probe: dict[str, Any]) -> None:
    assert probe["leaked"] == set()


def test_the_good_page_is_audited_whatever_its_neighbours_do(probe: dict[str, Any]) -> None:
    good = probe["targets"]["good"]
    assert good["error"] is None and [f["rule_id"] for f in good["findings"]] == ["date-of-birth"]


@pytest.mark.parametrize(
    ("page", "kind", "words"),
    [
        ("hang", "timeout", f"did not load within {TIMEOUT_S} s"),  # accepts, never answers
        ("drip", "timeout", f"did not load within {TIMEOUT_S} s"),  # a byte a second
        ("chain", "unreachable", "redirect"),  # 30+ hops
        ("gzip-bomb", "timeout", "within"),  # 400 MB behind 400 KB: Chromium stops reading at the timeout
        ("binary-as-html", "timeout", "within"),  # 50 MB of binary claiming to be HTML
        ("binary-download", "content", "file download"),
        ("endless-script", "timeout", "within"),  # while (true) {}
        ("nested-frames", "timeout", "within"),  # frames inside frames without end
    ],
)
def test_a_page_that_cannot_be_read_is_one_line_naming_why(probe: dict[str, Any], page: str, kind: str,
                                                           words: str) -> None:
    error = probe["targets"][page]["error"]
    assert error is not None and error["kind"] == kind and words in error["message"]
    assert "\n" not in error["message"] and len(error["message"]) < 300
    lines = [line for line in probe["done"].stderr.splitlines() if line.startswith("error:") and f"/{page}:" in line]
    assert len(lines) == 1


@pytest.mark.parametrize("page", ["dialogs", "frames"])
def test_dialogs_and_hundreds_of_frames_do_not_stop_the_audit(probe: dict[str, Any], page: str) -> None:
    target = probe["targets"][page]
    assert target["error"] is None
    assert [f["rule_id"] for f in target["findings"]] == ["date-of-birth"]


def test_a_page_that_reloads_itself_is_read_between_reloads_or_named_as_such(probe: dict[str, Any]) -> None:
    """Every 100 ms: formaudit reads it again when it navigates mid-read; if it never holds still, says so."""
    target = probe["targets"]["reloading"]
    if target["error"] is None:
        assert [f["rule_id"] for f in target["findings"]] == ["date-of-birth"]
    else:
        assert target["error"]["kind"] == "content"
        assert "kept navigating away while it was being read" in target["error"]["message"]


def test_hundreds_of_frames_give_one_warning_not_hundreds(probe: dict[str, Any]) -> None:
    warnings = [line for line in probe["done"].stderr.splitlines() if "/frames:" in line]
    assert len(warnings) <= 3, warnings
    assert any("the page has 200 frames; formaudit reads the first 40" in line for line in warnings)
    assert "never awaited" not in probe["done"].stderr


def test_terminal_escapes_in_labels_never_reach_the_terminal_or_the_reports(probe: dict[str, Any]) -> None:
    done = probe["done"]
    assert "\x1b" not in done.stdout and "\x1b" not in done.stderr and "\x07" not in done.stdout
    assert "[2J" not in done.stdout and "]8;;" not in done.stdout  # no debris of the sequences either
    report = (probe["workdir"] / "out" / "formaudit.json").read_text(encoding="utf-8")
    assert "\\u001b" not in report and "\\u0007" not in report
    labels = [f["field_label"] for f in probe["targets"]["ansi"]["findings"] if f["rule_id"] == "date-of-birth"]
    assert labels == ["Date of birth"]


def test_workflow_commands_in_labels_are_inert_in_annotations(probe: dict[str, Any]) -> None:
    done = run_installed(probe["workdir"], "annotate", "out/formaudit.sarif")
    assert done.returncode == 0
    pwned = [line for line in done.stdout.splitlines() if "pwned" in line]
    assert pwned, done.stdout
    for line in done.stdout.splitlines():
        # Exactly one command per line, at its start; the label's own "::error" is data inside it.
        assert line.startswith(("::error ", "::warning ", "::notice ")), line
        assert "::set-output" not in line.split("::", 2)[1]
        assert "::add-mask::" not in line.split("::", 2)[1]
    assert not any(line.startswith(("::set-output", "::add-mask")) for line in done.stdout.splitlines())


def test_a_gzip_bomb_sitemap_is_refused_not_unpacked(server: LocalServer, tmp_path: Path) -> None:
    done = run_installed(tmp_path, "audit", server.url("sitemap-bomb.xml.gz"), "--format", "json",
                         "--output-dir", "out", "--timeout", str(TIMEOUT_S))
    assert done.returncode == 3
    result = json.loads((tmp_path / "out" / "formaudit.json").read_text(encoding="utf-8"))
    (failed,) = result["targets"]
    assert failed["error"]["kind"] == "sitemap" and "larger than" in failed["error"]["message"]


def test_concurrent_runs_into_one_output_folder_leave_whole_reports(tmp_path: Path) -> None:
    form = tmp_path / "apply.html"
    form.write_text('<form><label>Date of birth <input name="dob"></label></form>', encoding="utf-8")
    command = [str(CLI), "audit", str(form), "--no-browser", "--format", "json,html,sarif,md,junit",
               "--output-dir", "shared", "--quiet"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("FORMAUDIT_")}
    runs = [subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            for _ in range(6)]
    codes = [run.wait(timeout=120) for run in runs]
    assert codes == [1] * 6  # the date-of-birth finding fails each run; no run broke on the others' files
    out = tmp_path / "shared"
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["formaudit.json", "formaudit.html", "formaudit.sarif", "formaudit.md", "formaudit.junit.xml"])
    json.loads((out / "formaudit.json").read_text(encoding="utf-8"))  # whole, not torn
    json.loads((out / "formaudit.sarif").read_text(encoding="utf-8"))
    assert (out / "formaudit.html").read_text(encoding="utf-8").rstrip().endswith("</html>")


def test_ctrl_c_mid_run_exits_130_and_leaves_no_browser_behind(server: LocalServer, tmp_path: Path) -> None:
    before = chromium_pids()
    env = {k: v for k, v in os.environ.items() if not k.startswith("FORMAUDIT_")}
    run = subprocess.Popen([str(CLI), "audit", server.url("hang"), server.url("good"), "--timeout", "60",
                            "--format", "json", "--output-dir", "out"], cwd=tmp_path, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not (chromium_pids() - before) and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(1.0)  # the browser is up and the hanging page is loading
    run.send_signal(signal.SIGINT)
    _, stderr = run.communicate(timeout=30)
    assert run.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert wait_for_no_new_chromium(before) == set()
