"""One write failure, one callback bug or one browser crash never loses the run.

Snapshots that cannot be saved become warnings, exceptions in callbacks stay with their target, a
browser that will not start again fails only the targets that needed it, and a bug that does escape
is one line and exit 2 (never 1, which CI reads as "findings").
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from formaudit.cli import main as cli_main
from formaudit.cli.demo_cmd import demo_command
from formaudit.cli.extract_cmd import extract_command
from formaudit.collect import runner
from formaudit.collect.options import CollectOptions, CollectRequest
from formaudit.errors import BrowserNotFoundError, FormauditError, TargetError
from formaudit.models.snapshot import Snapshot
from formaudit.pipeline import Outcome, RunOptions, TargetSpec, collect_each, run_audit

FORM = "<!doctype html><title>Apply</title><form><label>Date of birth <input name=dob></label></form>"


@pytest.fixture
def pages(tmp_path: Path) -> list[Path]:
    made = []
    for name in ("one.html", "two.html", "three.html"):
        path = tmp_path / name
        path.write_text(FORM, encoding="utf-8")
        made.append(path)
    return made


@pytest.fixture
def blocked_dir(tmp_path: Path) -> Path:
    """A snapshot directory that cannot exist: its parent is a file."""
    (tmp_path / "sfile").write_text("a file, not a folder", encoding="utf-8")
    return tmp_path / "sfile" / "x"


def test_a_snapshot_that_cannot_be_saved_is_a_warning_and_the_audit_goes_on(
    pages: list[Path], blocked_dir: Path
) -> None:
    result = run_audit([TargetSpec(target=str(p)) for p in pages[:2]],
                       RunOptions(browser=False, plugins=False, snapshot_dir=blocked_dir))
    assert [t.error for t in result.targets] == [None, None]
    for target in result.targets:
        assert target.forms and target.findings
        (warning,) = [w for w in target.warnings if "snapshot could not be saved" in w]
        assert str(blocked_dir) in warning


@pytest.mark.browser
def test_a_snapshot_that_cannot_be_saved_in_a_browser_run_loses_nothing(
    pages: list[Path], blocked_dir: Path
) -> None:
    result = run_audit([TargetSpec(target=str(p)) for p in pages[:2]],
                       RunOptions(plugins=False, snapshot_dir=blocked_dir,
                                  collect=CollectOptions(screenshot=False, settle_ms=50)))
    assert [t.error for t in result.targets] == [None, None]
    assert all(t.findings for t in result.targets)
    assert all(any("snapshot could not be saved" in w for w in t.warnings) for t in result.targets)


def test_an_on_target_callback_that_raises_costs_no_result(pages: list[Path]) -> None:
    def progress(_: object) -> None:
        raise RuntimeError("progress bar exploded")

    result = run_audit([TargetSpec(target=str(p)) for p in pages], RunOptions(browser=False, plugins=False),
                       on_target=progress)
    assert len(result.targets) == 3 and all(t.error is None and t.findings for t in result.targets)
    assert all(any("progress bar exploded" in w for w in t.warnings) for t in result.targets)


def test_a_handler_that_raises_on_one_page_is_told_and_the_other_pages_are_still_handled(
    pages: list[Path]
) -> None:
    seen: list[tuple[int, str]] = []

    def handle(index: int, outcome: Outcome) -> None:
        if index == 0 and isinstance(outcome, Snapshot):
            raise ValueError("bad page")
        seen.append((index, type(outcome).__name__))
        if isinstance(outcome, FormauditError):
            assert "ValueError: bad page" in str(outcome)

    collect_each([TargetSpec(target=str(p)) for p in pages], RunOptions(browser=False), handle)
    assert seen == [(0, "FormauditError"), (1, "Snapshot"), (2, "Snapshot")]


@pytest.mark.browser
def test_an_on_result_callback_that_raises_fails_only_its_own_target(pages: list[Path]) -> None:
    calls: list[str] = []

    def on_result(request: CollectRequest, result: object) -> None:
        calls.append(request.target)
        if request.target == str(pages[0]):
            raise KeyError("boom")

    results = runner.collect_many([CollectRequest(target=str(p)) for p in pages],
                                  CollectOptions(screenshot=False, settle_ms=50), on_result=on_result)
    first, *others = results
    assert isinstance(first, TargetError) and "KeyError" in first.reason
    assert all(isinstance(r, Snapshot) for r in others)
    assert sorted(calls) == sorted(str(p) for p in pages)


@pytest.mark.browser
def test_a_browser_that_dies_and_cannot_start_again_fails_the_targets_not_the_run(
    pages: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_launch, real_collect = runner.launch_chromium, runner.collect_target
    launches: list[int] = []

    async def launch_once(*args: Any, **kwargs: Any) -> Any:
        launches.append(1)
        if len(launches) > 1:
            raise BrowserNotFoundError("Chromium at /usr/bin/chromium did not start: out of memory")
        return await real_launch(*args, **kwargs)

    async def collect_then_crash(browser: Any, request: CollectRequest, *args: Any, **kwargs: Any) -> Any:
        snapshot = await real_collect(browser, request, *args, **kwargs)
        if request.target == str(pages[0]):
            await browser.close()  # the browser is gone for every later target
        return snapshot

    monkeypatch.setattr(runner, "launch_chromium", launch_once)
    monkeypatch.setattr(runner, "collect_target", collect_then_crash)
    results = runner.collect_many([CollectRequest(target=str(p)) for p in pages],
                                  CollectOptions(screenshot=False, settle_ms=50))
    assert isinstance(results[0], Snapshot)
    for failed in results[1:]:
        assert isinstance(failed, TargetError)
        assert "could not be started again" in failed.reason and "out of memory" in failed.reason


@pytest.fixture
def boom_command() -> Iterator[None]:
    @click.command("boom")
    def boom() -> None:
        raise RuntimeError("something\nunexpected")

    cli_main.cli.add_command(boom)
    try:
        yield
    finally:
        cli_main.cli.commands.pop("boom", None)


def test_an_unexpected_exception_is_one_line_and_exit_2(
    boom_command: None, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FORMAUDIT_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exited:
        cli_main.main(["boom"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "RuntimeError: something unexpected" in err
    assert "please report" in err and "FORMAUDIT_DEBUG=1" in err


def test_formaudit_debug_adds_the_traceback_and_still_exits_2(
    boom_command: None, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORMAUDIT_DEBUG", "1")
    with pytest.raises(SystemExit) as exited:
        cli_main.main(["boom"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" in err and "RuntimeError: something unexpected" in err


def test_usage_errors_keep_clicks_own_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli_main.main(["no-such-command"])
    assert exited.value.code == 2
    assert "No such command" in capsys.readouterr().err


@pytest.fixture
def interrupted_command() -> Iterator[None]:
    @click.command("interrupted")
    def interrupted() -> None:
        raise KeyboardInterrupt

    cli_main.cli.add_command(interrupted)
    try:
        yield
    finally:
        cli_main.cli.commands.pop("interrupted", None)


def test_ctrl_c_exits_130_never_1_which_ci_reads_as_findings(
    interrupted_command: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli_main.main(["interrupted"])
    assert exited.value.code == 130
    assert "interrupted" in capsys.readouterr().err


def test_exit_codes_chosen_by_a_command_pass_through(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli_main.main(["explain", "no-such-check"])
    assert exited.value.code == 2
    with pytest.raises(SystemExit) as exited:
        cli_main.main(["--version"])
    assert exited.value.code == 0
    assert "formaudit" in capsys.readouterr().out


@pytest.mark.browser
def test_demo_reports_that_cannot_be_written_are_an_error_message_not_a_traceback(blocked_dir: Path) -> None:
    outcome = CliRunner().invoke(demo_command, ["--output-dir", str(blocked_dir)])
    assert outcome.exception is None or isinstance(outcome.exception, SystemExit)
    assert outcome.exit_code == 2
    assert "could not write the html report" in outcome.output
    assert "Traceback" not in outcome.output


def test_extract_accepts_a_timeout_below_one_second_like_audit(pages: list[Path]) -> None:
    outcome = CliRunner().invoke(extract_command, [str(pages[0]), "--no-browser", "--timeout", "0.5",
                                                   "--format", "json"])
    assert outcome.exit_code == 0, outcome.output
    assert json.loads(outcome.output)["targets"][0]["error"] is None
    refused = CliRunner().invoke(extract_command, [str(pages[0]), "--no-browser", "--timeout", "0"])
    assert refused.exit_code == 2 and "--timeout" in refused.output
