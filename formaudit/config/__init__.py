"""Configuration: ``formaudit.toml`` or ``[tool.formaudit]`` in ``pyproject.toml``.

    load_config(path=None) -> LoadedConfig          find (or read the named) file and validate it
    plan_targets(loaded, cli_targets, ...) -> TargetPlan   the pages of one run, in order, sharded
    resolve_settings(loaded, Overrides(...)) -> Settings    the command line over the file
    resolve_auth(...) -> ResolvedAuth               secrets from the environment, for browser runs
    auth_origins(config) -> tuple[str, ...]         the only sites that receive them

Every problem is a ``ConfigError`` whose message names the file, the key path and what was expected.
"""

from __future__ import annotations

from formaudit.config.discovery import CONFIG_NAME, find_config
from formaudit.config.loading import LoadedConfig, load_config, parse_config
from formaudit.config.model import FormauditConfig, TargetConfig
from formaudit.config.plan import PlannedTarget, TargetPlan, plan_targets
from formaudit.config.secrets import ResolvedAuth, auth_origins, auth_warnings, resolve_auth
from formaudit.config.settings import Overrides, Settings, level_table, resolve_settings, target_locations
from formaudit.targets import SourceFailure

__all__ = [
    "CONFIG_NAME",
    "FormauditConfig",
    "LoadedConfig",
    "Overrides",
    "PlannedTarget",
    "ResolvedAuth",
    "Settings",
    "SourceFailure",
    "TargetConfig",
    "TargetPlan",
    "auth_origins",
    "auth_warnings",
    "find_config",
    "level_table",
    "load_config",
    "parse_config",
    "plan_targets",
    "resolve_auth",
    "resolve_settings",
    "target_locations",
]
