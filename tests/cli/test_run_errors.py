"""Every command maps run-level errors to the same exit codes: bad config 2, no browser 3."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from formaudit.cli.audit_cmd import audit_command
from formaudit.cli.extract_cmd import extract_command
from formaudit.cli.run_errors import exit_on_run_errors
from formaudit.errors import BrowserNotFoundError, ConfigError


@pytest.mark.parametrize(("error", "code"), [(ConfigError("bad key"), 2), (BrowserNotFoundError("none"), 3)])
def test_run_errors_become_one_message_and_their_exit_code(error: Exception, code: int) -> None:
    said: list[str] = []
    with pytest.raises(SystemExit) as exited, exit_on_run_errors(said.append):
        raise error
    assert exited.value.code == code
    assert said == [str(error)]


@pytest.mark.parametrize("command", [extract_command, audit_command], ids=["extract", "audit"])
def test_no_browser_exits_3_with_the_reason(command: click.Command, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORMAUDIT_CHROMIUM", "/no/such/chromium")
    outcome = CliRunner().invoke(command, ["http://127.0.0.1:9/apply"])
    assert outcome.exit_code == 3
    assert "FORMAUDIT_CHROMIUM" in outcome.output


def test_a_bad_config_exits_2_naming_the_file(tmp_path: Path) -> None:
    config = tmp_path / "formaudit.toml"
    config.write_text('fail_on = "catastrophic"\n', encoding="utf-8")
    outcome = CliRunner().invoke(audit_command, ["--config", str(config), "--no-browser", "x.html"])
    assert outcome.exit_code == 2
    assert "formaudit.toml" in outcome.output and "fail_on" in outcome.output
