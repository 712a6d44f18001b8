"""``formaudit`` command group. Each command lives in its own module and is registered here."""

from __future__ import annotations

import click

from formaudit import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="formaudit")
def cli() -> None:
    """Audit job-application forms for what they ask candidates before any offer exists."""


def _register() -> None:
    # Imported here, not at module top, so ``formaudit --help`` stays fast and one broken command
    # module cannot hide the others' help.
    from formaudit.cli import commands

    for command in commands.all_commands():
        cli.add_command(command)


def main() -> None:
    _register()
    cli(prog_name="formaudit")
