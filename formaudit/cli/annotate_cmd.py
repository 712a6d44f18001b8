"""``formaudit annotate``: GitHub Actions annotations for the findings in a SARIF report."""

from __future__ import annotations

import json
from pathlib import Path

import click

from formaudit.gate.annotations import GITHUB_LIMIT_PER_LEVEL, annotations_from_sarif


@click.command("annotate")
@click.argument("sarif", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--per-level", type=click.IntRange(min=1), default=GITHUB_LIMIT_PER_LEVEL, show_default=True,
              help="Annotations per level; GitHub shows no more than 10 per step.")
def annotate_command(sarif: Path, per_level: int) -> None:
    """Print GitHub workflow annotations (::error file=...) for a formaudit SARIF report.

    Always exits 0: annotations are a convenience, the audit step's own exit code is the verdict.
    """
    try:
        document = json.loads(sarif.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        click.echo(f"::warning title=formaudit::no annotations: cannot read {sarif} ({exc})")
        return
    for line in annotations_from_sarif(document, per_level=per_level):
        click.echo(line)
