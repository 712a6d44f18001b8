"""Line numbers of config entries. ``tomllib`` keeps no positions, so they are found in the text.

SARIF results for URL targets point at the config line that declares the target (GitHub code scanning
needs a file in the repository and a line), and error messages name lines too. ``[[targets]]`` array
tables are matched in order; inline arrays (``targets = [{ url = "..." }]``) are matched by finding
each entry's identifying value after the previous entry. Lines are 1-based.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

# Keys whose value identifies an entry well enough to find it in the text.
IDENTIFYING_KEYS: tuple[str, ...] = (
    "url", "file", "glob", "sitemap", "list", "name", "reason", "rule", "target",
)


def entry_lines(text: str, array: str, entries: Sequence[Mapping[str, Any]], *,
                prefix: str = "") -> list[int]:
    """The line of each entry of the array ``array`` (e.g. ``targets``) in a TOML document.

    ``prefix`` is ``tool.formaudit.`` for a pyproject.toml. Falls back to the line of ``array =`` (or 1)
    for an entry that cannot be placed.
    """
    lines = text.splitlines()
    dotted = re.escape(prefix + array).replace(r"\.", r"\s*\.\s*")
    header = re.compile(rf"^\s*\[\[\s*{dotted}\s*\]\]\s*(#.*)?$")
    headers = [i + 1 for i, line in enumerate(lines) if header.match(line)]
    if len(headers) == len(entries):
        return headers
    assignment = re.compile(rf"^\s*{re.escape(array)}\s*=")
    start = next((i + 1 for i, line in enumerate(lines) if assignment.match(line)), 1)
    found: list[int] = []
    cursor = start
    for entry in entries:
        line = _find_value(lines, entry, cursor)
        found.append(line or start)
        cursor = line + 1 if line else cursor
    return found


def _find_value(lines: Sequence[str], entry: Mapping[str, Any], from_line: int) -> int | None:
    for key in IDENTIFYING_KEYS:
        value = entry.get(key)
        if not isinstance(value, str) or not value:
            continue
        needles = (f'"{value}"', f"'{value}'", _basic_string(value))
        for number in range(from_line, len(lines) + 1):
            if any(needle in lines[number - 1] for needle in needles):
                return number
    return None


def _basic_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
