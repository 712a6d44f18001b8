"""Meta-tests that keep the lexicons complete, well-formed, labelled and documented.

A language is one file in formaudit/lexicons/; these tests make adding one safe: every category of
its level is worded or explicitly not expressible, every pattern compiles and is written for folded
text, every file has labelled fields to be scored on, and the README lists it with its level.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from importlib import resources

import pytest

from formaudit.classify.labelled import LabelledForm, load_file
from formaudit.classify.vocabulary import field_phrases, heading_phrases, merge
from formaudit.classify.vocabulary.options import _RULES as OPTION_RULE_SPECS
from formaudit.lexicons import SHARED_FILE, Lexicon, LexiconError, lexicons, shared, words
from formaudit.models.categories import CORE_CATEGORIES, Category
from formaudit.text import fold
from tests.support.paths import FIXTURES, REPO_ROOT

LEXICONS = lexicons()
CODES = [lexicon.language.code for lexicon in LEXICONS]
MIN_LABELLED = {"full": 60, "core": 30}
OPTION_LISTS = {name for _, name, _, _ in OPTION_RULE_SPECS} | {f"{name}_distinctive" for _, name, _, _ in
                                                                 OPTION_RULE_SPECS}


def _required(lexicon: Lexicon) -> set[Category]:
    return set(Category) if lexicon.language.level == "full" else set(CORE_CATEGORIES)


def _patterns(lexicon: Lexicon) -> list[str]:
    found: list[str] = []
    for section in (lexicon.phrases, lexicon.headings):
        for named in section.values():
            for entry in named.values():
                found += [*entry.patterns, *(p for p in entry.unless if not p.startswith("@"))]
    for values in lexicon.options.values():
        found += values
    return found


def test_every_file_in_the_folder_is_a_lexicon_named_after_its_language() -> None:
    files = {entry.name for entry in resources.files("formaudit.lexicons").iterdir()
             if entry.name.endswith(".toml")}
    assert files == {f"{code}.toml" for code in CODES} | {SHARED_FILE}
    assert len(set(CODES)) == len(CODES)


@pytest.mark.parametrize("lexicon", LEXICONS, ids=CODES)
def test_every_category_of_its_level_is_worded_or_said_not_expressible(lexicon: Lexicon) -> None:
    worded = {Category(name) for name, named in lexicon.phrases.items()
              if any(entry.patterns for entry in named.values())}
    not_expressible = {Category(name) for name in lexicon.not_expressible}
    assert _required(lexicon) - worded - not_expressible == set()
    assert worded & not_expressible == set(), "a category is either worded or not expressible"
    assert all(reason.strip() for reason in lexicon.not_expressible.values())


@pytest.mark.parametrize("lexicon", LEXICONS, ids=CODES)
def test_every_pattern_compiles_for_folded_text(lexicon: Lexicon) -> None:
    for pattern in _patterns(lexicon):
        compiled = re.compile(pattern)
        assert compiled.groups == 0, f"{pattern!r}: use (?:...) groups"
        literal = re.sub(r"\\.|\[[^\]]*\]|\(\?[:=!<]+|[()?*+|^${},]", "", pattern)
        literal = re.sub(r"\d", "", literal)
        # Folded text has no capitals, accents or punctuation; a pattern with them never matches.
        assert fold(literal).replace(" ", "") == literal.replace(" ", ""), f"{pattern!r} is not folded"


@pytest.mark.parametrize("lexicon", LEXICONS, ids=CODES)
def test_month_names_are_plain_folded_words(lexicon: Lexicon) -> None:
    """A month select's options are compared as words, so a pattern ("januar\\w*") would never match."""
    for month in lexicon.words.months:
        assert not re.search(r"[\\\[\]().*+?|^$]", month) and fold(month) == month, month


@pytest.mark.parametrize("lexicon", LEXICONS, ids=CODES)
def test_word_lists_and_option_lists_are_known(lexicon: Lexicon) -> None:
    assert set(lexicon.options) <= OPTION_LISTS
    for _, _, entry in lexicon.phrase_entries():
        for reference in (p[1:] for p in entry.unless if p.startswith("@")):
            assert words(reference), f"@{reference} names no word list"
    if lexicon.language.level == "full":
        assert lexicon.words.minimum_age and lexicon.words.ordinary and lexicon.words.required_markers


@pytest.mark.parametrize("lexicon", LEXICONS, ids=CODES)
def test_every_lexicon_has_labelled_fields_to_be_scored_on(lexicon: Lexicon) -> None:
    codes = {lexicon.language.code, *lexicon.language.aliases}
    counted: Counter[str] = Counter()
    for path in (FIXTURES / "labelled").glob("*.json"):
        for example in load_file(path).examples:
            size = len(example.form) if isinstance(example, LabelledForm) else 1
            counted[example.lang.lower().split("-")[0]] += size
    assert sum(counted[code] for code in codes) >= MIN_LABELLED[lexicon.language.level]


def test_the_readme_lists_every_language_with_its_level() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    for lexicon in LEXICONS:
        row = re.search(rf"^\|\s*{re.escape(lexicon.language.name)}\b[^\n]*\|\s*`{lexicon.language.code}`\s*\|"
                        rf"\s*{lexicon.language.level}\s*\|", readme, re.MULTILINE)
        language = lexicon.language
        assert row, f"README: no row '| {language.name} | `{language.code}` | {language.level} |'"


def test_a_phrase_is_equally_weak_in_every_language() -> None:
    english = Lexicon.model_validate(tomllib.loads(
        "[language]\ncode='en'\nname='English'\nlevel='full'\n[phrases.photo.bare_photo]\npatterns=['photo']\n"))
    other = Lexicon.model_validate(tomllib.loads(
        "[language]\ncode='xx'\nname='X'\nlevel='core'\n[phrases.photo.bare_photo]\npatterns=['foto']\nweak=true\n"))
    with pytest.raises(LexiconError, match=r"photo\.bare_photo is weak=True"):
        merge([(english, english.phrases), (other, other.phrases)])


def test_merging_gathers_every_language_of_a_phrase() -> None:
    birth_date = next(p for p in field_phrases() if p.rule == "date_of_birth.birth_date" and p.bounded)
    assert {"en", "de", "fr", "es", "nl"} <= set(birth_date.languages)
    assert heading_phrases() and shared().phrases


def test_a_key_written_under_a_category_instead_of_its_phrase_is_refused() -> None:
    from formaudit.lexicons import LexiconError, _read

    text = ("[language]\ncode = 'xx'\nname = 'Test'\nlevel = 'core'\n"
            "[phrases.national_origin]\nnationality_xx = ['place of birth']\nunless = ['ethnic']\n")
    with pytest.raises(LexiconError, match="'unless' names a phrase"):
        _read("xx.toml", text)
