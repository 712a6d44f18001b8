"""``formaudit extract``: the field inventory of each target, as a table or JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from formaudit import errors
from formaudit.cli.run_errors import exit_on_run_errors
from formaudit.collect.options import CollectOptions
from formaudit.exit_codes import ExitCode
from formaudit.extract import extract
from formaudit.models.ats import AtsJob
from formaudit.models.fields import Field, PageInventory
from formaudit.pipeline import Outcome, RunOptions, TargetSpec, collect_each, failure_from
from formaudit.targets import expand_targets

INVENTORY_SCHEMA_VERSION = "1.0"


def inventory_json(target: str, outcome: PageInventory | errors.FormauditError) -> dict[str, Any]:
    if isinstance(outcome, errors.FormauditError):
        return {"target": target, "error": failure_from(outcome).model_dump(mode="json")}
    return {
        "target": target,
        "final_url": outcome.final_url,
        "title": outcome.title,
        "warnings": list(outcome.warnings),
        "forms": [
            {
                "form_id": form.form_id,
                "title": form.title,
                "action": form.action,
                "fields": [field.model_dump(mode="json", exclude={"box"}) for field in form.fields],
            }
            for form in outcome.forms
        ],
        "error": None,
    }


def _field_line(number: int, field: Field) -> str:
    required = "required" if field.required else "optional"
    hidden = "" if field.visible else "  [not visible]"
    options = f"  options: {', '.join(o.label for o in field.options)}" if field.options else ""
    section = f"  § {field.section}" if field.section else ""
    return f"  {number:>3}. {field.question or '(no label)'}  ({field.kind}, {required}){section}{hidden}{options}"


def print_inventory(target: str, outcome: PageInventory | errors.FormauditError) -> None:
    if isinstance(outcome, errors.FormauditError):
        click.secho(f"{target}: error: {failure_from(outcome).message}", fg="red", err=True)
        return
    click.secho(f"{target}", bold=True)
    for warning in outcome.warnings:
        click.secho(f"  warning: {warning}", fg="yellow")
    for form in outcome.forms:
        click.echo(f"  form {form.title or form.form_id}: {len(form.questions)} questions")
        for number, field in enumerate((f for f in form.fields if f.visible), start=1):
            click.echo(_field_line(number, field))


@click.command("extract")
@click.argument("targets", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="How to print the inventory.")
@click.option("--no-browser", is_flag=True, help="Read local HTML files as they are (forms kept as templates).")
@click.option("--save-snapshot", "snapshot_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Also save each snapshot here; extract it again later by naming the *.snapshot.json.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              help="Seconds per target to load and settle.")
@click.option("--concurrency", type=click.IntRange(1, 32), default=1, show_default=True)
def extract_command(targets: tuple[str, ...], output_format: str, no_browser: bool,
                    snapshot_dir: Path | None, timeout: float, concurrency: int) -> None:
    """List every question each form asks: label, kind, required, options, section.

    TARGETS are URLs, HTML files, directories of them, or saved snapshots (*.snapshot.json).
    """
    expansion = expand_targets(targets, base=Path.cwd())
    for note in expansion.notes:
        click.echo(f"note: {note}", err=True)
    specs = [TargetSpec(target=page.location, name=page.name) for page in expansion.pages]
    # Sources that gave no page (an empty directory, a glob matching nothing, an unreadable sitemap) are
    # failed targets, listed after the pages, exactly as `audit` lists them.
    unexpanded = {len(specs) + i: errors.TargetError(f.name, f.message) for i, f in enumerate(expansion.failures)}
    names = [spec.display_name for spec in specs] + [f.name for f in expansion.failures]
    # No screenshot: the inventory does not show one, and it is the slowest part of collecting.
    options = RunOptions(collect=CollectOptions(timeout_s=timeout, screenshot=False), browser=not no_browser,
                         concurrency=concurrency, snapshot_dir=snapshot_dir)
    outcomes: dict[int, PageInventory | errors.FormauditError] = {}

    def handle(index: int, outcome: Outcome) -> None:
        if isinstance(outcome, errors.FormauditError):
            inventory: PageInventory | errors.FormauditError = outcome
        elif isinstance(outcome, AtsJob):
            inventory = outcome.inventory  # read from the vendor's published definition: nothing to extract
        else:
            try:
                inventory = extract(outcome)
            except Exception as exc:  # one odd page must not cost the others their inventory
                inventory = errors.FormauditError(f"could not extract fields ({type(exc).__name__}: {exc})")
        outcomes[index] = inventory
        if output_format == "table":
            print_inventory(names[index], inventory)

    with exit_on_run_errors():
        collect_each(specs, options, handle)
    for index, failure in unexpanded.items():
        outcomes[index] = failure
        if output_format == "table":
            print_inventory(names[index], failure)
    if output_format == "json":
        document = {
            "schema_version": INVENTORY_SCHEMA_VERSION,
            "targets": [inventory_json(names[i], outcomes[i]) for i in range(len(names))],
        }
        click.echo(json.dumps(document, indent=2, ensure_ascii=False))
    failed = sum(isinstance(o, errors.FormauditError) for o in outcomes.values())
    if failed:
        click.secho(f"{failed} of {len(names)} targets could not be read.", fg="red", err=True)
        raise SystemExit(ExitCode.TARGET_FAILED)
