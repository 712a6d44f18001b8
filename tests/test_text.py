"""Folding: one form for every string, whatever its accents, case, punctuation and markers."""

from __future__ import annotations

import pytest

from formaudit.models.findings import make_fingerprint
from formaudit.text import fold, fold_identifier, fold_question, original_span


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
def test_fold_question_drops_optional_and_required_markers_at_the_ends(raw: str, folded: str) -> None:
    assert fold_question(raw) == folded
    assert fold(raw) != folded  # plain folding keeps them: checks read "(optional)" as voluntary


def test_fold_question_keeps_marker_words_inside_the_question() -> None:
    assert fold_question("Is a visa required to work here?") == "is a visa required to work here"


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Øvrige opplysninger", "ovrige opplysninger"),
        ("Семейное положение", "семеиное положение"),
        ("Сімейний стан", "сімеинии стан"),
        ("ΟΙΚΟΓΕΝΕΙΑΚΉ ΚΑΤΆΣΤΑΣΗ", "οικογενειακη κατασταση"),  # tonos dropped, final sigma read as sigma
        ("生年月日", "生年月日"),
        ("생년월일 (필수)", "생년월일 필수"),  # Hangul stays in syllables, not decomposed jamo
        ("ガイド", "ガイド"),  # kana keep their voicing marks
        ("تَارِيخ الميلاد", "تاريخ الميلاد"),  # harakat dropped
        ("जन्म तिथि", "जन्म तिथि"),
    ],
)
def test_fold_keeps_the_letters_of_every_script(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_turkish_dotted_and_dotless_i_meet_their_lower_case() -> None:
    assert fold("İSTANBUL") == fold("istanbul") == "istanbul"
    assert fold("DOĞUM YERİ") == fold("doğum yeri") == "dogum yeri"
    assert fold("Askerlik durumu") == fold("ASKERLİK DURUMU") == "askerlik durumu"
    assert fold("ılık") == "ilik"


def test_questions_in_other_scripts_keep_distinct_fingerprints() -> None:
    questions = ["Семейное положение", "Дата рождения", "生年月日", "婚姻状况", "Οικογενειακή κατάσταση",
                 "الحالة الاجتماعية", "Øvrige opplysninger", "vrige opplysninger"]
    prints = {make_fingerprint("marital-status", "form.html", [], q) for q in questions}
    assert len(prints) == len(questions)
    # Cosmetic edits keep the identity: case, accents, punctuation, required markers.
    def same(a: str, b: str) -> bool:
        return make_fingerprint("r", "t", [], a) == make_fingerprint("r", "t", [], b)

    assert same("Семейное положение *", "семейное положение")
    assert same("Date of birth (required)", "Date of Birth:")


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
    start = fold_question(text).index(word)
    assert original_span(text, start, start + len(word)) == expected


def test_fold_caps_the_length_of_huge_texts() -> None:
    assert len(fold("consent " * 10_000)) <= 2000
