"""Text folding: the one folded form of every string formaudit compares.

Used by the classifier (its vocabulary is written against it), the checks (their patterns too),
fingerprints (so cosmetic edits keep a finding's identity) and extraction (the required markers).

Folding casefolds, decomposes (NFKD), drops accents, spells out a few ligatures and turns every run
of punctuation, underscores and spaces into one space. "Führerschein-Nr." becomes "fuhrerschein nr",
"Driver's licence" becomes "driver s licence", "Straße" becomes "strasse". Letters and digits of
every script are kept: "Øvrige" -> "ovrige", "Семейное положение" -> "семеиное положение" (the breve
is an accent like any other), "生年月日" stays as it is, and Turkish "İSTANBUL" and "istanbul" meet.

``fold_question`` also drops optional/required markers at either end ("Country (optional)",
"Pflichtfeld: Name"): they say how to answer, not what is asked. Identifiers (name, id, vendor
hints) are split before folding: "dateOfBirth" -> "date of birth", "eeo[gender]" -> "eeo gender",
"entry175single" -> "entry 175 single".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from formaudit.lexicons import words as lexicon_words

# Long consent texts can run to kilobytes; the first part always carries the question.
MAX_TEXT_LENGTH = 2000

_LIGATURES = str.maketrans(
    {"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "ð": "d", "þ": "th"}
)
# Accents and other combining marks, Arabic harakat included (candidates and pages often omit them).
_COMBINING = re.compile("[\u0300-\u036f\u0483-\u0489\u064b-\u065f\u0670\u1ab0-\u1aff\u1dc0-\u1dff"
                        "\u20d0-\u20ff\ufe20-\ufe2f]")
# Not a letter or digit. Python's \w leaves out combining marks, which in Indic, Thai and Myanmar scripts
# are vowel signs inside words ("तिथि"), so those blocks count as word characters, their dandas excepted.
_NON_WORD = re.compile(r"(?:[^\w\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f]|[\u0964\u0965_])+")
_WORD_RUN = re.compile(r"[^\W_]+")


def required_marker_words() -> tuple[str, ...]:
    """The one list of words that mark a question required, as pages write them, in every lexicon
    (extraction strips them from raw labels, case-insensitively; folded, the classifier and
    fingerprints drop them)."""
    return lexicon_words("required_markers")


@cache
def _markers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(any marker word, markers at either end) over folded text: required and optional markers and
    the words that travel with them ("Pflichtfeld", "required field", "champ obligatoire")."""
    every = (*lexicon_words("required_markers"), *lexicon_words("optional_markers"),
             *lexicon_words("marker_companions"))
    folded = "|".join(sorted({_fold_piece(word) for word in every}, key=len, reverse=True))
    return re.compile(rf"\b(?:{folded})\b"), re.compile(rf"^(?:(?:{folded}) )+|(?: (?:{folded}))+$")


_CAMEL_BOUNDARY = re.compile(
    r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])"
)
# Words that widgets add to identifiers without saying anything about the question.
_IDENTIFIER_NOISE = re.compile(
    r"^(?:(?:input|field|fld|txt|select|dropdown|textbox|control|ctrl|box)\s)+"
    r"|(?:\s(?:input|field|fld|txt|select|dropdown|textbox|control|ctrl|box))+$"
)


# Terminal escape sequences a hostile page can put in its labels: CSI ("\x1b[2J" clears the screen),
# OSC ("\x1b]8;;url\x07" hyperlinks, "\x1b]0;title\x07"), and two-character escapes. Removed whole,
# not just their ESC, so no "[2J" debris is left in a label.
_ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def without_controls(text: str) -> str:
    """Text with terminal escape sequences and control characters (but tab and newline) removed.

    Page text is data: it reaches terminals, CI logs and reports, none of which may obey it.
    """
    if text.isprintable():
        return text
    return _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", text))


def _fold_piece(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    folded = _COMBINING.sub("", decomposed).translate(_LIGATURES)
    # Recompose what is left, so Hangul syllables and kana with voicing marks stay whole letters.
    return folded if folded.isascii() else unicodedata.normalize("NFC", folded)


def fold(text: str) -> str:
    """Casefold, strip accents and punctuation; keep every letter and digit of every script."""
    return _NON_WORD.sub(" ", _fold_piece(text[:MAX_TEXT_LENGTH])).strip()


def fold_question(text: str) -> str:
    """``fold``, then drop optional/required markers at either end: what is asked, not how to answer.

    The form every classifier pattern is written for, and the wording a fingerprint remembers.
    """
    folded = fold(text)
    marker_word, markers = _markers()
    return markers.sub("", folded).strip() if marker_word.search(folded) else folded


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
    folded = fold_question(_CAMEL_BOUNDARY.sub(" ", text[:MAX_TEXT_LENGTH]))
    return _IDENTIFIER_NOISE.sub("", folded).strip()


def original_span(text: str, start: int, end: int) -> str:
    """The part of ``text`` that folded into ``fold_question(text)[start:end]``, for evidence.

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
    if "".join(folded_chars) != fold_question(text) or not 0 <= start < end <= len(origin):
        return text.strip()
    return text[origin[start] : origin[end - 1] + 1]
