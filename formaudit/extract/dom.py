"""Parse a snapshot's HTML once and index what label computation needs, in one walk.

Tree scopes: ids, ``label[for]`` and ``aria-labelledby`` resolve only inside their own tree, which
in a stitched snapshot is the document, an open shadow root (``template[shadowrootmode]``) or a
child frame's container (``div[data-fa-frame]``). Every lookup goes through the per-scope indexes
built here, so no field ever scans the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Tag

from formaudit.extract.hiding import hides_itself
from formaudit.extract.soup import parse_html
from formaudit.extract.tree import HEADING_TAGS, NATIVE_CONTROLS, SKIPPED_TAGS, attr
from formaudit.models.snapshot import ATTR_FRAME, ATTR_VISIBLE, Box, Snapshot

# Options and text: nothing inside is a field or a label, so the walk does not descend.
_LEAF_TAGS = frozenset({"select", "textarea", "option", "datalist", "input"})
COUNT_LEVELS = 64


@dataclass(slots=True)
class Context:
    """Where a candidate control sits: its tree scope, frame and form."""

    scope: Tag | None  # the shadow-root template or frame container, None for the document
    frame: Tag | None
    form: Tag | None
    hidden: bool  # static inference, inherited from ancestors
    label: Tag | None = None  # nearest enclosing <label> in the same tree scope
    fieldset: Tag | None = None  # nearest enclosing <fieldset> in the same frame


@dataclass
class Document:
    soup: BeautifulSoup
    browser: bool
    boxes: dict[str, Box] = field(default_factory=dict)
    order: dict[int, int] = field(default_factory=dict)
    sibling_index: dict[int, int] = field(default_factory=dict)  # filled lazily by path()
    paths: dict[int, str] = field(default_factory=dict)  # element -> its DOM path, filled lazily
    unrendered: set[int] = field(default_factory=set)  # display:none & co. on the element itself
    hidden: set[int] = field(default_factory=set)  # hidden by itself or an ancestor (static rules)
    ids: dict[tuple[int, str], Tag] = field(default_factory=dict)
    labels_for: dict[tuple[int, str], list[Tag]] = field(default_factory=dict)
    duplicate_ids: dict[tuple[int, str], list[Tag]] = field(default_factory=dict)  # 2nd, 3rd... holders
    candidates: list[Tag] = field(default_factory=list)
    context: dict[int, Context] = field(default_factory=dict)
    headings: list[Tag] = field(default_factory=list)
    forms: list[Tag] = field(default_factory=list)
    frames: list[Tag] = field(default_factory=list)
    control_count: dict[int, int] = field(default_factory=dict)  # element -> question controls inside
    control_ids: set[int] = field(default_factory=set)  # the question controls themselves
    memo: dict[tuple[object, ...], object] = field(default_factory=dict)  # per-page caches of pure lookups

    # -- lookups -------------------------------------------------------------------------------
    def position(self, tag: Tag) -> int:
        return self.order.get(id(tag), -1)

    def scope_key(self, scope: Tag | None) -> int:
        return 0 if scope is None else id(scope)

    def by_id(self, scope: Tag | None, value: str) -> Tag | None:
        return self.ids.get((self.scope_key(scope), value))

    def label_target(self, label: Tag, scope: Tag | None) -> Tag | None:
        """The element a ``label[for]`` points at. With duplicate ids (templated forms) browsers pick
        the first holder; a candidate reads the label with the holder right after it, so do we."""
        target = attr(label, "for")
        if not target:
            return None
        key = (self.scope_key(scope), target)
        first = self.ids.get(key)
        others = self.duplicate_ids.get(key)
        if first is None or not others:
            return first
        position = self.position(label)
        holders = [first, *others]
        return next((h for h in holders if self.position(h) > position), holders[-1])

    def scope_of(self, tag: Tag) -> Tag | None:
        known = self.context.get(id(tag))
        if known is not None:
            return known.scope
        for parent in tag.parents:
            if is_scope_root(parent):
                return parent
        return None

    def has_controls(self, tag: Tag) -> bool:
        """True when a question's control sits inside ``tag`` (hidden inputs do not count)."""
        return id(tag) in self.control_count

    def is_hidden(self, tag: Tag) -> bool:
        """Hidden for a candidate: the collector's stamp when there is one, else the static rules."""
        if self.browser:
            stamp = attr(tag, ATTR_VISIBLE)
            if stamp is not None:
                return stamp == "false"
            for parent in tag.parents:
                parent_stamp = attr(parent, ATTR_VISIBLE) if isinstance(parent, Tag) else None
                if parent_stamp == "false":
                    return True
        return id(tag) in self.hidden

    def path(self, tag: Tag) -> str:
        """A DOM path such as ``/html[1]/body[1]/form[1]/input[2]``: stable for the same HTML."""
        # Fields share their ancestors, so each ancestor's path is built once and extended.
        paths = self.paths
        known = paths.get(id(tag))
        if known is not None:
            return known
        pending: list[Tag] = []
        node: Tag | None = tag
        prefix = ""
        while node is not None and node.name != "[document]":
            known = paths.get(id(node))
            if known is not None:
                prefix = known
                break
            pending.append(node)
            node = node.parent
        for node in reversed(pending):
            prefix = paths[id(node)] = f"{prefix}/{node.name}[{self._sibling_index(node)}]"
        return prefix or "/"

    def _sibling_index(self, tag: Tag) -> int:
        """1-based position among same-named siblings; each parent's children are counted once."""
        index = self.sibling_index.get(id(tag))
        if index is None and tag.parent is not None:
            seen: dict[str, int] = {}
            for child in tag.parent.contents:
                if isinstance(child, Tag):
                    seen[child.name] = self.sibling_index[id(child)] = seen.get(child.name, 0) + 1
            index = self.sibling_index.get(id(tag))
        return index or 1


def is_scope_root(tag: Tag) -> bool:
    attrs = tag.attrs
    return bool(attrs) and (ATTR_FRAME in attrs or (tag.name == "template" and "shadowrootmode" in attrs))


def is_candidate(tag: Tag) -> bool:
    """Could this element be a question? (Decided finally in ``widgets``.)"""
    name = tag.name
    if name in NATIVE_CONTROLS:
        return True
    attrs = tag.attrs
    if name == "button":
        return "aria-pressed" in attrs or "role" in attrs or (attr(tag, "aria-haspopup") or "").casefold() == "listbox"
    if "role" in attrs or "contenteditable" in attrs:
        return True
    return "-" in name


def parse(snapshot: Snapshot) -> Document:
    """Parse once with lxml and index every element in document order."""
    soup = parse_html(snapshot.html)
    doc = Document(soup=soup, browser=snapshot.provenance.mode == "browser", boxes=snapshot.boxes)
    _walk(doc)
    return doc


def _walk(doc: Document) -> None:
    """One pass in document order. Hot on 5 MB pages: locals bound, one loop over children."""
    order, ids, labels_for = doc.order, doc.ids, doc.labels_for
    hidden_set, unrendered_set, candidates, context = doc.hidden, doc.unrendered, doc.candidates, doc.context
    skipped, leaves, headings = SKIPPED_TAGS, _LEAF_TAGS, HEADING_TAGS
    Frame = tuple[Tag, Tag | None, Tag | None, Tag | None, bool, Tag | None, Tag | None]
    # (tag, scope, frame, form, hidden, label, fieldset)
    stack: list[Frame] = [(doc.soup, None, None, None, False, None, None)]
    count = 0
    while stack:
        tag, scope, frame, form, hidden, label, fieldset = stack.pop()
        if tag is not doc.soup:
            count += 1
            order[id(tag)] = count
            if is_candidate(tag):
                candidates.append(tag)
                context[id(tag)] = Context(scope, frame, form, hidden, label, fieldset)
            elif tag.name in headings or (tag.attrs and tag.attrs.get("role") == "heading"):
                doc.headings.append(tag)
            if tag.name in leaves:  # options and text: nothing inside is a field or a label
                continue
        pushed: list[Frame] = []
        for child in tag.contents:
            if child.__class__ is not Tag and not isinstance(child, Tag):
                continue
            name = child.name
            if name in skipped:
                continue
            attrs = child.attrs
            child_scope, child_frame, child_form, child_hidden = scope, frame, form, hidden
            child_label, child_fieldset = label, fieldset
            if attrs:
                if name == "template":
                    mode = attrs.get("shadowrootmode") or attrs.get("shadowroot")
                    if mode != "open":  # closed roots: no browser snapshot can see inside them
                        continue
                    child_scope, child_label = child, None
                elif ATTR_FRAME in attrs:
                    child_scope = child_frame = child
                    child_form = child_label = child_fieldset = None
                    doc.frames.append(child)
                unrendered, visually_hidden = hides_itself(child)
                if unrendered:
                    unrendered_set.add(id(child))
                    child_hidden = True
                elif visually_hidden:
                    child_hidden = True
                key = 0 if child_scope is None else id(child_scope)
                element_id = attr(child, "id")
                if element_id:
                    if (key, element_id) not in ids:
                        ids[(key, element_id)] = child
                    else:  # templated forms repeat ids; remember every holder, in document order
                        doc.duplicate_ids.setdefault((key, element_id), []).append(child)
                if name == "label":
                    target = attr(child, "for")
                    if target:
                        labels_for.setdefault((key, target), []).append(child)
            elif name == "template":  # an inert template: never rendered
                continue
            elif name == "dialog":  # a dialog that is not open is not rendered
                unrendered_set.add(id(child))
                child_hidden = True
            if name == "form":
                child_form = child
                doc.forms.append(child)
            elif name == "label":
                child_label = child
            elif name == "fieldset":
                child_fieldset = child
            if child_hidden:
                hidden_set.add(id(child))
            pushed.append((child, child_scope, child_frame, child_form, child_hidden, child_label, child_fieldset))
        pushed.reverse()
        stack.extend(pushed)


def count_controls(doc: Document, controls: list[Tag]) -> None:
    """Count, for every element, the question controls inside it (controls x depth, never pairs)."""
    counts = doc.control_count
    doc.control_ids.update(id(control) for control in controls)
    for control in controls:
        # Only near ancestors are ever asked (containers, fieldsets, label walks stop within a few
        # levels), so a hostile 10,000-deep nest does not cost 10,000 steps per control.
        for depth, parent in enumerate(control.parents):
            if depth >= COUNT_LEVELS:
                break
            key = id(parent)
            counts[key] = counts.get(key, 0) + 1
