"""Recruitee: ``{company}.recruitee.com/api/offers/`` lists the offers; ``/api/offers/{id}`` is one, with
its ``open_questions`` (kinds string, text, single_choice, multi_choice, date, salary, number, file,
boolean, legal, video) and the standard fields it asks for (``options_cv``, ``options_cover_letter``,
``options_phone``, ``options_photo``: required / optional / off) (career.recruitee.com/docs)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from formaudit.ats.vendors import common
from formaudit.ats.vendors.base import ApiRequest, DefinitionError, JobList
from formaudit.models.ats import AtsJob, AtsSource, AtsTarget, JobRef, Vendor
from formaudit.models.fields import Field, FieldKind, Form

VENDOR = Vendor.RECRUITEE
DEFAULT_API = "https://{company}.recruitee.com"  # an override without {company} is used as it is
_KINDS = {
    "string": FieldKind.TEXT, "text": FieldKind.TEXTAREA, "single_choice": FieldKind.RADIO_GROUP,
    "multi_choice": FieldKind.CHECKBOX_GROUP, "date": FieldKind.DATE, "salary": FieldKind.NUMBER,
    "number": FieldKind.NUMBER, "file": FieldKind.FILE, "boolean": FieldKind.RADIO_GROUP,
    "legal": FieldKind.CHECKBOX, "video": FieldKind.FILE,
}
# The standard fields an offer can ask for, as its candidates see them.
_STANDARD = (
    ("options_cv", "CV / resume", FieldKind.FILE), ("options_cover_letter", "Cover letter", FieldKind.FILE),
    ("options_phone", "Phone number", FieldKind.TEL), ("options_photo", "Photo", FieldKind.FILE),
)


def _base(account: str, api: str) -> str:
    return api.replace("{company}", account).rstrip("/")


def list_request(account: str, api: str, token: str | None = None) -> ApiRequest:
    return ApiRequest(url=f"{_base(account, api)}/api/offers/")


def parse_list(document: Any, account: str, api: str, token: str | None = None) -> JobList:
    refs = []
    for offer in common.expect_list(document, "offers", "a Recruitee offer list"):
        if not isinstance(offer, dict) or "id" not in offer:
            raise DefinitionError("a Recruitee offer without an id")
        refs.append(JobRef(vendor=VENDOR, account=account, job_id=str(offer["id"]),
                           title=common.text(offer.get("title")), url=common.text(offer.get("careers_url")),
                           department=common.text(offer.get("department")),
                           location=common.text(offer.get("location"))))
    return JobList(jobs=tuple(refs))


def job_request(target: AtsTarget, api: str, token: str | None = None) -> ApiRequest:
    return ApiRequest(url=f"{_base(target.account, api)}/api/offers/{target.job_id}")


def _offer(document: Any) -> dict[str, Any] | None:
    if isinstance(document, dict) and isinstance(document.get("offer"), dict):
        document = document["offer"]
    if isinstance(document, dict) and isinstance(document.get("open_questions"), list):
        return document
    return None


def recognise(document: Any) -> bool:
    return _offer(document) is not None


def parse_job(document: Any, target: AtsTarget, job: JobRef | None = None) -> AtsJob:
    offer = _offer(document)
    if offer is None:
        raise DefinitionError("not a Recruitee offer (expected an offer with open_questions[])")
    fields: list[Field] = [
        common.field(field_id="recruitee:name", kind=FieldKind.TEXT, label="Full name", name="name", required=True),
        common.field(field_id="recruitee:email", kind=FieldKind.EMAIL, label="Email", name="email", required=True),
    ]
    for flag, label, kind in _STANDARD:
        setting = str(offer.get(flag) or "off").lower()
        if setting in ("required", "optional"):
            fields.append(common.field(field_id=f"recruitee:{flag}", kind=kind, label=label, name=flag.removeprefix(
                "options_"), required=setting == "required"))
    for question in sorted((q for q in offer["open_questions"] if isinstance(q, dict)),
                           key=lambda q: q.get("position") or 0):
        name = f"question_{question.get('id')}"
        fields.append(common.field(
            field_id=f"recruitee:{name}", kind=_KINDS.get(str(question.get("kind")), FieldKind.TEXT),
            label=common.plain(question.get("body")) or "", name=name,
            required=bool(question.get("required")),
            options=common.options(question.get("open_question_options"), "body", "id"),
        ))
    job_id = str(offer.get("id") or target.job_id or "")
    title = common.text(offer.get("title"))
    url = common.text(offer.get("careers_url")) or (job.url if job else None) or public_url(target)
    form = Form(form_id=f"recruitee-{job_id}", title=title, fields=tuple(fields), method="post")
    return AtsJob(source=AtsSource(vendor=VENDOR, account=target.account, job_id=job_id, job_url=url),
                  inventory=common.inventory(target, url, title, form))


def target_from_url(url: str) -> AtsTarget | None:
    """``acme.recruitee.com/o/warehouse-picker`` (the offer's slug stands for its id in the API)."""
    parts = urlsplit(url)
    host = parts.netloc.lower()
    if not host.endswith(".recruitee.com"):
        return None
    segments = [s for s in parts.path.split("/") if s]
    job = segments[1] if len(segments) > 1 and segments[0] == "o" else None
    return AtsTarget(vendor=VENDOR, account=host.removesuffix(".recruitee.com"), job_id=job)


def public_url(target: AtsTarget) -> str:
    base = f"https://{target.account}.recruitee.com"
    return f"{base}/o/{target.job_id}" if target.job_id else base
