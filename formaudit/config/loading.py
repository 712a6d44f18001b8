"""Reading and validating a config file into a :class:`LoadedConfig` (or a ConfigError that explains).

A ``--config`` path is used as given; otherwise the file is discovered (see ``discovery``). With no
file at all, formaudit runs on defaults and the command-line targets. Relative paths inside the file
are resolved against the file's directory (never the current directory: bandit #796 is the lesson).
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from formaudit.config.discovery import MAX_CONFIG_BYTES, find_config, is_pyproject
from formaudit.config.messages import describe_validation_error
from formaudit.config.model import FormauditConfig
from formaudit.config.positions import entry_lines
from formaudit.config.secrets import auth_warnings
from formaudit.errors import ConfigError
from formaudit.files import read_text_file

PYPROJECT_PREFIX = "tool.formaudit."


class LoadedConfig(BaseModel):
    """A validated config and where it came from."""

    model_config = ConfigDict(frozen=True)

    config: FormauditConfig = Field(default_factory=FormauditConfig)
    path: Path | None = Field(default=None, description="None when no config file was found.")
    target_lines: tuple[int, ...] = Field(default=(), description="Line of each entry of `targets`.")
    waiver_lines: tuple[int, ...] = ()
    key_prefix: str = Field(default="", description="`tool.formaudit.` for a pyproject.toml.")
    warnings: tuple[str, ...] = Field(default=(), description="Valid but worth saying (secrets in the file).")

    @property
    def base_dir(self) -> Path:
        """Where the config's relative paths start: its directory, or the current one without a file."""
        return self.path.parent if self.path is not None else Path.cwd()

    @property
    def label(self) -> str:
        """The file as messages name it: relative to the current directory when inside it."""
        if self.path is None:
            return "command line"
        return display_path(self.path)


def display_path(path: Path) -> str:
    """``path`` relative to the current directory when it is inside it, as messages and SARIF show it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def load_config(path: Path | None = None, *, start: Path | None = None) -> LoadedConfig:
    """Load ``path``, or the config discovered from ``start`` (default: the current directory)."""
    if path is None:
        path = find_config(start or Path.cwd())
        if path is None:
            return LoadedConfig()
    text = read_text_file(path, what="config file", max_bytes=MAX_CONFIG_BYTES)
    return parse_config(text, path=path)


def parse_config(text: str, *, path: Path) -> LoadedConfig:
    """Validate ``text`` as the config file ``path`` (a pyproject.toml is read for ``[tool.formaudit]``).

    A ConfigError lists every problem with its key path and line and never repeats a secret.
    """
    label = display_path(path)
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{label}: not valid TOML: {exc}") from exc
    prefix = ""
    data: Any = document
    if is_pyproject(path):
        prefix = PYPROJECT_PREFIX
        data = document.get("tool", {}).get("formaudit")
        if data is None:
            raise ConfigError(f"{label}: has no [tool.formaudit] table")
        if not isinstance(data, dict):
            raise ConfigError(f"{label}: tool.formaudit: expected a table")
    targets = _entries(data, "targets")
    waivers = _entries(data, "waivers")
    target_lines = entry_lines(text, "targets", targets, prefix=prefix)
    waiver_lines = entry_lines(text, "waivers", waivers, prefix=prefix)
    try:
        config = FormauditConfig.model_validate(data)
    except ValidationError as exc:
        message = describe_validation_error(
            exc, data, FormauditConfig, source=label, prefix=prefix,
            lines={"targets": target_lines, "waivers": waiver_lines},
        )
        raise ConfigError(message) from None  # pydantic's own dump would repeat values, secrets included
    return LoadedConfig(
        config=config,
        path=Path(os.path.abspath(path)),
        target_lines=tuple(target_lines),
        waiver_lines=tuple(waiver_lines),
        key_prefix=prefix,
        warnings=tuple(auth_warnings(config, source=label, prefix=prefix)),
    )


def _entries(data: Any, key: str) -> list[dict[str, Any]]:
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, list):
        return []
    return [entry if isinstance(entry, dict) else {} for entry in value]
