"""The terminal text of ``audit`` and ``merge``: pure functions returning (line, click style) pairs.

The end-of-run table and the worst findings come from ``formaudit.reporters.terminal``; this module adds
what only the command line knows: every form's questions, and what the gate made of the findings.

Everything taken from a page (labels, titles, evidence, error text) goes through ``plain`` first: a
hostile page could otherwise put terminal escape sequences into a CI log.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from typing import Any

from formaudit.gate.verdict import Verdict
from formaudit.models.classification import ClassifiedField
from formaudit.models.result import AuditResult, FixedFinding, FormAudit, TargetResult
from formaudit.reporters import digest
from formaudit.reporters.terminal import STYLES
from formaudit.reporters.text import plain, shorten

Line = tuple[str, dict[str, Any]]

LABEL_WIDTH = 44


def inventory_lines(result: AuditResult) -> list[Line]:
    """Per target, each form's questions with what they ask for and the evidence for it."""
    lines: list[Line] = []
    for target in result.targets:
        lines.extend(_target_lines(target))
        lines.append(("", {}))
    return lines


def _target_lines(target: TargetResult) -> Iterable[Line]:
    location = f"  {plain(target.location)}" if target.location and target.location != target.target else ""
    yield f"{plain(target.target)}{location}", {"bold": True}
    if target.error is not None:
        yield f"  could not be audited ({target.error.kind}): {plain(target.error.message)}", {"fg": "red"}
        return
    if not target.forms:
        yield "  no form fields found on this page", {"fg": "yellow"}
    for number, form in enumerate(target.forms, start=1):
        yield from _form_lines(number, form)


def _form_lines(number: int, form: FormAudit) -> Iterable[Line]:
    title = plain(form.classified.form.title)
    name = f"form {number} {shorten(title, 60)!r}" if title else f"form {number}"
    metrics = form.metrics
    language = form.classified.language
    in_language = f", in {language.name} ({language.code})" if language and language.code != "und" else ""
    yield (f"  {name}: {metrics.questions} questions, {metrics.required_questions} required, "
           f"about {round(metrics.estimated_minutes)} min{in_language}"), {}
    sentence = digest.coverage_sentence(form)
    if sentence:
        yield f"  NOT READ: {sentence}", {"fg": "red", "bold": True}
    for classified in form.classified.fields:
        if classified.field.visible:
            if classified.recognised:
                yield _field_line(classified), {}
            else:
                yield _field_line(classified) + "   (not recognised: read it yourself)", {"fg": "yellow"}


def _field_line(classified: ClassifiedField) -> str:
    field = classified.field
    label = shorten(plain(field.question) or f"({field.kind} without a label)", LABEL_WIDTH)
    marker = "*" if field.required else " "
    if not classified.matches:
        return f"    {marker} {label}"
    asks = []
    for match in classified.matches:
        evidence = match.evidence[0] if match.evidence else None
        why = f' ({evidence.source} "{shorten(plain(evidence.text), 30)}")' if evidence else ""
        asks.append(f"{match.category}{why}")
    return f"    {marker} {label:<{LABEL_WIDTH}}  {'; '.join(asks)}"


def gate_lines(verdict: Verdict) -> list[Line]:
    """What fails the run and why, and how much more is shown or accepted without failing it."""
    lines: list[Line] = []
    if verdict.failing:
        lines.append((f"Failing the run ({len(verdict.failing)}):", {"bold": True}))
        for finding in sorted(verdict.failing, key=lambda f: -f.severity.rank):
            new = " [new]" if finding.baseline_state == "new" else ""
            label = shorten(plain(finding.field_label or finding.title), 60)
            lines.append((f"  {finding.severity.upper():<6} {finding.rule_id:<24} {plain(finding.target)}: "
                          f"{label}{new}", STYLES[finding.severity.value]))
    others = verdict.not_failing_text()
    if others:
        lines.append((others[:1].upper() + others[1:], {"dim": True}))
    return lines


def fixed_lines(fixed: Iterable[FixedFinding]) -> list[str]:
    """The baseline's findings that no longer occur, one line each; empty when there are none."""
    entries = list(fixed)
    if not entries:
        return []
    lines = [f"Fixed since the baseline ({sum(e.count for e in entries)}):"]
    for entry in sorted(entries, key=lambda e: (e.target, e.rule_id, e.field_label or "")):
        label = f": {plain(entry.field_label)}" if entry.field_label else ""
        times = f" (x{entry.count})" if entry.count > 1 else ""
        lines.append(f"  {entry.rule_id} on {plain(entry.target)}{label}{times}")
    return lines


def summary_text(result: AuditResult) -> str:
    """The reporters' end-of-run table and worst findings, styled; click strips the styles off a terminal."""
    from formaudit.reporters.terminal import summary_lines, to_text

    width = shutil.get_terminal_size((100, 24)).columns
    return to_text(summary_lines(result, width=width), color=True)
