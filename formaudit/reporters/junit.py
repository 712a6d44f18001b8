"""JUnit XML for CI systems that show test results: one test case per target and check.

A case fails when the check found something on the target that fails the run: the gate's mark
(``Finding.gate == "fail"``, which weighs rule levels, waivers and the baseline) decides, so JUnit never
disagrees with the exit code. Other findings are listed in the case's output. A result no gate judged
falls back to ``ReportOptions.fail_on`` (see ``formaudit.gate.outcome``). A target
that could not be collected is one case in error, and so is a check that crashed on a target.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable

from formaudit.gate.outcome import gate_state
from formaudit.models.checks import CheckFailure, CheckMeta
from formaudit.models.findings import Finding, Severity
from formaudit.models.result import AuditResult, TargetResult
from formaudit.reporters import digest
from formaudit.reporters.options import ReportOptions
from formaudit.reporters.text import plain, shorten, slug, xml_safe

MAX_MESSAGE = 500
Tally = dict[str, int]  # tests, failures, errors, skipped


def counts_against(finding: Finding, fail_on: Severity) -> bool:
    """Whether a finding fails its test case: exactly when it fails the run."""
    return gate_state(finding, fail_on) == "fail"


def _describe(finding: Finding) -> str:
    notes = []
    if finding.waiver:
        notes.append(f"accepted by a waiver: {plain(finding.waiver)}")
    if finding.baseline_state:
        notes.append(f"baseline: {finding.baseline_state}")
    if finding.gate == "warn":
        notes.append("rule at level warn")
    state = f" ({'; '.join(notes)})" if notes else ""
    question = f" — “{plain(finding.field_label)}”" if finding.field_label else ""
    laws = "".join(f"\n    law: {b.jurisdiction}: {plain(b.law)} <{b.url}>" for b in finding.legal_basis)
    return (
        f"[{finding.severity.value}, confidence {round(finding.confidence * 100)}%]{question}{state}\n"
        f"    {plain(finding.message)}{laws}"
        + (f"\n    fix: {plain(finding.remediation)}" if finding.remediation else "")
    )


def _text(value: str) -> str:
    return xml_safe(value)


def _classname(target: TargetResult) -> str:
    # CI viewers split class names on dots into packages; a URL's dots would scatter one page's cases.
    return f"formaudit.{slug(target.target, 80)}"


def _case(parent: ET.Element, classname: str, name: str) -> ET.Element:
    return ET.SubElement(
        parent, "testcase", {"classname": _text(classname), "name": _text(name), "time": "0"}
    )


def _check_case(
    suite: ET.Element,
    target: TargetResult,
    check: CheckMeta,
    findings: list[Finding],
    failures: list[CheckFailure],
    fail_on: Severity,
) -> str:
    """Add one case; return its outcome: passed, failure or error."""
    case = _case(suite, _classname(target), f"{check.id}: {plain(check.title)}")
    if failures:
        message = "; ".join(plain(f.message) for f in failures)
        error = ET.SubElement(
            case, "error", {"type": "check-failed", "message": _text(shorten(message, MAX_MESSAGE))}
        )
        error.text = _text(message)
        return "error"
    failing = [f for f in findings if counts_against(f, fail_on)]
    if failing:
        worst = failing[0]
        summary = f"{len(failing)} finding(s) failing the run: {plain(worst.message)}"
        failure = ET.SubElement(
            case, "failure", {"type": worst.severity.value, "message": _text(shorten(summary, MAX_MESSAGE))}
        )
        failure.text = _text("\n".join(_describe(f) for f in failing))
    others = [f for f in findings if not counts_against(f, fail_on)]
    if others:
        out = ET.SubElement(case, "system-out")
        out.text = _text("Not failing this check:\n" + "\n".join(_describe(f) for f in others))
    return "failure" if failing else "passed"


def _suite(
    root: ET.Element, result: AuditResult, checks: list[CheckMeta], target: TargetResult, fail_on: Severity
) -> Tally:
    suite = ET.SubElement(
        root, "testsuite", {"name": _text(plain(target.target)), "timestamp": result.generated_at.isoformat()}
    )
    properties = ET.SubElement(suite, "properties")
    for name, text in (
        ("location", target.location or target.target),
        ("stage", target.stage.value),
        ("jurisdictions", ", ".join(target.jurisdictions)),
        ("fail_on", fail_on.value),
        ("language", digest.language_label(target)),
        ("ats", digest.ats_label(target)),
        ("road", digest.road_label(target.road)),
    ):
        ET.SubElement(properties, "property", {"name": name, "value": _text(plain(text))})
    tally: Tally = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    if target.error is not None:
        case = _case(suite, _classname(target), "collect")
        message = f"{target.error.kind}: {plain(target.error.message)}"
        error = ET.SubElement(
            case, "error", {"type": target.error.kind, "message": _text(shorten(message, MAX_MESSAGE))}
        )
        error.text = _text(message)
        tally["tests"], tally["errors"] = 1, 1
    else:
        by_rule: dict[str, list[Finding]] = {}
        for finding in digest.worst_first(target.findings):
            by_rule.setdefault(finding.rule_id, []).append(finding)
        crashed: dict[str, list[CheckFailure]] = {}
        for failure in result.check_failures:
            if failure.target == target.target:
                crashed.setdefault(failure.check_id, []).append(failure)
        for check in checks:
            outcome = _check_case(
                suite, target, check, by_rule.get(check.id, []), crashed.get(check.id, []), fail_on
            )
            tally["tests"] += 1
            tally["failures"] += int(outcome == "failure")
            tally["errors"] += int(outcome == "error")
    for key, value in tally.items():
        suite.set(key, str(value))
    suite.set("time", "0")
    return tally


def _run_level_failures(root: ET.Element, failures: Iterable[CheckFailure]) -> Tally:
    """Checks or plugins that failed outside any one target (e.g. an entry point that did not load)."""
    unattached = [f for f in failures if f.target is None]
    tally: Tally = {"tests": len(unattached), "failures": 0, "errors": len(unattached), "skipped": 0}
    if unattached:
        suite = ET.SubElement(root, "testsuite", {"name": "formaudit checks", "time": "0"})
        for failure in unattached:
            case = _case(suite, "formaudit.checks", f"load {failure.check_id}")
            error = ET.SubElement(
                case,
                "error",
                {"type": "check-failed", "message": _text(shorten(plain(failure.message), MAX_MESSAGE))},
            )
            error.text = _text(plain(failure.message))
        for key, value in tally.items():
            suite.set(key, str(value))
    return tally


def build_junit(result: AuditResult, options: ReportOptions) -> ET.Element:
    root = ET.Element("testsuites", {"name": "formaudit"})
    totals: Tally = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    checks = digest.rule_checks(result)
    tallies = [_suite(root, result, checks, t, options.fail_on) for t in result.targets]
    tallies.append(_run_level_failures(root, result.check_failures))
    for tally in tallies:
        for key in totals:
            totals[key] += tally[key]
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("time", "0")
    return root


class JunitReporter:
    name = "junit"
    extension = "junit.xml"

    def render(self, result: AuditResult, options: ReportOptions) -> str:
        root = build_junit(result, options)
        ET.indent(root)
        return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
