"""When radios share a name but answer different questions.

Templates copy one radio block from question to question and forget to rename it: every Yes/No on
a page can end up ``name="radio_btn"``. A browser would let the candidate tick one box on the whole
page, but the candidate reads separate questions, and so must the audit. Two radios that share a
name start separate questions when what lies between them is more than an option's own label: a
heading, a rule (``<hr>``), or text in two or more separate blocks ("Status:" and then "Regular").
"""

from __future__ import annotations

from bs4 import Tag

from formaudit.extract.content import INLINE_TAGS
from formaudit.extract.tree import HEADING_TAGS, SKIPPED_TAGS, is_text

_BREAKS = HEADING_TAGS | {"hr", "legend"}
_LOOK_AHEAD = 400  # nodes walked between two radios before we call them far apart


def _block_of(node: object) -> int:
    """The label or block element a text node belongs to: its option, or its own paragraph."""
    for ancestor in getattr(node, "parents", ()):
        if ancestor.name == "label" or ancestor.name not in INLINE_TAGS:
            return id(ancestor)
    return 0


def starts_new_question(previous: Tag, current: Tag) -> bool:
    """True when a heading, a rule or a second block of text sits between two same-named radios."""
    blocks: set[int] = set()
    walked = 0
    for node in previous.next_elements:
        if node is current:
            return False
        walked += 1
        if walked > _LOOK_AHEAD:
            return True
        if isinstance(node, Tag):
            if node.name in _BREAKS:
                return True
            continue
        if not is_text(node) or not str(node).strip():
            continue
        parent = getattr(node, "parent", None)
        if parent is not None and parent.name in SKIPPED_TAGS:
            continue
        blocks.add(_block_of(node))
        if len(blocks) > 1:
            return True
    return False
