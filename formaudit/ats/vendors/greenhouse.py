"""Greenhouse job boards: ``boards-api.greenhouse.io/v1/boards/{board}/jobs[/{id}?questions=true]``.

The job document (grnhse/greenhouse-api-docs, source/includes/job-board/_jobs.md) carries the form:
``questions`` (custom and standard questions; several ``fields`` can sit under one question, as the
résumé's file and text), ``location_questions``, ``compliance`` (EEOC blocks, present only when EEOC is
enabled: voluntary self-identification), ``demographic_questions`` (Greenhouse Inclusion) and
``data_compliance`` (GDPR consent and retention). Hidden inputs (latitude/longitude) are not questions.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from formaudit.ats.vendors import common
from formaudit.ats.vendors.base import ApiRequest, DefinitionError, JobList
from formaudit.models.ats import AtsJob, AtsSource, AtsTarget, DataCompliance, JobRef, Vendor
from formaudit.models.fields import Field, FieldKind, Form

VENDOR = Vendor.GREENHOUSE
DEFAULT_API = "https://boards-api.greenhouse.io"
_KINDS = {
    "input_text": FieldKind.TEXT,
    "textarea": FieldKind.TEXTAREA,
    "input_file": FieldKind.FILE,
    "multi_value_single_select": FieldKind.SELECT,
    "multi_value_multi_select": FieldKind.CHECKBOX_GROUP,
}
EEO_SECTION = "EEOC (voluntary self-identification)"


def list_request(account: str, api: str, token: str | None = None) -> ApiRequest:
    return ApiRequest(url=f"{api.rstrip('/')}/v1/boards/{account}/jobs?content=true")


def parse_list(document: Any, account: str, api: str, token: str | None = None) -> JobList:
    jobs = common.expect_list(document, "jobs", "a Greenhouse job list")
    refs = []
    for job in jobs:
        if not isinstance(job, dict) or "id" not in job:
            raise DefinitionError("a Greenhouse job list entry without an id")
        refs.append(JobRef(
            vendor=VENDOR, account=account, job_id=str(job["id"]), title=common.text(job.get("title")),
            url=common.text(job.get("absolute_url")),
            department=common.names(job.get("departments")), office=common.names(job.get("offices")),
            location=common.text((job.get("location") or {}).get("name")) if isinstance(job.get("location"), dict)
            else None,
        ))
    return JobList(jobs=tuple(refs))


def job_request(target: AtsTarget, api: str, token: str | None = None) -> ApiRequest:
    return ApiRequest(url=f"{api.rstrip('/')}/v1/boards/{target.account}/jobs/{target.job_id}?questions=true")


def recognise(document: Any) -> bool:
    """A saved Greenhouse job: an id, a title and Greenhouse's question list shape."""
    if not isinstance(document, dict) or "questions" not in document or "id" not in document:
        return False
    questions = document["questions"]
    return isinstance(questions, list) and all(
        isinstance(q, dict) and "label" in q and isinstance(q.get("fields"), list) for q in questions)


def parse_job(document: Any, target: AtsTarget, job: JobRef | None = None) -> AtsJob:
    if not recognise(document):
        raise DefinitionError("not a Greenhouse job with questions (expected an object with id, title and "
                              "questions[] of {label, required, fields[]})")
    fields: list[Field] = []
    for index, question in enumerate(document["questions"]):
        fields += _question_fields(question, f"q{index}", section=None)
    for index, question in enumerate(document.get("location_questions") or []):
        fields += _question_fields(question, f"loc{index}", section="Location")
    for block_index, block in enumerate(document.get("compliance") or []):
        if not isinstance(block, dict):
            continue
        for index, question in enumerate(block.get("questions") or []):
            fields += _question_fields(question, f"eeo{block_index}_{index}", section=EEO_SECTION,
                                       description=common.plain(block.get("description")))
    demographic = document.get("demographic_questions")
    if isinstance(demographic, dict):
        header = common.plain(demographic.get("header")) or "Demographic questions"
        for question in demographic.get("questions") or []:
            fields.append(_demographic_field(question, header))
    job_id = str(document.get("id") or target.job_id or "")
    title = common.text(document.get("title"))
    url = common.text(document.get("absolute_url")) or (job.url if job else None) or public_url(
        target.model_copy(update={"job_id": job_id}))
    form = Form(form_id=f"greenhouse-{job_id}", title=title, fields=tuple(fields), method="post")
    return AtsJob(
        source=AtsSource(vendor=VENDOR, account=target.account, job_id=job_id, job_url=url,
                         data_compliance=tuple(_data_compliance(document.get("data_compliance")))),
        inventory=common.inventory(target, url, title, form),
    )


def _question_fields(question: Any, key: str, section: str | None, description: str | None = None) -> list[Field]:
    if not isinstance(question, dict):
        raise DefinitionError("a Greenhouse question that is not an object")
    label = common.plain(question.get("label")) or ""
    parts = [f for f in question.get("fields") or [] if isinstance(f, dict) and f.get("type") != "input_hidden"]
    if len(parts) > 1 and parts[0].get("type") == "input_file":
        parts = parts[:1]  # the résumé's "or paste it" box is the same answer, not a second question
    fields = []
    for index, part in enumerate(parts):
        kind = _KINDS.get(str(part.get("type")), FieldKind.TEXT)
        name = common.text(part.get("name"))
        options = common.options(part.get("values"), "label", "value")
        fields.append(common.field(
            field_id=f"greenhouse:{name or key}", kind=kind, label=label, name=name,
            required=bool(question.get("required")) and index == 0, options=options,
            description=common.plain(question.get("description")) or description, section=section,
        ))
    return fields


def _demographic_field(question: Any, header: str) -> Field:
    if not isinstance(question, dict):
        raise DefinitionError("a Greenhouse demographic question that is not an object")
    kind = FieldKind.CHECKBOX_GROUP if question.get("type") == "multi_value_multi_select" else FieldKind.SELECT
    return common.field(
        field_id=f"greenhouse:demographic_{question.get('id')}", kind=kind,
        label=common.plain(question.get("label")) or "", name=f"demographic_{question.get('id')}",
        required=bool(question.get("required")), options=common.options(question.get("answer_options"), "label", "id"),
        section=header,
    )


def _data_compliance(blocks: Any) -> list[DataCompliance]:
    found = []
    for block in blocks or []:
        if not isinstance(block, dict):
            continue
        kind = str(block.get("type") or "data-protection")
        consent = bool(block.get("requires_consent") or block.get("requires_processing_consent"))
        retention = block.get("retention_period")
        days = int(retention) if isinstance(retention, int | float) else None
        text = (f"{kind.upper()}: " + ("explicit consent is asked" if consent else "no consent is asked")
                + (f"; applications are kept {days} days" if days else ""))
        found.append(DataCompliance(kind=kind, requires_consent=consent, retention_days=days, text=text))
    return found


def target_from_url(url: str) -> AtsTarget | None:
    """``boards.greenhouse.io/acme/jobs/123``, ``job-boards.greenhouse.io/acme/jobs/123``,
    ``boards.greenhouse.io/embed/job_app?for=acme&token=123``, or a board URL."""
    parts = urlsplit(url)
    host = parts.netloc.lower()
    if not host.endswith("greenhouse.io") or host.startswith("boards-api"):
        return None
    segments = [s for s in parts.path.split("/") if s]
    query = dict(p.split("=", 1) for p in parts.query.split("&") if "=" in p)
    if segments[:2] == ["embed", "job_app"] and "for" in query:
        return AtsTarget(vendor=VENDOR, account=query["for"], job_id=query.get("token"))
    if not segments:
        return None
    job_id = segments[2] if len(segments) >= 3 and segments[1] == "jobs" and segments[2].isdigit() else None
    return AtsTarget(vendor=VENDOR, account=segments[0], job_id=job_id)


def public_url(target: AtsTarget) -> str:
    base = f"https://job-boards.greenhouse.io/{target.account}"
    return f"{base}/jobs/{target.job_id}" if target.job_id else base
