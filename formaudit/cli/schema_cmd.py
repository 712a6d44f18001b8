"""``formaudit schema``: print the JSON Schema of the JSON report (generated from the models)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from formaudit.reporters import json_schema


@click.command("schema")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write the schema to this file instead of standard output.",
)
def schema_command(output: Path | None) -> None:
    """Print the JSON Schema that formaudit's JSON reports follow."""
    text = json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc
    click.echo(f"wrote {output}", err=True)
