"""Writing several report formats to a folder, so that one failing never costs the others."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from formaudit.errors import ConfigError, FormauditError
from formaudit.models.result import AuditResult
from formaudit.reporters.options import ReportOptions

if TYPE_CHECKING:
    from formaudit.reporters import Reporter

TERMINAL_FORMAT = "table"  # the terminal view: printed by the CLI, never written to a file
ALIASES = {"markdown": "md", "xml": "junit", "text": TERMINAL_FORMAT}


class ReportWriteError(FormauditError):
    """Some report formats could not be written. The others were: ``written`` lists them."""

    def __init__(self, failures: Mapping[str, str], written: list[Path]) -> None:
        self.failures = dict(failures)
        self.written = list(written)
        problems = "; ".join(f"{name}: {reason}" for name, reason in self.failures.items())
        kept = f" (written: {', '.join(str(p) for p in written)})" if written else ""
        super().__init__(f"could not write {len(self.failures)} report(s): {problems}{kept}")


def parse_formats(formats: str | Iterable[str], known: Iterable[str], *, allow_empty: bool = False) -> list[str]:
    """``"html, md,sarif"`` or ``["html,sarif", "MD"]`` -> known format names, in order, without repeats.

    The one format parser: commas split, case folded, aliases mapped. Raises ConfigError naming the
    unknown formats and listing the known ones, and (unless ``allow_empty``) when none is given.
    """
    values = [formats] if isinstance(formats, str) else list(formats)
    names = [part for value in values for part in value.split(",")]
    known_names = list(known)
    chosen: list[str] = []
    unknown: list[str] = []
    for raw in names:
        name = raw.strip().lower()
        if not name:
            continue
        name = ALIASES.get(name, name)
        if name not in known_names:
            unknown.append(raw.strip())
        elif name not in chosen:
            chosen.append(name)
    if unknown:
        raise ConfigError(
            f"unknown report format{'s' if len(unknown) > 1 else ''} {', '.join(repr(u) for u in unknown)}; "
            f"known formats: {', '.join(known_names)}"
        )
    if not chosen and not allow_empty:
        raise ConfigError(f"no report format given; known formats: {', '.join(known_names)}")
    return chosen


def file_name(reporter: Reporter, options: ReportOptions) -> str:
    name = options.file_names.get(reporter.name, f"formaudit.{reporter.extension}")
    if not name or Path(name).name != name or name in (".", ".."):
        raise ConfigError(f"report file name for {reporter.name!r} must be a plain file name, got {name!r}")
    return name


def _write_atomically(path: Path, text: str) -> None:
    # Write beside the target and rename, so a reader (or a crash) never sees half a report. open()
    # honours the umask, unlike mkstemp's private 0600 files: reports are meant to be shared.
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        with temporary.open("x", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_all(
    result: AuditResult,
    reporters: list[Reporter],
    output_dir: Path,
    options: ReportOptions,
) -> list[Path]:
    names = {r.name: file_name(r, options) for r in reporters}
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = f"cannot create {output_dir}: {exc.strerror or exc}"
        raise ReportWriteError({r.name: reason for r in reporters}, []) from exc
    written: list[Path] = []
    failures: dict[str, str] = {}
    for reporter in reporters:
        path = output_dir / names[reporter.name]
        try:
            text = reporter.render(result, options)
        except Exception as exc:  # a reporter's bug must not cost the other formats
            failures[reporter.name] = f"could not render: {type(exc).__name__}: {exc}"
            continue
        try:
            _write_atomically(path, text)
        except OSError as exc:
            failures[reporter.name] = f"cannot write {path}: {exc.strerror or exc}"
            continue
        written.append(path)
    if failures:
        raise ReportWriteError(failures, written)
    return written
