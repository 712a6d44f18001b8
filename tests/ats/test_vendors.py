"""Each vendor's published shapes into Form/Field, read the same way from a saved file, an API served on
127.0.0.1, or a job URL: question types, sections, EEO blocks, pagination, recognition and bad input.
Fixtures are modelled on the shapes in ../shared/docs/ats-sources.md and the vendors' documentation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from formaudit.ats import AtsOptions, read_saved, target_from_url, vendor_module
from formaudit.ats.client import ClientOptions
from formaudit.ats.vendors.base import DefinitionError
from formaudit.classify import classify_form
from formaudit.models.ats import API_VENDORS, AtsJob, AtsTarget, Vendor
from formaudit.models.categories import Category
from formaudit.models.fields import FieldKind
from formaudit.models.result import TargetResult
from formaudit.pipeline import RunOptions, TargetSpec, run_audit
from tests.support.ats_api import Reply, file_reply, recorded_api
from tests.support.paths import FIXTURES

ATS = FIXTURES / "ats"
SAVED = {
    Vendor.GREENHOUSE: ATS / "greenhouse" / "job-4012345.json",
    Vendor.LEVER: ATS / "lever" / "apply-5b1c-0001.html",
    Vendor.ASHBY: ATS / "ashby" / "job-posting-9f1e-aaaa.json",
    Vendor.WORKABLE: ATS / "workable" / "form-AB12CD34.json",
    Vendor.RECRUITEE: ATS / "recruitee" / "offer-1201.json",
    Vendor.SMARTRECRUITERS: ATS / "smartrecruiters" / "configuration-3fa85f64.json",
}


def _document(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else text


def _saved(vendor: Vendor) -> AtsJob:
    job = read_saved(SAVED[vendor], SAVED[vendor].name)
    assert job is not None and job.source.vendor is vendor
    return job


def _fields(job: AtsJob) -> dict[str, Any]:
    return {f.label: f for f in job.inventory.forms[0].fields}


@pytest.mark.parametrize("vendor", API_VENDORS)
def test_each_saved_definition_is_recognised_by_its_vendor_only(vendor: Vendor) -> None:
    document = _document(SAVED[vendor])
    assert [v for v in API_VENDORS if vendor_module(v).recognise(document)] == [vendor]


@pytest.mark.parametrize(
    ("vendor", "label", "category"),
    [
        (Vendor.LEVER, "What is your current salary?", Category.SALARY_HISTORY),
        (Vendor.ASHBY, "Next of kin (name and phone)", Category.EMERGENCY_CONTACT),
        (Vendor.WORKABLE, "What is your current salary?", Category.SALARY_HISTORY),
        (Vendor.RECRUITEE, "Huidig salaris (bruto per maand)", Category.SALARY_HISTORY),
        (Vendor.SMARTRECRUITERS, "Numéro de sécurité sociale", Category.GOVERNMENT_ID),
    ],
)
def test_a_vendor_question_is_classified_like_any_field(vendor: Vendor, label: str, category: Category) -> None:
    classified = classify_form(_saved(vendor).inventory.forms[0])
    assert category in next(f.categories for f in classified.fields if f.field.label == label)


def test_lever_reads_standard_fields_cards_and_the_survey() -> None:
    fields = _fields(_saved(Vendor.LEVER))
    assert fields["Resume/CV"].kind is FieldKind.FILE and fields["Resume/CV"].required
    assert fields["Resume/CV"].accept == (".pdf", ".doc", ".docx")
    assert fields["Phone"].required is False and fields["Full name"].required
    criminal = fields["Do you have a criminal record?"]
    assert criminal.kind is FieldKind.RADIO_GROUP and [o.label for o in criminal.options] == ["Yes", "No"]
    assert criminal.section == "Screening questions" and criminal.field_id.startswith("lever:cards[8a3c]")
    assert fields["Gender"].section == "Diversity survey (voluntary)"


def test_ashby_reads_the_form_and_the_eeo_survey() -> None:
    fields = _fields(_saved(Vendor.ASHBY))
    assert fields["Date of birth"].kind is FieldKind.DATE and fields["Date of birth"].required
    assert fields["Do you have any health conditions we should know about?"].description == "Please give details."
    assert fields["Gender"].section == "Survey (voluntary)"
    assert [o.label for o in fields["Race"].options][-1] == "Decline to self-identify"


def test_workable_recruitee_and_smartrecruiters_shapes() -> None:
    workable = _fields(_saved(Vendor.WORKABLE))
    assert workable["Do you hold a full UK driving licence?"].kind is FieldKind.RADIO_GROUP
    assert workable["Resume"].accept == ("pdf", "doc") and workable["Expected salary"].field_id == "workable:CA_10626"
    recruitee = _fields(_saved(Vendor.RECRUITEE))
    assert recruitee["Photo"].required and "Cover letter" not in recruitee  # options_cover_letter: off
    assert recruitee["Burgerlijke staat"].kind is FieldKind.RADIO_GROUP
    smart = _saved(Vendor.SMARTRECRUITERS)
    fields = _fields(smart)
    assert fields["Gender"].section == "Diversity (voluntary)" and "Read this" not in fields
    assert "Profile photo" in fields  # settings.avatarUploadAvailable
    (policy,) = smart.source.data_compliance
    assert "Acme SAS" in policy.text


def test_smartrecruiters_without_a_key_says_what_it_could_not_read() -> None:
    document = _document(ATS / "smartrecruiters" / "posting-743999100000001.json")
    target = AtsTarget(vendor=Vendor.SMARTRECRUITERS, account="Acme", job_id="3fa85f64")
    job = vendor_module(Vendor.SMARTRECRUITERS).parse_job(document, target)
    assert "SMARTRECRUITERS_TOKEN" in job.inventory.warnings[0]
    assert [f.label for f in job.inventory.forms[0].fields][:3] == ["First name", "Last name", "Email"]


@pytest.mark.parametrize(
    ("vendor", "document", "reason"),
    [
        (Vendor.GREENHOUSE, {"id": 1, "questions": "x"}, "not a Greenhouse job"),
        (Vendor.LEVER, {"not": "html"}, "not a Lever apply page"),
        (Vendor.ASHBY, {"data": {"jobPosting": None}}, "no job posting"),
        (Vendor.WORKABLE, {"sections": 3}, "not a Workable application form"),
        (Vendor.RECRUITEE, {"offer": {"id": 1}}, "not a Recruitee offer"),
        (Vendor.SMARTRECRUITERS, [1, 2], "not a SmartRecruiters posting"),
    ],
)
def test_a_malformed_definition_gives_one_reason(vendor: Vendor, document: Any, reason: str) -> None:
    with pytest.raises(DefinitionError, match=reason):
        vendor_module(vendor).parse_job(document, AtsTarget(vendor=vendor, account="acme", job_id="1"))


def test_a_lever_card_that_is_not_json_is_a_clear_error_on_its_target() -> None:
    path = ATS / "lever" / "apply-broken-card.html"
    (target,) = run_audit([TargetSpec(target=str(path))], RunOptions(browser=False, plugins=False)).targets
    assert target.error is not None and "template is not valid JSON" in target.error.message


@pytest.mark.parametrize(
    ("url", "target"),
    [
        ("https://jobs.lever.co/acme/5b1c-0001/apply", "lever:acme/5b1c-0001"),
        ("https://jobs.ashbyhq.com/acme/9f1e-aaaa", "ashby:acme/9f1e-aaaa"),
        ("https://apply.workable.com/acme/j/AB12CD34/", "workable:acme/AB12CD34"),
        ("https://acme.recruitee.com/o/warehouse-picker", "recruitee:acme/warehouse-picker"),
        ("https://jobs.smartrecruiters.com/Acme/743999100000001-store-manager", "smartrecruiters:Acme/743999100000001"),
        ("https://boards.greenhouse.io/acme/jobs/4012345", "greenhouse:acme/4012345"),
        ("https://careers.acme.com/jobs/1", None),
    ],
)
def test_vendor_job_urls_are_read_through_the_api(url: str, target: str | None) -> None:
    found = target_from_url(url)
    assert (found.name if found else None) == target


def _by_name(targets: tuple[TargetResult, ...]) -> dict[str, TargetResult]:
    return {t.target: t for t in targets}


def _served(routes: dict[str, Any], vendor: Vendor, *targets: str) -> tuple[TargetResult, ...]:
    with recorded_api(routes) as api:
        options = RunOptions(browser=False, plugins=False, ats=AtsOptions(
            api={vendor: api.base}, client=ClientOptions(wait_initial_s=0, wait_max_s=0)))
        result = run_audit([TargetSpec(target=t) for t in targets], options)
        api_requests = api.requests
    assert all(method in ("GET", "POST") for method, _, _ in api_requests)
    return result.targets


def test_boards_of_every_vendor_are_read_through_their_api() -> None:
    lever = _served({"/v0/postings/acme?mode=json": file_reply(ATS / "lever" / "postings.json"),
                     "/acme/5b1c-0001/apply": file_reply(ATS / "lever" / "apply-5b1c-0001.html", "text/html"),
                     "/acme/5b1c-0002/apply": file_reply(ATS / "lever" / "apply-5b1c-0001.html", "text/html")},
                    Vendor.LEVER, "lever:acme")
    assert [t.target for t in lever] == ["lever:acme/5b1c-0001", "lever:acme/5b1c-0002"]
    assert "salary-history" in {f.rule_id for f in lever[0].findings}
    posting = ATS / "ashby" / "job-posting-9f1e-aaaa.json"
    ashby = _served({"/posting-api/job-board/acme": file_reply(ATS / "ashby" / "job-board.json"),
                     "/api/non-user-graphql?op=ApiJobPosting": file_reply(posting)},
                    Vendor.ASHBY, "ashby:acme")
    assert {"date-of-birth", "emergency-contact", "health"} <= {f.rule_id for f in ashby[0].findings}
    workable = _served({"/api/v1/widget/accounts/acme": file_reply(ATS / "workable" / "account.json"),
                        "/api/v1/jobs/AB12CD34/form": file_reply(ATS / "workable" / "form-AB12CD34.json")},
                       Vendor.WORKABLE, "workable:acme")
    assert workable[0].target == "workable:acme/AB12CD34" and workable[0].error is None
    recruitee = _served({"/api/offers/": file_reply(ATS / "recruitee" / "offers.json"),
                         "/api/offers/1201": file_reply(ATS / "recruitee" / "offer-1201.json")},
                        Vendor.RECRUITEE, "recruitee:acme")
    assert {"salary-history", "photo", "marital-status"} <= {f.rule_id for f in recruitee[0].findings}


def test_smartrecruiters_pages_through_a_board_and_reads_public_postings_without_a_key(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SMARTRECRUITERS_TOKEN", raising=False)
    first = json.loads((ATS / "smartrecruiters" / "postings.json").read_text(encoding="utf-8"))
    first["totalFound"] = 101
    second = {**first, "offset": 100, "content": [{**first["content"][0], "id": "743999100000002", "uuid": "u2"}]}
    posting = ATS / "smartrecruiters" / "posting-743999100000001.json"
    routes = {
        "/v1/companies/Acme/postings?limit=100&offset=0": lambda _p, _c: Reply(200, json.dumps(first).encode()),
        "/v1/companies/Acme/postings?limit=100&offset=100": lambda _p, _c: Reply(200, json.dumps(second).encode()),
        "/v1/companies/Acme/postings/3fa85f64-5717-4562-b3fc-2c963f66afa6": file_reply(posting),
        "/v1/companies/Acme/postings/u2": file_reply(posting),
    }
    targets = _served(routes, Vendor.SMARTRECRUITERS, "smartrecruiters:Acme")
    assert len(targets) == 2 and all("SMARTRECRUITERS_TOKEN" in t.warnings[0] for t in targets)


def test_saved_ashby_and_lever_definitions_audit_as_files_with_eeo_handling() -> None:
    specs = [TargetSpec(target=str(SAVED[Vendor.ASHBY])), TargetSpec(target=str(SAVED[Vendor.LEVER]))]
    ashby, lever = run_audit(specs, RunOptions(browser=False, plugins=False)).targets
    assert ashby.ats is not None and ashby.ats.vendor is Vendor.ASHBY and ashby.error is None
    assert "date-of-birth" in {f.rule_id for f in ashby.findings}
    gender = next(f for f in ashby.findings if f.rule_id == "sex-gender")
    assert gender.severity.value == "note"  # optional, with a decline answer, in the voluntary survey
    assert lever.ats is not None and lever.ats.vendor is Vendor.LEVER
    assert {"salary-history", "criminal-history", "identity-document"} <= {f.rule_id for f in lever.findings}
    veteran = next(f for f in lever.findings if f.rule_id == "veteran-status")
    assert veteran.severity.value == "note"


def test_a_real_lever_page_read_through_the_api_keeps_its_eeo_block_voluntary_and_each_card_once() -> None:
    from formaudit.checks import load_checks
    from formaudit.pipeline import audit_job
    from tests.support.shared import shared_file

    page = shared_file("corpus", "real", "lever__spinai-java-developer-apply.excerpt.html").read_text(encoding="utf-8")
    target = AtsTarget(vendor=Vendor.LEVER, account="spinai", job_id="53484bdf")
    job = vendor_module(Vendor.LEVER).parse_job(page, target)
    names = [f.name for f in job.inventory.forms[0].fields]
    assert len(names) == len(set(names)) and "eeo[race]" in names  # rendered cards are not read twice
    result, _ = audit_job(job, TargetSpec(target=target.name), load_checks(plugins=False).checks)
    eeo = {f.rule_id: f.severity.value for f in result.findings if f.rule_id in ("ethnicity", "sex-gender")}
    assert eeo == {"ethnicity": "note", "sex-gender": "note"}
