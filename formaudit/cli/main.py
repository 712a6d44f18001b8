"""``formaudit`` command group. Commands live in their own modules, listed in ``commands.COMMANDS`` and
imported one at a time, so a module that fails to import costs only its own commands."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Sequence

import click

from formaudit.cli.commands import LazyGroup
from formaudit.exit_codes import ExitCode
from formaudit.version import __version__

DEBUG_VARIABLE = "FORMAUDIT_DEBUG"


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="formaudit")
def cli() -> None:
    """Audit job-application forms for what they ask candidates before any offer exists."""


def unexpected_error_line(exc: BaseException) -> str:
    """One line for a bug: what broke, that it is ours, and how to see more."""
    message = " ".join(str(exc).split()) or "(no message)"
    return (f"formaudit: internal error: {type(exc).__name__}: {message} — this is a bug in formaudit, "
            f"please report it; set {DEBUG_VARIABLE}=1 to see the traceback")


def main(argv: Sequence[str] | None = None) -> None:
    """The console script. Exit codes are formaudit's own (``formaudit.exit_codes``): an unexpected
    exception exits 2 and an interrupt 130, never 1, which CI reads as "findings"."""
    try:
        # standalone_mode=False: click leaves Abort and ClickException to us, so Ctrl-C is not
        # turned into click's "Aborted!" with exit 1.
        code = cli.main(args=list(argv) if argv is not None else None, prog_name="formaudit",
                        standalone_mode=False)
    except click.ClickException as exc:  # usage errors: click's own message and code (2)
        exc.show()
        sys.exit(exc.exit_code)
    except (click.Abort, KeyboardInterrupt):
        click.echo("formaudit: interrupted; reports already written are kept", err=True)
        sys.exit(int(ExitCode.INTERRUPTED))
    except Exception as exc:
        if os.environ.get(DEBUG_VARIABLE, "").strip() not in ("", "0"):
            traceback.print_exc(file=sys.stderr)
        click.echo(unexpected_error_line(exc), err=True)
        sys.exit(int(ExitCode.USAGE))
    sys.exit(code if isinstance(code, int) else 0)
