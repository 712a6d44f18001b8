"""The shape of a vocabulary entry.

A ``Phrase`` is a regular expression over *folded* text (see ``formaudit.text``: lower case,
no accents, words separated by single spaces). The matcher wraps it in word boundaries, so
``passports?`` never fires inside "passportless". Patterns use only non-capturing groups ``(?:...)``.

``unless`` is the phrase's own veto: when it matches anywhere in the same text, the phrase does not
count there ("passport" unless "passport-size photo"). ``weak`` phrases are ambiguous on their own
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

    @property
    def rule(self) -> str:
        return f"{self.category.value}.{self.name}"


def alt(*parts: str) -> str:
    """Alternatives, one per line in the vocabulary modules so reviews stay readable."""
    return "|".join(parts)
