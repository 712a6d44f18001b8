"""SARIF 2.1.0 for GitHub code scanning (and any other SARIF consumer).

GitHub shows a result only when its first location is a file in the repository, and rejects the upload
when a location uses a URI scheme other than the checkout's (``https:`` against ``file:``). A form is
a web page, so each result points at the file that declares it:

* a local file target: its path relative to the repository root (``ReportOptions.source_root``);
* a target the config declares: the config file and line, from ``ReportOptions.target_locations``;
* otherwise, the documented fallback ``.formaudit/targets/<slug>.url`` (line 1): a stable
  repo-relative path per target. GitHub accepts results whose file is not in the repository and shows
  them with "Preview unavailable"; committing a one-line file there holding the URL gives a preview.

Levels follow the gate (``Finding.gate``): a finding that fails the run is ``error``, one whose rule is
at level ``warn`` is ``warning`` (a note stays ``note``), the rest by severity. Baseline entries no
longer found (``AuditResult.fixed``) are left out: code scanning closes an alert by its absence, and
GitHub does not document how it treats ``kind: "pass"`` / ``baselineState: "absent"`` results, so
listing them could reopen as alerts what was fixed. The HTML, Markdown and JSON reports list them.

The page's URL is always in the message and in ``properties``. Fingerprints are formaudit's own
(meaning-based), so GitHub keeps an alert's identity when the form's markup changes.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import quote

from formaudit.gate.outcome import gate_state
from formaudit.models.findings import Finding, Severity
from formaudit.models.result import AuditResult, TargetResult
from formaudit.reporters import digest
from formaudit.reporters.options import ReportOptions
from formaudit.reporters.sarif_rules import LEVELS, rule_descriptor
from formaudit.reporters.text import plain, safe_link, shorten, slug
from formaudit.targets import local_path, url_scheme

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FALLBACK_DIR = ".formaudit/targets"
DEFAULT_INFORMATION_URI = "https://github.com/formaudit/formaudit"
# GitHub stores at most 5,000 results per run (it takes the most severe); we choose them ourselves.
MAX_RESULTS = 5_000
MAX_MESSAGE = 1_024


def information_uri() -> str:
    """The project's home page from the installed package's metadata, or the default."""
    try:
        meta = metadata.metadata("formaudit")
    except metadata.PackageNotFoundError:
        return DEFAULT_INFORMATION_URI
    candidates = [entry.partition(",")[2].strip() for entry in meta.get_all("Project-URL") or ()]
    candidates += [str(url) for url in meta.get_all("Home-page") or ()]
    return next((url for url in candidates if safe_link(url)), DEFAULT_INFORMATION_URI)


def _local_path(target: str) -> Path | None:
    return local_path(target) if url_scheme(target) in (None, "file") else None


_PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".php", ".jsp", ".erb", ".j2", ".jinja", ".hbs",
                            ".njk", ".twig", ".vue", ".slim", ".haml", ".liquid", ".svelte", ".aspx", ".cshtml"})


def _looks_like_page_file(path: Path) -> bool:
    return not any(ch.isspace() for ch in str(path)) and path.suffix.lower() in _PAGE_SUFFIXES


def _repo_relative(path: Path, root: Path) -> str | None:
    absolute = path if path.is_absolute() else Path.cwd() / path
    try:
        relative = Path(os.path.normpath(absolute)).relative_to(os.path.normpath(root.resolve()))
    except ValueError:
        return None
    return relative.as_posix()


def artifact_location(target: TargetResult, options: ReportOptions) -> tuple[str, int]:
    """Repository-relative path and line a result about this target points at (see module docstring)."""
    declared = options.target_locations.get(target.target)
    if declared is not None:
        path, line = declared
        return Path(path).as_posix(), max(int(line), 1)
    # The location is what was audited; the target may be a free-form name ("Careers: engineer"),
    # which must never be mistaken for a path. A path counts when it exists here or at least looks
    # like a page file (a merged report may be written on a machine without the templates).
    for candidate in (target.location, target.target):
        local = _local_path(candidate) if candidate else None
        if local is not None and (local.is_file() or _looks_like_page_file(local)):
            relative = _repo_relative(local, options.source_root or Path.cwd())
            if relative:
                return relative, 1
    return f"{FALLBACK_DIR}/{slug(target.target, 80)}.url", 1


def _uri(path: str) -> str:
    return quote(path, safe="/")


def _message(finding: Finding, target: TargetResult) -> str:
    where = plain(target.location or target.target)
    question = f" Question: “{plain(finding.field_label)}”." if finding.field_label else ""
    text = f"{plain(finding.message).rstrip('.')}.{question} Page: {where}"
    return shorten(text, MAX_MESSAGE)


def _properties(finding: Finding, target: TargetResult) -> dict[str, Any]:
    props: dict[str, Any] = {
        "target": target.target,
        "url": target.location or target.target,
        "severity": finding.severity.value,
        "confidence": finding.confidence,
        "categories": [str(c) for c in finding.categories],
        "stage": target.stage.value,
        "jurisdictions": list(target.jurisdictions),
    }
    for key, value in (
        ("formId", finding.form_id),
        ("fieldId", finding.field_id),
        ("question", finding.field_label),
        ("ats", digest.ats_label(target)),
        ("road", digest.road_label(target.road)),
    ):
        if value:
            props[key] = value
    if finding.legal_basis:
        props["legalBasis"] = [
            {"jurisdiction": b.jurisdiction, "law": b.law, "url": b.url, "severity": b.severity.value}
            for b in finding.legal_basis
        ]
    return props


def level(finding: Finding, options: ReportOptions) -> str:
    """The SARIF level: what the gate made of the finding, then its severity."""
    state = gate_state(finding, options.fail_on)
    if state == "fail":
        return "error"
    if state == "warn" and finding.severity != Severity.NOTE:
        return "warning"
    return LEVELS[finding.severity]


def _location(target: TargetResult, options: ReportOptions) -> dict[str, Any]:
    path, line = artifact_location(target, options)
    return {"physicalLocation": {"artifactLocation": {"uri": _uri(path)}, "region": {"startLine": line}}}


def _result(
    finding: Finding, target: TargetResult, rule_index: int, occurrence: int, options: ReportOptions
) -> dict[str, Any]:
    location = _location(target, options)
    if finding.field_label or finding.form_id:
        location["logicalLocations"] = [
            {
                "name": shorten(plain(finding.field_label or finding.form_id), 200),
                "fullyQualifiedName": " > ".join(
                    plain(part) for part in (target.target, finding.form_id, finding.field_id) if part
                ),
                "kind": "element",
            }
        ]
    result: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "ruleIndex": rule_index,
        "kind": "fail",
        "level": level(finding, options),
        "message": {"text": _message(finding, target)},
        "locations": [location],
        # GitHub keys alerts on primaryLocationLineHash; ours is the finding's meaning, with a count so
        # that two identical questions on one page stay two alerts (as baselines count them).
        "partialFingerprints": {
            "primaryLocationLineHash": f"{finding.fingerprint}:{occurrence}",
            "formaudit/v1": finding.fingerprint,
        },
        "properties": _properties(finding, target),
    }
    if finding.baseline_state:
        result["baselineState"] = finding.baseline_state
    if finding.waiver:
        result["suppressions"] = [{"kind": "external", "status": "accepted", "justification": finding.waiver}]
    return result


def _notifications(result: AuditResult, left_out: int) -> list[dict[str, Any]]:
    notes: list[dict[str, Any]] = []
    for target in result.failed_targets:
        assert target.error is not None
        notes.append(
            {
                "level": "error",
                "descriptor": {"id": "target-not-audited"},
                "message": {
                    "text": shorten(
                        f"{plain(target.target)}: {target.error.kind}: {plain(target.error.message)}",
                        MAX_MESSAGE,
                    )
                },
            }
        )
    for target, audit in digest.unread_forms(result):
        sentence = digest.coverage_sentence(audit) or ""
        notes.append(
            {
                "level": "warning",
                "descriptor": {"id": "language-not-read"},
                "message": {"text": shorten(f"{plain(target.target)}: {plain(sentence)}", MAX_MESSAGE)},
            }
        )
    for failure in result.check_failures:
        where = f" on {plain(failure.target)}" if failure.target else ""
        notes.append(
            {
                "level": "error",
                "descriptor": {"id": "check-failed"},
                "message": {
                    "text": shorten(f"check {failure.check_id}{where}: {plain(failure.message)}", MAX_MESSAGE)
                },
            }
        )
    if left_out:
        notes.append(
            {
                "level": "warning",
                "descriptor": {"id": "results-truncated"},
                "message": {
                    "text": f"{left_out} less severe results were left out to stay within GitHub's limit "
                    f"of {MAX_RESULTS} results per run; the JSON and HTML reports have them all."
                },
            }
        )
    return notes


def _precision(findings: Iterable[Finding]) -> dict[str, float]:
    by_rule: dict[str, list[float]] = {}
    for finding in findings:
        by_rule.setdefault(finding.rule_id, []).append(finding.confidence)
    return {rule: sum(values) / len(values) for rule, values in by_rule.items()}


def build_sarif(result: AuditResult, options: ReportOptions) -> dict[str, Any]:
    checks = digest.rule_checks(result)
    index = {check.id: i for i, check in enumerate(checks)}
    precision = _precision(result.findings)
    pairs = [(t, f) for t in result.targets for f in t.findings]
    ranked = sorted(pairs, key=lambda pair: digest.finding_order(pair[1]))
    kept, left_out = ranked[:MAX_RESULTS], max(len(ranked) - MAX_RESULTS, 0)
    occurrences: Counter[str] = Counter()
    results = []
    for target, finding in kept:
        occurrences[finding.fingerprint] += 1
        results.append(
            _result(finding, target, index[finding.rule_id], occurrences[finding.fingerprint], options)
        )
    driver: dict[str, Any] = {
        "name": "formaudit",
        "version": result.formaudit_version,
        "informationUri": information_uri(),
        "rules": [rule_descriptor(check, precision.get(check.id)) for check in checks],
    }
    if _semantic(result.formaudit_version):
        driver["semanticVersion"] = result.formaudit_version
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "invocations": [
            {
                "executionSuccessful": True,
                "endTimeUtc": _utc_iso(result.generated_at),
                "toolExecutionNotifications": _notifications(result, left_out),
            }
        ],
        "columnKind": "utf16CodeUnits",
        "results": results,
        "properties": {"targets": len(result.targets), "failedTargets": len(result.failed_targets)},
    }
    if options.sarif_category:
        run["automationDetails"] = {"id": options.sarif_category}
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def _utc_iso(moment: datetime) -> str:
    moment = moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    return moment.isoformat().replace("+00:00", "Z")


def _semantic(version: str) -> bool:
    core = version.split("+")[0].split("-")[0].split(".")
    return len(core) == 3 and all(part.isdigit() for part in core)


class SarifReporter:
    name = "sarif"
    extension = "sarif"

    def render(self, result: AuditResult, options: ReportOptions) -> str:
        return json.dumps(build_sarif(result, options), indent=2, ensure_ascii=False) + "\n"
