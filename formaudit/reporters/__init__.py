"""Reporters: every format renders one ``AuditResult`` and nothing else.

    REPORTERS["html"].render(result, ReportOptions()) -> str
    write_reports(result, ["html", "json", "sarif", "junit", "md"], Path("reports")) -> [paths]

Formats: ``html`` (self-contained, for recruiters), ``json`` (the result itself, versioned; its schema
is :func:`json_schema`), ``sarif`` (GitHub code scanning), ``junit`` (CI test views), ``md`` (PR
comments and job summaries, under 1 MiB). The terminal summary lives in
:mod:`formaudit.reporters.terminal`; printing it is the CLI's job.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Protocol, runtime_checkable

from formaudit.models.result import AuditResult
from formaudit.reporters.html_report import HtmlReporter
from formaudit.reporters.json_report import JsonReporter, json_schema
from formaudit.reporters.junit import JunitReporter
from formaudit.reporters.markdown import MarkdownReporter
from formaudit.reporters.options import ReportOptions
from formaudit.reporters.sarif import SarifReporter
from formaudit.reporters.writing import TERMINAL_FORMAT, ReportWriteError, parse_formats, write_all

__all__ = [
    "FORMATS",
    "REPORTERS",
    "TERMINAL_FORMAT",
    "ReportOptions",
    "ReportWriteError",
    "Reporter",
    "json_schema",
    "parse_formats",
    "parse_run_formats",
    "write_reports",
]


@runtime_checkable
class Reporter(Protocol):
    """One output format."""

    @property
    def name(self) -> str:
        """The format's name on the command line: ``html``, ``sarif``, ..."""
        ...

    @property
    def extension(self) -> str:
        """File name extension without the dot: ``html``, ``junit.xml``, ..."""
        ...

    def render(self, result: AuditResult, options: ReportOptions) -> str: ...


REPORTERS: dict[str, Reporter] = {
    reporter.name: reporter
    for reporter in (HtmlReporter(), JsonReporter(), SarifReporter(), JunitReporter(), MarkdownReporter())
}


# What a run can ask for: the terminal view and every file format.
FORMATS: tuple[str, ...] = (TERMINAL_FORMAT, *REPORTERS)


def parse_run_formats(values: str | Iterable[str]) -> tuple[str, ...]:
    """Formats of the command line or the config (``table`` included); empty when none is given."""
    return tuple(parse_formats(values, FORMATS, allow_empty=True))


def write_reports(
    result: AuditResult,
    formats: str | Iterable[str],
    output_dir: Path,
    options: ReportOptions | None = None,
) -> list[Path]:
    """Write each format to ``output_dir`` (created if missing) and return the paths written.

    Unknown formats raise ConfigError before anything is written. When some formats fail to render or
    write, the others are still written and ReportWriteError lists both (``.failures``, ``.written``).
    """
    chosen = parse_formats(formats, REPORTERS)
    return write_all(
        result, [REPORTERS[name] for name in chosen], Path(output_dir), options or ReportOptions()
    )
