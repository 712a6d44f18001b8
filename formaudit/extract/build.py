"""One question -> one ``Field``: label, required flag, options, visibility and the rest."""

from __future__ import annotations

from bs4 import Tag

from formaudit.extract import details
from formaudit.extract.control import Control
from formaudit.extract.declaration import declaration_before, is_signing_label
from formaudit.extract.dom import Document
from formaudit.extract.grouping import Question, date_part
from formaudit.extract.groups import context_group, group_element, group_label, question_around
from formaudit.extract.labels import Label, accessible_name, control_label
from formaudit.extract.sections import Sections
from formaudit.extract.text import clean, date_part_of_label, finish_label
from formaudit.extract.tree import attr
from formaudit.extract.vendors import CardQuestion, container_of, lever_card_question
from formaudit.extract.visibility import box_of, control_visible
from formaudit.models.fields import Field, FieldKind, LabelSource, Option
from formaudit.models.snapshot import ATTR_FRAME_URL, ATTR_ID, Box


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None and value.strip() else None
    except ValueError:
        return None


def _required_attr(tag: Tag | None) -> bool:
    if tag is None:
        return False
    return "required" in tag.attrs or (attr(tag, "aria-required") or "").casefold() == "true"


def _is_group(question: Question) -> bool:
    anchor = question.anchor
    return (
        question.merged is not None
        or anchor.checkable == "radio"
        or question.kind == FieldKind.CHECKBOX_GROUP
        or (bool(anchor.parts) and question.kind in (FieldKind.RADIO_GROUP, FieldKind.CHECKBOX_GROUP))
        or (not anchor.native and question.kind in (FieldKind.RADIO_GROUP, FieldKind.LISTBOX))
    )


def _label(doc: Document, question: Question) -> Label:
    controls = question.controls
    if question.merged == "date":
        # "Date of birth" on the first part names the whole date; "Day"/"Month" do not.
        first = controls[0]
        own = accessible_name(doc, first.tag, first.context.scope, by_name=False)
        if own.specific and date_part_of_label(own.text) is None:
            return own
    if _is_group(question):
        return group_label(doc, controls, controls[0].parts)
    return control_label(doc, controls[0])


def _options(doc: Document, question: Question, card: CardQuestion | None) -> tuple[Option, ...]:
    anchor = question.anchor
    options: tuple[Option, ...] = ()
    if question.merged == "date":
        return ()
    if anchor.tag.name == "select":
        options = details.select_options(doc, anchor.tag)
    elif anchor.parts:
        options = tuple(details.part_option(doc, part, anchor.context.scope) for part in anchor.parts)
    elif (anchor.checkable and _is_group(question)) or question.kind == FieldKind.CHECKBOX_GROUP:
        options = tuple(_member_option(doc, c) for c in question.controls)
    elif "list" in anchor.tag.attrs:
        options = details.datalist_options(doc, anchor)
    if not options and card is not None and card.options:
        options = tuple(Option(label=text, value=text) for text in card.options)
    return options


def _member_option(doc: Document, control: Control) -> Option:
    label = control_label(doc, control)
    value = attr(control.tag, "value")
    text = label.text if label.source != LabelSource.NAME_ATTRIBUTE else (value or label.text)
    return Option(label=text, value=value, selected=details.is_checked(doc, control.tag))


def _union(boxes: list[Box]) -> Box | None:
    if not boxes:
        return None
    left = min(b.x for b in boxes)
    top = min(b.y for b in boxes)
    right = max(b.x + b.width for b in boxes)
    bottom = max(b.y + b.height for b in boxes)
    return Box(x=left, y=top, width=right - left, height=bottom - top)


def _value(doc: Document, question: Question, options: tuple[Option, ...]) -> str | None:
    if question.merged == "date":
        values = [details.control_value(doc, c, ()) for c in question.controls]
        return "-".join(v for v in values if v) if all(values) else None
    if len(question.controls) > 1 or question.anchor.parts:
        chosen = [o.value or o.label for o in options if o.selected]
        return clean(", ".join(chosen)) or None if chosen else None
    return details.control_value(doc, question.anchor, options)


def _hidden_input_field(doc: Document, control: Control) -> Field:
    """``input[type=hidden]``: plumbing kept as evidence, so no section, help or vendor lookups."""
    tag = control.tag
    label = control_label(doc, control)
    frame = control.context.frame
    return Field(
        field_id=attr(tag, ATTR_ID) or doc.path(tag),
        kind=FieldKind.TEXT,
        label=label.text,
        label_source=label.source if label.text else LabelSource.NONE,
        name=attr(tag, "name"),
        html_id=attr(tag, "id"),
        input_type="hidden",
        visible=False,
        frame_url=attr(frame, ATTR_FRAME_URL) if frame is not None else None,
        value=details.control_value(doc, control, ()),
        hints=details.hints(tag),
    )


def _description(doc: Document, question: Question, counted: int, label: str, card: CardQuestion | None) -> str | None:
    anchor = question.anchor
    own = details.description(doc, anchor, counted, label, card.description if card else "")
    if not is_signing_label(label):
        return own
    # A signature signs the declaration above it: that text is what the candidate consents to.
    signed = declaration_before(doc, anchor.tag)
    return " ".join(t for t in (own, signed) if t) or None


def build_field(doc: Document, question: Question, cards: dict[str, list[CardQuestion]], sections: Sections) -> Field:
    anchor = question.anchor
    if anchor.hidden_input:
        return _hidden_input_field(doc, anchor)
    tag, ctx = anchor.tag, anchor.context
    counted = sum(1 for c in question.controls if c.counted) + (1 if question.picker else 0)
    card = lever_card_question(cards, attr(tag, "name")) if anchor.native else None
    label = _label(doc, question)
    if card is not None and card.text:
        text, marker = finish_label(card.text)
        label = Label(text, LabelSource.VENDOR_METADATA, label.required or marker) if text else label
    options = _options(doc, question, card)
    members = [c.tag for c in question.controls]
    required = (
        label.required
        or any(_required_attr(t) for t in members)
        or any(_required_attr(c.host) for c in question.controls)
        or (card is not None and card.required)
    )
    if _is_group(question) and anchor.native:
        required = required or _required_attr(group_element(doc, members, counted))
    visible = any(control_visible(doc, c) for c in question.controls)
    group = context_group(doc, members, counted)
    if not group and question.kind in (FieldKind.CHECKBOX, FieldKind.SWITCH):
        # "May we contact your referees?" in a dt or the cell before, "Yes, you may" on the box.
        group = question_around(doc, tag)
    if label.source is LabelSource.TEXT_BEFORE and "?" in label.text:
        sections.claimed.add(label.text)
    exclude = {label.text} | sections.claimed
    container = container_of(doc, tag, counted)
    field_hints = details.hints(tag)
    if container is not None:
        field_hints["vendor"] = container.vendor
        field_hints.update({f"container.{k}": v for k, v in details.hints(container.element).items()})
    if question.merged == "date":
        parts = [date_part(c) or "?" for c in question.controls]
        field_hints["date_parts"] = " ".join(parts)
    if question.picker is not None:
        picker = question.picker.tag
        field_hints["country_code_picker"] = attr(picker, "name") or attr(picker, "id") or picker.name
        members.append(picker)
    frame_url = attr(ctx.frame, ATTR_FRAME_URL) if ctx.frame is not None else None
    boxes = [b for b in (box_of(doc, t) for t in members) if b is not None]
    is_single = len(question.controls) == 1 and not anchor.parts
    return Field(
        field_id=attr(tag, ATTR_ID) or doc.path(tag),
        kind=question.kind,
        label=label.text,
        label_source=label.source if label.text else LabelSource.NONE,
        name=attr(tag, "name"),
        html_id=attr(tag, "id") if is_single or not anchor.native else None,
        input_type="split-date" if question.merged == "date" else anchor.input_type,
        autocomplete=attr(tag, "autocomplete"),
        placeholder=clean(attr(tag, "placeholder") or "") or None,
        group_label=group.text if group and group.text != label.text else None,
        description=_description(doc, question, counted, label.text, card),
        section=sections.section(tag, exclude),
        required=required,
        options=options,
        accept=tuple(t.strip().casefold() for t in (attr(tag, "accept") or "").split(",") if t.strip()),
        multiple="multiple" in tag.attrs,
        min_length=_int(attr(tag, "minlength")),
        max_length=_int(attr(tag, "maxlength")),
        visible=visible,
        frame_url=frame_url,
        box=_union(boxes),
        value=_value(doc, question, options),
        hints=field_hints,
    )
