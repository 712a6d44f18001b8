"""Finding the config file the way linters do: from the current directory up to the repository root.

In each directory, ``formaudit.toml`` wins over a ``pyproject.toml`` with a ``[tool.formaudit]`` table;
a ``pyproject.toml`` without one is passed over. The search stops at the first directory holding a
``.git`` entry (the repository root) or at the filesystem root, so a config in a home directory never
leaks into an unrelated checkout.
"""

from __future__ import annotations

import re
from pathlib import Path

from formaudit.errors import ConfigError
from formaudit.files import read_text_file

# A config is a few kilobytes; a megabyte is a mistake (a wrong file named with --config).
MAX_CONFIG_BYTES = 1024 * 1024

CONFIG_NAME = "formaudit.toml"
PYPROJECT_NAME = "pyproject.toml"

_TOOL_TABLE = re.compile(r"^\s*\[\[?\s*tool\s*\.\s*formaudit\s*(\]|\.)", re.MULTILINE)


def declares_formaudit(pyproject_text: str) -> bool:
    """True when a pyproject.toml has a ``[tool.formaudit]`` table (or a sub-table of it)."""
    return bool(_TOOL_TABLE.search(pyproject_text))


def is_pyproject(path: Path) -> bool:
    """True for a ``pyproject.toml``, whose settings sit under ``[tool.formaudit]``."""
    return path.name == PYPROJECT_NAME


def find_config(start: Path) -> Path | None:
    """The config file that applies to ``start`` (a directory), or None."""
    directory = start.resolve()
    while True:
        candidate = directory / CONFIG_NAME
        if candidate.is_file():
            return candidate
        pyproject = directory / PYPROJECT_NAME
        if pyproject.is_file():
            try:
                if declares_formaudit(read_text_file(pyproject, what="pyproject.toml",
                                                     max_bytes=MAX_CONFIG_BYTES)):
                    return pyproject
            except ConfigError:
                pass  # an unreadable pyproject is not ours to judge; keep looking
        if (directory / ".git").exists() or directory.parent == directory:
            return None
        directory = directory.parent
