"""Ashby: jobs from the public posting API, each job's form from the hosted page's GraphQL.

``GET api.ashbyhq.com/posting-api/job-board/{board}`` lists the jobs (developers.ashbyhq.com, public
job posting API); the form comes from ``POST jobs.ashbyhq.com/api/non-user-graphql?op=ApiJobPosting``
(the query the hosted page itself sends; undocumented, so its shape is checked and a change is a clear
error): ``applicationForm.sections[].fieldEntries[]`` and ``surveyForms[]`` (voluntary EEO surveys).
A saved answer audits as a file: ``{"data": {"jobPosting": ...}}`` or the bare ``jobPosting``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from formaudit.ats.vendors import common
from formaudit.ats.vendors.base import ApiRequest, DefinitionError, JobList
from formaudit.models.ats import AtsJob, AtsSource, AtsTarget, JobRef, Vendor
from formaudit.models.fields import Field, FieldKind, Form

VENDOR = Vendor.ASHBY
DEFAULT_API = "https://api.ashbyhq.com"
DEFAULT_PAGES = "https://jobs.ashbyhq.com"
SURVEY_SECTION = "Survey (voluntary)"
_QUERY = (
    "query ApiJobPosting($organizationHostedJobsPageName: String!, $jobPostingId: String!) { "
    "jobPosting(organizationHostedJobsPageName: $organizationHostedJobsPageName, jobPostingId: $jobPostingId) "
    "{ id title departmentName locationName "
    "applicationForm { sections { title fieldEntries { ... on FormFieldEntry { id field isRequired "
    "descriptionHtml } } } } "
    "surveyForms { title sections { title fieldEntries { ... on FormFieldEntry { id field isRequired "
    "descriptionHtml } } } } } }"
)
_KINDS = {
    "String": FieldKind.TEXT, "Email": FieldKind.EMAIL, "Phone": FieldKind.TEL, "File": FieldKind.FILE,
    "LongText": FieldKind.TEXTAREA, "Boolean": FieldKind.CHECKBOX, "ValueSelect": FieldKind.SELECT,
    "MultiValueSelect": FieldKind.CHECKBOX_GROUP, "Date": FieldKind.DATE, "Number": FieldKind.NUMBER,
    "Location": FieldKind.TEXT, "SocialLink": FieldKind.URL, "Score": FieldKind.SELECT,
}


def _pages(api: str) -> str:
    return DEFAULT_PAGES if api.rstrip("/") == DEFAULT_API else api.rstrip("/")


def list_request(account: str, api: str, token: str | None = None) -> ApiRequest:
    return ApiRequest(url=f"{api.rstrip('/')}/posting-api/job-board/{account}")


def parse_list(document: Any, account: str, api: str, token: str | None = None) -> JobList:
    refs = []
    for job in common.expect_list(document, "jobs", "an Ashby job board"):
        if not isinstance(job, dict) or "id" not in job:
            raise DefinitionError("an Ashby job board entry without an id")
        refs.append(JobRef(vendor=VENDOR, account=account, job_id=str(job["id"]), title=common.text(job.get("title")),
                           url=common.text(job.get("jobUrl")), department=common.text(job.get("department")),
                           office=common.text(job.get("team")), location=common.text(job.get("location"))))
    return JobList(jobs=tuple(refs))


def job_request(target: AtsTarget, api: str, token: str | None = None) -> ApiRequest:
    return ApiRequest(method="POST", url=f"{_pages(api)}/api/non-user-graphql?op=ApiJobPosting", json_body={
        "operationName": "ApiJobPosting", "query": _QUERY,
        "variables": {"organizationHostedJobsPageName": target.account, "jobPostingId": target.job_id},
    })


def _posting(document: Any) -> dict[str, Any] | None:
    if isinstance(document, dict) and isinstance(document.get("data"), dict):
        document = document["data"].get("jobPosting")
    if isinstance(document, dict) and isinstance(document.get("applicationForm"), dict):
        return document
    return None


def recognise(document: Any) -> bool:
    return _posting(document) is not None


def parse_job(document: Any, target: AtsTarget, job: JobRef | None = None) -> AtsJob:
    posting = _posting(document)
    if posting is None:
        if isinstance(document, dict) and isinstance(document.get("data"), dict) and document["data"].get(
                "jobPosting") is None:
            raise DefinitionError("Ashby answered with no job posting (unknown board or job, or unlisted)")
        raise DefinitionError("not an Ashby job posting (expected jobPosting.applicationForm.sections[])")
    fields = _form_fields(posting["applicationForm"], None)
    for survey in posting.get("surveyForms") or []:
        if isinstance(survey, dict):
            fields += _form_fields(survey, SURVEY_SECTION)
    job_id = str(posting.get("id") or target.job_id or "")
    title = common.text(posting.get("title"))
    url = (job.url if job and job.url else None) or public_url(target.model_copy(update={"job_id": job_id}))
    form = Form(form_id=f"ashby-{job_id}", title=title, fields=tuple(fields), method="post")
    return AtsJob(source=AtsSource(vendor=VENDOR, account=target.account, job_id=job_id, job_url=url),
                  inventory=common.inventory(target, url, title, form))


def _form_fields(form: dict[str, Any], survey_section: str | None) -> list[Field]:
    sections = form.get("sections")
    if not isinstance(sections, list):
        raise DefinitionError("an Ashby form without sections[]")
    found = []
    for section in sections:
        if not isinstance(section, dict):
            continue
        heading = survey_section or common.plain(section.get("title"))
        for entry in section.get("fieldEntries") or []:
            field = entry.get("field") if isinstance(entry, dict) else None
            if not isinstance(field, dict) or field.get("isDeactivated"):
                continue
            path = common.text(field.get("path")) or common.text(field.get("id")) or "field"
            found.append(common.field(
                field_id=f"ashby:{path}", kind=_KINDS.get(str(field.get("type")), FieldKind.TEXT),
                label=common.plain(field.get("title")) or "", name=path, required=bool(entry.get("isRequired")),
                options=common.options(field.get("selectableValues"), "label", "value"),
                description=common.plain(entry.get("descriptionHtml")), section=heading,
            ))
    return found


def target_from_url(url: str) -> AtsTarget | None:
    parts = urlsplit(url)
    if parts.netloc.lower() != "jobs.ashbyhq.com":
        return None
    segments = [s for s in parts.path.split("/") if s]
    if not segments:
        return None
    return AtsTarget(vendor=VENDOR, account=segments[0], job_id=segments[1] if len(segments) > 1 else None)


def public_url(target: AtsTarget) -> str:
    base = f"{DEFAULT_PAGES}/{target.account}"
    return f"{base}/{target.job_id}" if target.job_id else base
