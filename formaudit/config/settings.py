"""One run's settings: the command line over the config file over formaudit's defaults.

Paths from the config file are relative to its directory; paths from the command line are relative to
the current directory, as a shell user expects. Nothing here touches the network or a browser.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from formaudit.config.loading import LoadedConfig, display_path
from formaudit.config.model import BudgetConfig
from formaudit.config.plan import TargetPlan
from formaudit.gate.levels import LevelTable
from formaudit.models.context import FrictionBudget
from formaudit.models.findings import Severity
from formaudit.reporters import TERMINAL_FORMAT, parse_run_formats

__all__ = ["TERMINAL_FORMAT", "Overrides", "Settings", "budget_from", "level_table", "resolve_settings",
           "target_locations"]


class Overrides(BaseModel):
    """What the command line says; None means "not given, use the config"."""

    model_config = ConfigDict(frozen=True)

    formats: tuple[str, ...] | None = None
    output_dir: Path | None = None
    fail_on: Severity | None = None
    baseline: Path | None = None
    use_waivers: bool = True
    allow_partial: bool = False
    concurrency: int | None = None
    timeout: float | None = None
    max_clicks: int | None = None
    browser: bool | None = None
    snapshot_dir: Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()


class Settings(BaseModel):
    """One run's settings after the command line, the config file and the defaults are combined.

    Paths are absolute or relative to the current directory: the config's own relative paths have
    already been resolved against its directory.
    """

    model_config = ConfigDict(frozen=True)

    fail_on: Severity
    formats: tuple[str, ...] = Field(description="Known report formats, `table` for the terminal.")
    output_dir: Path | None
    baseline: Path | None
    use_waivers: bool
    allow_partial: bool
    concurrency: int
    timeout: float | None
    max_clicks: int | None
    browser: bool
    screenshots: bool
    snapshot_dir: Path | None
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    budget: FrictionBudget


def resolve_settings(loaded: LoadedConfig, overrides: Overrides) -> Settings:
    """The command line over the config over the defaults; unknown report formats are a ConfigError."""
    config = loaded.config
    base = loaded.base_dir
    # Unknown formats are a ConfigError here, before any page loads.
    formats = parse_run_formats(overrides.formats if overrides.formats is not None else config.formats)
    output_dir = overrides.output_dir or _relative(config.output_dir, base)
    return Settings(
        fail_on=overrides.fail_on or config.fail_on,
        formats=formats or (TERMINAL_FORMAT,),
        output_dir=output_dir,
        baseline=overrides.baseline or _relative(config.baseline, base),
        use_waivers=overrides.use_waivers,
        allow_partial=overrides.allow_partial,
        concurrency=overrides.concurrency or config.concurrency or 1,
        timeout=overrides.timeout or config.timeout,
        max_clicks=overrides.max_clicks if overrides.max_clicks is not None else config.max_clicks,
        browser=config.browser if overrides.browser is None else overrides.browser,
        screenshots=config.screenshots,
        snapshot_dir=overrides.snapshot_dir,
        select=overrides.select or config.select,
        ignore=overrides.ignore or config.ignore,
        budget=budget_from(config.budget),
    )


def budget_from(config: BudgetConfig) -> FrictionBudget:
    """Unset limits keep formaudit's defaults; ``false`` switches a limit off."""
    default = FrictionBudget()

    def pick(value: float | bool | None, fallback: float | None) -> float | None:
        if value is None:
            return fallback
        return None if value is False else float(value)

    questions = pick(config.max_questions, default.max_questions)
    required = pick(config.max_required_questions, default.max_required_questions)
    clicks = pick(config.max_clicks_to_form, default.max_clicks_to_form)
    return FrictionBudget(
        max_questions=None if questions is None else int(questions),
        max_required_questions=None if required is None else int(required),
        max_minutes=pick(config.max_minutes, default.max_minutes),
        max_unrecognised_share=pick(config.max_unrecognised_share, default.max_unrecognised_share),
        max_clicks_to_form=None if clicks is None else int(clicks),
    )


def level_table(loaded: LoadedConfig, plan: TargetPlan) -> LevelTable:
    """The config's rule levels, with each planned target's own ``levels`` over them."""
    return LevelTable(
        default=dict(loaded.config.levels),
        per_target={t.name: dict(t.levels) for t in plan.targets if t.levels},
    )


def target_locations(loaded: LoadedConfig, plan: TargetPlan) -> dict[str, tuple[str, int]]:
    """Target name -> (config file, line) for SARIF results of targets the config declares."""
    if loaded.path is None:
        return {}
    config_path = display_path(loaded.path)
    return {t.name: (config_path, t.line) for t in plan.targets if t.line is not None}


def _relative(value: str | None, base: Path) -> Path | None:
    if not value:
        return None
    path = Path(value).expanduser()
    return path if path.is_absolute() else base / path
