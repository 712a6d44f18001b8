"""Visible text that names a control when its accessible name is missing or generic.

After Chromium's ``InferLabelForElement``: the text after a checkbox or radio, the text before a
control (runs of inline text, or a whole preceding block), the previous table cell or the cell
above, the ``dt`` of a ``dd``, and a floating label right after an input. Each walk stops at
anything that holds another control, so one field never borrows its neighbour's label.
"""

from __future__ import annotations

from bs4 import Tag

from formaudit.extract.content import INLINE_TAGS, text_of
from formaudit.extract.dom import Document, is_scope_root
from formaudit.extract.text import clean, finish_label
from formaudit.extract.tree import (
    BOUNDARY_TAGS,
    HEADING_TAGS,
    SKIPPED_TAGS,
    attr,
    child_tags,
    is_text,
    previous_tags,
)

TEXT_BEFORE_LEVELS = 6
TEXT_AFTER_LEVELS = 3
CELL_LEVELS = 4
_CONTROL_TAGS = frozenset({"input", "select", "textarea", "button"})
_SEPARATORS = frozenset({"br", "hr"})
_CELLS = frozenset({"td", "th"})
_ROWS = frozenset({"tr"})
_TERMS = frozenset({"dt"})
_IGNORED = frozenset({"img", "wbr", "template"})


def _labels_another(doc: Document, label: Tag, scope: Tag | None) -> bool:
    """A ``<label>`` tied to some control (by ``for`` or by wrapping one) belongs to that control."""
    if attr(label, "for") and doc.label_target(label, scope) is not None:
        return True
    return doc.has_controls(label)


def _is_barrier(doc: Document, tag: Tag, scope: Tag | None) -> bool:
    if tag.name in _CONTROL_TAGS or id(tag) in doc.control_ids or doc.has_controls(tag):
        return True
    return tag.name == "label" and _labels_another(doc, tag, scope)


def _finish(pieces: list[str]) -> str:
    text, _ = finish_label(clean("".join(pieces)))
    return text


def text_before(doc: Document, anchor: Tag, scope: Tag | None) -> tuple[str, bool]:
    """Text right before ``anchor``, climbing a few wrappers; (text, required marker seen)."""
    node = anchor
    for level in range(TEXT_BEFORE_LEVELS):
        run: list[str] = []
        marker = False
        stop = False
        for sibling in node.previous_siblings:
            if is_text(sibling):
                run.append(str(sibling))
                continue
            if not isinstance(sibling, Tag) or sibling.name in SKIPPED_TAGS or sibling.name in _IGNORED:
                continue
            if sibling.name in _SEPARATORS:
                if _finish(run):
                    break
                continue
            if id(sibling) in doc.unrendered:
                continue
            if _is_barrier(doc, sibling, scope) or (sibling.name in HEADING_TAGS and level > 0):
                stop = True
                break
            text, seen = text_of(doc, sibling)
            if sibling.name in INLINE_TAGS and sibling.name != "label":
                run.append(f" {text} " if text else "")
                marker = marker or seen
                continue
            if _finish(run):
                break
            if text:
                run = [text]
                marker = marker or seen
                break
        run.reverse()
        if _finish(run):  # the raw text: the caller strips required markers and notes them
            return clean("".join(run)), marker
        if stop:
            return "", False
        parent = node.parent
        if parent is None or parent.name in BOUNDARY_TAGS or is_scope_root(parent) or parent.name == "[document]":
            return "", False
        node = parent
    return "", False


def text_after(doc: Document, control: Tag, scope: Tag | None) -> tuple[str, bool]:
    """For checkboxes and radios: the text that follows the box."""
    node = control
    for _ in range(TEXT_AFTER_LEVELS):
        run: list[str] = []
        marker = False
        for sibling in node.next_siblings:
            if is_text(sibling):
                run.append(str(sibling))
                continue
            if not isinstance(sibling, Tag) or sibling.name in SKIPPED_TAGS or sibling.name in _IGNORED:
                continue
            if sibling.name in _SEPARATORS:
                if _finish(run):
                    break
                continue
            if _is_barrier(doc, sibling, scope):
                break
            text, seen = text_of(doc, sibling)
            if sibling.name in INLINE_TAGS:
                run.append(f" {text} " if text else "")
                marker = marker or seen
                continue
            if not _finish(run) and text:
                run = [text]
                marker = marker or seen
            break
        if _finish(run):  # the raw text: the caller strips required markers and notes them
            return clean("".join(run)), marker
        parent = node.parent
        if parent is None or parent.name in BOUNDARY_TAGS or parent.name == "label" or is_scope_root(parent):
            return "", False
        if doc.control_count.get(id(parent), 0) > 1:
            return "", False
        node = parent
    return "", False


def floating_label(doc: Document, control: Tag, scope: Tag | None) -> tuple[str, bool]:
    """``<input placeholder=" "><label>Email</label>``: a label right after the input, tied to nothing."""
    sibling = control.next_sibling
    while sibling is not None and not isinstance(sibling, Tag):
        if is_text(sibling) and str(sibling).strip():
            return "", False
        sibling = sibling.next_sibling
    if sibling is None or sibling.name != "label":
        return "", False
    target = attr(sibling, "for")
    if target and doc.by_id(scope, target) not in (None, control):
        return "", False
    return text_of(doc, sibling)


def _nearest(tag: Tag, names: frozenset[str], levels: int) -> Tag | None:
    for depth, ancestor in enumerate(tag.parents):
        if depth >= levels or is_scope_root(ancestor):
            return None
        if ancestor.name in names:
            return ancestor
    return None


def _cell_text(doc: Document, cell: Tag) -> tuple[str, bool]:
    if doc.has_controls(cell):
        return "", False
    return text_of(doc, cell)


def table_cell(doc: Document, control: Tag, *, above: bool = True) -> tuple[str, bool]:
    """The previous cell of the row, else (when ``above``) the cell above in the previous row."""
    cell = _nearest(control, _CELLS, CELL_LEVELS)
    if cell is None:
        return "", False
    column = 0
    for sibling in previous_tags(cell, _CELLS):
        if doc.has_controls(sibling):
            break  # a grid of inputs: the column's header names this one, not the row's first cell
        text, marker = _cell_text(doc, sibling)
        if _finish([text]):
            return text, marker
    if not above:
        return "", False
    for sibling in previous_tags(cell, _CELLS):
        column += _span(sibling)
    row = cell.parent
    previous_row = next(previous_tags(row, _ROWS), None) if row is not None else None
    if previous_row is not None:
        upper = _cell_at(previous_row, column)
        if upper is not None and not doc.has_controls(upper):
            return _cell_text(doc, upper)
    return column_header(doc, cell, column)


def _cell_at(row: Tag, column: int) -> Tag | None:
    position = 0
    for cell in child_tags(row, _CELLS):
        if position <= column < position + _span(cell):
            return cell
        position += _span(cell)
    return None


def column_header(doc: Document, cell: Tag, column: int) -> tuple[str, bool]:
    """The ``<th>`` heading the cell's column: a grid of inputs (referees, schools) under one header row.

    The header row is the table's ``<thead>`` (its row, or bare ``<th>`` cells as templates write
    them), else a first row made only of ``<th>``.
    """
    table = _nearest(cell, frozenset({"table"}), 3)
    if table is None:
        return "", False
    header: Tag | None = None
    for child in child_tags(table, frozenset({"thead", "tbody", "tr"})):
        if child.name == "thead":
            header = next(iter(child_tags(child, _ROWS)), None) or child
        elif child.name == "tbody":
            first = next(iter(child_tags(child, _ROWS)), None)
            header = first if first is not None and _is_header_row(first) else None
        else:
            header = child if _is_header_row(child) else None
        break
    if header is None or header is cell.parent:
        return "", False
    upper = _cell_at(header, column)
    if upper is None or upper.name != "th":
        return "", False
    return _cell_text(doc, upper)


def _is_header_row(row: Tag) -> bool:
    cells = list(child_tags(row, _CELLS))
    return bool(cells) and all(c.name == "th" for c in cells)


def _span(cell: Tag) -> int:
    try:
        return max(1, int(attr(cell, "colspan") or 1))
    except ValueError:
        return 1


def definition_term(doc: Document, control: Tag) -> tuple[str, bool]:
    """``<dt>Name</dt><dd><input></dd>``: the term of the definition that holds the control."""
    dd = _nearest(control, frozenset({"dd"}), CELL_LEVELS)
    if dd is None:
        return "", False
    dt = next(previous_tags(dd, _TERMS), None)
    if dt is None:
        return "", False
    return _cell_text(doc, dt)
