"""The end of a run: the terminal view, the report files and the verdict, for ``audit``, ``baseline``
and ``merge`` alike. One report format that cannot be written loses no other."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from formaudit import errors
from formaudit.cli.audit_text import fixed_lines, gate_lines, inventory_lines, summary_text
from formaudit.cli.console import Console
from formaudit.exit_codes import ExitCode
from formaudit.gate.shard import Shard
from formaudit.gate.verdict import Verdict
from formaudit.models.result import AuditResult
from formaudit.reporters import TERMINAL_FORMAT

if TYPE_CHECKING:
    from formaudit.config import Settings
    from formaudit.reporters import ReportOptions

DEFAULT_OUTPUT_DIR = Path("reports")


@dataclass(frozen=True)
class Output:
    """Where a run's results go: the terminal, stdout (JSON) and report files."""

    formats: tuple[str, ...]
    output_dir: Path | None
    report_options: ReportOptions
    exit_zero: bool = False

    @property
    def json_on_stdout(self) -> bool:
        return "json" in self.formats and self.output_dir is None

    @property
    def file_formats(self) -> tuple[str, ...]:
        return tuple(f for f in self.formats
                     if f != TERMINAL_FORMAT and not (f == "json" and self.json_on_stdout))


def finish_run(result: AuditResult, verdict: Verdict, output: Output, console: Console, *,
               notes: tuple[str, ...] = ()) -> int:
    """Print the notes and the terminal view, write the reports, print the verdict; return the exit code."""
    for note in notes:
        console.warn(note)
    for failure in result.check_failures:
        where = f" on {failure.target}" if failure.target else ""
        console.warn(f"check {failure.check_id} failed{where}: {failure.message}")
    if output.json_on_stdout:
        from formaudit.reporters import REPORTERS

        console.data(REPORTERS["json"].render(result, output.report_options))
    show(result, verdict, output.formats, console)
    written_ok = write_files(result, output.file_formats, output.output_dir or DEFAULT_OUTPUT_DIR,
                             output.report_options, console)
    for text in fixed_lines(result.fixed):
        console.say(text, fg="green")
    console.verdict(verdict.headline(exit_zero=output.exit_zero), verdict.passed)
    return exit_code(verdict, exit_zero=output.exit_zero, reports_written=written_ok)


def exit_code(verdict: Verdict, *, exit_zero: bool = False, reports_written: bool = True) -> int:
    """The verdict's code (``--exit-zero`` turns 1 into 0). A report that could not be written turns a
    passing run into 2 but never hides a failing verdict (1 or 3), which says more."""
    code = ExitCode.OK if exit_zero and verdict.exit_code == ExitCode.FINDINGS else verdict.exit_code
    if not reports_written and code == ExitCode.OK:
        return int(ExitCode.USAGE)
    return int(code)


def show(result: AuditResult, verdict: Verdict, formats: tuple[str, ...], console: Console) -> None:
    """The terminal view: every form's questions (with ``table``), the summary, what fails the run."""
    if TERMINAL_FORMAT in formats:
        for text, style in inventory_lines(result):
            console.say(text, **style)
    console.say(summary_text(result))
    for text, style in gate_lines(verdict):
        console.say(text, **style)


def report_options_for(settings: Settings, shard: Shard | None,
                       locations: dict[str, tuple[str, int]]) -> ReportOptions:
    from formaudit.reporters import ReportOptions

    category = f"formaudit/shard-{shard.index}-of-{shard.count}" if shard else None
    return ReportOptions(fail_on=settings.fail_on, target_locations=locations, sarif_category=category)


def write_files(result: AuditResult, formats: tuple[str, ...], output_dir: Path, options: ReportOptions,
                console: Console) -> bool:
    """Write the report files in one call (which already isolates each format's failure); say what was
    written and what was not. False when any format failed."""
    from formaudit.reporters import ReportWriteError, write_reports

    if not formats:
        return True
    try:
        paths = write_reports(result, formats, output_dir, options)
    except ReportWriteError as exc:
        for path in exc.written:
            console.say(f"wrote {path}")
        for name, reason in exc.failures.items():
            console.error(f"could not write the {name} report: {reason}")
        return False
    except (OSError, errors.FormauditError) as exc:
        console.error(f"could not write the reports to {output_dir}: {exc}")
        return False
    for path in paths:
        console.say(f"wrote {path}")
    return True
