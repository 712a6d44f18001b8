"""The command group: one command's broken module never takes `--help` or the other commands with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from formaudit.cli import commands
from formaudit.cli.main import cli, main
from formaudit.exit_codes import ExitCode


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


@pytest.fixture
def exploding_merge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`merge` points at a module that raises a plain RuntimeError while it is imported (a bug, not a
    missing dependency)."""
    (tmp_path / "exploding_cmd.py").write_text('raise RuntimeError("boom at import\\nsecond line")\n',
                                               encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    table = dict(commands.COMMANDS)
    table["merge"] = "exploding_cmd:merge_command"
    monkeypatch.setattr(commands, "COMMANDS", table)


@pytest.mark.usefixtures("exploding_merge")
def test_any_exception_while_importing_a_command_costs_only_that_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as listed:
        main(["--help"])
    out = capsys.readouterr().out
    assert listed.value.code == 0
    assert "merge" in out and "(unavailable: RuntimeError: boom at import second line)" in out

    with pytest.raises(SystemExit) as other:
        main(["explain", "date-of-birth"])
    assert other.value.code == 0 and "date-of-birth" in capsys.readouterr().out

    with pytest.raises(SystemExit) as broken:
        main(["merge", "a.json", "b.json"])
    err = capsys.readouterr().err
    assert broken.value.code == ExitCode.USAGE
    assert err.startswith("formaudit: the `merge` command could not be loaded (RuntimeError: boom at import")
    assert "Traceback" not in err
