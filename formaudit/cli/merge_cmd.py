"""``formaudit merge``: join the JSON results of ``--shard K/N`` runs into one report and judge it.

The merged result equals what one unsharded run would have produced, except ``generated_at`` (see
``formaudit.merge``). Target order comes from the config (found as ``audit`` finds it, or ``--config``);
the gate (levels, ``fail_on``, expired waivers) is judged again on the whole, so the merge step's exit
code is the run's verdict. Baseline states and waivers were already applied by each shard.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import click

from formaudit.cli.audit_run import Console, check_formats, show, write_each
from formaudit.cli.exit_codes import ExitCode
from formaudit.config import (
    LoadedConfig,
    TargetPlan,
    level_table,
    load_config,
    plan_targets,
    target_locations,
)
from formaudit.config.settings import TERMINAL_FORMAT, split_formats
from formaudit.errors import ConfigError
from formaudit.findings import Severity
from formaudit.gate.verdict import Verdict, judge
from formaudit.gate.waivers import expiry_message, unused_in, waiver_name
from formaudit.merge import load_result, merge_results
from formaudit.result import AuditResult


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
@click.option("-q", "--quiet", is_flag=True, help="Print only errors and the final verdict.")
@click.option("--color/--no-color", default=None, help="Colour the output (default: on a terminal).")
def merge_command(results: tuple[Path, ...], config_path: Path | None, formats: tuple[str, ...],
                  output_dir: Path | None, fail_on: str | None, allow_partial: bool, quiet: bool,
                  color: bool | None) -> None:
    """Merge the JSON results of sharded runs into one result, write its reports, exit with the verdict."""
    chosen = split_formats(formats) or ("json",)
    json_on_stdout = "json" in chosen and output_dir is None
    console = Console(quiet=quiet, color=color, json_on_stdout=json_on_stdout)
    try:
        check_formats(chosen)
        loaded = load_config(config_path)
        # The config's entries, expanded without fetching anything: the unsharded order, per-target
        # levels and the lines SARIF points at. Sitemap pages keep the order of the input files.
        plan = plan_targets(loaded, offline=True) if loaded.config.targets else TargetPlan()
        merged = merge_results([load_result(p) for p in results], order=plan.names,
                               sources=[str(p) for p in results])
    except ConfigError as exc:
        console.error(str(exc))
        raise SystemExit(ExitCode.USAGE) from None
    threshold = Severity(fail_on) if fail_on else loaded.config.fail_on
    today = datetime.now(UTC).date()
    for index in unused_in(merged, loaded.config.waivers, today=today):
        waiver = loaded.config.waivers[index]
        console.warn(f"{loaded.label}: {waiver_name(index, loaded.waiver_lines)} matched no finding: "
                     f"{waiver.describe()}")
    verdict = _judge(merged, loaded, plan, threshold, allow_partial)
    raise SystemExit(_finish(merged, verdict, chosen, output_dir, json_on_stdout, threshold,
                             target_locations(loaded, plan), console))


def _judge(merged: AuditResult, loaded: LoadedConfig, plan: TargetPlan, threshold: Severity,
           allow_partial: bool) -> Verdict:
    today = datetime.now(UTC).date()
    waivers = loaded.config.waivers
    expired = [expiry_message(i, w, source=loaded.label, lines=loaded.waiver_lines)
               for i, w in enumerate(waivers) if w.expired(today)]
    return judge(merged, fail_on=threshold, levels=level_table(loaded, plan), expired_waivers=expired,
                 allow_partial=allow_partial)


def _finish(merged: AuditResult, verdict: Verdict, formats: tuple[str, ...], output_dir: Path | None,
            json_on_stdout: bool, threshold: Severity, locations: dict[str, tuple[str, int]],
            console: Console) -> int:
    from formaudit.reporters import REPORTERS, ReportOptions

    options = ReportOptions(fail_on=threshold, target_locations=locations)
    if json_on_stdout:
        console.data(REPORTERS["json"].render(merged, options))
    show(merged, verdict, formats, console)
    file_formats = tuple(f for f in formats if f != TERMINAL_FORMAT and not (f == "json" and json_on_stdout))
    ok = write_each(merged, file_formats, output_dir or Path("reports"), options, console)
    console.verdict(verdict.headline(), verdict.passed)
    return int(verdict.exit_code) if ok else int(ExitCode.USAGE)

