"""``formaudit baseline``: run the audit and record today's findings, so later runs fail only on new ones.

The file is sorted and holds no timestamps (see ``formaudit.gate.baseline``); commit it. Entries of
targets that cannot be audited this time are kept from the file being replaced, and so are those of
targets outside a narrowed run (TARGET arguments or ``--shard``); a run over the whole config drops
the entries of targets it no longer declares. Levels and waivers
apply as in ``audit``: ``off`` rules and waived findings are not recorded. ``--from-result`` builds the
baseline from a JSON result instead (for example the output of ``formaudit merge`` after a sharded run).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from formaudit.cli.audit_cmd import run_options
from formaudit.cli.audit_run import RunRequest, execute, prepare
from formaudit.cli.console import Console
from formaudit.cli.run_errors import exit_on_run_errors
from formaudit.config import load_config
from formaudit.errors import ConfigError
from formaudit.exit_codes import ExitCode
from formaudit.gate.baseline import Baseline, build_baseline, load_baseline, write_baseline
from formaudit.gate.merge import load_result
from formaudit.models.result import AuditResult

DEFAULT_BASELINE = Path("formaudit-baseline.json")


@click.command("baseline")
@run_options
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Baseline file to write (default: the config's `baseline`, else formaudit-baseline.json).")
@click.option("--from-result", type=click.Path(dir_okay=False, path_type=Path),
              help="Build the baseline from this JSON result instead of running an audit.")
def baseline_command(output: Path | None, from_result: Path | None, **options: Any) -> None:
    """Record the current findings as accepted; `audit --baseline FILE` then fails only on new ones."""
    request = RunRequest.from_click(options)
    console = Console(quiet=request.quiet, color=request.color)
    with exit_on_run_errors(console.error):
        if from_result is not None:
            result = load_result(from_result)
            path = _output_path(output, request)
            narrowed: set[str] | None = None
        else:
            prepared = prepare(request, use_baseline=False)
            path = output or prepared.settings.baseline or DEFAULT_BASELINE
            outcome = execute(prepared, console)
            for note in outcome.notes:
                console.warn(note)
            result = outcome.result
            # A run narrowed to some targets (or one shard) updates only their entries.
            narrowed = set(prepared.plan.names) if request.targets or request.shard else None
        also_keep = None if narrowed is None else (lambda target: target not in narrowed)
        baseline = build_baseline(result, keep_from=_previous(path, console), also_keep=also_keep)
    try:
        write_baseline(baseline, path)
    except OSError as exc:
        console.error(f"could not write the baseline: {exc}")
        raise SystemExit(ExitCode.USAGE) from None
    raise SystemExit(_report(result, baseline, path, request, console))


def _output_path(output: Path | None, request: RunRequest) -> Path:
    if output is not None:
        return output
    loaded = load_config(request.config_path)
    configured = loaded.config.baseline
    if configured:
        path = Path(configured)
        return path if path.is_absolute() else loaded.base_dir / path
    return DEFAULT_BASELINE


def _previous(path: Path, console: Console) -> Baseline | None:
    if not path.exists():
        return None
    try:
        return load_baseline(path)
    except ConfigError as exc:
        console.warn(f"replacing an unreadable baseline: {exc}")
        return None


def _report(result: AuditResult, baseline: Baseline, path: Path, request: RunRequest,
            console: Console) -> int:
    occurrences = sum(entry.count for entry in baseline.findings.values())
    targets = len(baseline.targets())
    console.say(f"wrote {path}: {len(baseline.findings)} distinct findings ({occurrences} in all) "
                f"on {targets} target{'s' if targets != 1 else ''}")
    failed = result.failed_targets
    if not failed:
        console.verdict("formaudit: baseline written (exit 0)", True)
        return int(ExitCode.OK)
    names = ", ".join(t.target for t in failed)
    if request.allow_partial:
        console.verdict(f"formaudit: baseline written; not audited (kept from the old file): {names}", True)
        return int(ExitCode.OK)
    console.verdict(f"formaudit: baseline written but incomplete (exit 3): not audited: {names}", False)
    return int(ExitCode.TARGET_FAILED)
