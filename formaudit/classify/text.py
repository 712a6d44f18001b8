"""Text normalisation: one folded form for every string the classifier looks at.

Folding casefolds, decomposes (NFKD), drops accents, spells out a few ligatures and turns every run
of punctuation, underscores and spaces into one space. "Führerschein-Nr." becomes "fuhrerschein nr",
"Driver's licence" becomes "driver s licence", "Straße" becomes "strasse". The vocabulary is written
against this form, so a pattern never has to care about accents, case or punctuation.

Identifiers (name, id, vendor hints) are split before folding: "dateOfBirth" -> "date of birth",
"eeo[gender]" -> "eeo gender", "entry175single" -> "entry 175 single".
"""

from __future__ import annotations

import re
import unicodedata

# Long consent texts can run to kilobytes; the first part always carries the question.
MAX_TEXT_LENGTH = 2000

_LIGATURES = str.maketrans(
    {"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "ð": "d", "þ": "th"}
)
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_NON_WORD = re.compile(r"[\W_]+")
_WORD_RUN = re.compile(r"[^\W_]+")
_MARKER_WORDS = (
    r"optional|optionnel|facultatif|facultative|opcional|optioneel|freiwillig|required|mandatory|obligatoire"
    r"|obligatorio|verplicht|pflichtfeld|pflichtangabe|field|champ|campo|veld"
)
_MARKER_WORD = re.compile(rf"\b(?:{_MARKER_WORDS})\b")
_MARKERS = re.compile(rf"^(?:(?:{_MARKER_WORDS}) )+|(?: (?:{_MARKER_WORDS}))+$")
_CAMEL_BOUNDARY = re.compile(
    r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])"
)
# Words that widgets add to identifiers without saying anything about the question.
_IDENTIFIER_NOISE = re.compile(
    r"^(?:(?:input|field|fld|txt|select|dropdown|textbox|control|ctrl|box)\s)+"
    r"|(?:\s(?:input|field|fld|txt|select|dropdown|textbox|control|ctrl|box))+$"
)


def _fold_piece(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return _COMBINING.sub("", decomposed).translate(_LIGATURES)


def fold(text: str) -> str:
    """Casefold, strip accents and punctuation: the form every vocabulary pattern is written for.

    Optional/required markers at either end ("Country (optional)", "Pflichtfeld: Name") are
    dropped too: they say how to answer, not what is asked.
    """
    folded = _NON_WORD.sub(" ", _fold_piece(text[:MAX_TEXT_LENGTH])).strip()
    return _MARKERS.sub("", folded).strip() if _MARKER_WORD.search(folded) else folded


def _ascii_span(text: str, start: int, end: int) -> str:
    offset = 0
    first: int | None = None
    for run in _WORD_RUN.finditer(text):
        length = run.end() - run.start()
        if first is None and start < offset + length:
            first = run.start() + max(0, start - offset)
        if end <= offset + length:
            return text[first if first is not None else run.start() : run.start() + (end - offset)]
        offset += length + 1
    return text.strip()


def fold_identifier(text: str) -> str:
    """Split camelCase, digits and separators of a name/id/hint, then fold it."""
    folded = fold(_CAMEL_BOUNDARY.sub(" ", text[:MAX_TEXT_LENGTH]))
    return _IDENTIFIER_NOISE.sub("", folded).strip()


def original_span(text: str, start: int, end: int) -> str:
    """The part of ``text`` that folded into ``fold(text)[start:end]``, for evidence.

    ASCII text folds word run by word run, so offsets map back through the runs. Other text is
    folded again character by character; when the two foldings disagree (an exotic decomposition),
    the whole text is the honest answer.
    """
    text = text[:MAX_TEXT_LENGTH]
    if text.isascii():
        return _ascii_span(text, start, end)
    folded_chars: list[str] = []
    origin: list[int] = []
    pending_space = False
    for index, char in enumerate(text):
        for piece in _fold_piece(char):
            if _NON_WORD.match(piece):
                pending_space = bool(folded_chars)
                continue
            if pending_space:
                folded_chars.append(" ")
                origin.append(index)
                pending_space = False
            folded_chars.append(piece)
            origin.append(index)
    if "".join(folded_chars) != fold(text) or not 0 <= start < end <= len(origin):
        return text.strip()
    return text[origin[start] : origin[end - 1] + 1]
