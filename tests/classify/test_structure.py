"""Structural rules: option lists and day/month/year selects, whatever the wording."""

from __future__ import annotations

from datetime import date

import pytest

from formaudit.classify import classify_field
from formaudit.classify.structure import DatePart, date_part
from formaudit.models.categories import Category
from formaudit.models.classification import EvidenceSource
from formaudit.models.fields import Field, FieldKind, Form
from tests.classify.helpers import categories_of, classify, classify_fields, make_field

C = Category
SELECT = FieldKind.SELECT
DAYS = tuple(str(d) for d in range(1, 32))
MONTHS = tuple(str(m) for m in range(1, 13))
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
BIRTH_YEARS = tuple(str(y) for y in range(date.today().year - 16, 1939, -1))
RECENT_YEARS = tuple(str(y) for y in range(date.today().year, date.today().year - 8, -1))


def _triple(years: tuple[str, ...] = BIRTH_YEARS, context: dict[str, str] | None = None) -> tuple[Field, ...]:
    around = context or {}
    return (
        make_field("Day", kind=SELECT, options=("--", *DAYS), **around),
        make_field("Month", kind=SELECT, options=MONTH_NAMES, **around),
        make_field("Year", kind=SELECT, options=("Year", *years), **around),
    )


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (("Male", "Female", "Non-binary", "Prefer not to say"), C.SEX_GENDER),
        (("männlich", "weiblich", "divers"), C.SEX_GENDER),
        (("Hombre", "Mujer"), C.SEX_GENDER),
        (("Single", "Married", "Divorced", "Widowed"), C.MARITAL_STATUS),
        (("Célibataire", "Marié(e)", "Pacsé(e)"), C.MARITAL_STATUS),
        (("Christian", "Muslim", "Jewish", "No religion"), C.RELIGION),
        (("evangelisch", "römisch-katholisch", "konfessionslos"), C.RELIGION),
        (("White", "Black or African American", "Hispanic or Latino", "Asian"), C.ETHNICITY),
        (("Heterosexual or straight", "Gay or lesbian", "Bisexual"), C.SEXUAL_ORIENTATION),
        (("I am a protected veteran", "I am not a protected veteran"), C.VETERAN_STATUS),
        (("Yes, I have a disability", "No, I don't have a disability"), C.HEALTH),
        (("Under 25", "25 to 34", "35 to 44", "45 to 54", "55 and over"), C.DATE_OF_BIRTH),
        (("Mr", "Mrs", "Ms", "Dr"), C.NAME),
    ],
)
def test_options_reveal_what_an_unlabelled_question_asks(
    options: tuple[str, ...], expected: Category
) -> None:
    result = classify("Please select", kind=SELECT, options=options)
    match = result.match_for(expected)
    assert match is not None
    assert match.evidence[0].source is EvidenceSource.OPTIONS


@pytest.mark.parametrize(
    ("label", "options"),
    [
        ("Preferred car colour", ("White", "Black", "Silver", "Red")),
        ("Country", ("France", "Germany", "Spain", "Netherlands")),
        ("Years of experience", ("0-2 years", "3-5 years", "10-15 years", "15+ years")),
        ("Hours per week", ("16-24", "25-32", "33-40")),
        ("Company size", ("1-10", "11-50", "51-250", "250+")),
        ("Are you over 18?", ("Yes", "No")),
        ("Shift", ("Man", "Night")),
    ],
)
def test_ordinary_option_lists_reveal_nothing_sensitive(label: str, options: tuple[str, ...]) -> None:
    found = categories_of(label, kind=SELECT, options=options)
    assert not found & {C.ETHNICITY, C.NATIONAL_ORIGIN, C.DATE_OF_BIRTH, C.SEX_GENDER}


def test_salutation_options_are_a_name_part_not_a_sex_question() -> None:
    found = categories_of("Title", kind=SELECT, options=("Mr", "Mrs", "Miss", "Ms"))
    assert found == {C.NAME}


def test_the_label_decides_when_it_is_firm_even_if_the_id_says_otherwise() -> None:
    # A real form copied id="gender" onto its phone fields.
    assert categories_of("Cellular Telephone Number", html_id="gender") == {C.PHONE}


def test_a_silent_label_lets_the_name_attribute_speak() -> None:
    assert categories_of("", name="dateOfBirth", kind=FieldKind.DATE) == {C.DATE_OF_BIRTH}
    assert categories_of("Document number", name="passportNumber") == {C.IDENTITY_DOCUMENT}


def test_day_month_year_selects_side_by_side_are_a_birth_date() -> None:
    fields = classify_fields(*_triple())
    for field in fields:
        match = field.match_for(C.DATE_OF_BIRTH)
        assert match is not None
        assert match.evidence[0].source is EvidenceSource.STRUCTURE
        assert 0.6 <= match.confidence < 0.95


@pytest.mark.parametrize(
    "attributes",
    [
        {"group_label": "Earliest start date"},
        {"group_label": "Date de disponibilité"},
        {"section": "Education"},
        {"section": "Employment history"},
        {"group_label": "Passport expiry"},
    ],
)
def test_day_month_year_selects_named_as_another_date_are_not_a_birth_date(
    attributes: dict[str, str]
) -> None:
    fields = classify_fields(*_triple(context=attributes))
    assert all(C.DATE_OF_BIRTH not in field.categories for field in fields)


def test_recent_years_only_are_not_a_birth_date() -> None:
    fields = classify_fields(*_triple(years=RECENT_YEARS))
    assert all(C.DATE_OF_BIRTH not in field.categories for field in fields)


def test_a_lone_day_select_is_not_a_birth_date() -> None:
    fields = classify_fields(make_field("Name"), make_field("Day", kind=SELECT, options=DAYS),
                             make_field("Shift", kind=SELECT, options=("Early", "Late")))
    assert all(C.DATE_OF_BIRTH not in field.categories for field in fields)


def test_classify_field_sees_the_triple_when_given_its_form() -> None:
    fields = tuple(f.model_copy(update={"field_id": f"f{i}"}) for i, f in enumerate(_triple()))
    form = Form(form_id="dob", fields=fields)
    assert C.DATE_OF_BIRTH in classify_field(fields[1], form=form).categories
    assert C.DATE_OF_BIRTH not in classify_field(fields[1]).categories


@pytest.mark.parametrize(
    ("options", "part"),
    [
        (DAYS, DatePart.DAY),
        (tuple(f"{d:02d}" for d in range(1, 32)), DatePart.DAY),
        (MONTHS, DatePart.MONTH),
        (("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"), DatePart.MONTH),
        (("Jahr", *BIRTH_YEARS), DatePart.YEAR),
        (("1", "2", "3"), None),
        (("2025", "2026", "2099"), None),
    ],
)
def test_date_parts_are_recognised_by_their_values(options: tuple[str, ...], part: DatePart | None) -> None:
    assert date_part(make_field("x", kind=SELECT, options=options)) is part
