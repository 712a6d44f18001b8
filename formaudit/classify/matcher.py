"""Compiled vocabulary: built once, on first use, for each kind of text (wording, identifiers, headings).

The alternatives of every phrase are grouped by the characters they can start with; at each word
of a folded text one probe tells which categories start there, and a named group per phrase says
which phrase fired (for evidence). Vetoes (``Phrase.unless``) are checked on the same text after a
hit; a vetoed hit lets the search go on at the next word, so a later, clean phrase of the same
category can still count. Results are cached per folded text: forms repeat "Name", "Email", "Phone".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from formaudit.classify.first_chars import first_chars, split_alternatives
from formaudit.classify.vocabulary import Phrase, Where, alt, field_phrases, heading_phrases, word_pattern
from formaudit.classify.vocabulary.sections import NAMED_BY_FIELD_WORDS
from formaudit.models.categories import Category

# Currency codes and names a bare amount field is labelled with ("INR", "TL", "zł"), folded.
CURRENCIES = alt(
    "inr", "rs", "usd", "eur", "euro", "euros", "gbp", "ngn", "naira", "zar", "rand", "php", "peso", "pesos",
    "brl", "reais", "try", "tl", "lira", "pln", "zl", "czk", "kc", "ron", "lei", "sek", "dkk", "nok", "kr",
    "huf", "ft", "chf", "jpy", "yen", "cny", "rmb", "yuan", "krw", "won", "rub", "rubl", "uah", "grn", "idr",
    "rp", "vnd", "aed", "sar", "egp", "mxn", "cop", "clp", "ars", "pen", "kes", "ghs", "bgn", "lev", "hrk",
    "kn", "cad", "aud", "nzd", "sgd", "hkd", "myr", "thb", "lpa", "lakhs?", "crores?", "k",
)


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    phrase: Phrase
    start: int
    end: int


def _bounded(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})\b")


# A phrase ends where a word ends: folded text is words separated by single spaces, and ``\b`` would
# see a word end inside Devanagari words ending in a vowel sign ("तिथि"), which are not ``\w``.
_WORD_END = "(?![^ ])"
# Scripts written without spaces between words, or with particles attached (Korean): their lexicons
# match anywhere, and only texts holding such letters are searched for them.
_UNSPACED = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
                       "\uac00-\ud7af\uf900-\ufaff]")


def _glued(alternative: str) -> str:
    """Identifiers run words together ("dateofbirth_year", "fechanac"): spaces become optional."""
    return alternative.replace(" ", " ?")


class PhraseMatcher:
    """Finds, for each category, the leftmost phrase of the vocabulary that a folded text contains.

    Phrases always start at a word start. At each word start the matcher uses the probe built for
    that word's first character (``first_chars``): one optional lookahead per category whose
    alternatives can begin with that character, so a single match tells which categories start
    there, and the named groups (one per phrase) say which phrase fired.
    """

    def __init__(self, phrases: tuple[Phrase, ...], where: Where) -> None:
        self._phrases = tuple(p for p in phrases if p.where & where and p.bounded)
        self._vetoes = tuple(_bounded(p.unless) if p.unless else None for p in self._phrases)
        glue = where is Where.IDENT
        # Phrases of unspaced scripts: one search each, anywhere, with an unanchored veto.
        self._unspaced = tuple(
            (p, re.compile(p.pattern), re.compile(p.unless) if p.unless else None)
            for p in phrases if p.where & where and not p.bounded
        )
        # first character (None: any) -> category -> phrase index -> alternatives
        grouped: dict[str | None, dict[Category, dict[int, list[str]]]] = {}
        for index, phrase in enumerate(self._phrases):
            for alternative in split_alternatives(phrase.pattern):
                alternative = _glued(alternative) if glue else alternative
                starts = first_chars(alternative)
                for char in (None,) if starts is None else sorted(starts):
                    by_phrase = grouped.setdefault(char, {}).setdefault(phrase.category, {})
                    by_phrase.setdefault(index, []).append(alternative)
        anywhere = grouped.get(None, {})
        self._probes: dict[str, re.Pattern[str]] = {
            char: self._compile(by_category, anywhere)
            for char, by_category in grouped.items()
            if char is not None
        }
        self._any_char = self._compile({}, anywhere) if anywhere else None
        self.categories = frozenset(p.category for p in self._phrases)

    @staticmethod
    def _compile(
        by_category: dict[Category, dict[int, list[str]]], anywhere: dict[Category, dict[int, list[str]]]
    ) -> re.Pattern[str]:
        lookaheads: list[str] = []
        for category in dict.fromkeys([*by_category, *anywhere]):
            phrases = {**anywhere.get(category, {})}
            for index, alternatives in by_category.get(category, {}).items():
                phrases[index] = [*phrases.get(index, []), *alternatives]
            ordered = sorted(phrases.items())
            named = "|".join(f"(?P<p{index}>{'|'.join(alternatives)})" for index, alternatives in ordered)
            lookaheads.append(rf"(?:(?=(?:{named}){_WORD_END}))?")
        return re.compile("".join(lookaheads))

    def matches(self, folded: str, only: frozenset[Category] | None = None) -> tuple[PhraseMatch, ...]:
        found: dict[Category, PhraseMatch] = {}
        position = 0
        while position < len(folded):
            probe = self._probes.get(folded[position], self._any_char)
            if probe is not None:
                self._collect(folded, position, probe, only, found)
            next_space = folded.find(" ", position)
            position = len(folded) if next_space < 0 else next_space + 1
        if self._unspaced and _UNSPACED.search(folded):
            self._collect_unspaced(folded, only, found)
        return tuple(found.values())

    def _collect_unspaced(
        self, folded: str, only: frozenset[Category] | None, found: dict[Category, PhraseMatch]
    ) -> None:
        for phrase, pattern, veto in self._unspaced:
            if phrase.category in found or (only is not None and phrase.category not in only):
                continue
            hit = pattern.search(folded)
            if hit is not None and (veto is None or veto.search(folded) is None):
                found[phrase.category] = PhraseMatch(phrase, hit.start(), hit.end())

    def _collect(
        self, folded: str, position: int, probe: re.Pattern[str], only: frozenset[Category] | None,
        found: dict[Category, PhraseMatch],
    ) -> None:
        hit = probe.match(folded, position)
        if hit is None or hit.lastindex is None:  # the probe always matches; no group means no phrase
            return
        for name, text in hit.groupdict().items():
            if text is None:
                continue
            phrase = self._phrases[int(name[1:])]
            category = phrase.category
            if category in found or (only is not None and category not in only):
                continue
            veto = self._vetoes[int(name[1:])]
            if veto is None or veto.search(folded) is None:
                start = hit.start(name)
                found[category] = PhraseMatch(phrase, start, start + len(text))


@cache
def _matcher(where: Where) -> PhraseMatcher:
    return PhraseMatcher(field_phrases(), where)


@cache
def _heading_matcher() -> PhraseMatcher:
    specific = tuple(p for p in field_phrases() if p.category in NAMED_BY_FIELD_WORDS)
    return PhraseMatcher(specific + heading_phrases(), Where.TEXT)


@cache
def _page_title() -> re.Pattern[str]:
    return re.compile(word_pattern("page_title"))


@cache
def _no_inheritance() -> re.Pattern[str]:
    return _bounded(word_pattern("no_inheritance"))


@lru_cache(maxsize=16384)
def match_text(folded: str, only: frozenset[Category] | None = None) -> tuple[PhraseMatch, ...]:
    """Phrases found in visible wording (label, legend, placeholder, description).

    ``only`` restricts the search to some categories (when the question already decided and the
    rest of the field can only confirm).
    """
    return _matcher(Where.TEXT).matches(folded, only) if folded else ()


@lru_cache(maxsize=16384)
def match_identifier(folded: str, only: frozenset[Category] | None = None) -> tuple[PhraseMatch, ...]:
    """Phrases found in a folded name, id or vendor hint."""
    return _matcher(Where.IDENT).matches(folded, only) if folded else ()


@lru_cache(maxsize=4096)
def match_heading(folded: str) -> tuple[PhraseMatch, ...]:
    """Inheritable categories a section heading names (none for a page title such as "Apply: ...")."""
    if not folded or _page_title().search(folded):
        return ()
    return _heading_matcher().matches(folded)


@lru_cache(maxsize=1024)
def _veto(unless: str) -> re.Pattern[str]:
    return _bounded(unless)


def is_vetoed(phrase: Phrase, folded: str) -> bool:
    """Whether one of the phrase's hard negatives is in the text."""
    return phrase.unless is not None and _veto(phrase.unless).search(folded) is not None


def is_page_title(folded: str) -> bool:
    """A heading that titles the whole application ("Apply: Shift Supervisor") names no block."""
    return _page_title().search(folded) is not None


@cache
def _bare_label() -> re.Pattern[str]:
    return re.compile(rf"^(?:(?:{word_pattern('bare_labels')}|{CURRENCIES}|\d+|[a-z])(?: |$))+$")


def is_bare_label(folded: str) -> bool:
    """A label that says nothing on its own: none, a number, a currency, "Amount", "Details", "Year"."""
    return not folded or _bare_label().match(folded) is not None


def is_form_plumbing(folded: str) -> bool:
    """Progress questions, dates, signatures and privacy consents never inherit a block's subject."""
    return bool(folded) and _no_inheritance().search(folded) is not None


@cache
def _non_discrimination() -> re.Pattern[str]:
    return _bounded(word_pattern("non_discrimination"))


def is_non_discrimination_statement(folded: str) -> bool:
    """Whether a text says the employer does not discriminate (and so lists grounds it will not ask)."""
    return _non_discrimination().search(folded) is not None


def all_patterns() -> tuple[Phrase, ...]:
    """Every phrase, for the vocabulary's own tests."""
    return field_phrases() + heading_phrases()
