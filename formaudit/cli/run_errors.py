"""The run-level errors library code raises, turned into one message and formaudit's exit code."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click

from formaudit.errors import BrowserNotFoundError, ConfigError
from formaudit.exit_codes import ExitCode


def print_error(message: str) -> None:
    click.secho(f"error: {message}", fg="red", err=True)


@contextmanager
def exit_on_run_errors(report: Callable[[str], None] = print_error) -> Iterator[None]:
    """A bad configuration exits 2; no usable browser exits 3 (nothing could be collected)."""
    try:
        yield
    except ConfigError as exc:
        report(str(exc))
        raise SystemExit(ExitCode.USAGE) from None
    except BrowserNotFoundError as exc:
        report(str(exc))
        raise SystemExit(ExitCode.TARGET_FAILED) from None
