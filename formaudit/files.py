"""Reading the files a user points formaudit at (config, baselines, results, snapshots, lists, states).

One place decides what can go wrong with such a file and how to say it, so every command names the
file and the problem alike: missing, a directory, unreadable, larger than it should be, not UTF-8
text, not JSON. The caller chooses the error type (``ConfigError`` for what the user configured,
``SnapshotError`` for a snapshot) and the words for what the file is ("baseline file").
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from formaudit.errors import ConfigError, FormauditError

# Large enough for a JSON result or snapshot with inline screenshots; small enough to refuse a mistake.
DEFAULT_MAX_BYTES = 256 * 1024 * 1024

ErrorType = Callable[[str], FormauditError]


def read_bytes_file(path: Path, *, what: str, error: ErrorType = ConfigError,
                    max_bytes: int = DEFAULT_MAX_BYTES, missing_hint: str = "") -> bytes:
    """The bytes of ``path`` (at most ``max_bytes``), or ``error("<path>: <what went wrong>")``."""
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise error(f"{path}: no such {what}{missing_hint}") from exc
    except IsADirectoryError as exc:
        raise error(f"{path}: the {what} is a directory") from exc
    except OSError as exc:
        raise error(f"{path}: cannot read the {what} ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:
        raise error(f"{path}: the {what} is larger than {max_bytes:,} bytes")
    return data


def read_text_file(path: Path, *, what: str, error: ErrorType = ConfigError,
                   max_bytes: int = DEFAULT_MAX_BYTES, missing_hint: str = "") -> str:
    """The UTF-8 text of ``path``, or ``error("<path>: <what went wrong>")``."""
    data = read_bytes_file(path, what=what, error=error, max_bytes=max_bytes, missing_hint=missing_hint)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(f"{path}: the {what} is not UTF-8 text (byte {exc.start})") from exc


def first_problem(exc: ValidationError) -> str:
    """A validation error as one phrase a user can act on: ``findings.abc.count: Input should be ...``."""
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "the top level"
    return f"{where}: {first['msg']}"


def read_json_file(path: Path, *, what: str, error: ErrorType = ConfigError,
                   max_bytes: int = DEFAULT_MAX_BYTES, missing_hint: str = "") -> Any:
    """The parsed JSON of ``path``, or ``error`` naming the file, the line and the column."""
    text = read_text_file(path, what=what, error=error, max_bytes=max_bytes, missing_hint=missing_hint)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(f"{path}: not a readable {what}: not valid JSON (line {exc.lineno}, column {exc.colno}: "
                    f"{exc.msg})") from exc
