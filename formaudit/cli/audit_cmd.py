"""``formaudit audit``: audit the targets, print what was found, write the reports, exit with the gate's code.

Exit codes live in ``formaudit.exit_codes``: 0 passed, 1 findings at or above the threshold (or an
expired waiver), 2 usage or configuration error (or, on a run that would pass, a report that could not be
written), 3 a target could not be audited (``--allow-partial`` makes that a warning). The run itself
(config, plan, pipeline, gate) is in ``formaudit.cli.audit_run`` so ``formaudit baseline`` shares it;
this module is the command line and the printing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from formaudit.cli.audit_run import RunRequest, execute, finish, prepare
from formaudit.cli.console import Console
from formaudit.cli.run_errors import exit_on_run_errors
from formaudit.models.context import Stage
from formaudit.models.findings import Severity

F = TypeVar("F", bound=Callable[..., Any])

_SEVERITIES = [s.value for s in Severity]
_STAGES = [s.value for s in Stage]


def run_options(command: F) -> F:
    """Options shared by ``audit`` and ``baseline``: what to audit and how."""
    decorators = [
        click.argument("targets", nargs=-1, metavar="[TARGET]..."),
        click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
                     envvar="FORMAUDIT_CONFIG",
                     help="Config file (default: formaudit.toml or [tool.formaudit] in pyproject.toml, "
                          "searched from here up to the repository root). Env: FORMAUDIT_CONFIG."),
        click.option("--stage", type=click.Choice(_STAGES), default=None,
                     help="Hiring stage the forms serve (default: the config's, else application)."),
        click.option("--jurisdiction", "jurisdictions", multiple=True, metavar="CODE",
                     help="Where the job is, repeatable: GB, EU, DE, US, US-CA, US-NYC ..."),
        click.option("--no-waivers", is_flag=True, help="Ignore every waiver: show and count everything."),
        click.option("--allow-partial", is_flag=True,
                     help="A target that cannot be audited is a warning, not exit code 3."),
        click.option("--shard", metavar="K/N", help="Audit only the K-th of N stable parts of the targets."),
        click.option("--concurrency", type=click.IntRange(1, 32), default=None,
                     help="Pages loaded at once (default: the config's, else 1)."),
        click.option("--timeout", type=click.FloatRange(min=0, min_open=True, max=600), default=None,
                     metavar="SECONDS", help="Per target: load, settle and read the page (default 30)."),
        click.option("--max-clicks", type=click.IntRange(0, 20), default=None, metavar="N",
                     help="Clicks formaudit may make on its own to reach the application form from the page "
                          "given (cookie banner, Apply, Apply manually, tabs; default 6, 0: none). The "
                          "config's steps, where given, win."),
        click.option("--no-browser", is_flag=True,
                     help="Read HTML files as they are (templates in a repository); no Chromium needed."),
        click.option("--browser", is_flag=True,
                     help="Render ATS job URLs (Greenhouse, Lever, Ashby, ...) in the browser instead of "
                          "reading the questions the vendor publishes."),
        click.option("--no-cache", is_flag=True,
                     help="Do not keep ATS API answers in the revalidating cache (FORMAUDIT_CACHE_DIR, "
                          "else ~/.cache/formaudit/ats)."),
        click.option("--save-snapshot", "snapshot_dir", type=click.Path(file_okay=False, path_type=Path),
                     help="Save each page's snapshot here, to audit again later without a browser."),
        click.option("--select", multiple=True, metavar="ID|TAG", help="Run only these rules (repeatable)."),
        click.option("--ignore", multiple=True, metavar="ID|TAG", help="Skip these rules (repeatable)."),
        click.option("-q", "--quiet", is_flag=True, help="Print only errors and the final verdict."),
        click.option("--color/--no-color", default=None, help="Colour the output (default: on a terminal)."),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


@click.command("audit")
@run_options
@click.option("--format", "formats", multiple=True, metavar="FORMAT[,FORMAT...]",
              help="table, json, html, sarif, junit, md; comma-separated or repeated. "
                   "`--format json` without an output directory prints JSON to stdout.")
@click.option("--output-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where report files go (default: the config's output_dir, else ./reports).")
@click.option("--fail-on", type=click.Choice(_SEVERITIES), default=None,
              help="Lowest severity that fails the run (default: the config's, else medium).")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Fail only on findings not in this baseline file (see `formaudit baseline`).")
@click.option("--exit-zero", is_flag=True,
              help="Report findings but exit 0 instead of 1 (usage errors and failed targets still count).")
def audit_command(**options: Any) -> None:
    """Audit application forms and fail when they ask candidates for what no employer needs yet.

    TARGETs are URLs, HTML files, directories, quoted globs ("forms/**/*.html"), sitemaps
    (*.xml, a URL or a file) and @FILE lists (one target a line). Without TARGETs, the config's
    [[targets]] are audited.
    """
    request = RunRequest.from_click(options)
    console = Console(quiet=request.quiet, color=request.color, json_on_stdout=False)
    with exit_on_run_errors(console.error):
        prepared = prepare(request)
        console = console.for_formats(prepared.json_on_stdout)
        outcome = execute(prepared, console)
    raise SystemExit(finish(prepared, outcome, console))
