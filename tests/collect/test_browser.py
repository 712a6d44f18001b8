"""Finding, installing and starting Chromium, and ``formaudit doctor``."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from formaudit.cli.doctor_cmd import doctor
from formaudit.collect.browser import (
    ENV_VAR,
    FoundBrowser,
    chromium_args,
    find_browser,
    install_browser,
)
from formaudit.errors import BrowserNotFoundError


def _executable(path: Path) -> Path:
    path.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def _nothing() -> str | None:
    return None


# --- discovery order ------------------------------------------------------------------------------


def test_an_explicit_path_that_does_not_exist_is_a_clear_error_not_a_fallback(tmp_path: Path) -> None:
    missing = tmp_path / "chromium"
    system = _executable(tmp_path / "system-chromium")
    with pytest.raises(BrowserNotFoundError) as raised:
        find_browser(environ={ENV_VAR: str(missing)}, system_paths=[str(system)])
    message = str(raised.value)
    assert f"{ENV_VAR} is set to {missing}, which does not exist" in message
    assert "apt-get install chromium" in message and "playwright install chromium" in message


def test_an_explicit_path_that_is_not_executable_says_so(tmp_path: Path) -> None:
    plain = tmp_path / "chromium"
    plain.write_text("not a program", encoding="utf-8")
    with pytest.raises(BrowserNotFoundError, match="is not executable"):
        find_browser(environ={ENV_VAR: str(plain)})


def test_the_explicit_path_wins_over_everything(tmp_path: Path) -> None:
    explicit = _executable(tmp_path / "my-chrome")
    bundled = _executable(tmp_path / "playwright-chrome")
    found = find_browser(environ={ENV_VAR: str(explicit)}, playwright_path=lambda: str(bundled))
    assert found == FoundBrowser(explicit, "environment")
    assert "FORMAUDIT_CHROMIUM" in found.how_found


def test_playwrights_own_chromium_comes_before_a_system_one(tmp_path: Path) -> None:
    bundled = _executable(tmp_path / "playwright-chrome")
    system = _executable(tmp_path / "system-chromium")
    found = find_browser(environ={}, playwright_path=lambda: str(bundled), system_paths=[str(system)])
    assert found == FoundBrowser(bundled, "playwright")


def test_a_system_chromium_is_used_when_playwright_has_not_downloaded_one(tmp_path: Path) -> None:
    system = _executable(tmp_path / "system-chromium")
    found = find_browser(environ={}, playwright_path=lambda: str(tmp_path / "not-downloaded"),
                         system_paths=[str(tmp_path / "absent"), str(system)])
    assert found == FoundBrowser(system, "system")


def test_a_chromium_on_the_path_is_found_last(tmp_path: Path) -> None:
    on_path = _executable(tmp_path / "chromium-browser")
    found = find_browser(environ={}, playwright_path=_nothing, system_paths=[],
                         which=lambda name: str(on_path) if name == "chromium-browser" else None)
    assert found == FoundBrowser(on_path, "system")


def test_no_browser_anywhere_explains_how_to_get_one() -> None:
    with pytest.raises(BrowserNotFoundError) as raised:
        find_browser(environ={}, playwright_path=_nothing, system_paths=[], which=lambda name: None)
    message = str(raised.value)
    assert "No Chromium found" in message
    assert "sudo apt-get install chromium" in message
    assert "python -m playwright install chromium" in message
    assert ENV_VAR in message


@pytest.mark.browser
def test_this_machine_has_a_browser() -> None:
    # Browser tests fail, never skip, without one: this is the test that says why.
    found = find_browser()
    assert found.path.is_file() and os.access(found.path, os.X_OK)


# --- launch arguments -----------------------------------------------------------------------------


def test_launch_arguments_keep_chromium_offline_and_unsandboxed_only_as_root() -> None:
    quiet = {"--disable-background-networking", "--disable-component-update", "--no-first-run",
             "--disable-sync", "--disable-dev-shm-usage"}
    assert quiet <= set(chromium_args(as_root=False))
    assert "--no-sandbox" not in chromium_args(as_root=False)
    assert "--no-sandbox" in chromium_args(as_root=True)


# --- installing -----------------------------------------------------------------------------------


class RecordingRunner:
    """Stands in for subprocess.run so no test ever installs anything for real."""

    def __init__(self, returncode: int = 0, stderr: str = "") -> None:
        self.calls: list[tuple[list[str], dict[str, Any]]] = []
        self.returncode, self.stderr = returncode, stderr

    def __call__(self, command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        self.calls.append((command, kwargs))
        return subprocess.CompletedProcess(command, self.returncode, "", self.stderr)


class AppearsAfterInstall:
    def __init__(self, path: Path, runner: RecordingRunner) -> None:
        self.path, self.runner = path, runner

    def __call__(self) -> FoundBrowser:
        if not self.runner.calls:
            raise BrowserNotFoundError("No Chromium found.")
        return FoundBrowser(self.path, "system")


def test_installing_does_nothing_when_a_browser_is_there(tmp_path: Path) -> None:
    runner = RecordingRunner()
    present = FoundBrowser(_executable(tmp_path / "chromium"), "system")
    report = install_browser(find=lambda: present, run=runner)
    assert report.action == "none" and report.browser == present
    assert "already available" in report.message
    assert runner.calls == []


def test_installing_on_debian_as_root_uses_apt_without_questions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    runner = RecordingRunner()
    find = AppearsAfterInstall(tmp_path / "chromium", runner)
    report = install_browser(find=find, run=runner, debian_root=True)
    assert [command for command, _ in runner.calls] == [["apt-get", "update"],
                                                         ["apt-get", "install", "-y", "chromium"]]
    assert all(kwargs["env"]["DEBIAN_FRONTEND"] == "noninteractive" for _, kwargs in runner.calls)
    assert report.action == "apt" and "apt-get install chromium" in report.message


def test_installing_elsewhere_uses_playwright(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    runner = RecordingRunner()
    find = AppearsAfterInstall(tmp_path / "chrome", runner)
    report = install_browser(find=find, run=runner, debian_root=False)
    ((command, _),) = runner.calls
    assert command[1:] == ["-m", "playwright", "install", "chromium"]
    assert report.action == "playwright"


def test_a_failed_installation_says_what_failed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    runner = RecordingRunner(returncode=100, stderr="E: Unable to locate package chromium\n")

    def never() -> FoundBrowser:
        raise BrowserNotFoundError("No Chromium found.")

    with pytest.raises(BrowserNotFoundError) as raised:
        install_browser(find=never, run=runner, debian_root=True)
    message = str(raised.value)
    assert "`apt-get update` failed with exit code 100" in message
    assert "Unable to locate package chromium" in message


# --- formaudit doctor -----------------------------------------------------------------------------


@pytest.mark.browser
def test_doctor_reports_the_browser_and_that_it_launches() -> None:
    result = CliRunner().invoke(doctor, [])
    assert result.exit_code == 0, result.output
    lines = dict(line.split(":", 1) for line in result.output.splitlines())
    assert Path(lines["browser"].strip()).is_file()
    assert lines["found by"].strip()
    assert lines["version"].strip()[0].isdigit()
    assert lines["launch"].strip().startswith("ok")


@pytest.mark.browser
def test_doctor_install_browser_is_quick_and_quiet_when_a_browser_is_there() -> None:
    result = CliRunner().invoke(doctor, ["--install-browser"])
    assert result.exit_code == 0, result.output
    assert "Installed" not in result.output
    assert len(result.output.splitlines()) == 4


def test_doctor_exits_3_with_the_reason_when_there_is_no_browser(tmp_path: Path) -> None:
    result = CliRunner().invoke(doctor, [], env={ENV_VAR: str(tmp_path / "nothing-here")})
    assert result.exit_code == 3
    assert "does not exist" in result.output


def test_doctor_exits_3_when_the_browser_does_not_start(tmp_path: Path) -> None:
    fake = _executable(tmp_path / "fake-chromium")
    result = CliRunner().invoke(doctor, ["--timeout", "20"], env={ENV_VAR: str(fake)})
    assert result.exit_code == 3
    assert f"browser:  {fake}" in result.output
    assert "launch:   FAILED" in result.output
