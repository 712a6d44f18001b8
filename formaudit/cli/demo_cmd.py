"""``formaudit demo``: audit the built-in example form and write the report a recruiter would read."""

from __future__ import annotations

from pathlib import Path

import click

from formaudit.cli.demo import DEMO_TARGET_NAME, serve_demo
from formaudit.cli.run_errors import exit_on_run_errors
from formaudit.exit_codes import ExitCode
from formaudit.models.context import Stage
from formaudit.pipeline import RunOptions, TargetSpec, run_audit
from formaudit.reporters import ReportOptions, ReportWriteError, write_reports
from formaudit.reporters.terminal import summary_lines


@click.command("demo")
@click.option("--output-dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("reports") / "demo", show_default=True, help="Where to write the reports.")
@click.option("--jurisdiction", "jurisdictions", multiple=True, default=("GB",), show_default=True,
              help="Where the example job is (repeatable), e.g. US-NYC, DE, EU.")
def demo_command(output_dir: Path, jurisdictions: tuple[str, ...]) -> None:
    """Audit the built-in example application form, served on 127.0.0.1, and write its reports."""
    with serve_demo() as url:
        click.echo(f"Auditing the built-in example, starting from its job post at {url} …")
        spec = TargetSpec(target=url, name=DEMO_TARGET_NAME, stage=Stage.APPLICATION,
                          jurisdictions=jurisdictions)
        with exit_on_run_errors():
            result = run_audit([spec], RunOptions())
    for line in summary_lines(result):
        click.echo(line)
    try:
        written = write_reports(result, ("html", "json", "sarif", "junit", "md"), output_dir, ReportOptions())
        failed: dict[str, str] = {}
    except ReportWriteError as exc:  # the formats that could be written still are, and are named
        written, failed = exc.written, exc.failures
    html = next((p for p in written if p.suffix == ".html"), None)
    for path in written:
        click.echo(f"wrote {path}")
    for name, reason in failed.items():
        click.secho(f"error: could not write the {name} report: {reason}", fg="red", err=True)
    if html is not None:
        click.secho(f"\nOpen the report: {html.resolve()}", bold=True)
    if failed:
        raise SystemExit(ExitCode.USAGE)
    if result.failed_targets:
        raise SystemExit(ExitCode.TARGET_FAILED)
