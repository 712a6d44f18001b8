"""The classifier's vocabulary, compiled once from the lexicons (``formaudit/lexicons/*.toml``).

Each language's file words the categories; this package merges them: a phrase (category and name,
such as ``date_of_birth.birth_date``) gathers its patterns and hard negatives from every lexicon
that has it, so a German label is read on an English page and a Portuguese identifier on a Spanish
one. What is the same in every language stays in Python here:

* ``sections``   which blocks make their fields about someone else, a history or a subject
* ``statements`` which categories an equal-opportunity statement lists as grounds
* ``options``    how many option words make a list say "sex", "religion", ...
* ``autocomplete``  what autofill tokens say

Every pattern is written against folded text (``formaudit.text.fold``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from formaudit.classify.vocabulary.base import Phrase, Where, alt
from formaudit.lexicons import WORDS_REFERENCE, Lexicon, LexiconError, PhraseEntry, lexicons, shared, words
from formaudit.models.categories import Category

# The rule of a bare "Salary": a history block turns it into pay history (see ``context``).
BARE_SALARY_RULE = "bare_salary"
_WHERE = {"any": Where.ANY, "text": Where.TEXT, "ident": Where.IDENT}


@dataclass(slots=True)
class _Gathered:
    weak: bool
    where: Where
    bounded: bool
    patterns: list[str] = field(default_factory=list)
    unless: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)


def _category(lexicon: Lexicon, name: str) -> Category:
    try:
        return Category(name)
    except ValueError:
        raise LexiconError(f"lexicon {lexicon.language.code}: unknown category {name!r}") from None


def _expand(lexicon: Lexicon, unless: Iterable[str]) -> list[str]:
    """Hard negatives with ``@list`` references replaced by that word list from every lexicon."""
    expanded: list[str] = []
    for pattern in unless:
        if pattern.startswith(WORDS_REFERENCE):
            name = pattern[len(WORDS_REFERENCE):]
            try:
                expanded += words(name)
            except AttributeError:
                raise LexiconError(f"lexicon {lexicon.language.code}: no word list {name!r}") from None
        else:
            expanded.append(pattern)
    return expanded


def merge(sources: Iterable[tuple[Lexicon, Mapping[str, Mapping[str, PhraseEntry]]]]) -> tuple[Phrase, ...]:
    """One ``Phrase`` per (category, name, word boundaries) across lexicons, in first-seen order.

    A phrase must be equally weak, and read in the same texts, in every lexicon that has it: its
    confidence is one number, whatever the language.
    """
    gathered: dict[tuple[Category, str, bool], _Gathered] = {}
    for lexicon, by_category in sources:
        bounded = lexicon.language.word_boundaries
        for category_name, named in by_category.items():
            category = _category(lexicon, category_name)
            for name, entry in named.items():
                key = (category, name, bounded)
                where = _WHERE[entry.where]
                found = gathered.setdefault(key, _Gathered(entry.weak, where, bounded))
                if (found.weak, found.where) != (entry.weak, where):
                    raise LexiconError(
                        f"lexicon {lexicon.language.code}: {category_name}.{name} is weak={entry.weak},"
                        f" where={entry.where!r}, unlike the same phrase in {', '.join(found.languages)}"
                    )
                found.patterns += entry.patterns
                found.unless += _expand(lexicon, entry.unless)
                found.languages.append(lexicon.language.code)
    return tuple(
        Phrase(category, name, alt(*dict.fromkeys(g.patterns)),
               alt(*dict.fromkeys(g.unless)) if g.unless else None, g.weak, g.where, g.bounded,
               tuple(g.languages))
        for (category, name, _), g in gathered.items()
        if g.patterns
    )


@cache
def field_phrases() -> tuple[Phrase, ...]:
    """Every phrase a field's own wording or identifiers are read with (English first)."""
    ordered = sorted(lexicons(), key=lambda lexicon: lexicon.language.code != "en")
    return merge([(lexicon, lexicon.phrases) for lexicon in ordered] + [(shared(), shared().phrases)])


@cache
def heading_phrases() -> tuple[Phrase, ...]:
    """Heading-only phrases ("Referees", "Employer 2"), read in section headings alone."""
    ordered = sorted(lexicons(), key=lambda lexicon: lexicon.language.code != "en")
    return merge([(lexicon, lexicon.headings) for lexicon in ordered])


def word_pattern(name: str) -> str:
    """One ``[words]`` list of every lexicon as a single alternation."""
    return alt(*words(name))


__all__ = ["BARE_SALARY_RULE", "Phrase", "Where", "alt", "field_phrases", "heading_phrases", "word_pattern"]
