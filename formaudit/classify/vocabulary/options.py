"""What the choices of a select, radio or checkbox group give away.

Each rule reads the folded option labels one by one. A field's options say "sex" when at least two
of them are sexes (Male, Female, Non-binary), "religion" when two are religions, and so on; one
match is not enough, since "Other" or a lone "Man" in a list of job titles says nothing. Ethnicity
additionally needs one unambiguous term, so a colour list (White, Black, Silver) stays a colour list.
Country lists deliberately have no rule: a country-of-residence select is not a nationality question.

The rules are the same in every language; their words are each lexicon's ``[options]`` lists, named
after the rule (``sexes``, ``marital``, ...; ``<rule>_distinctive`` for the unambiguous terms).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cache

from formaudit.classify.vocabulary.base import alt
from formaudit.lexicons import option_words
from formaudit.models.categories import Category


class Reading(Enum):
    WHOLE = "whole"  # the option is exactly one of the words
    STARTS = "starts"  # the option starts with one of the words
    ANYWHERE = "anywhere"  # one of the words appears anywhere in the option


@dataclass(frozen=True, slots=True)
class OptionRule:
    category: Category
    name: str
    pattern: str  # matched at the start of each folded option (re.match), or searched if ``anywhere``
    min_matches: int = 2
    distinctive: str | None = None  # at least one option must also match this
    anywhere: bool = False

    @property
    def rule(self) -> str:
        return f"{self.category.value}.options.{self.name}"


def _pattern(reading: Reading, words: tuple[str, ...]) -> str:
    if reading is Reading.WHOLE:
        return rf"(?:{alt(*words)})$"
    if reading is Reading.STARTS:
        return rf"(?:{alt(*words)})\b"
    return rf"\b(?:{alt(*words)})\b"


# (category, lexicon list, how options are read, options needed)
_RULES: tuple[tuple[Category, str, Reading, int], ...] = (
    (Category.SEX_GENDER, "sexes", Reading.WHOLE, 2),
    (Category.MARITAL_STATUS, "marital", Reading.STARTS, 2),
    (Category.RELIGION, "religions", Reading.STARTS, 2),
    (Category.ETHNICITY, "ethnic_groups", Reading.STARTS, 2),
    (Category.SEXUAL_ORIENTATION, "orientations", Reading.STARTS, 2),
    (Category.VETERAN_STATUS, "veteran", Reading.ANYWHERE, 1),
    (Category.HEALTH, "disability", Reading.ANYWHERE, 1),
    # "I have no criminal convictions / I have convictions to declare": the answers say what is asked.
    (Category.CRIMINAL_HISTORY, "declaration", Reading.ANYWHERE, 1),
    (Category.NAME, "salutations", Reading.WHOLE, 2),
)
# Words that, anywhere in one option, make an ethnic-group list unambiguous ("Hispanic or Latino").
_ETHNIC_ANYWHERE = r".*\b(?:hispanic|latino|ethnic|races?)\b"


@cache
def option_rules() -> tuple[OptionRule, ...]:
    rules = []
    for category, name, reading, needed in _RULES:
        distinctive_words = option_words(f"{name}_distinctive")
        distinctive = None
        if distinctive_words:
            distinctive = alt(_pattern(Reading.STARTS, distinctive_words), _ETHNIC_ANYWHERE)
        rules.append(OptionRule(category, name, _pattern(reading, option_words(name)), needed, distinctive,
                                anywhere=reading is Reading.ANYWHERE))
    return tuple(rules)
