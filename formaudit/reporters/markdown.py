"""The Markdown summary: sized for a pull-request comment or a GitHub job summary.

GitHub refuses a step summary over 1 MiB, so the report is built line by line against a byte budget
(``ReportOptions.markdown_max_bytes``), most important first: the totals, pages that could not be
audited, the worst pages, the rules that recur across pages, then findings worst first. When the
budget runs out a last line says how much was left out and where to find it.
"""

from __future__ import annotations

from formaudit.models.findings import Finding
from formaudit.models.result import AuditResult, TargetResult
from formaudit.reporters import digest
from formaudit.reporters.md import code, escape, link
from formaudit.reporters.options import ReportOptions
from formaudit.reporters.text import minutes, plain, utc_text

MAX_TABLE_ROWS = 50
LABEL = 120
MESSAGE = 300
# Room kept for the closing line that says what was left out.
RESERVE = 600


class _Budget:
    """Lines that fit in a number of UTF-8 bytes, newline included."""

    def __init__(self, limit: int) -> None:
        self.limit = limit - RESERVE
        self.used = 0
        self.lines: list[str] = []
        self.full = False

    def add(self, *lines: str) -> bool:
        """Add the lines together, or none of them and mark the budget full."""
        size = sum(len(line.encode("utf-8")) + 1 for line in lines)
        if self.full or self.used + size > self.limit:
            self.full = True
            return False
        self.lines.extend(lines)
        self.used += size
        return True


def _page_link(target: TargetResult, name: str) -> str:
    return link(name, target.location or target.target, LABEL)


def _finding_lines(target: TargetResult, name: str, finding: Finding) -> tuple[str, str]:
    tags = []
    if finding.waiver:
        tags.append(f"accepted: {escape(finding.waiver, 160)}")
    if finding.baseline_state == "new":
        tags.append("new")
    elif finding.baseline_state == "unchanged":
        tags.append("in the baseline")
    suffix = f" · _{'; '.join(tags)}_" if tags else ""
    question = f" — “{escape(finding.field_label, LABEL)}”" if finding.field_label else ""
    head = (
        f"- **{finding.severity.value.capitalize()}** {escape(finding.title, LABEL)}{question} "
        f"on {_page_link(target, name)} {code(finding.rule_id)}{suffix}"
    )
    laws = "; ".join(f"{escape(b.jurisdiction)}: {link(b.law, b.url, 80)}" for b in finding.legal_basis)
    body = f"  {escape(finding.message, MESSAGE)}" + (f" ({laws})" if laws else "")
    return head, body


def _header(result: AuditResult, budget: _Budget, options: ReportOptions) -> None:
    audited = [t for t in result.targets if t.error is None]
    everything = result.findings
    current = digest.active(everything)
    counts = digest.severity_counts(current)
    flagged = sum(1 for t in audited if digest.active(t.findings))
    title = (
        f"## formaudit: {len(current)} finding{'s' if len(current) != 1 else ''} on {flagged} of "
        f"{len(audited)} page{'s' if len(audited) != 1 else ''}"
    )
    budget.add(title, "")
    failed = len(result.failed_targets)
    extra = f", {failed} could not be audited" if failed else ""
    budget.add(
        f"Audited {utc_text(result.generated_at)} by formaudit {plain(result.formaudit_version)}{extra}.", ""
    )
    waived = sum(1 for f in everything if f.waiver)
    new = sum(1 for f in everything if f.baseline_state == "new")
    heads = [s.value.capitalize() for s in counts] + ["Accepted (waiver)"]
    values = [str(n) for n in counts.values()] + [str(waived)]
    if any(f.baseline_state for f in everything) or result.fixed_fingerprints:
        heads += ["New since baseline", "Fixed since baseline"]
        values += [str(new), str(len(result.fixed_fingerprints))]
    budget.add(
        "| " + " | ".join(heads) + " |", "|" + "---:|" * len(heads), "| " + " | ".join(values) + " |", ""
    )
    if options.html_report_url and link("x", options.html_report_url) != "x":
        budget.add(f"Full report with screenshots: {link('formaudit.html', options.html_report_url)}", "")


def _not_read(result: AuditResult, budget: _Budget) -> None:
    """Forms in a language formaudit does not read: said before any finding, so no one reads silence."""
    unread = digest.unread_forms(result)
    if not unread:
        return
    budget.add("### Not read", "")
    for target, audit in unread:
        budget.add(f"- {escape(target.target, LABEL)}: {escape(digest.coverage_sentence(audit) or '', MESSAGE)}")
    budget.add("")


def _roads(result: AuditResult, budget: _Budget) -> None:
    """How each page's form was reached (clicks, walls), for pages where formaudit walked there."""
    roads = [(target, digest.road_label(target.road)) for target in result.targets]
    roads = [(target, label) for target, label in roads if label]
    if not roads:
        return
    budget.add("### Roads to the forms", "")
    for target, label in roads:
        budget.add(f"- {escape(target.target, LABEL)}: {escape(label, MESSAGE)}")
    budget.add("")


def _failed(result: AuditResult, budget: _Budget) -> None:
    failures = result.failed_targets
    if not failures and not result.check_failures:
        return
    budget.add("### Not audited", "")
    for target in failures:
        assert target.error is not None
        budget.add(
            f"- {escape(target.target, LABEL)}: {escape(target.error.kind)}: "
            f"{escape(target.error.message, MESSAGE)}"
        )
    for failure in result.check_failures:
        where = f" on {escape(failure.target, LABEL)}" if failure.target else ""
        budget.add(f"- check {code(failure.check_id)}{where}: {escape(failure.message, MESSAGE)}")
    budget.add("")


def _worst_pages(ranked: list[digest.TargetDigest], budget: _Budget) -> int:
    shown = [d for d in ranked if not d.failed][:MAX_TABLE_ROWS]
    if not shown:
        return 0
    budget.add(
        "### Pages, worst first",
        "",
        "| Page | Language | High | Medium | Low | Note | Questions | Required | Time |",
        "|---|---|---:|---:|---:|---:|---:|---:|---|",
    )
    rows = 0
    for d in shown:
        counts = " | ".join(str(n) for n in d.counts.values())
        row = (
            f"| {_page_link(d.target, d.name)}{escape(f' ({d.ats})') if d.ats else ''} | {escape(d.language or '—')} | "
            f"{counts} | {d.questions} | "
            f"{d.required_questions} | "
            f"{minutes(d.minutes)} |"
        )
        if not budget.add(row):
            break
        rows += 1
    more = sum(1 for d in ranked if not d.failed) - rows
    budget.add("") if not more else budget.add("", f"_…and {more} more pages._", "")
    return rows


def _rollups(result: AuditResult, budget: _Budget) -> None:
    rollups = digest.rule_rollups(result)
    if not rollups:
        return
    budget.add("### The same problem across pages", "")
    for r in rollups[:MAX_TABLE_ROWS]:
        if not budget.add(
            f"- **{r.forms_flagged} of {r.forms_total} forms**: {escape(r.title, LABEL)} "
            f"({r.severity.value}) {code(r.rule_id)}"
        ):
            return
    budget.add("")


def _fixed(result: AuditResult, budget: _Budget) -> None:
    if not result.fixed:
        return
    total = sum(f.count for f in result.fixed)
    budget.add(f"### Fixed since the baseline ({total})", "")
    for fixed in result.fixed[:MAX_TABLE_ROWS]:
        question = f" — “{escape(fixed.field_label, LABEL)}”" if fixed.field_label else ""
        times = f" (×{fixed.count})" if fixed.count > 1 else ""
        if not budget.add(f"- {code(fixed.rule_id)}{question} on {escape(fixed.target, LABEL)}{times}"):
            return
    more = len(result.fixed) - MAX_TABLE_ROWS
    budget.add("") if more <= 0 else budget.add("", f"_…and {more} more._", "")


def render_markdown(result: AuditResult, options: ReportOptions) -> str:
    budget = _Budget(options.markdown_max_bytes)
    _header(result, budget, options)
    _failed(result, budget)
    _not_read(result, budget)
    _roads(result, budget)
    ranked = digest.targets_worst_first(result)
    _worst_pages(ranked, budget)
    _rollups(result, budget)
    _fixed(result, budget)
    names = {d.target.target: d.name for d in ranked}
    pairs = [(t, f) for t in result.targets for f in t.findings]
    pairs.sort(key=lambda pair: digest.finding_order(pair[1]))
    shown = 0
    if pairs:
        budget.add("### Findings, worst first", "")
        for target, finding in pairs:
            if not budget.add(*_finding_lines(target, names[target.target], finding)):
                break
            shown += 1
    left = len(pairs) - shown
    lines = budget.lines
    if left or budget.full:
        lines += [
            "",
            f"_…{left} more finding{'s' if left != 1 else ''} left out to keep this summary under "
            f"GitHub's 1 MiB limit; the HTML and JSON reports have everything._",
        ]
    return "\n".join(lines).rstrip("\n") + "\n"


class MarkdownReporter:
    name = "md"
    extension = "md"

    def render(self, result: AuditResult, options: ReportOptions) -> str:
        return render_markdown(result, options)
