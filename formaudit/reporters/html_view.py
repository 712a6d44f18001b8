"""The HTML report's view: plain values the template lays out, computed from an ``AuditResult``.

Everything that needs a decision (ordering, numbering markers, which links are safe to click, how a
field's box maps onto the screenshot) happens here, in Python, so the template only places values and
Jinja2's autoescaping can do its job on every string that came from a page.
"""

from __future__ import annotations

import base64
import dataclasses
from collections import Counter
from dataclasses import dataclass, field

from formaudit.models.categories import CATEGORY_TITLES, Category, is_sensitive
from formaudit.models.checks import CheckMeta
from formaudit.models.classification import ClassifiedField
from formaudit.models.context import covered_by_any
from formaudit.models.findings import Finding, LegalBasis, Severity
from formaudit.models.result import AuditResult, FormAudit, TargetResult
from formaudit.models.road import Road, RoadAction
from formaudit.reporters import digest
from formaudit.reporters.html_shot import (
    Marker,
    Screenshot,
    field_key,
    marker_key,
    markers_for,
    page_size,
    screenshot,
)
from formaudit.reporters.text import minutes, percent, safe_link, slug, utc_text


@dataclass(frozen=True)
class Link:
    text: str
    href: str | None  # None: shown as text, never clickable


@dataclass(frozen=True)
class LegalView:
    jurisdiction: str
    law: Link
    severity: Severity
    note: str | None


@dataclass(frozen=True)
class FindingView:
    finding: Finding
    anchor: str
    target_anchor: str
    form_key: str
    question: str
    required: bool | None
    marker: Marker | None
    categories: tuple[tuple[str, str], ...]
    confidence: str
    confidence_word: str
    rationale: str | None
    remediation: str | None
    legal: tuple[LegalView, ...]
    jurisdictions: tuple[str, ...]
    restricted_elsewhere: tuple[str, ...]
    has_local_rules: bool
    references: tuple[Link, ...]
    repeat_of: str | None = None  # anchor of an earlier finding of the same rule on this page


@dataclass(frozen=True)
class FieldRow:
    question: str
    kind: str
    required: bool
    visible: bool
    categories: tuple[tuple[str, bool], ...]  # (title, sensitive)
    evidence: tuple[str, ...]
    marker: Marker | None


@dataclass(frozen=True)
class FormView:
    key: str
    title: str
    questions: int
    required_questions: int
    minutes: str
    rows: tuple[FieldRow, ...]
    sensitive: tuple[str, ...]  # titles of the sensitive categories asked, in the order first asked
    ordinary: tuple[str, ...]
    language: str  # "English (en)", "Turkish (tr)", "undetermined"
    language_read: bool
    coverage: str | None  # the banner of a form formaudit could not read
    unrecognised: tuple[str, ...]  # questions recognised neither as a data category nor as ordinary


@dataclass(frozen=True)
class RoadStepView:
    number: int
    action: str  # "Clicked", "Cookie banner", "Opened"
    text: str
    url: Link
    data_uri: str | None  # the page as it was when the click was made (JPEG)


@dataclass(frozen=True)
class RoadView:
    summary: str  # digest.road_label
    steps: tuple[RoadStepView, ...]
    end: str  # where the road ended, in a sentence
    refused: tuple[str, ...]


@dataclass(frozen=True)
class TargetView:
    digest: digest.TargetDigest
    anchor: str
    name: str
    location: Link | None
    facts: tuple[tuple[str, str], ...]
    warnings: tuple[str, ...]
    error: str | None
    screenshot: Screenshot | None
    findings: tuple[FindingView, ...]
    forms: tuple[FormView, ...]
    minutes: str
    road: RoadView | None = None

    @property
    def fully_read(self) -> bool:
        """Every form in a language formaudit reads, every question recognised."""
        return all(form.language_read and not form.unrecognised for form in self.forms)


@dataclass(frozen=True)
class Option:
    value: str
    label: str


@dataclass(frozen=True)
class ReportView:
    result: AuditResult
    generated_at: str
    counts: dict[Severity, int]
    waived: int
    new: int
    unchanged: int
    forms_total: int
    ranked: tuple[digest.TargetDigest, ...]
    rollups: tuple[digest.RuleRollup, ...]
    failed: tuple[TargetView, ...]
    targets: tuple[TargetView, ...]
    category_options: tuple[Option, ...]
    form_options: tuple[Option, ...]
    severities: tuple[Severity, ...] = field(default=digest.SEVERITIES_WORST_FIRST)

    @property
    def findings_total(self) -> int:
        return sum(len(t.findings) for t in self.targets)


def confidence_word(confidence: float) -> str:
    if confidence >= 0.85:
        return "high"
    if confidence >= 0.6:
        return "medium"
    return "low"


def category_title(category: Category) -> str:
    return CATEGORY_TITLES.get(category, str(category).replace("_", " "))


def _legal(basis: LegalBasis) -> LegalView:
    return LegalView(
        jurisdiction=basis.jurisdiction,
        law=Link(basis.law, safe_link(basis.url)),
        severity=basis.severity,
        note=basis.note,
    )


def _restricted_elsewhere(meta: CheckMeta | None, finding: Finding, target: TargetResult) -> tuple[str, ...]:
    if meta is None:
        return ()
    cited = {b.jurisdiction for b in finding.legal_basis}
    codes = (
        r.jurisdiction
        for r in meta.jurisdictions
        if r.jurisdiction not in cited and not covered_by_any(r.jurisdiction, target.jurisdictions)
    )
    return tuple(dict.fromkeys(codes))


def form_key(target_anchor: str, form_id: str | None) -> str:
    return f"{target_anchor}--{slug(form_id or 'page', 24)}"


def _finding_view(
    target: TargetResult,
    anchor: str,
    pair: tuple[Finding, str],
    meta: CheckMeta | None,
    markers: dict[str, Marker],
) -> FindingView:
    finding, finding_anchor = pair
    classified = digest.field_for(target, finding)
    key = marker_key(target, finding)
    references = tuple(Link(r.title, safe_link(r.url)) for r in (meta.references if meta else ()))
    return FindingView(
        finding=finding,
        anchor=finding_anchor,
        target_anchor=anchor,
        form_key=form_key(anchor, finding.form_id),
        question=(classified.field.question if classified else None) or finding.field_label or "",
        required=classified.field.required if classified else None,
        marker=markers.get(key) if key else None,
        categories=tuple((str(c), category_title(c)) for c in finding.categories),
        confidence=percent(finding.confidence),
        confidence_word=confidence_word(finding.confidence),
        rationale=meta.rationale if meta else None,
        remediation=finding.remediation or (meta.remediation if meta else None),
        legal=tuple(_legal(b) for b in finding.legal_basis),
        jurisdictions=target.jurisdictions,
        restricted_elsewhere=_restricted_elsewhere(meta, finding, target),
        has_local_rules=bool(meta and meta.jurisdictions),
        references=references,
    )


def _field_row(classified: ClassifiedField, marker: Marker | None) -> FieldRow:
    matches = sorted(classified.matches, key=lambda m: (-m.confidence, m.category))
    evidence = tuple(dict.fromkeys(f"{e.source.value}: “{e.text}”" for m in matches for e in m.evidence))
    return FieldRow(
        question=classified.field.question or "(no label)",
        kind=classified.field.kind.value.replace("_", " "),
        required=classified.field.required,
        visible=classified.field.visible,
        categories=tuple((category_title(m.category), is_sensitive(m.category)) for m in matches),
        evidence=evidence,
        marker=marker,
    )


def _form_view(anchor: str, index: int, audit: FormAudit, markers: dict[str, Marker]) -> FormView:
    form = audit.classified.form
    rows = tuple(
        _field_row(f, markers.get(field_key(form.form_id, f.field.field_id))) for f in audit.classified.fields
    )
    asked = [m.category for f in audit.classified.fields if f.field.visible for m in f.matches]
    return FormView(
        key=form_key(anchor, form.form_id),
        title=(form.title or "").strip() or f"Form {index}",
        questions=audit.metrics.questions,
        required_questions=audit.metrics.required_questions,
        minutes=minutes(audit.metrics.estimated_minutes),
        rows=rows,
        sensitive=tuple(dict.fromkeys(category_title(c) for c in asked if is_sensitive(c))),
        ordinary=tuple(dict.fromkeys(category_title(c) for c in asked if not is_sensitive(c))),
        language=_language_text(audit),
        language_read=not (audit.classified.language and audit.classified.language.unread),
        coverage=digest.coverage_sentence(audit),
        unrecognised=audit.classified.unrecognised_questions,
    )


def _language_text(audit: FormAudit) -> str:
    language = audit.classified.language
    if language is None or language.code == "und":
        return "undetermined (too little text)"
    return f"{language.name} ({language.code})"


def _facts(target: TargetResult) -> tuple[tuple[str, str], ...]:
    facts = [
        ("Hiring stage", target.stage.value),
        ("Job location", ", ".join(target.jurisdictions) or "not given"),
    ]
    if target.provenance:
        p = target.provenance
        if p.mode == "browser":
            # Playwright reports a bare version number; say what it is a version of.
            version = p.browser_version or ""
            how = f" in Chromium {version}" if version[:1].isdigit() else f" in {version or 'a browser'}"
        else:
            how = ", read as a file without a browser"
        facts.append(("Collected", utc_text(p.collected_at) + how))
    if target.ats is not None:
        facts.append(("Applicant tracking system", digest.ats_label(target)))
        facts += [("Data protection", fact.text) for fact in target.ats.data_compliance]
    return tuple(facts)


def _ranked(views: tuple[FindingView, ...]) -> tuple[FindingView, ...]:
    """Worst first; within a severity, in the order the questions appear on the page (marker numbers)."""

    def key(view: FindingView) -> tuple[int, int, int, float, str, str]:
        f = view.finding
        number = view.marker.number if view.marker else 10**6
        return (1 if f.waiver else 0, -f.severity.rank, number, -f.confidence, f.rule_id, view.anchor)

    ordered = sorted(views, key=key)
    first: dict[str, str] = {}
    marked = []
    for view in ordered:
        rule = view.finding.rule_id
        marked.append(dataclasses.replace(view, repeat_of=first.get(rule)))
        first.setdefault(rule, view.anchor)
    return tuple(marked)


def target_view(
    summary: digest.TargetDigest,
    pairs: list[tuple[Finding, str]],
    checks: dict[str, CheckMeta],
    include_screenshots: bool,
) -> TargetView:
    """One target's section; ``pairs`` are its findings with their anchors (see digest.anchored)."""
    target = summary.target
    anchor = summary.anchor
    page = page_size(target)
    show_shot = include_screenshots and target.screenshot_png is not None and page is not None
    markers = markers_for(target, anchor, pairs, page) if show_shot and page else {}
    location = target.location or (target.provenance.final_url if target.provenance else None)
    return TargetView(
        digest=summary,
        anchor=anchor,
        name=summary.name,
        location=Link(location, safe_link(location)) if location else None,
        facts=_facts(target),
        warnings=target.warnings,
        error=f"{target.error.kind}: {target.error.message}" if target.error else None,
        screenshot=screenshot(target, anchor, markers, page[0]) if show_shot and page else None,
        findings=_ranked(
            tuple(_finding_view(target, anchor, p, checks.get(p[0].rule_id), markers) for p in pairs)
        ),
        forms=tuple(_form_view(anchor, i, f, markers) for i, f in enumerate(target.forms, start=1)),
        minutes=minutes(summary.minutes),
        road=_road_view(target.road, include_screenshots),
    )


_ROAD_ACTIONS = {RoadAction.CLICK: "Clicked", RoadAction.COOKIES: "Cookie banner", RoadAction.REVEAL: "Opened"}


def _road_view(road: Road | None, include_screenshots: bool) -> RoadView | None:
    summary = digest.road_label(road)
    if road is None or not summary:
        return None
    steps = tuple(
        RoadStepView(
            number=number, action=_ROAD_ACTIONS[step.action], text=step.text, url=Link(step.url, safe_link(step.url)),
            data_uri=("data:image/jpeg;base64," + base64.b64encode(step.screenshot_jpeg).decode("ascii")
                      if include_screenshots and step.screenshot_jpeg else None),
        )
        for number, step in enumerate(road.steps, start=1)
    )
    if road.reached == "form":
        end = "The application form: its questions are audited below."
    elif road.wall is not None:
        end = (f"A wall ({road.wall.kind.value}) at {road.wall.url}: formaudit stops there and never signs in, "
               "signs up or solves anything, so the questions behind it were not read.")
    else:
        end = road.note or "No application form was reached."
    return RoadView(summary=summary, steps=steps, end=end, refused=road.refused)


def build_view(result: AuditResult, include_screenshots: bool = True) -> ReportView:
    checks = digest.checks_by_id(result)
    ranked = digest.targets_worst_first(result)
    # Finding anchors are assigned in the result's order, not the ranking's, so they stay put when a
    # page moves up or down the ranking.
    seen: Counter[str] = Counter()
    anchors = {id(t): digest.anchored(t.findings, seen) for t in result.targets}
    ordered = [target_view(d, anchors[id(d.target)], checks, include_screenshots) for d in ranked]
    findings = result.findings
    present = {c for f in findings for c in f.categories}
    categories = sorted(present, key=lambda c: category_title(c).casefold())
    form_options: list[Option] = []
    for view in ordered:
        if view.error:
            continue
        form_options.append(Option(view.anchor, view.name))
        if len(view.forms) > 1:
            form_options.extend(Option(f.key, f"{view.name} — {f.title}") for f in view.forms)
    return ReportView(
        result=result,
        generated_at=utc_text(result.generated_at),
        counts=digest.severity_counts(digest.active(findings)),
        waived=sum(1 for f in findings if f.waiver),
        new=sum(1 for f in findings if f.baseline_state == "new"),
        unchanged=sum(1 for f in findings if f.baseline_state == "unchanged"),
        forms_total=digest.forms_audited(result),
        ranked=tuple(ranked),
        # Across one form the roll-up only repeats the findings list: shown from two forms up.
        rollups=tuple(digest.rule_rollups(result)) if digest.forms_audited(result) > 1 else (),
        failed=tuple(v for v in ordered if v.error),
        targets=tuple(v for v in ordered if not v.error),
        category_options=tuple(Option(str(c), category_title(c)) for c in categories),
        form_options=tuple(form_options),
    )
