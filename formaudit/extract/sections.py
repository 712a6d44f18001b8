"""Which part of the form a question sits in: the nearest preceding heading (h1-h6, role=heading,
ATS card titles such as Lever's ``h4[data-qa=card-name]`` or a Workday container ``h4``) or the
legend of an enclosing fieldset, found across shadow-root and frame-container boundaries."""

from __future__ import annotations

from bisect import bisect_left

from bs4 import Tag

from formaudit.extract.content import text_of
from formaudit.extract.dom import Document
from formaudit.extract.text import finish_label
from formaudit.extract.tree import first_legend
from formaudit.extract.visibility import element_visible
from formaudit.models.snapshot import ATTR_FRAME

_SECTION_LOOKBACK = 8


def frame_chain(tag: Tag) -> set[int]:
    return {id(a) for a in tag.parents if ATTR_FRAME in a.attrs}


def _frame_of(tag: Tag) -> Tag | None:
    return next((a for a in tag.parents if ATTR_FRAME in a.attrs), None)


class Sections:
    """Nearest preceding heading (h1-h6, role=heading, ATS card titles) or enclosing legend."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.positions = [doc.position(h) for h in doc.headings]
        self._texts: dict[int, str] = {}
        self._frames: dict[int, Tag | None] = {}
        # Headings that asked a question of their own ("Have you ever been convicted?" beside its
        # Yes/No radios): they named that field, and head no section for the fields after it.
        self.claimed: set[str] = set()

    def _heading_text(self, index: int) -> str:
        if index not in self._texts:
            heading = self.doc.headings[index]
            # A heading that wraps controls (an unclosed <h2> on a broken page) names no section.
            usable = element_visible(self.doc, heading) and not self.doc.has_controls(heading)
            text = finish_label(text_of(self.doc, heading)[0])[0] if usable else ""
            self._texts[index] = text
        return self._texts[index]

    def _legend_text(self, legend: Tag) -> str:
        key = ("legend", id(legend))
        if key not in self.doc.memo:
            self.doc.memo[key] = finish_label(text_of(self.doc, legend)[0])[0]
        return str(self.doc.memo[key])

    def _frame(self, index: int) -> Tag | None:
        if index not in self._frames:
            self._frames[index] = _frame_of(self.doc.headings[index])
        return self._frames[index]

    def heading_before(self, anchor: Tag, exclude: set[str]) -> tuple[str, int]:
        position = self.doc.position(anchor)
        frames: set[int] | None = None
        index = bisect_left(self.positions, position) - 1
        for _ in range(_SECTION_LOOKBACK):
            if index < 0:
                break
            text = self._heading_text(index)
            if text and text not in exclude:
                heading_frame = self._frame(index)
                if heading_frame is None:
                    return text, self.positions[index]
                if frames is None:
                    frames = frame_chain(anchor)
                if id(heading_frame) in frames:  # a heading of the field's own frame or one around it
                    return text, self.positions[index]
            index -= 1
        return "", -1

    def section(self, anchor: Tag, exclude: set[str]) -> str | None:
        heading, heading_position = self.heading_before(anchor, exclude)
        known = self.doc.context.get(id(anchor))
        fieldsets = [known.fieldset] if known is not None else anchor.parents
        for ancestor in fieldsets:
            if ancestor is None or ancestor.name in ("form", "body") or ATTR_FRAME in ancestor.attrs:
                break
            if ancestor.name != "fieldset":
                continue
            legend = first_legend(ancestor)
            if legend is None or self.doc.position(legend) < heading_position:
                break
            text = self._legend_text(legend)
            if text and text not in exclude:
                return text
        return heading or None


# -- hints -------------------------------------------------------------------------------------
