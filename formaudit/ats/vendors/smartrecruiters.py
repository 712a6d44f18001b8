"""SmartRecruiters: public postings at ``api.smartrecruiters.com/v1/companies/{company}/postings``
(paginated by offset and limit); the screening questions of a posting only through the Application
API, ``/v1/postings/{uuid}/configuration`` with the employer's ``X-SmartToken``
(developers.smartrecruiters.com: partners-get-application-screening-questions-and-privacy-policies).
Without a key the public form is audited (name, email, phone, résumé, and a photo when the posting
offers an avatar upload) and the report says the screening questions were not read.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from formaudit.ats.vendors import common
from formaudit.ats.vendors.base import ApiRequest, DefinitionError, JobList
from formaudit.models.ats import AtsJob, AtsSource, AtsTarget, DataCompliance, JobRef, Vendor
from formaudit.models.fields import Field, FieldKind, Form, PageInventory

VENDOR = Vendor.SMARTRECRUITERS
DEFAULT_API = "https://api.smartrecruiters.com"
PAGE_SIZE = 100
DIVERSITY_SECTION = "Diversity (voluntary)"
NO_KEY = ("screening questions need the employer's SmartRecruiters key (SMARTRECRUITERS_TOKEN); only "
          "the public part of the form was read")
_KINDS = {
    "INPUT_TEXT": FieldKind.TEXT, "TEXT": FieldKind.TEXT, "TEXTAREA": FieldKind.TEXTAREA,
    "SINGLE_SELECT": FieldKind.SELECT, "MULTI_SELECT": FieldKind.CHECKBOX_GROUP, "RADIO": FieldKind.RADIO_GROUP,
    "CHECKBOX": FieldKind.CHECKBOX, "DATE": FieldKind.DATE, "FILE": FieldKind.FILE, "NUMBER": FieldKind.NUMBER,
}


def list_request(account: str, api: str, token: str | None = None, offset: int = 0) -> ApiRequest:
    return ApiRequest(url=f"{api.rstrip('/')}/v1/companies/{account}/postings?limit={PAGE_SIZE}&offset={offset}")


def parse_list(document: Any, account: str, api: str, token: str | None = None) -> JobList:
    refs = []
    for posting in common.expect_list(document, "content", "a SmartRecruiters postings page"):
        if not isinstance(posting, dict) or "id" not in posting:
            raise DefinitionError("a SmartRecruiters posting without an id")
        location = common.table(posting.get("location"))
        department = common.table(posting.get("department"))
        refs.append(JobRef(
            vendor=VENDOR, account=account, job_id=str(posting.get("uuid") or posting["id"]),
            title=common.text(posting.get("name")), url=f"https://jobs.smartrecruiters.com/{account}/{posting['id']}",
            department=common.text(department.get("label")),
            location=", ".join(p for p in (common.text(location.get("city")), common.text(location.get("country")))
                               if p) or None,
        ))
    offset = int(document.get("offset") or 0) if isinstance(document, dict) else 0
    total = int(document.get("totalFound") or 0) if isinstance(document, dict) else 0
    following = offset + PAGE_SIZE
    return JobList(jobs=tuple(refs), next=list_request(account, api, token, following) if following < total else None)


def job_request(target: AtsTarget, api: str, token: str | None = None) -> ApiRequest:
    if token:
        return ApiRequest(url=f"{api.rstrip('/')}/v1/postings/{target.job_id}/configuration",
                          headers={"X-SmartToken": token})
    return ApiRequest(url=f"{api.rstrip('/')}/v1/companies/{target.account}/postings/{target.job_id}")


def recognise(document: Any) -> bool:
    """A saved screening configuration: questions[] of {label, fields[]} plus its settings or policies."""
    return (isinstance(document, dict) and isinstance(document.get("questions"), list)
            and ("settings" in document or "privacyPolicies" in document)
            and all(isinstance(q, dict) and isinstance(q.get("fields"), list) for q in document["questions"]))


def _standard(avatar: bool) -> list[Field]:
    fields = [
        common.field(field_id="smartrecruiters:firstName", kind=FieldKind.TEXT, label="First name", name="firstName",
                     required=True),
        common.field(field_id="smartrecruiters:lastName", kind=FieldKind.TEXT, label="Last name", name="lastName",
                     required=True),
        common.field(field_id="smartrecruiters:email", kind=FieldKind.EMAIL, label="Email", name="email",
                     required=True),
        common.field(field_id="smartrecruiters:phoneNumber", kind=FieldKind.TEL, label="Phone", name="phoneNumber"),
        common.field(field_id="smartrecruiters:resume", kind=FieldKind.FILE, label="Resume", name="resume"),
    ]
    if avatar:
        fields.append(common.field(field_id="smartrecruiters:avatar", kind=FieldKind.FILE, label="Profile photo",
                                   name="avatar"))
    return fields


def parse_job(document: Any, target: AtsTarget, job: JobRef | None = None) -> AtsJob:
    if not isinstance(document, dict):
        raise DefinitionError("not a SmartRecruiters posting or screening configuration (expected an object)")
    url = job.url if job and job.url else public_url(target)
    title = (job.title if job else None) or common.text(document.get("name"))
    warnings: tuple[str, ...] = ()
    facts: list[DataCompliance] = []
    if recognise(document):
        settings = common.table(document.get("settings"))
        fields = _standard(bool(settings.get("avatarUploadAvailable")))
        for question in document["questions"]:
            fields += _question_fields(question)
        for policy in document.get("privacyPolicies") or []:
            if isinstance(policy, dict):
                who = common.text(policy.get("orgName")) or "the employer"
                facts.append(DataCompliance(kind="privacy-policy", text=f"Privacy policy of {who}: "
                                            f"{common.text(policy.get('url')) or 'no link given'}"))
    elif "id" in document and ("name" in document or "jobAd" in document):
        fields = _standard(False)
        warnings = (NO_KEY,)
    else:
        raise DefinitionError("not a SmartRecruiters posting or screening configuration (expected questions[] "
                              "with settings, or a posting with id and name)")
    form = Form(form_id=f"smartrecruiters-{target.job_id or 'saved'}", title=title, fields=tuple(fields), method="post")
    inventory = PageInventory(target=target.name, final_url=url, title=title, forms=(form,), warnings=warnings)
    return AtsJob(source=AtsSource(vendor=VENDOR, account=target.account, job_id=target.job_id, job_url=url,
                                   data_compliance=tuple(facts)), inventory=inventory)


def _question_fields(question: Any) -> list[Field]:
    if not isinstance(question, dict):
        return []
    found = []
    for field in question.get("fields") or []:
        if not isinstance(field, dict) or field.get("type") == "INFORMATION":
            continue
        diversity = str(field.get("complianceType") or "").upper() == "DIVERSITY"
        found.append(common.field(
            field_id=f"smartrecruiters:{field.get('id')}", kind=_KINDS.get(str(field.get("type")), FieldKind.TEXT),
            label=common.plain(field.get("label")) or common.plain(question.get("label")) or "",
            name=str(field.get("id")), required=bool(field.get("required")),
            options=common.options(field.get("values"), "label", "id"),
            section=DIVERSITY_SECTION if diversity else None,
            group_label=common.plain(question.get("label")) if field.get("label") else None,
        ))
    return found


def target_from_url(url: str) -> AtsTarget | None:
    """``jobs.smartrecruiters.com/Acme/743999123456789-warehouse-picker``."""
    parts = urlsplit(url)
    if parts.netloc.lower() not in ("jobs.smartrecruiters.com", "careers.smartrecruiters.com"):
        return None
    segments = [s for s in parts.path.split("/") if s]
    if not segments:
        return None
    job = segments[1].split("-", 1)[0] if len(segments) > 1 and segments[1][:1].isdigit() else None
    return AtsTarget(vendor=VENDOR, account=segments[0], job_id=job)


def public_url(target: AtsTarget) -> str:
    base = f"https://jobs.smartrecruiters.com/{target.account}"
    return f"{base}/{target.job_id}" if target.job_id else base
