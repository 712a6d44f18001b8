"""``formaudit merge``: join the JSON results of ``--shard K/N`` runs into one report and judge it.

The merged result equals what one unsharded run would have produced, except ``generated_at`` (see
``formaudit.gate.merge``). Target order comes from the config (found as ``audit`` finds it, or ``--config``);
the gate (levels, ``fail_on``, expired waivers) is judged again on the whole, so the merge step's exit
code is the run's verdict. Baseline states and waivers were already applied by each shard; shards run
with ``--no-waivers`` record it (``AuditResult.waivers_applied``), and then expired waivers fail
nothing here either, as in the unsharded run. ``--no-waivers`` and ``--exit-zero`` mean what they mean
for ``audit``. Printing, writing and the exit code are ``audit``'s own (``formaudit.cli.output.finish_run``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import click

from formaudit.cli.console import Console
from formaudit.cli.output import Output, finish_run
from formaudit.cli.run_errors import exit_on_run_errors
from formaudit.config import (
    LoadedConfig,
    TargetPlan,
    level_table,
    load_config,
    plan_targets,
    target_locations,
)
from formaudit.gate.merge import load_result, merge_results
from formaudit.gate.verdict import Verdict, judge, mark_outcomes
from formaudit.gate.waivers import expiry_message, unused_in, waiver_name
from formaudit.models.findings import Severity
from formaudit.models.result import AuditResult
from formaudit.reporters import ReportOptions, parse_run_formats


@click.command("merge")
@click.argument("results", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              envvar="FORMAUDIT_CONFIG", help="The config the shards ran with (default: discovered).")
@click.option("--format", "formats", multiple=True, metavar="FORMAT[,FORMAT...]",
              help="table, json, html, sarif, junit, md (default: json; to stdout without --output-dir).")
@click.option("--output-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where report files go; without it, JSON goes to stdout.")
@click.option("--fail-on", type=click.Choice([s.value for s in Severity]), default=None,
              help="Lowest severity that fails the run (default: the config's, else medium).")
@click.option("--allow-partial", is_flag=True, help="A target that was not audited is a warning.")
@click.option("--no-waivers", is_flag=True,
              help="Expired waivers fail nothing (as for shards run with --no-waivers, which is recorded).")
@click.option("--exit-zero", is_flag=True,
              help="Report findings but exit 0 instead of 1 (usage errors and failed targets still count).")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors and the final verdict.")
@click.option("--color/--no-color", default=None, help="Colour the output (default: on a terminal).")
def merge_command(results: tuple[Path, ...], config_path: Path | None, formats: tuple[str, ...],
                  output_dir: Path | None, fail_on: str | None, allow_partial: bool, no_waivers: bool,
                  exit_zero: bool, quiet: bool, color: bool | None) -> None:
    """Merge the JSON results of sharded runs into one result, write its reports, exit with the verdict."""
    console = Console(quiet=quiet, color=color)
    with exit_on_run_errors(console.error):
        chosen = parse_run_formats(formats) or ("json",)
        console = console.for_formats("json" in chosen and output_dir is None)
        loaded = load_config(config_path)
        # The config's entries, expanded without fetching anything: the unsharded order, per-target
        # levels and the lines SARIF points at. Sitemap pages keep the order of the input files.
        plan = plan_targets(loaded, offline=True) if loaded.config.targets else TargetPlan()
        merged = merge_results([load_result(p) for p in results], order=plan.names,
                               sources=[str(p) for p in results])
    threshold = Severity(fail_on) if fail_on else loaded.config.fail_on
    use_waivers = merged.waivers_applied and not no_waivers
    today = datetime.now(UTC).date()
    if use_waivers:
        for index in unused_in(merged, loaded.config.waivers, today=today):
            waiver = loaded.config.waivers[index]
            console.warn(f"{loaded.label}: {waiver_name(index, loaded.waiver_lines)} matched no finding: "
                         f"{waiver.describe()}")
    merged, verdict = _judge(merged, loaded, plan, threshold, allow_partial=allow_partial,
                             use_waivers=use_waivers)
    output = Output(formats=chosen, output_dir=output_dir, exit_zero=exit_zero,
                    report_options=ReportOptions(fail_on=threshold,
                                                 target_locations=target_locations(loaded, plan)))
    raise SystemExit(finish_run(merged, verdict, output, console))


def _judge(merged: AuditResult, loaded: LoadedConfig, plan: TargetPlan, threshold: Severity, *,
           allow_partial: bool, use_waivers: bool) -> tuple[AuditResult, Verdict]:
    """The whole run's verdict, and the result with every finding's outcome marked for the reporters."""
    today = datetime.now(UTC).date()
    levels = level_table(loaded, plan)
    # Without waivers nothing was waived, so an expired waiver changes nothing and fails nothing.
    expired = [expiry_message(i, w, source=loaded.label, lines=loaded.waiver_lines)
               for i, w in enumerate(loaded.config.waivers) if use_waivers and w.expired(today)]
    verdict = judge(merged, fail_on=threshold, levels=levels, expired_waivers=expired,
                    allow_partial=allow_partial)
    return mark_outcomes(merged, fail_on=threshold, levels=levels), verdict
