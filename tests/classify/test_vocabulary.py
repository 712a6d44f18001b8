"""The vocabulary: well-formed patterns, full coverage, a matcher that finds what a plain search finds."""

from __future__ import annotations

import re

import pytest

from formaudit.classify.first_chars import first_chars, split_alternatives
from formaudit.classify.labelled import LabelledForm, load_file
from formaudit.classify.matcher import PhraseMatcher, all_patterns
from formaudit.classify.vocabulary import Phrase, Where, field_phrases
from formaudit.classify.vocabulary.autocomplete import category_for_autocomplete
from formaudit.classify.vocabulary.options import option_rules
from formaudit.models.categories import SENSITIVE_CATEGORIES, Category
from formaudit.text import fold_question as fold
from tests.support.paths import FIXTURES

LABELLED = FIXTURES / "labelled"


@pytest.mark.parametrize("phrase", all_patterns(), ids=lambda p: p.rule)
def test_every_pattern_compiles_without_capturing_groups(phrase: Phrase) -> None:
    for pattern in filter(None, (phrase.pattern, phrase.unless)):
        assert re.compile(pattern).groups == 0, pattern


def test_rule_ids_are_unique() -> None:
    rules = [(p.rule, p.bounded) for p in all_patterns()]
    assert len(rules) == len(set(rules))


def test_every_sensitive_category_has_wording_in_the_vocabulary() -> None:
    worded = {p.category for p in field_phrases() if p.where & Where.TEXT}
    assert SENSITIVE_CATEGORIES - worded == set()


def test_every_category_can_be_found_somehow() -> None:
    found = {p.category for p in field_phrases()} | {r.category for r in option_rules()}
    assert set(Category) - found == set()


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("passports?", {"p"}),
        ("(?:national )?identity cards?", {"n", "i"}),
        ("e ?mails?|courriel", {"e", "c"}),
        ("[cs]aste", {"c", "s"}),
        ("^(?:your |full )?names?$", {"y", "f", "n"}),
        (r"\w*captcha", None),
        (r"(?:\w+ ){0,2}salary", None),
        ("x?", None),
    ],
)
def test_first_chars_reads_the_vocabulary_dialect(pattern: str, expected: set[str] | None) -> None:
    found = first_chars(pattern)
    assert (set(found) if found is not None else None) == expected


def test_split_alternatives_respects_groups_and_classes() -> None:
    assert split_alternatives("a(?:b|c)|[|]d|e") == ["a(?:b|c)", "[|]d", "e"]


def _plain_search(phrases: tuple[Phrase, ...], folded: str) -> dict[Category, str]:
    """The obvious implementation the dispatching matcher must agree with: spaced phrases from a word
    start to a word end, leftmost first; then, for categories still open, unspaced phrases anywhere."""
    found: dict[Category, str] = {}
    spaced = tuple(p for p in phrases if p.bounded)
    for category in dict.fromkeys(p.category for p in spaced):
        group = [p for p in spaced if p.category is category]
        alternatives = "|".join(f"(?P<p{i}>{p.pattern})" for i, p in enumerate(group))
        pattern = re.compile(rf"(?<![^ ])(?:{alternatives})(?![^ ])")
        position = 0
        while (hit := pattern.search(folded, position)) is not None:
            phrase = group[int((hit.lastgroup or "p0")[1:])]
            if phrase.unless is None or re.search(rf"\b(?:{phrase.unless})\b", folded) is None:
                found[category] = phrase.rule
                break
            next_space = folded.find(" ", hit.start())  # a vetoed phrase: try again from the next word
            position = len(folded) if next_space < 0 else next_space + 1
    for phrase in (p for p in phrases if not p.bounded):
        if phrase.category not in found and re.search(phrase.pattern, folded) and (
                phrase.unless is None or re.search(phrase.unless, folded) is None):
            found[phrase.category] = phrase.rule
    return found


def _labelled_texts() -> set[str]:
    texts: set[str] = set()
    for path in LABELLED.glob("*.json"):
        for example in load_file(path).examples:
            parts = example.form if isinstance(example, LabelledForm) else (example,)
            for part in parts:
                texts.update(fold(t) for t in (part.label, part.group_label, part.description,
                                               part.placeholder, part.section) if t)
    return texts


def test_the_dispatching_matcher_finds_exactly_what_a_plain_search_finds() -> None:
    phrases = tuple(p for p in field_phrases() if p.where & Where.TEXT)
    matcher = PhraseMatcher(field_phrases(), Where.TEXT)
    disagreements = {}
    for text in sorted(_labelled_texts()):
        fast = {m.phrase.category: m.phrase.rule for m in matcher.matches(text)}
        plain = _plain_search(phrases, text)
        if fast != plain:
            disagreements[text] = (fast, plain)
    assert disagreements == {}


@pytest.mark.parametrize(
    ("value", "category"),
    [
        ("bday", Category.DATE_OF_BIRTH),
        ("section-applicant bday-year", Category.DATE_OF_BIRTH),
        ("shipping tel-national", Category.PHONE),
        ("home email", Category.EMAIL),
        ("new-password", Category.ACCOUNT_PASSWORD),
        ("sex", Category.SEX_GENDER),
        ("photo", Category.PHOTO),
        ("off", None),
        ("one-time-code", None),
        ("", None),
    ],
)
def test_autocomplete_tokens_map_to_categories(value: str, category: Category | None) -> None:
    found = category_for_autocomplete(value)
    assert (found[1] if found else None) is category
