"""One configured run, shared by ``formaudit audit`` and ``formaudit baseline``.

    prepare(request)            config, plan, settings, baseline: every usage error before any browser
    execute(prepared, console)  pipeline + gate, printing one line per target that fails
    finish(prepared, outcome)   print, write reports (one failing format loses no other), print the
                                verdict, return the exit code (``formaudit.cli.output``, which
                                ``formaudit merge`` shares)

Where text goes is ``formaudit.cli.console``; what is shown and written at the end, ``formaudit.cli.output``.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from formaudit.cli.console import Console
from formaudit.cli.output import Output, finish_run, report_options_for
from formaudit.collect.options import CollectOptions
from formaudit.config import (
    LoadedConfig,
    Overrides,
    Settings,
    TargetPlan,
    auth_origins,
    level_table,
    load_config,
    plan_targets,
    resolve_auth,
    resolve_settings,
    target_locations,
)
from formaudit.gate import GateOutcome, GatePolicy, apply_gate
from formaudit.gate.baseline import Baseline, load_baseline
from formaudit.gate.levels import Level, LevelTable, check_level_keys
from formaudit.gate.shard import Shard, parse_shard
from formaudit.models.context import Stage
from formaudit.models.findings import Severity
from formaudit.models.result import AuditResult, TargetFailure, TargetResult

if TYPE_CHECKING:
    from formaudit.checks import LoadedChecks

# The pipeline and the reporters are imported where they are used: every command module is imported
# for `formaudit --help`, which should stay quick.

@dataclass(frozen=True)
class RunRequest:
    """The command line of ``audit``/``baseline``, as click parsed it."""

    targets: tuple[str, ...] = ()
    config_path: Path | None = None
    stage: Stage | None = None
    jurisdictions: tuple[str, ...] = ()
    formats: tuple[str, ...] | None = None
    output_dir: Path | None = None
    fail_on: Severity | None = None
    baseline_path: Path | None = None
    no_waivers: bool = False
    allow_partial: bool = False
    shard: str | None = None
    concurrency: int | None = None
    timeout: float | None = None
    max_clicks: int | None = None
    no_browser: bool = False
    browser: bool = False
    no_cache: bool = False
    snapshot_dir: Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    quiet: bool = False
    color: bool | None = None
    exit_zero: bool = False

    @classmethod
    def from_click(cls, options: dict[str, Any]) -> RunRequest:
        known = {k: v for k, v in options.items() if k in cls.__dataclass_fields__}
        known["stage"] = Stage(options["stage"]) if options.get("stage") else None
        known["fail_on"] = Severity(options["fail_on"]) if options.get("fail_on") else None
        known["formats"] = tuple(options["formats"]) if options.get("formats") else None
        return cls(**known)


@dataclass(frozen=True)
class Prepared:
    request: RunRequest
    loaded: LoadedConfig
    plan: TargetPlan
    settings: Settings
    levels: LevelTable
    baseline: Baseline | None
    shard: Shard | None
    collect: CollectOptions
    ignore: tuple[str, ...]
    output: Output
    target_locations: dict[str, tuple[str, int]] = field(default_factory=dict)
    checks: LoadedChecks | None = None

    @property
    def json_on_stdout(self) -> bool:
        return self.output.json_on_stdout


def prepare(request: RunRequest, *, use_baseline: bool = True) -> Prepared:
    """Everything that can be wrong with the command line or the config, found before any page loads."""
    shard = parse_shard(request.shard) if request.shard is not None else None
    loaded = load_config(request.config_path)
    settings = resolve_settings(loaded, Overrides(
        formats=request.formats, output_dir=request.output_dir, fail_on=request.fail_on,
        baseline=request.baseline_path, use_waivers=not request.no_waivers,
        allow_partial=request.allow_partial, concurrency=request.concurrency, timeout=request.timeout,
        max_clicks=request.max_clicks,
        browser=False if request.no_browser else None, snapshot_dir=request.snapshot_dir,
        select=request.select, ignore=request.ignore,
    ))
    plan = plan_targets(loaded, request.targets, stage=request.stage, jurisdictions=request.jurisdictions,
                        shard=shard)
    baseline = load_baseline(settings.baseline) if use_baseline and settings.baseline else None
    levels = level_table(loaded, plan)
    checks, ignore = _load_checks_and_rules_to_skip(loaded, settings, levels, plan)
    collect = _collect_options(loaded, settings)
    locations = target_locations(loaded, plan)
    output = Output(formats=settings.formats, output_dir=settings.output_dir,
                    report_options=report_options_for(settings, shard, locations), exit_zero=request.exit_zero)
    return Prepared(
        request=request, loaded=loaded, plan=plan, settings=settings, levels=levels, baseline=baseline,
        shard=shard, collect=collect, ignore=ignore, output=output, target_locations=locations,
        checks=checks,
    )


def _load_checks_and_rules_to_skip(loaded: LoadedConfig, settings: Settings, levels: LevelTable,
                                   plan: TargetPlan) -> tuple[LoadedChecks, tuple[str, ...]]:
    """The checks (loaded once, plugins included) and the rules to skip: ``--ignore`` plus those
    ``off`` for every target, once the level keys are checked against the checks' ids and tags."""
    from formaudit.checks import load_checks, select_checks

    loaded_checks = load_checks(plugins=True)
    checks = loaded_checks.checks
    metas = [check.meta for check in checks]
    select_checks(checks, select=settings.select, ignore=settings.ignore)  # unknown names: ConfigError now
    tables: list[tuple[str, dict[str, Level]]] = [(f"{loaded.key_prefix}levels", dict(loaded.config.levels))]
    tables += [(f"{loaded.key_prefix}targets[{i}].levels", dict(entry.levels))
               for i, entry in enumerate(loaded.config.targets) if entry.levels]
    check_level_keys(tables, metas, source=loaded.label)
    return loaded_checks, tuple(dict.fromkeys(settings.ignore + levels.rules_off_everywhere(metas, plan.names)))


def execute(prepared: Prepared, console: Console) -> GateOutcome:
    """Run the pipeline on the plan's targets and apply the gate. Raises only run-level errors."""
    from formaudit.ats import AtsOptions, ats_cache_dir
    from formaudit.ats.client import ClientOptions
    from formaudit.pipeline import RunOptions, TargetSpec, run_audit

    settings, loaded = prepared.settings, prepared.loaded
    names = prepared.plan.names
    ats_api = {vendor: entry.api for vendor, entry in loaded.config.ats.items() if entry.api}
    options = RunOptions(collect=prepared.collect, browser=settings.browser, concurrency=settings.concurrency,
                         select=settings.select, ignore=prepared.ignore, budget=settings.budget,
                         snapshot_dir=settings.snapshot_dir,
                         ats=AtsOptions(api=ats_api, client=ClientOptions(
                             cache_dir=None if prepared.request.no_cache else ats_cache_dir())),
                         ats_browser=prepared.request.browser,
                         auth_origins=auth_origins(loaded.config) if loaded.config.auth.configured else None)
    specs = [TargetSpec(target=t.location, name=t.name, stage=t.stage, jurisdictions=t.jurisdictions,
                        steps=t.steps, explicit=t.explicit, ats_filter=t.ats_filter) for t in prepared.plan.targets]
    for note in prepared.plan.notes:
        console.warn(note)
    if prepared.shard is not None and not prepared.plan.targets:
        console.warn(f"shard {prepared.shard} holds none of the {prepared.plan.total} targets")
    show_bar = sys.stderr.isatty() and not console.quiet and len(specs) > 1
    with click.progressbar(length=len(specs), label="Auditing", file=sys.stderr,
                           hidden=not show_bar) as bar:
        def on_target(target: TargetResult) -> None:
            bar.update(1)
            if target.error is not None:
                console.error(f"{target.target}: {target.error.message}")
            for warning in target.warnings:
                console.warn(f"{target.target}: {warning}")

        result = run_audit(specs, options, on_target=on_target, loaded_checks=prepared.checks)
    result = _with_source_failures(result, prepared.plan, console)
    policy = GatePolicy(
        fail_on=settings.fail_on, levels=prepared.levels, waivers=loaded.config.waivers,
        waiver_lines=loaded.waiver_lines,
        use_waivers=settings.use_waivers, baseline=prepared.baseline, allow_partial=settings.allow_partial,
        today=datetime.now(UTC).date(), source=loaded.label,
        shard_targets=names if prepared.shard is not None else None,
    )
    return apply_gate(result, policy)


def _collect_options(loaded: LoadedConfig, settings: Settings) -> CollectOptions:
    values: dict[str, Any] = {"screenshot": settings.screenshots}
    if settings.timeout is not None:
        values["timeout_s"] = settings.timeout
    if settings.max_clicks is not None:
        values["max_clicks"] = settings.max_clicks
    auth = loaded.config.auth
    if settings.browser and auth.configured:  # --no-browser never needs (or reads) the secrets
        resolved = resolve_auth(auth, base_dir=loaded.base_dir, source=loaded.label,
                                prefix=loaded.key_prefix, environ=os.environ)
        values.update(headers=resolved.headers, cookies=resolved.cookies,
                      storage_state=resolved.storage_state)
    return CollectOptions(**values)


def _with_source_failures(result: AuditResult, plan: TargetPlan, console: Console) -> AuditResult:
    failed = []
    for failure in plan.failures:
        console.error(f"{failure.name}: {failure.message}")
        failed.append(TargetResult(target=failure.name, location=failure.location,
                                   error=TargetFailure(kind=failure.kind, message=failure.message)))
    return result.model_copy(update={"targets": result.targets + tuple(failed)}) if failed else result


def finish(prepared: Prepared, outcome: GateOutcome, console: Console) -> int:
    """Print and write everything, then return the exit code."""
    return finish_run(outcome.result, outcome.verdict, prepared.output, console, notes=outcome.notes)
