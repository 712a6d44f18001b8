"""The shape of a compiled vocabulary entry.

A ``Phrase`` is a regular expression over *folded* text (see ``formaudit.text``: lower case,
no accents, words separated by single spaces), merged from every lexicon that words it
(``formaudit/lexicons/*.toml``). The matcher anchors it at a word start and a word end, so
``passports?`` never fires inside "passportless"; a phrase from a language written without spaces
between words (``bounded=False``) matches anywhere. Patterns use only non-capturing groups ``(?:...)``.

``unless`` is the phrase's hard negatives: when it matches anywhere in the same text, the phrase does
not count there ("passport" unless "passport-size photo"). ``weak`` phrases are ambiguous on their own
(a bare "Salary", a bare "Video") and carry a lower confidence. ``where`` says which texts the
phrase is read in: the visible wording (label, legend, placeholder, description) and/or the
identifiers (name, id, vendor hints) whose abbreviations ("dob", "nok") would be noise in prose.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Flag, auto

from formaudit.models.categories import Category


class Where(Flag):
    TEXT = auto()
    IDENT = auto()
    ANY = TEXT | IDENT


@dataclass(frozen=True, slots=True)
class Phrase:
    category: Category
    name: str
    pattern: str
    unless: str | None = None
    weak: bool = False
    where: Where = Where.ANY
    bounded: bool = True
    languages: tuple[str, ...] = ()  # the lexicons that word it, for the vocabulary's own tests

    @property
    def rule(self) -> str:
        return f"{self.category.value}.{self.name}"


def alt(*parts: str) -> str:
    """One alternation of several patterns."""
    return "|".join(parts)
