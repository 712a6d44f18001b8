"""String rules for labels: normalisation, generic placeholders, required markers, readable names.

Pure functions over ``str``; nothing here knows about HTML.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from formaudit.text import required_marker_words, without_controls

MAX_LABEL_CHARS = 1024  # a label is a question, not a page; longer text is truncated
MAX_VALUE_CHARS = 200  # prefilled values are evidence, not payloads

_SPACE = re.compile(r"\s+")
# Chromium's InferredLabel::BuildIfValid rejects labels made only of these (plus whitespace); a lone
# currency or percent sign before an input is a unit, not a question.
_PUNCTUATION_ONLY = re.compile(r"^[\s*✱:\-–—()\[\].,;/|_#…•·$€£¥₹%+]*$")

_MARKER_WORDS = "|".join(required_marker_words())
_ASTERISKS = "*✱∗⁎"
_LEADING_STARS = re.compile(rf"^[\s{_ASTERISKS}]*[{_ASTERISKS}]\s*")
_TRAILING_STARS = re.compile(rf"\s*[{_ASTERISKS}]+[\s:{_ASTERISKS}]*$")
# "(required)", "[Pflichtfeld]" anywhere; "- required", ", obligatoire" at the end; a bare marker word.
_ENCLOSED_MARKER = re.compile(rf"\s*[(\[]\s*(?:{_MARKER_WORDS})\s*[)\]]", re.IGNORECASE)
_TRAILING_MARKER = re.compile(rf"\s*[-–—|,:{_ASTERISKS}]\s*(?:{_MARKER_WORDS})\s*[.:]?\s*$", re.IGNORECASE)
_BARE_MARKER = re.compile(rf"^\s*(?:{_MARKER_WORDS})\s*[.:]?\s*$", re.IGNORECASE)
_ANY_MARKER = re.compile(rf"[{_ASTERISKS}]|{_MARKER_WORDS}", re.IGNORECASE)
_TRAILING_COLON = re.compile(r"[\s:：]+$")

# Names a control gets when the page gave it no real label: placeholders of dropdowns and text
# boxes, and the part names of split date fields. Compared after `generic_key`.
GENERIC_LABELS: frozenset[str] = frozenset(
    {
        "type your response",
        "type here",
        "type your answer",
        "your answer",
        "your response",
        "enter text",
        "enter your answer",
        "enter a value",
        "start typing",
        "search",
        "select",
        "select one",
        "select an option",
        "select an answer",
        "please select",
        "please choose",
        "choose",
        "choose one",
        "choose an option",
        "pick one",
        "pick date",
        "pick a date",
        "select date",
        "select a date",
        "choose date",
        "choose file",
        "no file chosen",
        "mm/dd/yyyy",
        "dd/mm/yyyy",
        "yyyy-mm-dd",
        "dd.mm.yyyy",
        "tt.mm.jjjj",
        "jj/mm/aaaa",
        "month",
        "day",
        "year",
        "mm",
        "dd",
        "yyyy",
        "yy",
        "jjjj",
        "aaaa",
        "bitte wählen",
        "bitte auswählen",
        "auswählen",
        "wählen",
        "bitte eingeben",
        "sélectionnez",
        "sélectionner",
        "veuillez sélectionner",
        "choisir",
        "choisissez",
        "saisir",
        "seleccione",
        "selecciona",
        "seleccionar",
        "elige",
        "kies",
        "selecteer",
        "maak een keuze",
        "tag",
        "monat",
        "jahr",
        "jour",
        "mois",
        "année",
        "annee",
        "día",
        "dia",
        "mes",
        "año",
        "ano",
        "maand",
        "jaar",
        "dag",
        "-",
        "--",
        "---",
    }
)
_EXAMPLE_PREFIXES = (
    "e.g.",
    "eg.",
    "eg:",
    "e.g:",
    "ex.",
    "ex:",
    "z.b.",
    "z. b.",
    "p.ex",
    "p. ex.",
    "bijv.",
    "por ejemplo",
    "i.e.",
    "example:",
    "beispiel:",
    "exemple :",
    "exemple:",
)
_GENERIC_TAIL = re.compile(r"[\s.…:*✱]+$")

# Part words of split date fields, after `generic_key`.
DATE_PART_WORDS: dict[str, str] = {
    "day": "day",
    "dd": "day",
    "tag": "day",
    "jour": "day",
    "día": "day",
    "dia": "day",
    "dag": "day",
    "month": "month",
    "mm": "month",
    "monat": "month",
    "mois": "month",
    "mes": "month",
    "maand": "month",
    "year": "year",
    "yyyy": "year",
    "yy": "year",
    "jahr": "year",
    "année": "year",
    "annee": "year",
    "año": "year",
    "ano": "year",
    "jaar": "year",
    "jjjj": "year",
    "aaaa": "year",
}

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NAME_SPLIT = re.compile(r"[\W_]+")  # every script: a Cyrillic or CJK name keeps its words
_UUIDISH = re.compile(r"^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$|^\d+$", re.I)


def clean(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    """NFKC, terminal escapes and controls removed, whitespace collapsed, trimmed, capped.

    Markup-looking text stays plain text; escape sequences go (a label is never a terminal command).
    """
    if not text.isascii():  # ASCII is already in NFKC form
        text = unicodedata.normalize("NFKC", text)
    text = without_controls(text)
    text = _SPACE.sub(" ", text).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def is_meaningless(text: str) -> bool:
    """True for empty text and text made only of punctuation such as ``*`` or ``:``."""
    return _PUNCTUATION_ONLY.match(text) is not None


def strip_required_markers(text: str) -> tuple[str, bool]:
    """Remove ``*``, ``✱``, "(required)", "- Pflichtfeld"... from a label; say whether one was there."""
    if _ANY_MARKER.search(text) is None:  # most labels: one scan instead of four
        return text, False
    found = False
    for pattern in (_ENCLOSED_MARKER, _TRAILING_MARKER, _TRAILING_STARS, _LEADING_STARS):
        stripped = pattern.sub("", text) if pattern is _ENCLOSED_MARKER else pattern.sub("", text, count=1)
        if stripped != text:
            found = True
            text = stripped
    if _BARE_MARKER.match(text):
        return "", True
    return text, found


@lru_cache(maxsize=4096)  # the same raw text is finished for label, group, section and description
def finish_label(text: str) -> tuple[str, bool]:
    """Clean a raw label: markers out, trailing colon off, punctuation-only labels dropped."""
    text, required = strip_required_markers(clean(text))
    text = _TRAILING_COLON.sub("", text).strip()
    if is_meaningless(text):
        return "", required
    return text, required


def generic_key(text: str) -> str:
    return _GENERIC_TAIL.sub("", text.casefold()).strip()


def is_generic(text: str) -> bool:
    """True when a label names no question: "Select...", "Type your response", "Month", "e.g. Jane"."""
    key = generic_key(text)
    if not key or key in GENERIC_LABELS:
        return True
    return key.startswith(_EXAMPLE_PREFIXES)


def date_part_of_label(text: str) -> str | None:
    """ "Month" -> "month"; "JJJJ" -> "year"; anything else -> None."""
    return DATE_PART_WORDS.get(generic_key(text))


def name_tokens(name: str) -> list[str]:
    """``job_application[firstName]`` -> ["job", "application", "first", "name"]."""
    return [t.casefold() for t in _NAME_SPLIT.split(_CAMEL.sub(" ", name)) if t]


def readable_name(name: str) -> str:
    """The last meaningful part of a control's name, as words: ``eeo[gender]`` -> "gender"."""
    parts = [p for p in re.split(r"[\[\]]+", name) if p]
    while len(parts) > 1 and (_UUIDISH.match(parts[-1]) or re.fullmatch(r"field\d+", parts[-1])):
        parts.pop()
    last = parts[-1] if parts else name
    words = [w for w in _NAME_SPLIT.split(_CAMEL.sub(" ", last)) if w]
    return clean(" ".join(words)).casefold()
