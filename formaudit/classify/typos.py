"""Typos and dropped letters in labels: "HAVE YOU BEEN CONVIICTED", "Date of brith", "Nationalty".

Real forms are typed by people. A word of a label that no lexicon knows, and that is one edit away
from a word of a phrase (two edits from twelve letters on; a swap of two letters is one edit), is
read as that word and the field is classified again. What only the corrected reading finds is
reported 0.15 less sure, with the correction in the evidence ("'CONVIICTED' read as 'convicted'").
A typo inside an open-ended stem ("convict\\w*") is corrected too, keeping the word's ending.

Words of seven letters or more are corrected on their own; a word of five or six only when the
phrase it completes has other words too ("date of brith"), since a short word one edit from another
is usually another word; shorter words never ("age" and "ate", "sex" and "six"). A word the lexicons
spell out, or that starts with one of their open-ended stems ("relocat\\w*"), is never corrected, so
a real word of one language is not bent into a word of another; nor is a word that ``wordfreq``
(word frequencies of 40 languages, shipped in its wheel) knows as a word of a language formaudit
reads ("photography" is not a typo of "photographs"). Edit distance and best candidate: ``rapidfuzz``
(C, optimal string alignment).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import product

import wordfreq
from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from formaudit.classify.first_chars import split_alternatives
from formaudit.classify.signals import TYPO_PENALTY, Signal
from formaudit.classify.vocabulary import field_phrases, heading_phrases
from formaudit.lexicons import lexicons

MIN_LENGTH = 7  # shorter words are corrected only inside a longer phrase ("date of brith")
MIN_SHORT = 5  # words shorter than this are never corrected
LONG_WORD = 12  # from this length two edits are allowed
MIN_STEM = 6  # an open-ended stem ("convict\w*") at least this long takes corrections too
_MAX_EXPANSIONS = 64  # of one alternative; beyond it, its words are taken as they stand
_LETTERS_ONLY = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Correction:
    typed: str  # the folded word as typed
    read_as: str  # the lexicon word it was read as
    start: int  # where the corrected word starts in the corrected text
    short: bool  # a short word: it only counts inside a phrase of several words

    def confirmed_by(self, start: int, end: int) -> bool:
        """Whether a phrase found at [start, end) of the corrected text rests on this correction, and
        (for a short word) also on other words around it."""
        inside = start <= self.start < end
        return inside and (not self.short or end - start > len(self.read_as))


def _group_end(pattern: str, start: int) -> int:
    depth = 0
    index = start
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = pattern.index("]", index + 1) + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    raise ValueError(pattern)


def expand(pattern: str) -> list[str]:
    """The strings a vocabulary pattern spells out, with ``\\w*`` and other open parts left empty.

    Understands the lexicons' small dialect: literals, ``(?:a|b)`` groups, ``[ab]`` classes and a
    ``?`` after a character, class or group. Anything else (lookarounds, ``{m,n}``, ``\\d``) ends the
    reading of that piece; a pattern that would spell out too many strings gives what it has.
    """
    results: list[str] = []
    for alternative in split_alternatives(pattern):
        results += _expand_sequence(alternative)[:_MAX_EXPANSIONS]
    return results


def _expand_sequence(sequence: str) -> list[str]:
    pieces: list[list[str]] = []
    index = 0
    while index < len(sequence):
        char = sequence[index]
        if char == "(":
            end = _group_end(sequence, index)
            inner = sequence[index + 1 : end]
            if not inner.startswith("?:"):
                break  # lookaround: what follows is a condition, not text
            options = expand(inner[2:])
            index = end + 1
        elif char == "[":
            end = sequence.index("]", index + 1)
            members = sequence[index + 1 : end]
            options = list(members) if members.isalpha() and len(members) <= 4 else [""]
            index = end + 1
        elif char == "\\":
            options = [""] if sequence[index + 1 : index + 2] in ("w", "b", "d", "s") else [sequence[index + 1]]
            index += 2
        elif char in "^$":
            index += 1
            continue
        elif char in "*+{}|)":
            break
        else:
            options = [char]
            index += 1
        if index < len(sequence) and sequence[index] in "?*+":
            if sequence[index] != "+" and "" not in options:
                options = [*options, ""]
            index += 1
        pieces.append(options)
        total = 1
        for piece in pieces:
            total *= len(piece)
        if total > _MAX_EXPANSIONS:
            break
    return ["".join(parts) for parts in product(*pieces)][:_MAX_EXPANSIONS]


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    known: frozenset[str]  # every word the lexicons spell out: never corrected
    known_starts: re.Pattern[str]  # open-ended stems of every list ("relocat\w*"): words they start are known
    words: tuple[str, ...]  # the words typos are corrected to
    stems: tuple[str, ...]  # open-ended stems ("convict" of "convict\w*"): a typo in the stem is corrected


_OPEN_END = re.compile(r"([^\W\d_]+)\\w[*+]")


@cache
def _vocabulary() -> _Vocabulary:
    known: set[str] = set()
    stems: set[str] = set()
    for phrase in (*field_phrases(), *heading_phrases()):
        for text in expand(phrase.pattern):
            known.update(_LETTERS_ONLY.findall(text))
        stems.update(stem for stem in _OPEN_END.findall(phrase.pattern) if len(stem) >= MIN_STEM)
    starts = set(stems)
    for lexicon in lexicons():
        for name in ("ordinary", "minimum_age", "no_inheritance", "months", "not_a_birth_date"):
            for pattern in getattr(lexicon.words, name):
                for text in expand(pattern):
                    known.update(_LETTERS_ONLY.findall(text))
                starts.update(_OPEN_END.findall(pattern))
    words = tuple(sorted(word for word in known if len(word) >= MIN_SHORT))
    known_starts = re.compile("|".join(sorted(starts, key=len, reverse=True)) or "(?!)")
    return _Vocabulary(frozenset(known), known_starts, words, tuple(sorted(stems)))


# wordfreq's small lists (~30,000 words each, ~10 ms to load, loaded only when a typo is suspected);
# the Chinese, Japanese and Korean lists need tokenisers formaudit does not install, and typos are
# not read in those scripts anyway. "sh" is wordfreq's Serbo-Croatian (Croatian).
_WORDFREQ_CODES = {"no": "nb", "hr": "sh"}
_REAL_WORD = 2.0  # Zipf frequency: about once per 10 million words


@cache
def _real_word_languages() -> tuple[str, ...]:
    available = wordfreq.available_languages(wordlist="small")
    codes = (_WORDFREQ_CODES.get(lexicon.language.code, lexicon.language.code) for lexicon in lexicons())
    return tuple(code for code in codes if code in available and code not in ("ja", "ko", "zh"))


@lru_cache(maxsize=4096)
def is_real_word(word: str) -> bool:
    """Whether a folded word is a word of some language formaudit reads, as typed."""
    return any(wordfreq.zipf_frequency(word, code, wordlist="small") >= _REAL_WORD
               for code in _real_word_languages())


def _plausible_typo(word: str, candidate: str) -> bool:
    """Not another form of the same word ("photography" is no typo of "photograph"), and for a short
    word only a swap or a dropped or doubled letter ("brith", "adress"): a changed letter in a short
    word is usually another word ("taking", "making")."""
    if word.startswith(candidate) or candidate.startswith(word):
        return False
    if len(word) >= MIN_LENGTH:
        return True
    return len(word) != len(candidate) or Levenshtein.distance(word, candidate) == 2


def _closest(word: str, vocabulary: _Vocabulary) -> str | None:
    limit = 2 if len(word) >= LONG_WORD else 1
    for candidate, _, _ in process.extract(word, vocabulary.words, scorer=OSA.distance, score_cutoff=limit,
                                           limit=3):
        if _plausible_typo(word, str(candidate)):
            return None if is_real_word(word) else str(candidate)
    if len(word) < MIN_LENGTH:
        return None
    # "conviicted" against the stem "convict" of "convict\w*": the typo is in the stem, the ending is kept.
    for cut in range(MIN_STEM, len(word) + 1):
        stem = process.extractOne(word[:cut], vocabulary.stems, scorer=OSA.distance, score_cutoff=1)
        if stem is not None and abs(len(stem[0]) - cut) <= 1:
            return None if is_real_word(word) else str(stem[0]) + word[cut:]
    return None


@lru_cache(maxsize=16384)
def correct(folded: str) -> tuple[str, tuple[Correction, ...]]:
    """The folded text with its misspelt words replaced, and the corrections made (none: same text)."""
    vocabulary = _vocabulary()
    words: list[str] = []
    corrections: list[Correction] = []
    position = 0
    for word in folded.split(" "):
        read_as = None
        if (len(word) >= MIN_SHORT and word.isalpha() and word not in vocabulary.known
                and not vocabulary.known_starts.match(word)):
            read_as = _closest(word, vocabulary)
        if read_as is not None:
            corrections.append(Correction(word, read_as, position, short=len(word) < MIN_LENGTH))
            word = read_as
        words.append(word)
        position += len(word) + 1
    if not corrections:
        return folded, ()
    return " ".join(words), tuple(corrections)


def misspelt(signal: Signal, raw: str, corrections: tuple[Correction, ...]) -> Signal:
    """A signal found only in the corrected reading: less sure, and saying which word was read how."""
    said = "; ".join(f"'{_as_typed(raw, c.typed)}' read as '{c.read_as}'" for c in corrections)
    return replace(signal, text=said, confidence=round(signal.confidence - TYPO_PENALTY, 2))


def _as_typed(raw: str, folded_word: str) -> str:
    """The word as the page wrote it ("CONVIICTED"), when it can be found; else its folded form."""
    found = re.search(rf"\b{re.escape(folded_word)}\b", raw, re.IGNORECASE)
    return found.group(0) if found else folded_word
