"""``formaudit annotate``: GitHub Actions annotations for the findings in a SARIF report."""

from __future__ import annotations

from pathlib import Path

import click

from formaudit.errors import FormauditError
from formaudit.files import read_json_file
from formaudit.gate.annotations import GITHUB_LIMIT_PER_LEVEL, annotations_from_sarif, escape_data

# formaudit's own SARIF is a few megabytes at most; anything far larger was named by mistake.
MAX_SARIF_BYTES = 64 * 1024 * 1024


@click.command("annotate")
@click.argument("sarif", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--per-level", type=click.IntRange(min=1), default=GITHUB_LIMIT_PER_LEVEL, show_default=True,
              help="Annotations per level; GitHub shows no more than 10 per step.")
def annotate_command(sarif: Path, per_level: int) -> None:
    """Print GitHub workflow annotations (::error file=...) for a formaudit SARIF report.

    Always exits 0: annotations are a convenience, the audit step's own exit code is the verdict.
    """
    try:
        document = read_json_file(sarif, what="SARIF report", max_bytes=MAX_SARIF_BYTES)
    except FormauditError as exc:
        # The message names a path the user chose: escaped, so it cannot end or start a workflow command.
        click.echo(f"::warning title=formaudit::no annotations: cannot read {escape_data(str(exc))}")
        return
    if not isinstance(document, dict):
        click.echo(f"::warning title=formaudit::no annotations: {escape_data(str(sarif))} is not a SARIF report")
        return
    for line in annotations_from_sarif(document, per_level=per_level):
        click.echo(line)
