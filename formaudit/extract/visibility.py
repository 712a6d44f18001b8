"""Can a candidate see a control? The collector's stamps when present, else what the HTML says.

Static snapshots have no layout, so visibility is inferred from ``type=hidden``, ``hidden``,
``aria-hidden``, inline ``display:none``/``visibility:hidden`` and honeypot tricks (off-screen
positioning, zero size, ``opacity:0``) on the control or a wrapper (see ``hiding.hides_itself``).
Browser snapshots also drop controls whose box lies wholly off the page. Checkboxes, radios and file
inputs styled away behind a visible label or upload button still count as visible: the candidate
answers them through that label.
"""

from __future__ import annotations

from bs4 import Tag

from formaudit.extract.control import Control
from formaudit.extract.dom import Document
from formaudit.extract.labels import label_elements
from formaudit.extract.tree import attr, role_of
from formaudit.models.fields import FieldKind
from formaudit.models.snapshot import ATTR_ID, Box

_PROXY_LEVELS = 4
_PROXY_TAGS = frozenset({"label", "a", "button"})


def box_of(doc: Document, tag: Tag) -> Box | None:
    key = attr(tag, ATTR_ID)
    return doc.boxes.get(key) if key else None


def _off_page(doc: Document, tag: Tag) -> bool:
    box = box_of(doc, tag)
    return box is not None and (box.x + box.width <= 0 or box.y + box.height <= 0)


def element_visible(doc: Document, tag: Tag) -> bool:
    return not doc.is_hidden(tag) and not _off_page(doc, tag)


def control_visible(doc: Document, control: Control) -> bool:
    if control.hidden_input:
        return False
    tag = control.tag
    if element_visible(doc, tag):
        return True
    if not (control.checkable or control.kind == FieldKind.FILE):
        return False
    labels, _ = label_elements(doc, tag, control.context.scope, by_name=False)
    if any(element_visible(doc, label) for label in labels):
        return True
    for depth, ancestor in enumerate(tag.parents):
        if depth >= _PROXY_LEVELS:
            break
        if ancestor.name in _PROXY_TAGS or role_of(ancestor) == "button":
            return element_visible(doc, ancestor)
    return False
