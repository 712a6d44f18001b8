"""Names for questions answered by several controls, and the context around a question.

A radio or checkbox group, a split date or a row of Yes/No buttons is named by its fieldset's
legend, a role=group/radiogroup's name, ``label[for=<shared name>]``, the vendor container, or
the text before the group. ``context_group`` is the fieldset/role=group around a question that
also holds other questions ("Emergency contact" around Name and Phone).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import islice

from bs4 import Tag

from formaudit.extract import inference
from formaudit.extract.content import text_of
from formaudit.extract.control import Control
from formaudit.extract.dom import Document, is_scope_root
from formaudit.extract.labels import (
    Label,
    accessible_name,
    container_label,
    host_name,
    inferred_label,
    make_label,
    name_label,
)
from formaudit.extract.text import finish_label
from formaudit.extract.tree import attr, first_legend, role_of
from formaudit.models.fields import LabelSource

_GROUP_LEVELS = 8


def _common_ancestor(tags: list[Tag]) -> Tag | None:
    """The nearest element holding all ``tags``, looked for within a few levels only."""
    if not tags:
        return None
    chain = [tags[0], *islice(tags[0].parents, _GROUP_LEVELS)]
    depth_of = {id(t): i for i, t in enumerate(chain)}
    deepest = 0
    for tag in tags[1:]:
        for ancestor in chain_of(tag, _GROUP_LEVELS):
            if id(ancestor) in depth_of:
                deepest = max(deepest, depth_of[id(ancestor)])
                break
        else:
            return None
    return chain[deepest]


def chain_of(tag: Tag, levels: int) -> Iterator[Tag]:
    yield tag
    yield from islice(tag.parents, levels)


def group_element(doc: Document, tags: list[Tag], counted: int) -> Tag | None:
    """The fieldset or role=group/radiogroup that holds exactly this question, if any."""
    start = _common_ancestor(tags) if len(tags) > 1 else tags[0].parent
    node = start
    for _ in range(_GROUP_LEVELS):
        if node is None or is_scope_root(node) or node.name in ("form", "body"):
            return None
        if node.name == "fieldset" or role_of(node) in ("radiogroup", "group"):
            return node if doc.control_count.get(id(node), 0) <= counted else None
        node = node.parent
    return None


def element_name(doc: Document, element: Tag) -> Label:
    """A fieldset's legend, or a group's aria name."""
    if element.name == "fieldset":
        legend = first_legend(element)
        if legend is not None:
            label = make_label(*text_of(doc, legend), LabelSource.LEGEND)
            if label:
                return label
    name = accessible_name(doc, element, doc.scope_of(element), placeholder=False, by_name=False)
    return replace(name, source=LabelSource.LEGEND) if name else name


def group_label(doc: Document, controls: list[Control], parts: list[Tag] | None = None) -> Label:
    """The question a group of controls (or an ARIA/custom group element) answers."""
    first = controls[0]
    tags = [c.tag for c in controls]
    counted = sum(1 for c in controls if c.counted)
    if len(controls) == 1 and (parts or not first.native):
        own = accessible_name(doc, first.tag, first.context.scope, placeholder=False, by_name=False)
        if own.specific:
            return own
    group = group_element(doc, tags if len(tags) > 1 else [first.tag], counted)
    if group is not None and group is not first.tag:
        label = element_name(doc, group)
        if label.specific:
            return label
    name = attr(first.tag, "name")
    if name and first.native and doc.by_id(first.context.scope, name) is None:
        for label_tag in doc.labels_for.get((doc.scope_key(first.context.scope), name), ()):
            label = make_label(*text_of(doc, label_tag), LabelSource.LABEL_FOR)
            if label:
                return label
    label = container_label(doc, first.tag, counted)
    if label:
        return label
    anchor = first.tag
    label = inferred_label(doc, anchor, first.context.scope)
    if label and len(controls) > 1 and _is_answer(doc, label.text, tags):
        # "<label>Yes</label><input type=radio>": the text before the first radio is its option;
        # the question is the text before the block that holds the whole group.
        holder = _common_ancestor(tags)
        if holder is not None and doc.control_count.get(id(holder), 0) <= counted:
            label = inferred_label(doc, holder, first.context.scope) or label
    if label:
        return label
    if first.host is not None:
        label = host_name(doc, first.host)
        if label:
            return label
    return name_label(first)


def _neighbour_text(doc: Document, node: object, forward: bool) -> str:
    """The first non-blank sibling next to a control: the option text an answer sits beside."""
    while node is not None:
        node = getattr(node, "next_sibling" if forward else "previous_sibling", None)
        if isinstance(node, Tag):
            return text_of(doc, node)[0] if not doc.has_controls(node) else ""
        if node is not None and str(node).strip():
            return str(node)
    return ""


def _is_answer(doc: Document, text: str, tags: list[Tag]) -> bool:
    """True when ``text`` is the option text right beside one of the group's own radios."""
    wanted = finish_label(text)[0].casefold()
    for tag in tags:
        for forward in (False, True):
            if finish_label(_neighbour_text(doc, tag, forward))[0].casefold() == wanted:
                return True
    return False


def context_group(doc: Document, tags: list[Tag], counted: int) -> Label:
    """The name of a fieldset/role=group around a question that also holds other questions."""
    node = _common_ancestor(tags) if len(tags) > 1 else tags[0].parent
    for _ in range(_GROUP_LEVELS * 2):
        if node is None or node.name in ("form", "body", "html") or is_scope_root(node):
            return Label()
        if (node.name == "fieldset" or role_of(node) == "group") and doc.control_count.get(id(node), 0) > counted:
            return element_name(doc, node)
        node = node.parent
    return Label()


def question_around(doc: Document, control: Tag) -> Label:
    """The question a single checkbox answers when its own label is the answer: dt or table cell."""
    label = make_label(*inference.definition_term(doc, control), LabelSource.DEFINITION_TERM)
    if not label:
        label = make_label(*inference.table_cell(doc, control, above=False), LabelSource.TABLE_CELL)
    return label
