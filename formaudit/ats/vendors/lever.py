"""Lever: jobs from ``api.lever.co/v0/postings/{site}?mode=json``; questions from the hosted apply page.

The postings API does not expose custom questions (lever/postings-api README). The apply page
``jobs.lever.co/{site}/{id}/apply`` does, without JavaScript: its standard fields are plain inputs under
``application-label`` captions, and every custom question card and survey sits in a hidden input
``cards[ID][baseTemplate]`` / ``surveysResponses[ID][baseTemplate]`` whose value is JSON
``{text, fields: [{text, type, required, options: [{text}], description}]}``. Surveys are Lever's
voluntary diversity surveys. The page is parsed with the standard library's ``html.parser``: HTML
parsing into fields is otherwise the extract stage's, which this stage does not import.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from formaudit.ats.vendors import common
from formaudit.ats.vendors.base import ApiRequest, DefinitionError, JobList
from formaudit.models.ats import AtsJob, AtsSource, AtsTarget, JobRef, Vendor
from formaudit.models.fields import Field, FieldKind, Form, Option

VENDOR = Vendor.LEVER
DEFAULT_API = "https://api.lever.co"
DEFAULT_PAGES = "https://jobs.lever.co"  # the hosted apply pages; an overridden API base serves both
SURVEY_SECTION = "Diversity survey (voluntary)"
_TEMPLATE = re.compile(r"^(cards|surveysResponses)\[([^\]]+)\]\[baseTemplate\]$")
_KINDS = {
    "multiple-choice": FieldKind.RADIO_GROUP, "dropdown": FieldKind.SELECT, "multiple-select": FieldKind.CHECKBOX_GROUP,
    "text": FieldKind.TEXT, "textarea": FieldKind.TEXTAREA, "file-upload": FieldKind.FILE, "date": FieldKind.DATE,
}


def _pages(api: str) -> str:
    return DEFAULT_PAGES if api.rstrip("/") == DEFAULT_API else api.rstrip("/")


def list_request(account: str, api: str, token: str | None = None) -> ApiRequest:
    return ApiRequest(url=f"{api.rstrip('/')}/v0/postings/{account}?mode=json")


def parse_list(document: Any, account: str, api: str, token: str | None = None) -> JobList:
    refs = []
    for posting in common.expect_list(document, None, "a Lever postings list"):
        if not isinstance(posting, dict) or "id" not in posting:
            raise DefinitionError("a Lever posting without an id")
        categories = common.table(posting.get("categories"))
        refs.append(JobRef(
            vendor=VENDOR, account=account, job_id=str(posting["id"]), title=common.text(posting.get("text")),
            url=common.text(posting.get("hostedUrl")), department=common.text(categories.get("department"))
            or common.text(categories.get("team")), location=common.text(categories.get("location")),
        ))
    return JobList(jobs=tuple(refs))


def job_request(target: AtsTarget, api: str, token: str | None = None) -> ApiRequest:
    return ApiRequest(url=f"{_pages(api)}/{target.account}/{target.job_id}/apply", expect="html")


def recognise(document: Any) -> bool:
    """A saved Lever apply page whose custom questions exist only as card templates.

    A page that renders its cards (``custom-question`` items, as Lever's hosted page does once loaded)
    is an ordinary HTML form: extraction reads it with its headings, and the page is recognised as
    Lever's for the vendor-aware fixes. Only the templates-only form needs this parser.
    """
    return isinstance(document, str) and "[baseTemplate]" in document and "custom-question" not in document


class _ApplyPage(HTMLParser):
    """Captions, the controls after them, their options, and the card templates."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.fields: list[dict[str, Any]] = []
        self.templates: list[tuple[str, str, str]] = []  # (kind, id, JSON)
        self.title: str | None = None
        self._caption: list[str] | None = None
        self._caption_depth = 0
        self._label = ""
        self._required = False
        self._select: dict[str, Any] | None = None
        self._option: list[str] | None = None
        self._in_title = False
        self._heading: list[str] | None = None
        self._section: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        classes = attributes.get("class", "").split()
        if tag == "title":
            self._in_title = True
        if tag in ("h2", "h3", "h4"):
            self._heading = []
        if self._caption is not None:
            self._caption_depth += 1
            if "required" in classes:
                self._required = True
        elif "application-label" in classes:
            self._caption, self._caption_depth, self._required = [], 1, False
        name = attributes.get("name", "")
        if tag == "input":
            found = _TEMPLATE.match(name)
            if found and attributes.get("type") == "hidden":
                self.templates.append((found.group(1), found.group(2), attributes.get("value", "")))
            elif name and attributes.get("type") not in ("hidden", "submit", "button"):
                kind = {"file": FieldKind.FILE, "email": FieldKind.EMAIL, "tel": FieldKind.TEL,
                        "checkbox": FieldKind.CHECKBOX, "radio": FieldKind.RADIO_GROUP}.get(
                            attributes.get("type", "text"), FieldKind.TEXT)
                self._add(name, kind, "required" in attributes, attributes.get("accept", ""))
        elif tag == "textarea" and name:
            self._add(name, FieldKind.TEXTAREA, "required" in attributes, "")
        elif tag == "select" and name:
            self._select = self._add(name, FieldKind.SELECT, "required" in attributes, "")
        elif tag == "option" and self._select is not None:
            self._option = []

    def _add(self, name: str, kind: FieldKind, required: bool, accept: str) -> dict[str, Any]:
        if any(f["name"] == name for f in self.fields):  # radio buttons share one name
            return next(f for f in self.fields if f["name"] == name)
        field = {"name": name, "kind": kind, "label": self._label, "required": required or self._required,
                 "section": self._section,
                 "accept": tuple(a.strip() for a in accept.split(",") if a.strip()), "options": []}
        self.fields.append(field)
        return field

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in ("h2", "h3", "h4") and self._heading is not None:
            # A block heading ("U.S. Equal Employment Opportunity information"): what the fields below belong to.
            self._section = " ".join("".join(self._heading).split()) or self._section
            self._heading = None
        if self._caption is not None:
            self._caption_depth -= 1
            if self._caption_depth == 0:
                self._label = " ".join("".join(self._caption).split()).rstrip("✱* ").strip()
                self._caption = None
        if tag == "option" and self._select is not None and self._option is not None:
            text = " ".join("".join(self._option).split())
            if text:
                self._select["options"].append(text)
            self._option = None
        if tag == "select":
            self._select = None

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data
        if self._heading is not None:
            self._heading.append(data)
        if self._caption is not None:
            self._caption.append(data)
        if self._option is not None:
            self._option.append(data)


def parse_job(document: Any, target: AtsTarget, job: JobRef | None = None) -> AtsJob:
    if not isinstance(document, str):
        raise DefinitionError("not a Lever apply page (expected HTML)")
    page = _ApplyPage()
    page.feed(document)
    page.close()
    fields = [common.field(field_id=f"lever:{f['name']}", kind=f["kind"], label=f["label"], name=f["name"],
                           required=f["required"], accept=f["accept"], section=f["section"],
                           options=tuple(Option(label=o, value=o) for o in f["options"]))
              for f in page.fields]
    rendered = {f.name for f in fields}
    for kind, card_id, raw in page.templates:
        # The hosted page renders its cards too; the template only adds what was not rendered.
        fields += [f for f in _card_fields(kind, card_id, raw) if f.name not in rendered]
    if not fields:
        raise DefinitionError("a Lever apply page with no application field (expected application-label "
                              "captions or cards[...][baseTemplate] inputs)")
    title = common.text(page.title)
    url = job.url if job and job.url else public_url(target)
    form = Form(form_id=f"lever-{target.job_id or 'saved'}", title=title, fields=tuple(fields), method="post")
    return AtsJob(source=AtsSource(vendor=VENDOR, account=target.account, job_id=target.job_id, job_url=url),
                  inventory=common.inventory(target, url, title, form))


def _card_fields(kind: str, card_id: str, raw: str) -> list[Field]:
    try:
        card = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DefinitionError(f"a Lever question card ({card_id}) whose template is not valid JSON ({exc})") from None
    if not isinstance(card, dict) or not isinstance(card.get("fields"), list):
        raise DefinitionError(f"a Lever question card ({card_id}) without fields[]")
    survey = kind == "surveysResponses"
    section = SURVEY_SECTION if survey else common.plain(card.get("text"))
    found = []
    for index, question in enumerate(card["fields"]):
        if not isinstance(question, dict):
            continue
        name = f"{kind}[{card_id}][field{index}]"
        found.append(common.field(
            field_id=f"lever:{name}", kind=_KINDS.get(str(question.get("type")), FieldKind.TEXT),
            label=common.plain(question.get("text")) or "", name=name,
            required=bool(question.get("required")), options=common.options(question.get("options"), "text"),
            description=common.plain(question.get("description")), section=section,
        ))
    return found


def target_from_url(url: str) -> AtsTarget | None:
    parts = urlsplit(url)
    if parts.netloc.lower() not in ("jobs.lever.co", "jobs.eu.lever.co"):
        return None
    segments = [s for s in parts.path.split("/") if s]
    if not segments:
        return None
    return AtsTarget(vendor=VENDOR, account=segments[0], job_id=segments[1] if len(segments) > 1 else None)


def public_url(target: AtsTarget) -> str:
    base = f"{DEFAULT_PAGES}/{target.account}"
    return f"{base}/{target.job_id}" if target.job_id else base
