"""The languages formaudit reads: one lexicon file per language, loaded and checked once.

A lexicon (``formaudit/lexicons/<code>.toml``) holds everything worded in one language: how its forms
phrase each data category, the hard negatives that veto a phrase, section headings, option words,
required/optional markers, minimum-age wording and the form plumbing that never inherits a block's
subject. What is the same in every language (autocomplete tokens, input types, date parts, identifier
abbreviations, how many options make a list say "sex") lives in ``formaudit.classify``; the format
and how to add a language are in ``formaudit/classify/README.md``.

Patterns are regular expressions over *folded* text (``formaudit.text.fold``: lower case, no accents,
words separated by single spaces), with non-capturing groups only. This module reads and validates
the files; ``formaudit.classify`` compiles them. It sits below ``formaudit.text`` because the
required-marker words are lexicon data too, so it knows categories by name only.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator

from formaudit.errors import FormauditError

Level = Literal["full", "core"]
# A reference to one of the lexicon word lists inside a phrase's hard negatives ("@minimum_age").
WORDS_REFERENCE = "@"


class LexiconError(FormauditError):
    """A lexicon file that does not parse or does not follow the format (a packaging bug)."""


def _patterns_or_entry(value: Any) -> Any:
    """A phrase is written as a plain list of patterns, or as a table when it needs more."""
    return {"patterns": value} if isinstance(value, list) else value


class PhraseEntry(BaseModel):
    """One phrase: alternatives that mean the same thing, plus what vetoes them.

    ``unless``: hard negatives, patterns that, found anywhere in the same text, stop the phrase
    counting there ("passport" unless "passport-size photo"); ``@name`` stands for the ``[words]``
    list of that name in every lexicon. ``weak``: ambiguous on its own (a bare "Salary").
    ``where``: read in visible wording (``text``), identifiers (``ident``) or both.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    patterns: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    weak: bool = False
    where: Literal["any", "text", "ident"] = "any"


Phrase = Annotated[PhraseEntry, BeforeValidator(_patterns_or_entry)]


class LanguageInfo(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=r"^[a-z]{2,3}$")
    name: str
    level: Level
    # False where words are not separated by spaces (Chinese, Japanese) or carry attached particles
    # (Korean): phrases then match anywhere inside a run of letters, not only at word starts.
    word_boundaries: bool = True
    # Other language codes this lexicon reads (Norwegian "no" and "nb"; Chinese "zh" scripts).
    aliases: tuple[str, ...] = ()


class Words(BaseModel):
    """Word lists that are not a category's phrases."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    required_markers: tuple[str, ...] = ()
    optional_markers: tuple[str, ...] = ()
    marker_companions: tuple[str, ...] = ()  # "field", "champ": travel with a marker
    minimum_age: tuple[str, ...] = ()  # "18 or over": the accepted alternative to a birth date
    page_title: tuple[str, ...] = ()  # a heading that introduces the whole application
    no_inheritance: tuple[str, ...] = ()  # signatures, dates, privacy consents: never a block's subject
    non_discrimination: tuple[str, ...] = ()  # cues of an equal-opportunity statement
    months: tuple[str, ...] = ()  # month names, folded, that make a select a month select
    not_a_birth_date: tuple[str, ...] = ()  # words that make a date triple a start/expiry date
    age_band_exclusions: tuple[str, ...] = ()  # "5-10 years' experience" is not an age band
    # Job alerts, newsletters, keeping the application on file: opt-ins that name an e-mail or a CV
    # without asking for it (hard negatives of those phrases, as '@opt_ins').
    opt_ins: tuple[str, ...] = ()
    # Ordinary questions that ask for no data category (motivation, availability, skills, consent):
    # a question that is neither these nor a category is listed as unrecognised.
    ordinary: tuple[str, ...] = ()
    # Labels that say nothing on their own ("Amount", "Details", "Year"): such a field asks for what
    # its section heading names ("INR" under "Current / Last Salary" is a salary).
    bare_labels: tuple[str, ...] = ()


class Lexicon(BaseModel):
    """One language's file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    language: LanguageInfo
    # Categories this language's forms have no wording for, each with the reason (the meta-test
    # accepts a category only if it has phrases or is listed here).
    not_expressible: dict[str, str] = {}
    phrases: dict[str, dict[str, Phrase]] = {}
    headings: dict[str, dict[str, Phrase]] = {}
    options: dict[str, tuple[str, ...]] = {}  # option rule name -> option words
    words: Words = Words()

    @field_validator("phrases", "headings")
    @classmethod
    def _no_phrase_named_like_a_key(cls, tables: dict[str, dict[str, PhraseEntry]],
                                    ) -> dict[str, dict[str, PhraseEntry]]:
        # "unless = [...]" written under [phrases.<category>] instead of inside a phrase's own table
        # would otherwise become a phrase whose patterns are the intended hard negatives.
        for category, named in tables.items():
            clash = sorted(set(named) & set(PhraseEntry.model_fields))
            if clash:
                raise ValueError(f"{category}: '{clash[0]}' names a phrase; put it inside the phrase's own table "
                                 f"([phrases.{category}.<phrase>] {clash[0]} = ...)")
        return tables

    def phrase_entries(self) -> Iterator[tuple[str, str, PhraseEntry]]:
        """(category, phrase name, entry) for every field phrase."""
        for category, named in self.phrases.items():
            for name, entry in named.items():
                yield category, name, entry


# Files that are not a language: identifier abbreviations read in every language.
SHARED_FILE = "identifiers.toml"


def _read(name: str, text: str) -> Lexicon:
    try:
        return Lexicon.model_validate(tomllib.loads(text))
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"lexicon {name}: not valid TOML: {exc}") from exc
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = ".".join(str(part) for part in problem["loc"])
        raise LexiconError(f"lexicon {name}: {where}: {problem['msg']}") from exc


@cache
def lexicons() -> tuple[Lexicon, ...]:
    """Every language's lexicon, by language code."""
    found = []
    for entry in resources.files(__name__).iterdir():
        if entry.name.endswith(".toml") and entry.name != SHARED_FILE:
            lexicon = _read(entry.name, entry.read_text(encoding="utf-8"))
            if entry.name != f"{lexicon.language.code}.toml":
                raise LexiconError(f"lexicon {entry.name}: declares language {lexicon.language.code!r}; "
                                   f"the file must be named {lexicon.language.code}.toml")
            found.append(lexicon)
    return tuple(sorted(found, key=lambda lexicon: lexicon.language.code))


@cache
def shared() -> Lexicon:
    """Identifier abbreviations ("dob", "nok", "ssn") read in every language's identifiers."""
    entry = resources.files(__name__).joinpath(SHARED_FILE)
    return _read(SHARED_FILE, entry.read_text(encoding="utf-8"))


@cache
def words(name: str) -> tuple[str, ...]:
    """The union of one ``[words]`` list over every lexicon, first occurrence first."""
    return tuple(dict.fromkeys(word for lexicon in lexicons() for word in getattr(lexicon.words, name)))


@cache
def option_words(rule: str) -> tuple[str, ...]:
    """The union of one option rule's words over every lexicon."""
    return tuple(dict.fromkeys(word for lexicon in lexicons() for word in lexicon.options.get(rule, ())))


@cache
def levels() -> dict[str, Level]:
    """Language code (and alias) -> coverage level."""
    found: dict[str, Level] = {}
    for lexicon in lexicons():
        for code in (lexicon.language.code, *lexicon.language.aliases):
            found[code] = lexicon.language.level
    return found


def language_name(code: str) -> str | None:
    return next((lexicon.language.name for lexicon in lexicons()
                 if code in (lexicon.language.code, *lexicon.language.aliases)), None)
