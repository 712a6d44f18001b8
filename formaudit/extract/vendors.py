"""What applicant-tracking systems tell us beyond the HTML standard.

* Question containers: Lever ``li.application-question`` (question in ``.application-label .text``),
  Workday ``div[data-automation-id^=formField-]`` (its ``label``/``legend``), LinkedIn
  ``[data-test-form-element]``, and the ``div.field`` wrapper with its ``label`` that Greenhouse's
  classic boards (and many other sites) use: reported as "field-wrapper", since it proves no vendor.
* Lever's hidden ``cards[<id>][baseTemplate]`` JSON: the ground truth for custom card questions.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from bs4 import Tag

from formaudit.extract.dom import Document, is_scope_root
from formaudit.extract.tree import attr, classes, iter_elements

_LEVER_TEMPLATE = re.compile(r"^cards\[([^\]]+)\]\[baseTemplate\]$")
_LEVER_FIELD = re.compile(r"^cards\[([^\]]+)\]\[field(\d+)\]")
_CONTAINER_LEVELS = 8
_STOP = frozenset({"form", "body", "html", "fieldset"})


@dataclass(frozen=True, slots=True)
class Container:
    vendor: str  # "lever", "workday", "linkedin", or "field-wrapper" (Greenhouse classic and many more)
    element: Tag
    question: Tag | None  # the element whose text asks the question


@dataclass(frozen=True, slots=True)
class CardQuestion:
    """One question of a Lever card, as its baseTemplate JSON states it."""

    text: str
    required: bool
    options: tuple[str, ...]
    description: str


def is_lever_template(tag: Tag) -> bool:
    return tag.name == "input" and _LEVER_TEMPLATE.match(attr(tag, "name") or "") is not None


def _first(root: Tag, names: frozenset[str]) -> Tag | None:
    return next((el for el in iter_elements(root, 60) if el.name in names), None)


def _first_with_class(root: Tag, token: str) -> Tag | None:
    return next((el for el in iter_elements(root, 60) if token in classes(el)), None)


def _match(element: Tag) -> Container | None:
    tokens = classes(element) if element.attrs.get("class") else []
    if "application-question" in tokens:
        label = _first_with_class(element, "application-label")
        if label is not None:
            label = _first_with_class(label, "text") or label
        return Container("lever", element, label)
    automation = attr(element, "data-automation-id") or ""
    if automation.startswith("formField-"):
        return Container("workday", element, _first(element, frozenset({"label", "legend"})))
    if "data-test-form-element" in element.attrs:
        return Container("linkedin", element, _first(element, frozenset({"label", "legend"})))
    if "field" in tokens and element.name == "div":
        label = next((c for c in element.children if isinstance(c, Tag) and c.name == "label"), None)
        if label is not None:
            return Container("field-wrapper", element, label)
    return None


def container_of(doc: Document, anchor: Tag, controls: int) -> Container | None:
    """The vendor question wrapper around ``anchor`` that holds no more than ``controls`` controls."""
    key = ("container", id(anchor), controls)
    if key not in doc.memo:
        doc.memo[key] = _container_of(doc, anchor, controls)
    found = doc.memo[key]
    return found if isinstance(found, Container) else None


def _container_of(doc: Document, anchor: Tag, controls: int) -> Container | None:
    node: Tag | None = anchor
    for _ in range(_CONTAINER_LEVELS):
        node = node.parent if node is not None else None
        if node is None or node.name in _STOP or is_scope_root(node):
            return None
        if doc.control_count.get(id(node), 0) > controls:
            return None
        found = _match(node)
        if found is not None:
            return found
    return None


def read_lever_cards(doc: Document) -> tuple[dict[str, list[CardQuestion]], list[str]]:
    """Lever card id -> its questions in field order; plus warnings for unreadable metadata."""
    cards: dict[str, list[CardQuestion]] = {}
    warnings: list[str] = []
    for tag in doc.candidates:
        if not is_lever_template(tag):
            continue
        card_id = _LEVER_TEMPLATE.match(attr(tag, "name") or "")
        assert card_id is not None
        try:
            data = json.loads(attr(tag, "value") or "")
            fields = data["fields"]
            questions = [
                CardQuestion(
                    text=str(f.get("text") or ""),
                    required=bool(f.get("required")),
                    options=tuple(str(o.get("text") or "") for o in f.get("options") or () if isinstance(o, dict)),
                    description=str(f.get("description") or ""),
                )
                for f in fields
                if isinstance(f, dict)
            ]
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            warnings.append(f"Lever card {card_id.group(1)}: unreadable question metadata ({type(exc).__name__})")
            continue
        cards[card_id.group(1)] = questions
    return cards, warnings


def lever_card_question(cards: dict[str, list[CardQuestion]], name: str | None) -> CardQuestion | None:
    """The baseTemplate entry for a control named ``cards[<id>][field<n>]``, if the page has one."""
    if not name or not cards:
        return None
    match = _LEVER_FIELD.match(name)
    if match is None:
        return None
    questions = cards.get(match.group(1), [])
    index = int(match.group(2))
    return questions[index] if index < len(questions) else None
