"""The ATS behind a rendered page, and the vendor-aware sentence each finding's fix gains."""

from __future__ import annotations

import pytest

from formaudit.ats.advice import vendor_fix
from formaudit.ats.detect import detect_vendor
from formaudit.models.ats import Vendor
from formaudit.models.fields import Field, FieldKind, LabelSource
from formaudit.models.result import AuditResult
from formaudit.pipeline import RunOptions, TargetSpec, run_audit
from tests.support.paths import CATALOGUE


@pytest.mark.parametrize(
    ("urls", "html", "vendor"),
    [
        (["https://acme.wd5.myworkdayjobs.com/en-US/External/job/Leeds/Picker_R123"], "", Vendor.WORKDAY),
        (["https://careers.acme.com/apply"], '<button data-automation-id="applyManually">', Vendor.WORKDAY),
        (["https://careers.acme.com/jobs"], '<div id="grnhse_app"></div><script src="https://boards.greenhouse.io'
                                            '/embed/job_board/js?for=acme"></script>', Vendor.GREENHOUSE),
        (["https://jobs.lever.co/acme/0c1d/apply"], "", Vendor.LEVER),
        (["https://careers-acme.icims.com/jobs/1234/picker/job"], "", Vendor.ICIMS),
        (["https://acme.taleo.net/careersection/2/jobapply.ftl"], "", Vendor.TALEO),
        (["https://career5.successfactors.eu/career?company=acme"], "", Vendor.SUCCESSFACTORS),
        (["https://careers.acme.com/"], '<iframe src="https://acme.teamtailor.com/jobs/1">', Vendor.TEAMTAILOR),
        (["https://acme.jobs.personio.de/job/123"], "", Vendor.PERSONIO),
        (["https://acme.bamboohr.com/careers/12"], "", Vendor.BAMBOOHR),
        (["https://acme.applytojob.com/apply/abc"], "", Vendor.JAZZHR),
        (["https://jobs.smartrecruiters.com/Acme/743999-picker"], "", Vendor.SMARTRECRUITERS),
        (["https://careers.acme.com/jobs/1"], "<form><label>Name</label><input></form>", None),
    ],
)
def test_the_vendor_behind_a_page(urls: list[str], html: str, vendor: Vendor | None) -> None:
    assert detect_vendor(urls, html) is vendor


def _field(name: str, section: str | None = None) -> Field:
    return Field(field_id="f", kind=FieldKind.TEXT, label="x", label_source=LabelSource.LABEL_FOR, name=name,
                 section=section)


def test_the_fix_names_where_the_vendor_keeps_the_question() -> None:
    assert "custom application question" in vendor_fix(Vendor.GREENHOUSE, _field("question_31002"))
    assert "EEOC" in vendor_fix(Vendor.GREENHOUSE, _field("gender", "EEOC (voluntary self-identification)"))
    assert "default field" in vendor_fix(Vendor.GREENHOUSE, _field("resume"))
    assert "questionnaire attached to the job requisition" in vendor_fix(Vendor.WORKDAY, _field("q1"))


def test_a_rendered_page_on_a_known_ats_says_so_and_its_fixes_name_the_vendor(tmp_path: object) -> None:
    page = CATALOGUE / "date-of-birth"
    html = next(p for p in sorted(page.glob("flagged*.html")))
    source = html.read_text(encoding="utf-8").replace(
        "</body>", '<button data-automation-id="jobPostingApplyButton">Apply</button></body>')
    target = tmp_path / "workday.html"  # type: ignore[operator]
    target.write_text(source, encoding="utf-8")
    result: AuditResult = run_audit([TargetSpec(target=str(target))], RunOptions(browser=False, plugins=False))
    (audited,) = result.targets
    assert audited.ats is not None and audited.ats.vendor is Vendor.WORKDAY and not audited.ats.api
    dob = next(f for f in audited.findings if f.rule_id == "date-of-birth")
    assert dob.remediation is not None and "In Workday" in dob.remediation


def test_sarif_and_junit_name_the_ats_of_each_target() -> None:
    import json
    import xml.etree.ElementTree as ET

    from formaudit.reporters import REPORTERS, ReportOptions

    saved = CATALOGUE.parent / "tests" / "fixtures" / "ats" / "greenhouse" / "job-4012345.json"
    result = run_audit([TargetSpec(target=str(saved), name="saved-job")], RunOptions(browser=False, plugins=False))
    label = "Greenhouse (published job definition, job 4012345)"
    sarif = json.loads(REPORTERS["sarif"].render(result, ReportOptions()))
    assert {r["properties"]["ats"] for r in sarif["runs"][0]["results"]} == {label}
    junit = ET.fromstring(REPORTERS["junit"].render(result, ReportOptions()))
    assert [p.get("value") for p in junit.iter("property") if p.get("name") == "ats"] == [label]
