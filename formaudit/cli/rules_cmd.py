"""``formaudit rules`` lists every check; ``formaudit explain ID`` prints one in full."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence

import click

from formaudit.checks.registry import LoadedChecks, load_checks, suggest
from formaudit.exit_codes import ExitCode
from formaudit.models.checks import CheckMeta

_WIDTH = 100


def _load(plugins: bool) -> LoadedChecks:
    loaded = load_checks(plugins=plugins)
    for failure in loaded.failures:
        click.echo(f"warning: {failure.check_id}: {failure.message}", err=True)
    return loaded


def _stage(meta: CheckMeta) -> str:
    """The stage from which asking is fine; "never" for pre-offer data, "n/a" for friction checks."""
    if meta.acceptable_from is not None:
        return str(meta.acceptable_from)
    return "never" if "pre-offer" in meta.tags else "n/a"


def table_lines(metas: Sequence[CheckMeta]) -> list[str]:
    """Aligned columns: id, severity, acceptable from, tags, title."""
    rows = [("ID", "SEVERITY", "ACCEPTABLE FROM", "TAGS", "TITLE")]
    rows += [(m.id, str(m.severity), _stage(m), ",".join(m.tags), m.title) for m in metas]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    return [
        "  ".join(cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True)) + "  " + row[4]
        for row in rows
    ]


@click.command("rules")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--tag", "tags", multiple=True, metavar="TAG", help="Only checks with this tag (repeatable: any of them)."
)
@click.option(
    "--plugins/--no-plugins", default=True, show_default=True, help="Include checks from installed plugins."
)
def rules(output_format: str, tags: tuple[str, ...], plugins: bool) -> None:
    """List every check: id, severity, the stage from which the data is acceptable, tags, title."""
    metas = [check.meta for check in _load(plugins).checks]
    if tags:
        known = {tag for meta in metas for tag in meta.tags}
        unknown = [tag for tag in tags if tag not in known]
        if unknown:
            details = ", ".join(f'"{tag}"{suggest(tag, known)}' for tag in unknown)
            click.echo(f"Error: unknown tag {details}; known tags: {', '.join(sorted(known))}", err=True)
            raise click.exceptions.Exit(ExitCode.USAGE)
        metas = [meta for meta in metas if set(meta.tags) & set(tags)]
    if output_format == "json":
        click.echo(json.dumps([meta.model_dump(mode="json") for meta in metas], indent=2, ensure_ascii=False))
        return
    for line in table_lines(metas):
        click.echo(line)


def _wrapped(text: str, indent: str = "  ") -> list[str]:
    return textwrap.wrap(text, width=_WIDTH, initial_indent=indent, subsequent_indent=indent) or [indent]


def explain_lines(meta: CheckMeta) -> list[str]:
    """Everything a check knows about itself, as plain text."""
    lines = [f"{meta.id}: {meta.title}", ""]
    lines.append(f"Default severity: {meta.severity}")
    lines.append(f"Acceptable from:  {_stage(meta)}")
    if meta.tags:
        lines.append(f"Tags:             {', '.join(meta.tags)}")
    if meta.categories:
        lines.append(f"Categories:       {', '.join(str(c) for c in meta.categories)}")
    lines += [
        "",
        "Why it matters:",
        *_wrapped(meta.rationale),
        "",
        "How to fix it:",
        *_wrapped(meta.remediation),
    ]
    if meta.jurisdictions:
        lines += ["", "Where the law restricts it (severity there):"]
        for rule in meta.jurisdictions:
            lines += _wrapped(f"{rule.jurisdiction} ({rule.severity}): {rule.law}", "  ")
            lines.append(f"      {rule.url}")
            if rule.note:
                lines += _wrapped(rule.note, "      ")
    if meta.references:
        lines += ["", "References:"]
        for reference in meta.references:
            lines += _wrapped(reference.title, "  ")
            lines.append(f"      {reference.url}")
    if meta.help_uri:
        lines += ["", f"More: {meta.help_uri}"]
    return lines


@click.command("explain")
@click.argument("check_id", metavar="ID")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--plugins/--no-plugins", default=True, show_default=True, help="Include checks from installed plugins."
)
def explain(check_id: str, output_format: str, plugins: bool) -> None:
    """Explain one check: rationale, fix, stage, per-jurisdiction laws and references."""
    checks = _load(plugins).by_id()
    check = checks.get(check_id) or checks.get(check_id.strip().lower())
    if check is None:
        click.echo(
            f'Error: unknown check "{check_id}"{suggest(check_id, checks)}; `formaudit rules` lists them.',
            err=True,
        )
        raise click.exceptions.Exit(ExitCode.USAGE)
    if output_format == "json":
        click.echo(json.dumps(check.meta.model_dump(mode="json"), indent=2, ensure_ascii=False))
        return
    for line in explain_lines(check.meta):
        click.echo(line)
