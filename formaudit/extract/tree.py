"""Small navigation and reading helpers over the BeautifulSoup tree, with no page state."""

from __future__ import annotations

from collections.abc import Iterator

from bs4 import Tag
from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction

# Never rendered, or raw text to an HTML parser: nothing inside is a field or a label.
SKIPPED_TAGS = frozenset({"script", "style", "noscript", "svg", "math", "iframe", "object", "head", "title"})
NATIVE_CONTROLS = frozenset({"input", "select", "textarea"})
BOUNDARY_TAGS = frozenset({"form", "fieldset", "body", "html", "td", "th", "dd", "table", "tr", "dialog"})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
NOT_QUESTIONS = frozenset({"submit", "reset", "image", "button"})


def classes(tag: Tag) -> list[str]:
    raw = tag.attrs.get("class")
    if raw is None:
        return []
    return (raw if isinstance(raw, str) else " ".join(raw)).split()


def attr(tag: Tag, name: str) -> str | None:
    """An attribute as one string (bs4 may hand back lists), or None."""
    value = tag.attrs.get(name)
    if value is None or value.__class__ is str:
        return value  # the common case, checked without isinstance
    return value if isinstance(value, str) else " ".join(value)


def role_of(tag: Tag) -> str | None:
    if "role" not in tag.attrs:
        return None
    value = attr(tag, "role")
    if not value:
        return None
    return value.split()[0].casefold()


def iter_elements(root: Tag, limit: int) -> Iterator[Tag]:
    """Descendant elements in document order, at most ``limit``, skipping never-rendered content."""
    stack = list(reversed([c for c in root.contents if isinstance(c, Tag)]))
    seen = 0
    while stack and seen < limit:
        tag = stack.pop()
        if tag.name in SKIPPED_TAGS or tag.name == "template":
            continue
        seen += 1
        yield tag
        stack.extend(reversed([c for c in tag.contents if isinstance(c, Tag)]))


def is_text(node: object) -> bool:
    """A text node a candidate would read (not a comment, doctype or processing instruction)."""
    return isinstance(node, NavigableString) and not isinstance(
        node, Comment | Declaration | Doctype | ProcessingInstruction
    )


def options_of(select: Tag) -> list[Tag]:
    """``<option>``s directly inside or inside an ``<optgroup>`` (cheaper than ``find_all``)."""
    found: list[Tag] = []
    for child in select.contents:
        if isinstance(child, Tag):
            if child.name == "option":
                found.append(child)
            elif child.name == "optgroup":
                found.extend(c for c in child.contents if isinstance(c, Tag) and c.name == "option")
    return found


def option_text(option: Tag) -> str:
    """An option's text, collapsed. The usual ``<option>Text</option>`` needs no tree walk."""
    contents = option.contents
    raw = contents[0] if len(contents) == 1 and isinstance(contents[0], str) else option.get_text()
    if "  " in raw or "\n" in raw or "\t" in raw:
        return " ".join(raw.split())
    return raw.strip()


def previous_tags(tag: Tag, names: frozenset[str]) -> Iterator[Tag]:
    """Preceding sibling elements named ``names``, nearest first (no bs4 filter objects)."""
    node = tag.previous_sibling
    while node is not None:
        if isinstance(node, Tag) and node.name in names:
            yield node
        node = node.previous_sibling


def child_tags(tag: Tag, names: frozenset[str]) -> list[Tag]:
    return [c for c in tag.contents if isinstance(c, Tag) and c.name in names]


def first_legend(fieldset: Tag) -> Tag | None:
    """A fieldset's legend: its first legend child, else (sloppy markup) the first one inside."""
    for child in fieldset.contents:
        if isinstance(child, Tag) and child.name == "legend":
            return child
    return next((el for el in iter_elements(fieldset, 200) if el.name == "legend"), None)


def inside_any(tag: Tag, accepted: set[int]) -> bool:
    """True when an ancestor (within 12 levels) is one of the ``accepted`` element ids."""
    if not accepted:
        return False
    for depth, ancestor in enumerate(tag.parents):
        if depth >= 12:
            return False
        if id(ancestor) in accepted:
            return True
    return False
