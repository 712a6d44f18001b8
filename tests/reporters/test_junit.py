"""JUnit XML: one case per target and check, failing at the threshold the way the gate does."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from formaudit.models.findings import Severity
from formaudit.models.result import AuditResult
from formaudit.reporters import REPORTERS, ReportOptions
from tests.reporters.checks import ALL_CHECKS
from tests.reporters.scenarios import (
    DEMO_TARGET,
    FAILED_TARGET,
    TEMPLATE_TARGET,
    hostile_result,
    sample_result,
)


def junit(result: AuditResult, fail_on: Severity = Severity.HIGH) -> ET.Element:
    text = REPORTERS["junit"].render(result, ReportOptions(fail_on=fail_on))
    return ET.fromstring(text.encode("utf-8"))


def cases(root: ET.Element, target: str) -> dict[str, ET.Element]:
    suite = next(s for s in root.iter("testsuite") if s.get("name") == target)
    return {c.get("name", "").split(":")[0]: c for c in suite.iter("testcase")}


def test_every_target_gets_one_case_per_check() -> None:
    root = junit(sample_result())
    for target in (DEMO_TARGET, TEMPLATE_TARGET):
        assert set(cases(root, target)) == {c.id for c in ALL_CHECKS}


def test_a_check_fails_when_it_found_something_new_at_or_over_the_threshold() -> None:
    root = junit(sample_result(), Severity.HIGH)
    demo = cases(root, DEMO_TARGET)
    # credit-check is high and new: it fails. The passport findings are high but already in the baseline.
    assert demo["credit-check"].find("failure") is not None
    assert demo["identity-document"].find("failure") is None
    assert "baseline: unchanged" in (demo["identity-document"].findtext("system-out") or "")
    template = cases(root, TEMPLATE_TARGET)  # no baseline there: every high finding counts
    assert template["criminal-history"].find("failure") is not None
    assert template["salary-history"].find("failure") is not None
    assert template["government-id"].find("failure") is not None
    assert list(template["references"]) == []  # nothing found: a plain passed case


def test_a_lower_threshold_fails_more_checks_and_a_waiver_never_fails_one() -> None:
    strict = cases(junit(sample_result(), Severity.NOTE), DEMO_TARGET)
    relaxed = cases(junit(sample_result(), Severity.HIGH), DEMO_TARGET)
    assert strict["other-applications"].find("failure") is not None
    assert relaxed["other-applications"].find("failure") is None
    assert strict["date-of-birth"].find("failure") is None  # waived
    assert "accepted by a waiver" in (strict["date-of-birth"].findtext("system-out") or "")
    assert strict["government-id"].find("failure") is None  # nothing found on this page


def test_a_target_that_failed_collection_is_an_error_case() -> None:
    root = junit(sample_result())
    failed = cases(root, FAILED_TARGET)
    assert list(failed) == ["collect"]
    error = failed["collect"].find("error")
    assert error is not None
    assert error.get("type") == "timeout"
    assert "did not settle" in (error.get("message") or "")


def test_totals_add_up_and_a_plugin_that_did_not_load_is_an_error() -> None:
    root = junit(sample_result())
    all_cases = list(root.iter("testcase"))
    assert int(root.get("tests", "0")) == len(all_cases)
    assert int(root.get("failures", "0")) == sum(1 for c in all_cases if c.find("failure") is not None)
    assert int(root.get("errors", "0")) == sum(1 for c in all_cases if c.find("error") is not None) == 2
    loads = [c for c in all_cases if c.get("name") == "load acme.favourite-colour"]
    assert len(loads) == 1


def test_hostile_page_text_keeps_the_xml_well_formed() -> None:
    text = REPORTERS["junit"].render(hostile_result(), ReportOptions(fail_on=Severity.NOTE))
    root = ET.fromstring(text.encode("utf-8"))  # would raise on a control character or broken markup
    assert "\x1b" not in text and "\x00" not in text
    bodies = " ".join((e.text or "") + " ".join(e.attrib.values()) for e in root.iter())
    assert "<script>alert(1)</script>" in bodies  # kept as text, escaped in the file
    assert "<script>" not in text
