"""Small text helpers shared by the reporters: every string from a page is hostile until made safe here.

Labels, titles and URLs come from the audited pages, so they may carry markup, control characters
(terminal escape sequences, characters XML 1.0 forbids) or ``javascript:`` links. Each reporter uses
the helper that fits its medium; Jinja2's autoescaping covers HTML text and attributes.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime
from urllib.parse import urlsplit

from formaudit.text import without_controls

_LINKABLE_SCHEMES = frozenset({"http", "https", "file"})
# C0 and C1 controls except tab and newline: ANSI escape sequences start with ESC (0x1b) or CSI (0x9b).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What XML 1.0 allows: tab, newline, carriage return and most of the BMP and beyond, no surrogates.
_NOT_XML = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_TAB_NEWLINE = re.compile(r"[\t\n\r]")
_C0_SPACE = "".join(chr(c) for c in range(0x21))
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_SPACES = re.compile(r"\s+")


def safe_link(url: str | None) -> str | None:
    """The URL if a reader may safely click it (http, https or file), else None.

    Follows the URL parser browsers use: tabs and newlines anywhere are dropped and leading or trailing
    controls and spaces are stripped, so ``" java\\tscript:..."`` is read as ``javascript:`` and refused.
    """
    if not url:
        return None
    cleaned = _TAB_NEWLINE.sub("", url).strip(_C0_SPACE)
    try:
        scheme = urlsplit(cleaned).scheme.lower()
    except ValueError:
        return None
    return cleaned if scheme in _LINKABLE_SCHEMES and len(cleaned) > len(scheme) + 1 else None


def plain(text: str | None) -> str:
    """One line of printable text: controls removed, runs of whitespace folded to one space."""
    if not text:
        return ""
    return _SPACES.sub(" ", _CONTROLS.sub(" ", without_controls(text))).strip()


def no_controls(text: str) -> str:
    """Text with control characters (other than tab and newline) shown as U+FFFD, nothing else changed."""
    return _CONTROLS.sub("\ufffd", text)


def xml_safe(text: str | None) -> str:
    """Text with the characters XML 1.0 cannot carry replaced, so parsers accept the document."""
    if not text:
        return ""
    return _NOT_XML.sub("\ufffd", text)


def shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut on a word boundary where one is near, with an ellipsis."""
    if len(text) <= limit:
        return text
    if limit <= 1:
        return "…"[:limit]
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip() + "…"


def slug(text: str, limit: int = 40) -> str:
    """An ASCII slug for file names and anchors; empty input gives ``target``."""
    folded = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode("ascii")
    for prefix in ("https://", "http://", "file://"):
        if folded.startswith(prefix):
            folded = folded[len(prefix) :]
    return _NON_SLUG.sub("-", folded).strip("-")[:limit].strip("-") or "target"


def stable_id(prefix: str, text: str) -> str:
    """A readable id that never changes for the same text and never collides for different texts."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return f"{prefix}-{slug(text, 32)}-{digest}"


def percent(value: float) -> str:
    """``0.9234`` -> ``92%``."""
    return f"{round(value * 100)}%"


def minutes(value: float) -> str:
    """Friction minutes as people say them: ``about 12 min``, ``under 1 min``."""
    if value < 1:
        return "under 1 min"
    return f"about {round(value)} min"


def utc_text(moment: datetime) -> str:
    """``2026-06-01 09:30 UTC``; a naive time is taken to be UTC already."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M UTC")
