"""From controls to questions: radio and checkbox groups, split dates, phone country-code pickers.

A question is what a candidate answers once: three radios sharing a name, the Day/Month/Year parts
of one date, a phone number with its dial-code picker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import Tag

from formaudit.extract.control import Control
from formaudit.extract.dom import Document
from formaudit.extract.separation import starts_new_question
from formaudit.extract.text import DATE_PART_WORDS, date_part_of_label, is_generic, name_tokens
from formaudit.extract.tree import attr, classes, option_text, options_of, role_of
from formaudit.models.fields import FieldKind

_GROUP_CONTAINER_LEVELS = 4
_NEAR_LEVELS = 4  # how far apart (in tree levels) parts of one split date or phone may sit
_DATE_PART_KINDS = frozenset(
    {
        FieldKind.SELECT,
        FieldKind.TEXT,
        FieldKind.NUMBER,
        FieldKind.SPINBUTTON,
        FieldKind.COMBOBOX,
        FieldKind.LISTBOX,
    }
)
_SUFFIX_TOKENS = frozenset({"input", "select", "field", "value", "dropdown", "picker", "selector"})
_AUTOCOMPLETE_PARTS = {"bday-day": "day", "bday-month": "month", "bday-year": "year"}
_DIAL_CODE_WORDS = (
    "countrycode",
    "phonecode",
    "dialcode",
    "callingcode",
    "phonecountry",
    "countryphone",
    "phoneprefix",
    "dialingcode",
    "countrydial",
)
_PHONE_WORDS = frozenset(
    {
        "phone",
        "tel",
        "telephone",
        "mobile",
        "cell",
        "telefon",
        "telefono",
        "teléfono",
        "téléphone",
        "telefoon",
        "mobil",
        "handy",
        "portable",
        "celular",
    }
)
_MONTH_NAMES = re.compile(
    r"^(jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|d[ec]z|janv|févr|mars|avr|juin|juil|ao[uû]t|déc"
    r"|ene|abr|ago|dic|mei|okt)",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"^\d{1,4}$")


@dataclass(slots=True)
class Question:
    kind: FieldKind
    controls: list[Control]  # radios of a group, parts of a date; the first one anchors the question
    merged: str | None = None  # "date" when split parts were joined
    picker: Control | None = None  # a phone's country-code picker

    @property
    def anchor(self) -> Control:
        return self.controls[0]


def _form_key(control: Control) -> int:
    ctx = control.context
    return id(ctx.form) if ctx.form is not None else id(ctx.frame) if ctx.frame is not None else 0


def _container(tag: Tag) -> Tag | None:
    for depth, ancestor in enumerate(tag.parents):
        if depth >= _GROUP_CONTAINER_LEVELS:
            break
        if ancestor.name == "fieldset" or role_of(ancestor) in ("radiogroup", "group"):
            return ancestor
    return tag.parent


def group_questions(doc: Document, controls: list[Control]) -> list[Question]:
    """Questions in document order (a group sits where its first member does)."""
    questions: list[Question] = []
    groups: dict[tuple[object, ...], Question] = {}
    for control in controls:
        key = _group_key(control)
        if key is None:
            questions.append(Question(control.kind, [control]))
            continue
        existing = groups.get(key)
        if _pasted_name(existing, control):
            existing = None  # a copy-pasted name: the same name, another question
        if existing is None:
            kind = FieldKind.RADIO_GROUP if control.checkable == "radio" else control.kind
            groups[key] = existing = Question(kind, [control])
            questions.append(existing)
        else:
            existing.controls.append(control)
            if control.checkable == "checkbox":
                existing.kind = FieldKind.CHECKBOX_GROUP
    questions = _merge_split_dates(doc, questions)
    return _merge_phone_pickers(questions)


def _pasted_name(existing: Question | None, control: Control) -> bool:
    if existing is None or control.checkable != "radio" or not control.native:
        return False
    return starts_new_question(existing.controls[-1].tag, control.tag)


def _group_key(control: Control) -> tuple[object, ...] | None:
    if control.checkable is None or control.hidden_input:
        return None
    scope = id(control.context.scope) if control.context.scope is not None else 0
    name = (attr(control.tag, "name") or "").strip() if control.native else ""
    if control.checkable == "checkbox":
        return (_form_key(control), scope, "checkbox", name.removesuffix("[]")) if name else None
    if name:
        return (_form_key(control), scope, "radio", name)
    return (_form_key(control), scope, "radio-container", id(_container(control.tag)))


# -- split dates --------------------------------------------------------------------------------


def date_part(control: Control) -> str | None:
    """ "day", "month" or "year" when the control is one part of a split date."""
    tag = control.tag
    if control.kind not in _DATE_PART_KINDS or control.hidden_input:
        return None
    if tag.name != "select" and not _may_be_date_part(tag):
        return None
    autocomplete = (attr(tag, "autocomplete") or "").casefold().split()
    for token in autocomplete:
        if token in _AUTOCOMPLETE_PARTS:
            return _AUTOCOMPLETE_PARTS[token]
    automation = name_tokens(attr(tag, "data-automation-id") or "")
    if "date" in automation and "section" in automation:
        for token in automation:
            if token in ("day", "month", "year"):
                return token
    for raw in (attr(tag, "name"), attr(tag, "id")):
        tokens = [t for t in name_tokens(raw or "") if t not in _SUFFIX_TOKENS]
        if tokens and tokens[-1] in DATE_PART_WORDS and len(tokens[-1]) > 1:
            return DATE_PART_WORDS[tokens[-1]]
    for raw in (attr(tag, "aria-label"), attr(tag, "placeholder")):
        if raw:
            part = date_part_of_label(raw)
            if part:
                return part
    if tag.name == "select":
        return _date_part_from_options(tag)
    return None


_DATE_HINT_ATTRIBUTES = ("name", "id", "data-automation-id", "autocomplete", "aria-label", "placeholder")
_DATE_HINT = re.compile("|".join(sorted({*DATE_PART_WORDS, "bday"}, key=len, reverse=True)), re.IGNORECASE)


def _may_be_date_part(tag: Tag) -> bool:
    """One cheap scan before the exact rules: most controls name no day, month or year at all."""
    attrs = tag.attrs
    return any(_DATE_HINT.search(attr(tag, a) or "") for a in _DATE_HINT_ATTRIBUTES if a in attrs)


def _date_part_from_options(select: Tag) -> str | None:
    """Chromium's structural test: 1..31 is a day, 12 month names or 1..12 a month, 19xx/20xx years."""
    texts: list[str] = []
    for option in options_of(select):
        text = option_text(option)
        if _DIGITS.match(text) or _MONTH_NAMES.match(text):
            texts.append(text)
        elif texts or not _is_prompt(text):
            return None  # a real choice that is no day, month or year (countries...): stop early
    numbers = [int(t) for t in texts if _DIGITS.match(t)]
    if len(texts) >= 12 and all(_MONTH_NAMES.match(t) for t in texts[:12]):
        return "month"
    if not numbers or len(numbers) != len(texts):
        return None
    if len(numbers) >= 10 and all(1900 <= n <= 2100 for n in numbers):
        return "year"
    if len(numbers) == 12 and max(numbers) == 12:
        return "month"
    if 28 <= len(numbers) <= 31 and max(numbers) <= 31:
        return "day"
    return None


def _is_prompt(text: str) -> bool:
    """The first option of a dropdown that only asks: "Day", "Monat", "--", "Select..."."""
    return not text or is_generic(text) or text.startswith("-")


def _near(a: Tag, b: Tag) -> bool:
    """Both elements sit within a few levels of a common ancestor."""
    levels: dict[int, int] = {}
    for depth, ancestor in enumerate(a.parents):
        if depth >= _NEAR_LEVELS:
            break
        levels[id(ancestor)] = depth
    for depth, ancestor in enumerate(b.parents):
        if depth >= _NEAR_LEVELS:
            return False
        if id(ancestor) in levels:
            return True
    return False


def _merge_split_dates(doc: Document, questions: list[Question]) -> list[Question]:
    parts = [date_part(q.anchor) if len(q.controls) == 1 else None for q in questions]
    if not any(parts):
        return questions
    merged: list[Question] = []
    i = 0
    while i < len(questions):
        part = parts[i]
        if part is None:
            merged.append(questions[i])
            i += 1
            continue
        cluster, seen = [questions[i]], {part}
        j = i + 1
        while j < len(questions):
            nxt = parts[j]
            if nxt is None or nxt in seen or _form_key(questions[j].anchor) != _form_key(questions[i].anchor):
                break
            if not _near(questions[i].anchor.tag, questions[j].anchor.tag):
                break
            cluster.append(questions[j])
            seen.add(nxt)
            j += 1
        if len(cluster) >= 2 and ("year" in seen or {"day", "month"} <= seen):
            merged.append(Question(FieldKind.DATE, [q.anchor for q in cluster], merged="date"))
            i = j
        else:
            merged.append(questions[i])
            i += 1
    return merged


# -- phone country-code pickers ------------------------------------------------------------------


def is_dial_code_picker(control: Control) -> bool:
    tag = control.tag
    raw = " ".join(
        filter(
            None,
            (
                attr(tag, "name"),
                attr(tag, "id"),
                attr(tag, "data-automation-id"),
                attr(tag, "autocomplete"),
                attr(tag, "aria-label"),
            ),
        )
    )
    squashed = re.sub(r"[^a-z]", "", raw.casefold())
    if "telcountrycode" in squashed or any(word in squashed for word in _DIAL_CODE_WORDS):
        return True
    return any(token.startswith("iti__") for token in classes(tag))


def is_phone(control: Control) -> bool:
    if control.kind == FieldKind.TEL:
        return True
    if control.kind not in (FieldKind.TEXT, FieldKind.NUMBER):
        return False
    tokens = set(name_tokens(attr(control.tag, "name") or "") + name_tokens(attr(control.tag, "id") or ""))
    return bool(tokens & _PHONE_WORDS)


def _merge_phone_pickers(questions: list[Question]) -> list[Question]:
    result: list[Question] = []
    absorbed: set[int] = set()
    for i, question in enumerate(questions):
        if id(question) in absorbed:
            continue
        control = question.anchor
        if len(question.controls) == 1 and is_dial_code_picker(control) and not is_phone(control):
            for j in (i + 1, i - 1):
                if 0 <= j < len(questions) and id(questions[j]) not in absorbed:
                    phone = questions[j]
                    if phone.picker is None and is_phone(phone.anchor) and _near(control.tag, phone.anchor.tag):
                        phone.picker = control
                        absorbed.add(id(question))
                        break
            if id(question) in absorbed:
                continue
        result.append(question)
    return [q for q in result if id(q) not in absorbed]
