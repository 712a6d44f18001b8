"""Wording real forms use: typos, bare labels under a heading, identifiers run together, unspaced
scripts. Cases as data; each says what a reader sees and what formaudit must make of it."""

from __future__ import annotations

import pytest

from formaudit.classify.matcher import PhraseMatcher
from formaudit.classify.typos import correct, expand, is_real_word
from formaudit.classify.vocabulary import Phrase, Where
from formaudit.models.categories import Category
from formaudit.models.classification import EvidenceSource
from tests.classify.helpers import categories_of, classify

C = Category


@pytest.mark.parametrize(
    ("label", "category", "evidence"),
    [
        ("HAVE YOU BEEN CONVIICTED BY ANY COURT OF LAW?", C.CRIMINAL_HISTORY, "'CONVIICTED' read as 'convicted'"),
        ("Date of brith", C.DATE_OF_BIRTH, "'brith' read as 'birth'"),
        ("Nationalty", C.NATIONAL_ORIGIN, "'Nationalty' read as 'nationality'"),
        ("Emergancy contact number", C.EMERGENCY_CONTACT, "'Emergancy' read as 'emergency'"),
        ("Staatsangehoerigkeit", C.NATIONAL_ORIGIN, "'Staatsangehoerigkeit' read as 'staatsangehorigkeit'"),
        ("Date de naissence", C.DATE_OF_BIRTH, "'naissence' read as 'naissance'"),
    ],
)
def test_a_typo_is_read_as_the_word_it_misses_with_lower_confidence(
        label: str, category: Category, evidence: str) -> None:
    (match,) = [m for m in classify(label).matches if m.category is category]
    assert match.confidence == pytest.approx(0.80)  # 0.95 for the label, less 0.15 for the typo
    assert [e.text for e in match.evidence] == [evidence]


@pytest.mark.parametrize(
    "label",
    [
        "Link to your photography portfolio",  # a real word next to a lexicon word ("photographs")
        "Are you currently taking any prescription drugs?",  # "taking" is no typo of "making"
        "Relocation",  # starts with an ordinary-question stem
        "Healthcare sector experience",
        "Ages of children you teach",  # short words are never bent on their own
    ],
)
def test_real_words_are_never_corrected(label: str) -> None:
    assert not any(
        "read as" in e.text for m in classify(label).matches for e in m.evidence
    ), classify(label).matches


def test_corrections_keep_the_ending_of_a_misspelt_stem() -> None:
    text, (correction,) = correct("have you been conviicted")
    assert text == "have you been convicted" and (correction.typed, correction.read_as) == ("conviicted", "convicted")


def test_expansion_spells_out_the_vocabulary_dialect() -> None:
    assert expand(r"dates? of birth|geburtsdatum") == ["dates of birth", "date of birth", "geburtsdatum"]
    assert expand(r"(?:year|date) of birth\w*") == ["year of birth", "date of birth"]
    assert is_real_word("photography") and not is_real_word("conviicted")


@pytest.mark.parametrize(
    ("section", "label", "category"),
    [
        ("Current / Last Salary", "INR", C.SALARY_HISTORY),
        ("Current / Last Salary", "Amount", C.SALARY_HISTORY),
        ("Gehaltshistorie", "Betrag", C.SALARY_HISTORY),
        ("Criminal convictions", "Details", C.CRIMINAL_HISTORY),
        ("Nationality", "Please specify", C.NATIONAL_ORIGIN),
        ("Current salary", "1.", C.SALARY_HISTORY),
    ],
)
def test_a_bare_label_takes_what_its_heading_names(section: str, label: str, category: Category) -> None:
    match = next(m for m in classify(label, section=section).matches if m.category is category)
    assert match.evidence[0].source is EvidenceSource.SECTION and match.confidence == pytest.approx(0.60)


@pytest.mark.parametrize(
    ("section", "label"),
    [
        ("Apply: Payroll Officer", "Amount"),  # a page title lends nothing
        ("Personal details", "Year"),  # a heading that names no category
        ("Current salary", "Signature"),  # form plumbing never inherits
        ("Current salary", "Notice period"),  # a label that says something is not bare
    ],
)
def test_a_bare_label_takes_nothing_from_a_heading_that_names_nothing(section: str, label: str) -> None:
    assert C.SALARY_HISTORY not in categories_of(label, section=section)


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("dateofbirth_year", C.DATE_OF_BIRTH),
        ("nextofkin", C.EMERGENCY_CONTACT),
        ("emergencycontactphone", C.EMERGENCY_CONTACT),
        ("maritalStatus", C.MARITAL_STATUS),
    ],
)
def test_identifiers_are_read_with_their_words_run_together(name: str, category: Category) -> None:
    assert category in categories_of("", name=name)


def test_phrases_of_unspaced_scripts_match_inside_a_run_of_letters() -> None:
    spaced = Phrase(C.DATE_OF_BIRTH, "birth_date", "birth date")
    unspaced = Phrase(C.DATE_OF_BIRTH, "birth_date", "生年月日", bounded=False)
    matcher = PhraseMatcher((spaced, unspaced), Where.TEXT)
    (found,) = matcher.matches("ご本人の生年月日を記入")
    assert found.phrase is unspaced and (found.start, found.end) == (4, 8)
    assert matcher.matches("rebirth dates") == ()  # spaced phrases still start and end at word edges
