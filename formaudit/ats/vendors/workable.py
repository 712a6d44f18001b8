"""Workable: ``apply.workable.com/api/v1/widget/accounts/{account}`` lists the jobs, and
``apply.workable.com/api/v1/jobs/{shortcode}/form`` is the application form: sections of fields
``{id, required, label, type, choices|options}``; employer questions have ``QA_``/``CA_`` ids
(workable.readme.io, jobsshortcodeapplication_form; observed public responses)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from formaudit.ats.vendors import common
from formaudit.ats.vendors.base import ApiRequest, DefinitionError, JobList
from formaudit.models.ats import AtsJob, AtsSource, AtsTarget, JobRef, Vendor
from formaudit.models.fields import Field, FieldKind, Form

VENDOR = Vendor.WORKABLE
DEFAULT_API = "https://apply.workable.com"
_KINDS = {
    "text": FieldKind.TEXT, "email": FieldKind.EMAIL, "phone": FieldKind.TEL, "date": FieldKind.DATE,
    "paragraph": FieldKind.TEXTAREA, "boolean": FieldKind.RADIO_GROUP, "file": FieldKind.FILE,
    "dropdown": FieldKind.SELECT, "multiple": FieldKind.CHECKBOX_GROUP, "number": FieldKind.NUMBER,
}


def list_request(account: str, api: str, token: str | None = None) -> ApiRequest:
    return ApiRequest(url=f"{api.rstrip('/')}/api/v1/widget/accounts/{account}")


def parse_list(document: Any, account: str, api: str, token: str | None = None) -> JobList:
    refs = []
    for job in common.expect_list(document, "jobs", "a Workable job list"):
        if not isinstance(job, dict) or "shortcode" not in job:
            raise DefinitionError("a Workable job without a shortcode")
        location = ", ".join(p for p in (common.text(job.get("city")), common.text(job.get("country"))) if p)
        refs.append(JobRef(vendor=VENDOR, account=account, job_id=str(job["shortcode"]),
                           title=common.text(job.get("title")), url=common.text(job.get("url")),
                           department=common.text(job.get("department")), location=location or None))
    return JobList(jobs=tuple(refs))


def job_request(target: AtsTarget, api: str, token: str | None = None) -> ApiRequest:
    return ApiRequest(url=f"{api.rstrip('/')}/api/v1/jobs/{target.job_id}/form")


def _sections(document: Any) -> list[Any] | None:
    if isinstance(document, dict):
        document = document.get("sections", document.get("form"))
    if isinstance(document, list) and document and all(
            isinstance(s, dict) and isinstance(s.get("fields"), list) for s in document):
        return document
    return None


def recognise(document: Any) -> bool:
    sections = _sections(document)
    return sections is not None and all(
        isinstance(f, dict) and "id" in f and "type" in f for s in sections for f in s["fields"])


def parse_job(document: Any, target: AtsTarget, job: JobRef | None = None) -> AtsJob:
    sections = _sections(document)
    if sections is None:
        raise DefinitionError("not a Workable application form (expected sections of {name, fields[]})")
    fields: list[Field] = []
    for section in sections:
        fields += _fields(section["fields"], common.plain(section.get("name")))
    url = job.url if job and job.url else public_url(target)
    title = job.title if job else None
    form = Form(form_id=f"workable-{target.job_id or 'saved'}", title=title, fields=tuple(fields), method="post")
    return AtsJob(source=AtsSource(vendor=VENDOR, account=target.account, job_id=target.job_id, job_url=url),
                  inventory=common.inventory(target, url, title, form))


def _fields(raw: list[Any], section: str | None, group: str | None = None) -> list[Field]:
    found: list[Field] = []
    for field in raw:
        if not isinstance(field, dict):
            continue
        label = common.plain(field.get("label")) or ""
        if field.get("type") == "group" and isinstance(field.get("fields"), list):
            found += _fields(field["fields"], section, label)  # education/experience entries: one question each
            continue
        choices = field.get("choices") or field.get("options")
        options = common.options(choices, "body") or common.options(choices, "name") or common.options(choices, "label")
        if field.get("type") == "boolean" and not options:
            options = common.options(["Yes", "No"], "label")
        identifier = str(field.get("id") or label)
        found.append(common.field(
            field_id=f"workable:{identifier}", kind=_KINDS.get(str(field.get("type")), FieldKind.TEXT), label=label,
            name=identifier, required=bool(field.get("required")), options=options, section=section,
            group_label=group, accept=tuple(str(t) for t in field.get("supported_file_types") or ()),
        ))
    return found


def target_from_url(url: str) -> AtsTarget | None:
    """``apply.workable.com/acme/j/ABC123/`` (or ``/apply``), ``acme.workable.com/jobs/…``."""
    parts = urlsplit(url)
    host = parts.netloc.lower()
    segments = [s for s in parts.path.split("/") if s]
    if host == "apply.workable.com" and segments:
        job = segments[2] if len(segments) > 2 and segments[1] == "j" else None
        return AtsTarget(vendor=VENDOR, account=segments[0], job_id=job)
    return None


def public_url(target: AtsTarget) -> str:
    base = f"https://apply.workable.com/{target.account}"
    return f"{base}/j/{target.job_id}/" if target.job_id else base
