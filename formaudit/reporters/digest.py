"""What every reporter says first: counts, the worst targets, and a roll-up of each rule across targets.

Pure functions of an ``AuditResult``. A finding that a waiver accepts still appears in every report, but
it does not make a form "worse": rankings and severity counts use the active (unwaived) findings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from formaudit.checks.coverage import not_read
from formaudit.models.ats import VENDOR_NAMES
from formaudit.models.checks import CheckMeta
from formaudit.models.classification import ClassifiedField, FormLanguage
from formaudit.models.findings import Finding, Severity
from formaudit.models.result import AuditResult, FormAudit, TargetResult
from formaudit.models.road import Road, RoadAction, WallKind
from formaudit.reporters.text import stable_id

SEVERITIES_WORST_FIRST: tuple[Severity, ...] = tuple(sorted(Severity, key=lambda s: s.rank, reverse=True))


def severity_counts(findings: Iterable[Finding]) -> dict[Severity, int]:
    """Every severity, worst first, with how many findings have it (zeros included)."""
    counted = Counter(f.severity for f in findings)
    return {severity: counted.get(severity, 0) for severity in SEVERITIES_WORST_FIRST}


def active(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Findings no waiver has accepted."""
    return tuple(f for f in findings if f.waiver is None)


def finding_order(finding: Finding) -> tuple[int, int, float, str, str]:
    """Worst first: active before waived, then severity, then confidence, then a stable tie-break."""
    return (
        1 if finding.waiver else 0,
        -finding.severity.rank,
        -finding.confidence,
        finding.rule_id,
        finding.fingerprint,
    )


def worst_first(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=finding_order)


@dataclass(frozen=True)
class TargetDigest:
    """One target at a glance."""

    target: TargetResult
    anchor: str
    name: str
    counts: dict[Severity, int]
    waived: int
    worst: Severity | None
    forms: int
    questions: int
    required_questions: int
    minutes: float
    language: str = ""  # see language_label
    ats: str = ""  # see ats_label
    road: str = ""  # see road_label

    @property
    def failed(self) -> bool:
        return self.target.error is not None

    @property
    def active_findings(self) -> int:
        return sum(self.counts.values())


def target_anchor(target: TargetResult) -> str:
    return stable_id("t", target.target)


def target_name(target: TargetResult) -> str:
    """The page title when there is one, else the target as the user named it."""
    return (target.title or "").strip() or target.target


def digest_target(target: TargetResult, anchor: str | None = None) -> TargetDigest:
    current = active(target.findings)
    counts = severity_counts(current)
    worst = next((s for s in SEVERITIES_WORST_FIRST if counts[s]), None)
    return TargetDigest(
        target=target,
        anchor=anchor or target_anchor(target),
        name=target_name(target),
        counts=counts,
        waived=len(target.findings) - len(current),
        worst=worst,
        forms=len(target.forms),
        questions=sum(f.metrics.questions for f in target.forms),
        required_questions=sum(f.metrics.required_questions for f in target.forms),
        minutes=sum(f.metrics.estimated_minutes for f in target.forms),
        language=language_label(target),
        ats=ats_label(target),
        road=road_label(target.road),
    )


def _target_order(digest: TargetDigest) -> tuple[object, ...]:
    return (
        1 if digest.failed else 0,
        *(-digest.counts[s] for s in SEVERITIES_WORST_FIRST),
        -digest.questions,
        digest.target.target,
    )


def targets_worst_first(result: AuditResult) -> list[TargetDigest]:
    """Audited targets with the most serious findings first; targets that failed come last.

    A target named twice (the same URL at two stages, say) gets ``-2`` on its second anchor, in the
    result's order, so every anchor in a report is unique and stays the same from run to run.
    """
    seen: Counter[str] = Counter()
    digests = []
    for target in result.targets:
        base = target_anchor(target)
        seen[base] += 1
        digests.append(digest_target(target, base if seen[base] == 1 else f"{base}-{seen[base]}"))
    return sorted(digests, key=_target_order)


@dataclass(frozen=True)
class RuleRollup:
    """One rule across every audited form: "3 of 12 forms ask for a passport copy"."""

    rule_id: str
    title: str
    severity: Severity
    findings: int
    forms_flagged: int
    forms_total: int
    targets: tuple[TargetDigest, ...]


def forms_audited(result: AuditResult) -> int:
    """Forms found on the targets that were collected."""
    return sum(len(t.forms) for t in result.targets if t.error is None)


def rule_rollups(result: AuditResult) -> list[RuleRollup]:
    """Each rule with active findings, worst severity first, then the most forms affected."""
    titles = {c.id: c.title for c in result.checks}
    digests = targets_worst_first(result)
    by_rule: dict[str, list[tuple[TargetDigest, Finding]]] = {}
    for digest in digests:
        for finding in active(digest.target.findings):
            by_rule.setdefault(finding.rule_id, []).append((digest, finding))
    total = forms_audited(result)
    rollups = []
    for rule_id, hits in by_rule.items():
        forms = {(d.anchor, f.form_id or "") for d, f in hits}
        flagged = {d.anchor: d for d, _ in hits}
        rollups.append(
            RuleRollup(
                rule_id=rule_id,
                title=titles.get(rule_id) or hits[0][1].title,
                severity=max((f.severity for _, f in hits), key=lambda s: s.rank),
                findings=len(hits),
                forms_flagged=len(forms),
                forms_total=max(total, len(forms)),
                targets=tuple(flagged.values()),
            )
        )
    return sorted(rollups, key=lambda r: (-r.severity.rank, -r.forms_flagged, -r.findings, r.rule_id))


def checks_by_id(result: AuditResult) -> dict[str, CheckMeta]:
    return {c.id: c for c in result.checks}


def rule_checks(result: AuditResult) -> list[CheckMeta]:
    """Every check that ran, plus a stand-in for any rule a finding names that the list lacks.

    A result merged from older shards, or built by hand, may lack the metadata of a rule its findings
    name; machine formats still need one entry per rule.
    """
    checks = list(result.checks)
    known = {c.id for c in checks}
    for finding in result.findings:
        if finding.rule_id not in known:
            known.add(finding.rule_id)
            checks.append(
                CheckMeta.model_construct(
                    id=finding.rule_id,
                    title=finding.title,
                    severity=finding.severity,
                    rationale=finding.title,
                    remediation=finding.remediation or "See the finding's message.",
                    references=(),
                    tags=(),
                    categories=finding.categories,
                    acceptable_from=None,
                    jurisdictions=(),
                    help_uri=None,
                )
            )
    for fixed in result.fixed:  # a fixed finding's rule may have been dropped or renamed since
        if fixed.rule_id not in known:
            known.add(fixed.rule_id)
            checks.append(
                CheckMeta.model_construct(
                    id=fixed.rule_id, title=fixed.rule_id, severity=Severity.NOTE, rationale=fixed.rule_id,
                    remediation="No longer found.", references=(), tags=(), categories=(),
                    acceptable_from=None, jurisdictions=(), help_uri=None,
                )
            )
    return checks


def locate(target: TargetResult, finding: Finding) -> tuple[FormAudit, ClassifiedField] | None:
    """The form and classified field a finding is about, looked up by form and field id."""
    if finding.field_id is None:
        return None
    fallback = None
    for form in target.forms:
        for field in form.classified.fields:
            if field.field.field_id != finding.field_id:
                continue
            if finding.form_id is None or form.classified.form.form_id == finding.form_id:
                return form, field
            fallback = fallback or (form, field)
    return fallback


def field_for(target: TargetResult, finding: Finding) -> ClassifiedField | None:
    located = locate(target, finding)
    return located[1] if located else None


def anchored(findings: Iterable[Finding], seen: Counter[str] | None = None) -> list[tuple[Finding, str]]:
    """Each finding with a stable anchor built from its fingerprint, in the order given.

    Two identical questions share a fingerprint, so the second gets ``-2``: anchors stay the same from
    one run to the next as long as the form asks the same things. Pass one ``seen`` counter for a
    whole report to keep anchors unique across targets.
    """
    seen = Counter() if seen is None else seen
    pairs = []
    for finding in findings:
        base = f"f-{finding.fingerprint[:16]}"
        seen[base] += 1
        pairs.append((finding, base if seen[base] == 1 else f"{base}-{seen[base]}"))
    return pairs


# --- what formaudit could not read (every format shows it) ----------------------------------------


def form_languages(target: TargetResult) -> tuple[FormLanguage, ...]:
    """The languages of a target's forms, each once, in page order."""
    seen: dict[str, FormLanguage] = {}
    for audit in target.forms:
        language = audit.classified.language
        if language is not None:
            seen.setdefault(language.code, language)
    return tuple(seen.values())


def language_label(target: TargetResult) -> str:
    """``en``, ``el (core)``, ``tr (not read)``, ``en, tr (not read)``; empty when the target has no form."""
    return ", ".join(f"{language.code} (not read)" if language.unread
                     else f"{language.code} (core)" if language.level == "core" else language.code
                     for language in form_languages(target))


def ats_label(target: TargetResult) -> str:
    """``Greenhouse (API, job 4012345)``, ``Workday (recognised on the page)``; empty when none is known."""
    source = target.ats
    if source is None:
        return ""
    name = VENDOR_NAMES[source.vendor]
    if not source.api:
        return f"{name} (recognised on the page)"
    return f"{name} (published job definition" + (f", job {source.job_id})" if source.job_id else ")")


_WALLS = {
    WallKind.LOGIN: "a sign-in wall",
    WallKind.ACCOUNT_CREATION: "an account-creation wall",
    WallKind.EMAIL_CODE: "an email-code wall",
    WallKind.SSO: "a sign-in wall for other companies' accounts only",
    WallKind.CAPTCHA: "a captcha wall",
}


def road_label(road: Road | None) -> str:
    """One sentence for every report: how formaudit got to the form, or where it stopped; empty when no
    road was walked (a page that held its form, ATS questions, a saved file).

    ``2 clicks to the first question: “Reject all” (cookie banner) → “Apply for this job”``
    """
    if road is None or not road.walked:
        return ""
    parts = [f"“{step.text}”" + (" (cookie banner)" if step.action is RoadAction.COOKIES else "")
             for step in road.steps if step.action is not RoadAction.REVEAL]
    path = ": " + " → ".join(parts) if parts else ""
    clicks = f"{road.clicks} click{'s' if road.clicks != 1 else ''}"
    if road.reached == "form":
        sentence = f"{clicks} to the first question{path}"
    elif road.wall is not None:
        asks = f", asking for {', '.join(road.wall.asks)}" if road.wall.asks else ""
        sentence = f"stopped at {_WALLS[road.wall.kind]}{asks} after {clicks}{path}"
    else:
        sentence = f"no application form reached after {clicks}{path}"
    revealed = sum(1 for step in road.steps if step.action is RoadAction.REVEAL)
    if revealed:
        sentence += f"; opened {revealed} collapsed block{'s' if revealed != 1 else ''} of questions"
    if road.flow is not None and road.flow.total:
        sentence += f"; step {road.flow.current or 1} of {road.flow.total} read"
    return sentence


def unread_forms(result: AuditResult) -> list[tuple[TargetResult, FormAudit]]:
    """Every form in a language formaudit does not read, with its target."""
    return [(target, audit) for target in result.targets for audit in target.forms
            if audit.classified.language is not None and audit.classified.language.unread]


def coverage_sentence(audit: FormAudit) -> str | None:
    """The sentence every report gives a form formaudit could not read, or None when it could."""
    sentence = not_read(audit.classified)
    if sentence is None:
        return None
    return f"{sentence} No finding here means nothing was understood, not that nothing was asked."
