"""The end-of-run summary for a terminal: a compact table per target, then the findings, worst first.

Pure: it returns lines made of text segments with style hints ("high", "error", "muted", ...). The CLI
decides whether to colour them (only on a terminal, not with --no-color) with :func:`to_text`, or
maps :data:`STYLES` onto its own output. Page text is stripped of control characters, so a label
cannot smuggle terminal escape sequences into the output.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import click

from formaudit.models.findings import Finding
from formaudit.models.result import AuditResult
from formaudit.reporters import digest
from formaudit.reporters.text import plain, shorten

# Suggested click.style() arguments per hint.
STYLES: dict[str, dict[str, Any]] = {
    "heading": {"bold": True},
    "high": {"fg": "red", "bold": True},
    "medium": {"fg": "yellow"},
    "low": {"fg": "blue"},
    "note": {"fg": "bright_black"},
    "error": {"fg": "red"},
    "ok": {"fg": "green"},
    "muted": {"fg": "bright_black"},
    "waived": {"fg": "green"},
}


@dataclass(frozen=True)
class Segment:
    text: str
    style: str | None = None


@dataclass(frozen=True)
class Line:
    segments: tuple[Segment, ...]

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.segments)

    def __str__(self) -> str:  # click.echo(line) prints the plain text
        return self.text


def _line(*parts: tuple[str, str | None] | str) -> Line:
    return Line(tuple(Segment(p) if isinstance(p, str) else Segment(*p) for p in parts))


_COLUMNS = (("Forms", 5), ("Questions", 9), ("High", 4), ("Med", 4), ("Low", 4), ("Note", 4))
WIDE = 90  # below this many columns the table drops Forms and Questions
MIN_NAME = 14
WORST_ROOM = 2 + len("medium (+99 accepted)")  # shortened to "+99" only where even that does not fit


def _fit(text: str, width: int) -> str:
    return shorten(text, width).ljust(width)


def _table(result: AuditResult, width: int) -> list[Line]:
    # Every line fits ``width``: narrow terminals lose the Forms and Questions columns first, then the
    # long form of the "accepted" note; the name column takes what is left.
    columns = _COLUMNS if width >= WIDE else _COLUMNS[2:]
    column_width = sum(w + 2 for _, w in columns)
    name_width = max(min(width - column_width - WORST_ROOM, 60), MIN_NAME)
    heading = _fit("Target", name_width) + "".join(f"  {title:>{w}}" for title, w in columns) + "  Worst"
    lines = [_line((heading, "heading"))]
    for d in digest.targets_worst_first(result):
        name = _fit(plain(d.name), name_width)
        if d.target.error is not None:
            reason = plain(f"{d.target.error.kind}: {d.target.error.message}")
            blanks = "".join(f"  {'-':>{w}}" for _, w in columns)
            room = width - len(name) - len(blanks) - 2
            lines.append(_line(name, (blanks, "muted"), "  ", (shorten("error: " + reason, room), "error")))
            continue
        parts: list[tuple[str, str | None] | str] = [name]
        if columns is _COLUMNS:
            parts += [f"  {d.forms:>5}", f"  {d.questions:>9}"]
        for severity, count in d.counts.items():
            parts.append((f"  {count:>4}", severity.value if count else "muted"))
        unread = any(language.unread for language in digest.form_languages(d.target))
        # Nothing found on a form formaudit could not read is not "none": it is "not read".
        worst = d.worst.value if d.worst else ("not read" if unread else "none")
        parts.append(("  " + worst, d.worst.value if d.worst else ("error" if unread else "ok")))
        if d.waived:
            used = len(name) + column_width + 2 + len(worst)
            long_note = f" (+{d.waived} accepted)"
            parts.append((long_note if used + len(long_note) <= width else f" +{d.waived}", "waived"))
        lines.append(_line(*parts))
        if d.road:
            lines.append(_line((shorten(f"  road: {plain(d.road)}", width), "muted")))
    return lines


def _finding_line(name: str, finding: Finding, width: int, rule_width: int) -> Line:
    label = f"“{plain(finding.field_label)}”" if finding.field_label else plain(finding.title)
    tags = " [accepted]" if finding.waiver else (" [new]" if finding.baseline_state == "new" else "")
    head = f"  {finding.severity.value.upper():<7}{_fit(plain(finding.rule_id), rule_width)}  "
    rest = shorten(f"{label} — {plain(name)}", max(width - len(head) - len(tags), 1))
    style = "waived" if finding.waiver else finding.severity.value
    return _line((head, style), rest, (tags, "waived" if finding.waiver else "muted"))


def _totals(result: AuditResult, width: int) -> list[Line]:
    """The totals, wrapped at ``width`` between its parts (never inside one)."""
    current = digest.active(result.findings)
    counts = digest.severity_counts(current)
    parts = ", ".join(f"{n} {s.value}" for s, n in counts.items() if n)
    waived = len(result.findings) - len(current)
    text = f"{len(current)} finding{'s' if len(current) != 1 else ''}" + (f" ({parts})" if parts else "")
    pieces: list[tuple[str, str]] = [(text, "heading" if current else "ok")]
    if waived:
        pieces.append((f"{waived} accepted by waiver", "heading" if current else "ok"))
    failed = len(result.failed_targets)
    if failed:
        pieces.append((f"{failed} of {len(result.targets)} targets not audited", "error"))
    if result.check_failures:
        pieces.append((f"{len(result.check_failures)} check(s) failed to run", "error"))
    unread = digest.unread_forms(result)
    if unread:
        codes = ", ".join(dict.fromkeys(a.classified.language.code for _, a in unread if a.classified.language))
        noun = "form" if len(unread) == 1 else "forms"
        pieces.append((f"{len(unread)} {noun} in a language formaudit does not read ({codes})", "error"))
    lines: list[list[tuple[str, str | None] | str]] = [[]]
    used = 0
    for index, (piece, style) in enumerate(pieces):
        joiner = "" if index == 0 else ("; " if style == "error" else ", ")
        if index and used + len(joiner) + len(piece) > width:
            lines.append([])
            joiner, used = "  ", 0
        lines[-1].append((shorten(joiner + piece, width), style))
        used += len(joiner) + len(piece)
    return [_line(*segments) for segments in lines]


def summary_lines(result: AuditResult, *, width: int = 100, max_findings: int | None = 20) -> list[Line]:
    """The summary table, the findings worst first (at most ``max_findings``), and a totals line."""
    width = max(width, 60)
    lines = _table(result, width)
    names = {t.target: digest.target_name(t) for t in result.targets}
    pairs = sorted(
        ((t, f) for t in result.targets for f in t.findings), key=lambda p: digest.finding_order(p[1])
    )
    if pairs:
        lines.append(_line(""))
        lines.append(_line(("Findings", "heading")))
        shown = pairs if max_findings is None else pairs[:max_findings]
        rule_width = min(max(len(f.rule_id) for _, f in shown), 24, width // 4)
        lines.extend(_finding_line(names[t.target], f, width, rule_width) for t, f in shown)
        if len(pairs) > len(shown):
            lines.append(_line((f"  … and {len(pairs) - len(shown)} more in the reports", "muted")))
    lines.append(_line(""))
    lines.extend(_totals(result, width))
    return lines


def to_text(lines: list[Line], *, color: bool = False) -> str:
    """Join the lines, styled with click when ``color`` is true."""

    def render(segment: Segment) -> str:
        if color and segment.style and segment.text:
            return click.style(segment.text, **STYLES.get(segment.style, {}))
        return segment.text

    return "\n".join("".join(render(s) for s in line.segments).rstrip() for line in lines)
