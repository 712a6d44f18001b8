"""Label computation: the accessible name first, visible text when that is missing or generic.

Order (accname 1.2 / HTML-AAM, then Chromium's inference):
aria-labelledby → aria-label → ``label[for]`` (and Chromium's ``for`` = name fallback) and the
wrapping ``label`` → title → placeholder; then, when that is empty or generic ("Select...",
"Type your response", "Month"): text after a checkbox/radio → the shadow host or wrapper that names
the control → the vendor question container → a floating label → text before → table cell → dt.
Groups (radios, checkboxes, split dates, button rows) are named in ``groups``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from bs4 import Tag

from formaudit.extract import inference
from formaudit.extract.content import is_help_element, text_of
from formaudit.extract.control import TEXT_LIKE, Control
from formaudit.extract.dom import Document, is_scope_root
from formaudit.extract.text import finish_label, is_generic, readable_name
from formaudit.extract.tree import attr, iter_elements, role_of
from formaudit.extract.vendors import container_of
from formaudit.models.fields import LabelSource

_WRAPPING_LEVELS = 10
_GROUP_LEVELS = 8
_LABELABLE = frozenset({"input", "select", "textarea", "button", "meter", "output", "progress"})


@dataclass(frozen=True, slots=True)
class Label:
    text: str = ""
    source: LabelSource = LabelSource.NONE
    required: bool = False  # a required marker sat in the label

    def __bool__(self) -> bool:
        return bool(self.text)

    def with_required(self, required: bool) -> Label:
        # A plain constructor call: ``dataclasses.replace`` costs several times more, per field.
        return Label(self.text, self.source, required)

    @property
    def specific(self) -> bool:
        return bool(self.text) and not is_generic(self.text)


def make_label(raw: str, marker: bool, source: LabelSource) -> Label:
    """A Label from raw text: cleaned, required markers stripped and noted."""
    if not raw:
        return Label(required=marker)
    text, required = finish_label(raw)
    return Label(text, source if text else LabelSource.NONE, required or marker)


def _referenced_text(doc: Document, tag: Tag, scope: Tag | None, attribute: str) -> tuple[str, bool]:
    texts: list[str] = []
    marker = False
    for ref in (attr(tag, attribute) or "").split():
        target = doc.by_id(scope, ref)
        if target is None:
            continue
        if target is tag:  # aria-labelledby pointing at itself: its own label attribute, not its content
            texts.append(attr(tag, "aria-label") or "")
            continue
        text, seen = text_of(doc, target)
        texts.append(text)
        marker = marker or seen
    return " ".join(t for t in texts if t), marker


def _nearest_label(doc: Document, tag: Tag) -> Tag | None:
    known = doc.context.get(id(tag))
    if known is not None:  # recorded during the walk
        return known.label
    for depth, ancestor in enumerate(tag.parents):
        if depth >= _WRAPPING_LEVELS or is_scope_root(ancestor):
            return None
        if ancestor.name == "label":
            return ancestor
    return None


def _wrapping_label(doc: Document, tag: Tag) -> Tag | None:
    html_id = attr(tag, "id")
    ancestor = _nearest_label(doc, tag)
    if ancestor is not None:
        target = attr(ancestor, "for")
        if target and target != html_id:
            return None
        key = ("first-labelable", id(ancestor))
        if key not in doc.memo:
            doc.memo[key] = next(
                (
                    el
                    for el in iter_elements(ancestor, 300)
                    if el.name in _LABELABLE and (attr(el, "type") or "").casefold() != "hidden"
                ),
                None,
            )
        first = doc.memo[key]
        return ancestor if first is None or first is tag else None
    return None


def label_elements(doc: Document, tag: Tag, scope: Tag | None, *, by_name: bool) -> tuple[list[Tag], bool]:
    """The ``<label>``s of a control in DOM order, and whether one came through ``for``.

    Naming, description and visibility all ask for the same control's labels: each answer is kept
    (callers treat the list as read-only)."""
    memo_key = ("label-elements", id(tag), id(scope), by_name)
    known = doc.memo.get(memo_key)
    if known is None:
        known = doc.memo[memo_key] = _label_elements(doc, tag, scope, by_name=by_name)
    return cast(tuple[list[Tag], bool], known)


def _label_elements(doc: Document, tag: Tag, scope: Tag | None, *, by_name: bool) -> tuple[list[Tag], bool]:
    key = doc.scope_key(scope)
    found: list[Tag] = []
    html_id = attr(tag, "id")
    if html_id:
        found.extend(label for label in doc.labels_for.get((key, html_id), ()) if doc.label_target(label, scope) is tag)
    name = attr(tag, "name")
    if by_name and name and name != html_id and doc.by_id(scope, name) is None:
        found.extend(label for label in doc.labels_for.get((key, name), ()) if label not in found)
    through_for = bool(found)
    wrapping = _wrapping_label(doc, tag)
    if wrapping is not None and all(wrapping is not label for label in found):
        found.append(wrapping)
    found.sort(key=doc.position)
    return found, through_for


def naming_labels(labels: list[Tag], control: Tag) -> list[Tag]:
    """Of several labels, the ones that name the question: not the help line ("(555) 555-5555" in a
    ``label.ss-q-help``), and not an upload widget's label wrapping the control when a plain one exists."""
    if len(labels) < 2:
        return labels
    kept = [label for label in labels if not is_help_element(label)] or labels
    plain = [label for label in kept if control not in label.descendants]
    return plain or kept


def accessible_name(
    doc: Document,
    tag: Tag,
    scope: Tag | None,
    *,
    placeholder: bool = True,
    by_name: bool = True,
    content: bool = False,
) -> Label:
    """accname for a control: the first step that yields text; required markers seen on the way."""
    marker = False
    steps: list[tuple[LabelSource, tuple[str, bool]]] = []
    if "aria-labelledby" in tag.attrs:
        steps.append((LabelSource.ARIA_LABELLEDBY, _referenced_text(doc, tag, scope, "aria-labelledby")))
    if "aria-label" in tag.attrs:
        steps.append((LabelSource.ARIA_LABEL, (attr(tag, "aria-label") or "", False)))
    for source, (raw, seen) in steps:
        label = make_label(raw, seen, source)
        marker = marker or label.required
        if label:
            return label.with_required(marker)
    labels, through_for = label_elements(doc, tag, scope, by_name=by_name)
    labels = naming_labels(labels, tag)
    if labels:
        texts = [text_of(doc, label, exclude=tag, skip_help=True) for label in labels]
        source = LabelSource.LABEL_FOR if through_for else LabelSource.LABEL_WRAPPING
        label = make_label(" ".join(t for t, _ in texts), any(m for _, m in texts), source)
        marker = marker or label.required
        if label:
            return label.with_required(marker)
    if "label" in tag.attrs and "-" in tag.name:
        label = make_label(attr(tag, "label") or "", False, LabelSource.HOST_ATTRIBUTE)
        if label:
            return label.with_required(marker or label.required)
    if content:
        raw, seen = text_of(doc, tag)
        label = make_label(raw, seen, LabelSource.LABEL_WRAPPING)
        if label:
            return label.with_required(marker or label.required)
    candidates = [(LabelSource.TITLE, attr(tag, "title"))]
    if placeholder:
        candidates.append((LabelSource.PLACEHOLDER, attr(tag, "placeholder") or attr(tag, "aria-placeholder")))
    for source, value in candidates:
        label = make_label(value or "", False, source)
        if label:
            return label.with_required(marker or label.required)
    return Label(required=marker)


def host_name(doc: Document, host: Tag) -> Label:
    """How a shadow host or wrapper names the control inside it (label="", aria, label[for=host])."""
    if attr(host, "label"):
        return make_label(attr(host, "label") or "", False, LabelSource.HOST_ATTRIBUTE)
    name = accessible_name(doc, host, doc.scope_of(host), placeholder=False)
    if name:
        return name
    return make_label(attr(host, "placeholder") or "", False, LabelSource.PLACEHOLDER)


def inferred_label(doc: Document, anchor: Tag, scope: Tag | None) -> Label:
    label = make_label(*inference.text_before(doc, anchor, scope), LabelSource.TEXT_BEFORE)
    if not label:
        label = make_label(*inference.table_cell(doc, anchor), LabelSource.TABLE_CELL)
    if not label:
        label = make_label(*inference.definition_term(doc, anchor), LabelSource.DEFINITION_TERM)
    return label


def container_label(doc: Document, anchor: Tag, controls: int) -> Label:
    container = container_of(doc, anchor, controls)
    if container is None or container.question is None:
        return Label()
    return make_label(*text_of(doc, container.question, skip_help=True), LabelSource.CONTAINER)


def infer_label(doc: Document, control: Control, controls_in_question: int = 1) -> Label:
    """Visible text naming a control, in Chromium's inference order plus hosts and vendor containers."""
    tag, scope = control.tag, control.context.scope
    if control.checkable:
        label = make_label(*inference.text_after(doc, tag, scope), LabelSource.TEXT_AFTER)
        if label:
            return label
    if control.host is not None:
        label = host_name(doc, control.host)
        if label.specific:
            return label
    label = container_label(doc, tag, controls_in_question)
    if label:
        return label
    if control.kind in TEXT_LIKE:
        label = make_label(*inference.floating_label(doc, tag, scope), LabelSource.FLOATING_LABEL)
        if label:
            return label
    label = inferred_label(doc, tag, scope)
    if not label and scope is not None and scope.name == "template" and scope.parent is not None:
        host = scope.parent  # nothing inside the shadow root: look around its host instead
        label = inferred_label(doc, host, doc.scope_of(host))
    return label


def name_label(control: Control) -> Label:
    raw = attr(control.tag, "name") or attr(control.tag, "id") or ""
    return make_label(readable_name(raw), False, LabelSource.NAME_ATTRIBUTE) if raw else Label()


def control_label(doc: Document, control: Control) -> Label:
    """The label of a single control."""
    if control.hidden_input:  # no visible text names what nobody sees; only explicit names count
        explicit = accessible_name(doc, control.tag, control.context.scope, placeholder=False, by_name=False)
        return explicit if explicit.specific else name_label(control)
    tag = control.tag
    content = not control.native and role_of(tag) in ("checkbox", "switch", "radio")
    name = accessible_name(
        doc,
        tag,
        control.context.scope,
        by_name=not control.checkable,
        placeholder=control.input_type != "button",
        content=content,
    )
    if name.source == LabelSource.LABEL_WRAPPING:
        # An ATS label wraps the whole question block (upload widget states, option notes):
        # its question element says just the question.
        vendor = container_label(doc, tag, 1)
        if vendor and vendor.text != name.text:
            return vendor.with_required(vendor.required or name.required)
    if name.specific:
        return name
    inferred = infer_label(doc, control)
    if inferred:
        return inferred.with_required(inferred.required or name.required)
    if name:
        return name
    return name_label(control).with_required(name.required)
