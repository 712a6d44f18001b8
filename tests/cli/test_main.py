"""The command group: one command's broken module never takes `--help` or the other commands with it."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from formaudit.cli import commands
from formaudit.cli.main import cli


@pytest.fixture
def broken_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    table = dict(commands.COMMANDS)
    table["schema"] = "formaudit.cli.no_such_module:schema_command"
    monkeypatch.setattr(commands, "COMMANDS", table)


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    listed = [line.split()[0] for line in result.output.split("Commands:")[1].splitlines() if line.strip()]
    assert listed == list(commands.COMMANDS)


@pytest.mark.usefixtures("broken_schema")
def test_a_command_that_cannot_be_imported_leaves_help_and_the_others_working() -> None:
    runner = CliRunner()
    help_text = runner.invoke(cli, ["--help"])
    assert help_text.exit_code == 0
    assert "audit" in help_text.output and "doctor" in help_text.output
    assert "schema" in help_text.output and "unavailable: ModuleNotFoundError" in help_text.output

    rules = runner.invoke(cli, ["rules"])
    assert rules.exit_code == 0 and "date-of-birth" in rules.output

    broken = runner.invoke(cli, ["schema", "--anything"])
    assert broken.exit_code == 2
    assert "the `schema` command could not be loaded (ModuleNotFoundError" in broken.output
    assert "no_such_module" in broken.output


def test_an_attribute_that_is_not_a_command_is_reported_too() -> None:
    command = commands.load_command("odd", "formaudit.exit_codes:ExitCode")
    assert "not a click command" in (command.help or "")
