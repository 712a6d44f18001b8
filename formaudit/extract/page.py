"""``extract``: a Snapshot in, a PageInventory out. Pure: no files, no network, no printing."""

from __future__ import annotations

import re

from bs4 import Tag

from formaudit.extract.build import build_field
from formaudit.extract.content import text_of
from formaudit.extract.dom import Document, parse
from formaudit.extract.grouping import Question, group_questions
from formaudit.extract.labels import accessible_name
from formaudit.extract.sections import Sections
from formaudit.extract.text import clean, finish_label
from formaudit.extract.tree import HEADING_TAGS, attr
from formaudit.extract.vendors import read_lever_cards
from formaudit.extract.widgets import find_controls
from formaudit.models.fields import Field, Form, PageInventory
from formaudit.models.snapshot import ATTR_FRAME, ATTR_FRAME_ERROR, ATTR_FRAME_URL, ATTR_ID, Snapshot

NO_FIELDS_WARNING = "no form fields found"


def extract(snapshot: Snapshot) -> PageInventory:
    """Every form on the page with every field a candidate could be asked to fill in."""
    doc = parse(snapshot)
    controls = find_controls(doc)
    cards, warnings = read_lever_cards(doc)
    questions = group_questions(doc, controls)
    sections = Sections(doc)
    grouped: dict[int, tuple[Question, list[Field]]] = {}
    for question in questions:
        owner = _owner(doc, question)
        key = id(owner) if owner is not None else id(question.anchor.context.frame)
        if key not in grouped:
            grouped[key] = (question, [])
        grouped[key][1].append(build_field(doc, question, cards, sections))
    forms = tuple(_form(doc, first, fields, sections) for first, fields in grouped.values())
    warnings.extend(_frame_warnings(doc))
    if not forms:
        warnings.append(NO_FIELDS_WARNING)
    return PageInventory(
        target=snapshot.provenance.target,
        final_url=snapshot.provenance.final_url,
        title=snapshot.title or _page_title(doc),
        forms=forms,
        warnings=tuple(warnings),
        holds=None if forms else what_the_page_holds(doc),
    )


_APPLY = re.compile(r"\b(?:apply|bewerben|jetzt bewerben|postuler|solicitar|inscribirse|solliciteren|candidatar|"
                    r"candidati|aplikuj|ba[sş]vur|ans[oö]k|s[oø]g|hae)\w*", re.IGNORECASE)
_SIGN_IN = re.compile(r"\b(?:sign in|log ?in|anmelden|einloggen|connexion|se connecter|iniciar sesi[oó]n|inloggen|"
                      r"create (?:an )?account|konto erstellen|cr[eé]er un compte)\b", re.IGNORECASE)


def what_the_page_holds(doc: Document) -> str:
    """A phrase for a page without a form, so "no form" can say what was there instead."""
    body = doc.soup.body or doc.soup
    words = len(body.get_text(" ", strip=True).split())
    actions = [clean(tag.get_text(" ", strip=True), 60) for tag in body.find_all(["a", "button"])]
    # Apply first: careers sites put a "Sign in" link in the header of every job description.
    apply = next((a for a in actions if _APPLY.search(a)), None)
    if apply:
        return (f"a job description ({words} words) with an “{apply}” link or button; the form is behind it "
                "(audit the form's own URL, or add a click step to the target in the config)")
    sign_in = next((a for a in actions if _SIGN_IN.search(a)), None)
    if sign_in:
        return f"a sign-in page (“{sign_in}”) with no application questions"
    if words == 0:
        return "nothing: it is empty"
    return f"{words} words of text and no form control"


def _owner(doc: Document, question: Question) -> Tag | None:
    """The <form> a question belongs to: its form="" attribute, else the enclosing form."""
    anchor = question.anchor
    form_ref = attr(anchor.tag, "form")
    if form_ref:
        target = doc.by_id(anchor.context.scope, form_ref)
        if target is not None and target.name == "form":
            return target
    return anchor.context.form


def _form_title(doc: Document, form: Tag | None, first: Question, first_label: str, sections: Sections) -> str | None:
    if form is not None:
        name = accessible_name(doc, form, doc.scope_of(form), placeholder=False, by_name=False)
        if name:
            return name.text
        # A heading opening the form names it; one further down names a section of it.
        heading = form.find(lambda t: t.name in HEADING_TAGS or attr(t, "role") == "heading")
        inside = finish_label(text_of(doc, heading)[0])[0] if heading is not None else ""
        if inside and heading is not None and doc.position(heading) < doc.position(first.anchor.tag):
            return inside
        before, _ = sections.heading_before(form, set())
        return before or inside or None
    text, _ = sections.heading_before(first.anchor.tag, {first_label})
    return text or None


def _form(doc: Document, first: Question, fields: list[Field], sections: Sections) -> Form:
    form = _owner(doc, first)
    frame = first.anchor.context.frame
    frame_url = attr(frame, ATTR_FRAME_URL) if frame is not None else None
    if form is not None:
        form_id = attr(form, ATTR_ID) or doc.path(form)
        action, method = attr(form, "action"), (attr(form, "method") or "").casefold() or None
    else:
        form_id = f"implicit:{attr(frame, ATTR_FRAME) if frame is not None else '0'}"
        action = method = None
    return Form(
        form_id=form_id,
        title=_form_title(doc, form, first, fields[0].label, sections),
        action=action,
        method=method,
        frame_url=frame_url,
        lang=declared_lang(form if form is not None else first.anchor.tag),
        fields=tuple(fields),
    )


def declared_lang(tag: Tag) -> str | None:
    """The nearest ``lang``/``xml:lang`` on the tag or its ancestors (frames carry their document's)."""
    for node in (tag, *tag.parents):
        if isinstance(node, Tag):
            value = attr(node, "lang") or attr(node, "xml:lang")
            if value and value.strip():
                return clean(value, 35)
    return None


def _frame_warnings(doc: Document) -> list[str]:
    warnings = []
    for frame in doc.frames:
        error = attr(frame, ATTR_FRAME_ERROR)
        if error:
            where = attr(frame, ATTR_FRAME_URL) or "unknown URL"
            warnings.append(f"frame {attr(frame, ATTR_FRAME)} ({where}) could not be read: {clean(error, 300)}")
    return warnings


def _page_title(doc: Document) -> str | None:
    title = doc.soup.find("title")
    text = clean(title.get_text()) if title is not None else ""
    return text or None
