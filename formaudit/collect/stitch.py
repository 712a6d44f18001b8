"""Putting the frames of a page back together as one HTML document (pure functions, no browser).

Each child frame's document goes into a sibling container right after its ``<iframe>`` (see
``formaudit.models.snapshot``): HTML parsers treat whatever sits inside an ``<iframe>`` as raw text.
The frame HTML comes from the browser's serialiser, which quotes every attribute with ``"`` and
escapes ``<``, ``>`` and ``"`` inside values, so markers and tags can be found without a parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from formaudit.collect.scripts import FRAME_SLOT_ATTRIBUTE
from formaudit.models.snapshot import ATTR_FRAME, ATTR_FRAME_ERROR, ATTR_FRAME_SKIPPED, ATTR_FRAME_URL

_START_TAG_REST = re.compile(r'(?:\s+[^\s"\'>/=]+(?:="[^"]*")?)*\s*/?>')
# (?=[\s/>]) rather than \b: "\b" also matches before the "-" of a custom element such as
# <script-built-field>, which would blank everything up to the next </script> and hide fields.
_SCRIPT = re.compile(r"(<script(?=[\s/>])([^>]*)>)(.+?)(</script\s*>)", re.IGNORECASE | re.DOTALL)
_STYLE = re.compile(r"(<style(?=[\s/>])[^>]*>)(.+?)(</style\s*>)", re.IGNORECASE | re.DOTALL)
_TYPE_ATTRIBUTE = re.compile(r'\btype="([^"]*)"', re.IGNORECASE)
_JS_TYPES = {"", "module", "text/javascript", "application/javascript", "application/ecmascript",
             "text/ecmascript", "text/jscript", "application/x-javascript"}
_BODY_END = re.compile(r"</body\s*>", re.IGNORECASE)


@dataclass(frozen=True)
class FrameDocument:
    """One frame as captured: its own HTML (children not yet stitched in) or why it has none."""

    path: str
    url: str
    html: str = ""
    error: str | None = None
    lang: str | None = None
    skipped: str | None = None


def parent_path(path: str) -> str | None:
    return path.rsplit(".", 1)[0] if "." in path else None


def _path_key(path: str) -> tuple[int, ...]:
    return tuple(int(part) for part in path.split("."))


def strip_script_and_style(html: str) -> str:
    """Empty the bodies of JavaScript and CSS: extraction ignores them and they can be most of a page.

    Data scripts (JSON, templates) are kept: vendors put form definitions in them.
    """

    def script(match: re.Match[str]) -> str:
        kind = _TYPE_ATTRIBUTE.search(match.group(2))
        if kind and kind.group(1).strip().lower() not in _JS_TYPES:
            return match.group(0)
        return match.group(1) + match.group(4)

    html = _SCRIPT.sub(script, html)
    return _STYLE.sub(lambda m: m.group(1) + m.group(3), html)


def frame_container(document: FrameDocument, inner: str) -> str:
    """The sibling ``<div data-fa-frame=...>`` that holds a child frame's document."""
    attributes = [(ATTR_FRAME, document.path), (ATTR_FRAME_URL, document.url)]
    if document.error:
        attributes.append((ATTR_FRAME_ERROR, document.error))
    if document.skipped:
        attributes.append((ATTR_FRAME_SKIPPED, document.skipped))
    if document.lang:
        attributes.append(("lang", document.lang))
    rendered = "".join(f' {name}="{escape(value, quote=True)}"' for name, value in attributes)
    return f"<div{rendered}>{inner}</div>"


def _insertion_point(html: str, marker_at: int) -> int | None:
    """Where the element whose start tag holds the marker ends (after ``</iframe>``; ``<frame>`` is void)."""
    tag_start = html.rfind("<", 0, marker_at)
    if tag_start < 0:
        return None
    rest = _START_TAG_REST.match(html, marker_at)
    if rest is None:
        return None
    tag_name = re.match(r"<([A-Za-z][^\s/>]*)", html[tag_start:])
    if tag_name is None or tag_name.group(1).lower() != "iframe":
        return rest.end()
    closing = re.compile(r"</iframe\s*>", re.IGNORECASE).search(html, rest.end())
    return closing.end() if closing else rest.end()


def stitch_frames(documents: list[FrameDocument], slot_prefix: str) -> tuple[str, list[str]]:
    """The top document with every child frame's container placed after its iframe; plus warnings.

    ``documents`` holds the top frame ("0") and any descendants. A child whose iframe cannot be
    found in its parent's HTML (the parent changed meanwhile) is appended to the parent's body.
    """
    by_path = {document.path: document for document in documents}
    children: dict[str, list[str]] = {}
    for path in sorted(by_path, key=_path_key):
        parent = parent_path(path)
        if parent is not None:
            children.setdefault(parent, []).append(path)
    warnings: list[str] = []

    def render(path: str) -> str:
        document = by_path[path]
        if document.skipped:
            return ""  # nor anything nested in it
        html = strip_script_and_style(document.html)
        for child in children.get(path, []):
            child_document = by_path[child]
            container = frame_container(child_document, render(child))
            marker = f' {FRAME_SLOT_ATTRIBUTE}="{escape(slot_prefix + child, quote=True)}"'
            marker_at = html.find(marker)
            point = _insertion_point(html, marker_at + len(marker)) if marker_at >= 0 else None
            if marker_at < 0 or point is None:
                warnings.append(f"frame {child} ({child_document.url}): its <iframe> was not found in the "
                                "page's HTML; its document is appended at the end")
                body_end = list(_BODY_END.finditer(html))
                at = body_end[-1].start() if body_end else len(html)
                html = html[:at] + container + html[at:]
                continue
            html = html[:marker_at] + html[marker_at + len(marker):point] + container + html[point:]
        return html

    if "0" not in by_path:
        return "", ["the top document could not be captured"]
    return render("0"), warnings
