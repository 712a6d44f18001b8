"""Where a command's text goes: human text to stdout (stderr when stdout carries JSON), problems to stderr."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import click


@dataclass(frozen=True)
class Console:
    """Where text goes: human text to stdout (stderr when stdout carries JSON), problems to stderr."""

    quiet: bool = False
    color: bool | None = None
    json_on_stdout: bool = False

    def for_formats(self, json_on_stdout: bool) -> Console:
        return replace(self, json_on_stdout=json_on_stdout)

    def say(self, text: str = "", **style: Any) -> None:
        if not self.quiet:
            styled = click.style(text, **style) if style else text
            click.echo(styled, err=self.json_on_stdout, color=self.color)

    def warn(self, text: str) -> None:
        if not self.quiet:
            click.echo(click.style("warning: ", fg="yellow") + text, err=True, color=self.color)

    def error(self, text: str) -> None:
        click.echo(click.style("error: ", fg="red", bold=True) + text, err=True, color=self.color)

    def verdict(self, text: str, passed: bool) -> None:
        styled = click.style(text, fg="green" if passed else "red", bold=True)
        click.echo(styled, err=self.json_on_stdout or self.quiet, color=self.color)

    def data(self, text: str) -> None:
        click.echo(text, nl=not text.endswith("\n"))
