"""Folding: one form for every string, whatever its accents, case, punctuation and markers."""

from __future__ import annotations

import pytest

from formaudit.classify.text import fold, fold_identifier, original_span


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Führerschein-Nr.", "fuhrerschein nr"),
        ("Straße und Hausnummer", "strasse und hausnummer"),
        ("Numéro de Sécurité Sociale", "numero de securite sociale"),
        ("¿Cuál es su nacionalidad?", "cual es su nacionalidad"),
        ("Driver's  licence #", "driver s licence"),
        ("Mother’s Maiden Name", "mother s maiden name"),
        ("Situation de famille : célibataire, marié(e)…", "situation de famille celibataire marie e"),
        ("Sœur", "soeur"),
    ],
)
def test_fold_drops_case_accents_and_punctuation(raw: str, folded: str) -> None:
    assert fold(raw) == folded


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Country (optional)", "country"),
        ("Phone number (optional field)", "phone number"),
        ("Pflichtfeld: Vorname", "vorname"),
        ("Nom (obligatoire)", "nom"),
    ],
)
def test_fold_drops_optional_and_required_markers_at_the_ends(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_fold_keeps_marker_words_inside_the_question() -> None:
    assert fold("Is a visa required to work here?") == "is a visa required to work here"


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("dateOfBirth", "date of birth"),
        ("eeo[gender]", "eeo gender"),
        ("entry175single", "entry 175 single"),
        ("legalNameSection_firstName", "legal name section first name"),
        ("name-input", "name"),
        ("input-resume", "resume"),
        ("HTMLEmailField", "html email"),
    ],
)
def test_identifiers_are_split_into_words(raw: str, folded: str) -> None:
    assert fold_identifier(raw) == folded


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Upload a copy of your Passport!", "passport", "Passport"),
        ("  Driver's License # ", "driver s license", "Driver's License"),
        ("Führerschein-Nr.", "fuhrerschein nr", "Führerschein-Nr"),
        ("Name (last, first, middle)", "last first", "last, first"),
    ],
)
def test_original_span_returns_the_words_as_written(text: str, word: str, expected: str) -> None:
    start = fold(text).index(word)
    assert original_span(text, start, start + len(word)) == expected


def test_fold_caps_the_length_of_huge_texts() -> None:
    assert len(fold("consent " * 10_000)) <= 2000
