"""The list of commands, loaded lazily. Adding a command: write its module, add a line here.

Each command's module is imported only when that command runs or help lists it, so ``formaudit
--help`` stays fast, and a module that fails to import (a broken install, a missing optional
dependency, a bug) costs only that command: help lists it as unavailable with the reason, every other
command works, and running it says what went wrong and exits 2.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from formaudit.exit_codes import ExitCode

# name -> "module:attribute", in the order help lists them
COMMANDS: dict[str, str] = {
    "audit": "formaudit.cli.audit_cmd:audit_command",
    "extract": "formaudit.cli.extract_cmd:extract_command",
    "demo": "formaudit.cli.demo_cmd:demo_command",
    "rules": "formaudit.cli.rules_cmd:rules",
    "explain": "formaudit.cli.rules_cmd:explain",
    "baseline": "formaudit.cli.baseline_cmd:baseline_command",
    "merge": "formaudit.cli.merge_cmd:merge_command",
    "schema": "formaudit.cli.schema_cmd:schema_command",
    "annotate": "formaudit.cli.annotate_cmd:annotate_command",
    "doctor": "formaudit.cli.doctor_cmd:doctor",
}


def load_command(name: str, where: str) -> click.Command:
    """The command object, or a stand-in that explains why it could not be loaded."""
    module_name, attribute = where.split(":")
    try:
        command = getattr(importlib.import_module(module_name), attribute)
    except Exception as exc:
        return _unavailable(name, f"{type(exc).__name__}: {' '.join(str(exc).split()) or '(no message)'}")
    if not isinstance(command, click.Command):
        return _unavailable(name, f"{where} is not a click command")
    return command


def _unavailable(name: str, reason: str) -> click.Command:
    def fail(**_: Any) -> None:
        click.echo(f"formaudit: the `{name}` command could not be loaded ({reason}); this is a bug or a "
                   "broken installation: reinstall formaudit, and report it if it persists", err=True)
        raise SystemExit(int(ExitCode.USAGE))

    return click.Command(name, callback=fail, help=f"(unavailable: {reason})",
                         short_help=f"(unavailable: {reason})", context_settings={"ignore_unknown_options": True},
                         params=[click.Argument(["args"], nargs=-1, type=click.UNPROCESSED)])


class LazyGroup(click.Group):
    """A group whose commands come from ``COMMANDS``, imported one at a time on demand."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*COMMANDS, *(name for name in super().list_commands(ctx) if name not in COMMANDS)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in COMMANDS:
            return load_command(cmd_name, COMMANDS[cmd_name])
        return super().get_command(ctx, cmd_name)
