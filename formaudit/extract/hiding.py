"""What static markup hides from a candidate: ``hidden``, ``aria-hidden``, inline styles, utility
classes and honeypot tricks. Used when no browser stamped visibility (static snapshots)."""

from __future__ import annotations

import re

from bs4 import Tag

from formaudit.extract.tree import attr, classes

_UNRENDERED_CLASSES = frozenset({"hidden", "d-none", "hide", "is-hidden", "invisible", "u-hidden"})
_VISUALLY_HIDDEN_CLASSES = frozenset(
    {"honeypot", "ohnohoney", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text"}
)
# One C-level scan before splitting: almost no class attribute contains any of these.
_MAYBE_HIDING_CLASS = re.compile(r"hid|none|invisible|honey|sr-only|screen-reader")
_STYLE_DECL = re.compile(r"([a-z-]+)\s*:\s*([^;]+)")
_NEGATIVE_PX = re.compile(r"^-\s*(\d+(?:\.\d+)?)(px|em|rem|%)?")
_ZERO = re.compile(r"^0(?:\.0+)?(?:px|em|rem|%)?$")


def _inline_style_hides(style: str) -> tuple[bool, bool]:
    """(unrendered, visually_hidden) from an inline style: display:none vs honeypot tricks."""
    decls = {m.group(1).casefold(): m.group(2).strip().casefold() for m in _STYLE_DECL.finditer(style.casefold())}
    if decls.get("display", "").startswith("none") or decls.get("visibility", "") in ("hidden", "collapse"):
        return True, False
    if decls.get("opacity", "").strip() in ("0", "0.0", "0%"):
        return False, True
    if decls.get("position") in ("absolute", "fixed"):
        for side in ("left", "top", "right"):
            match = _NEGATIVE_PX.match(decls.get(side, ""))
            if match and (float(match.group(1)) >= 500 or (match.group(2) == "%" and float(match.group(1)) >= 50)):
                return False, True
    clip = decls.get("clip", "").replace(" ", "")
    if clip.startswith("rect(0") and clip.replace("px", "") in (
        "rect(0,0,0,0)",
        "rect(0000)",
        "rect(1,1,1,1)",
    ):
        return False, True
    for size in ("height", "width", "max-height", "max-width"):
        if _ZERO.match(decls.get(size, "")) and decls.get("overflow") == "hidden":
            return False, True
    return False, False


def hides_itself(tag: Tag) -> tuple[bool, bool]:
    """(unrendered, visually_hidden): not rendered at all, or rendered where nobody can see it."""
    attrs = tag.attrs
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True, False
    if tag.name == "input" and (attr(tag, "type") or "").casefold() == "hidden":
        return True, False
    if tag.name == "dialog" and "open" not in attrs:
        return True, False
    style = attr(tag, "style")
    if style:
        unrendered, visually_hidden = _inline_style_hides(style)
        if unrendered or visually_hidden:
            return unrendered, visually_hidden
    cls = attrs.get("class")
    if cls and _MAYBE_HIDING_CLASS.search(cls if cls.__class__ is str else " ".join(cls)):
        tokens = set(classes(tag))
        if tokens & _UNRENDERED_CLASSES:
            return True, False
        if tokens & _VISUALLY_HIDDEN_CLASSES:
            return False, True
    return False, False
