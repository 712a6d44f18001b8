"""Section awareness: a name, phone or email inside someone else's block is that someone's."""

from __future__ import annotations

import pytest

from formaudit.models.categories import Category
from formaudit.models.classification import EvidenceSource
from formaudit.models.fields import FieldKind
from tests.classify.helpers import categories_of, classify, classify_fields, make_field

C = Category


@pytest.mark.parametrize(
    ("section", "block"),
    [
        ("Emergency contact", C.EMERGENCY_CONTACT),
        ("Next of kin", C.EMERGENCY_CONTACT),
        ("Notfallkontakt", C.EMERGENCY_CONTACT),
        ("Personne à prévenir en cas d'urgence", C.EMERGENCY_CONTACT),
        ("Contacto de emergencia", C.EMERGENCY_CONTACT),
        ("Contactpersoon in geval van nood", C.EMERGENCY_CONTACT),
        ("References", C.REFERENCES),
        ("Referees", C.REFERENCES),
        ("Referenzen", C.REFERENCES),
        ("Referencias laborales", C.REFERENCES),
        ("Referenties", C.REFERENCES),
        ("Other applications", C.OTHER_APPLICATIONS),
        ("Laufende Bewerbungen", C.OTHER_APPLICATIONS),
        ("Bank details", C.BANK_DETAILS),
    ],
)
def test_phone_under_a_third_party_heading_takes_the_heading_category(section: str, block: Category) -> None:
    found = categories_of("Phone number", kind=FieldKind.TEL, input_type="tel", section=section)
    assert found == {block}


def test_contact_fields_under_next_of_kin_are_not_the_applicants_own() -> None:
    for label, kind in (("Name", FieldKind.TEXT), ("Email", FieldKind.EMAIL),
                        ("Address", FieldKind.TEXTAREA)):
        found = categories_of(label, kind=kind, section="Next of kin")
        assert found == {C.EMERGENCY_CONTACT}, label
        assert not found & {C.NAME, C.EMAIL, C.ADDRESS}


def test_a_group_label_works_like_a_section_heading() -> None:
    assert categories_of("Phone", kind=FieldKind.TEL, group_label="Referee 2") == {C.REFERENCES}
    assert categories_of("Naam", group_label="In geval van nood waarschuwen") == {C.EMERGENCY_CONTACT}


def test_the_hiring_managers_details_at_other_companies_are_other_applications() -> None:
    section = "Other companies you are interviewing with"
    fields = classify_fields(
        make_field("Company", section=section),
        make_field("Hiring manager's name", section=section),
        make_field("Hiring manager's phone", kind=FieldKind.TEL, section=section),
    )
    assert [f.categories for f in fields] == [frozenset({C.OTHER_APPLICATIONS})] * 3


def test_section_inheritance_over_a_contact_field_is_confident_and_says_why() -> None:
    match = classify("Mobile", kind=FieldKind.TEL, section="Next of kin").match_for(C.EMERGENCY_CONTACT)
    assert match is not None
    assert match.confidence >= 0.8
    assert any(e.source is EvidenceSource.SECTION and e.text == "Next of kin" for e in match.evidence)


def test_applicants_own_contact_details_stay_ordinary_outside_such_blocks() -> None:
    assert categories_of("Phone number", kind=FieldKind.TEL, section="Your details") == {C.PHONE}
    assert categories_of("Full name", section="Personal information") == {C.NAME}


def test_a_fields_own_sensitive_category_wins_over_the_block() -> None:
    assert categories_of("Date of birth", kind=FieldKind.DATE, section="References") == {C.DATE_OF_BIRTH}


def test_form_plumbing_inside_a_block_inherits_nothing() -> None:
    assert categories_of("Have you completed this section?", section="Referees",
                         kind=FieldKind.RADIO_GROUP, options=("Yes", "No")) == set()
    assert categories_of("Date", kind=FieldKind.DATE, section="Emergency contact") == set()


@pytest.mark.parametrize(
    ("label", "section", "expected"),
    [
        ("Company phone number", "Employment history", C.WORK_HISTORY),
        ("Supervisor's name", "Employer 2", C.WORK_HISTORY),
        ("City", "Education", C.EDUCATION),
        ("Start date", "Work experience", C.WORK_HISTORY),
        ("Name der Schule", "Ausbildung", C.EDUCATION),
        ("Poste occupé", "Expérience professionnelle", C.WORK_HISTORY),
    ],
)
def test_fields_in_history_blocks_belong_to_the_history(label: str, section: str, expected: Category) -> None:
    assert categories_of(label, section=section) == {expected}


def test_a_bare_salary_in_an_employment_block_is_salary_history() -> None:
    assert categories_of("Salary", section="Employment history") == {C.SALARY_HISTORY}
    assert categories_of("Salary") == {C.SALARY_EXPECTATION}


def test_silent_follow_up_fields_share_the_subject_of_their_block() -> None:
    assert categories_of("Give details", kind=FieldKind.TEXTAREA,
                         section="Criminal record declaration") == {C.CRIMINAL_HISTORY}
    assert categories_of("Upper range", kind=FieldKind.NUMBER,
                         section="Expected salary range") == {C.SALARY_EXPECTATION}


def test_may_we_contact_this_employer_is_a_reference_question_even_in_the_history_block() -> None:
    assert categories_of("May we contact this employer?", section="Employer 1",
                         kind=FieldKind.SELECT, options=("Yes", "No")) == {C.REFERENCES}


def test_a_referees_job_title_and_organisation_are_references_not_work_history() -> None:
    assert categories_of("Job title", section="Referees") == {C.REFERENCES}
    assert categories_of("Organisation", section="Referees") == {C.REFERENCES}


def test_a_confirmation_field_is_not_a_second_email_question() -> None:
    assert categories_of("Confirm email", kind=FieldKind.EMAIL, input_type="email") == {C.EMAIL_CONFIRMATION}


def test_a_social_media_password_is_only_a_credentials_request() -> None:
    assert categories_of("Facebook password", kind=FieldKind.PASSWORD,
                         input_type="password") == {C.SOCIAL_MEDIA_CREDENTIALS}


def test_a_bare_contact_label_learns_whose_contact_it_is_from_the_name_attribute() -> None:
    assert categories_of("Phone", name="emergency_phone", kind=FieldKind.TEL) == {C.EMERGENCY_CONTACT}
    assert categories_of("Name", name="referee1_name") == {C.REFERENCES}
    assert categories_of("Name", name="applicant_name") == {C.NAME}


@pytest.mark.parametrize(
    "heading",
    ["Apply: Shift Supervisor", "Apply: Childcare Assistant", "Education Officer", "Bewerbung: Pflegekraft",
     "Candidature : Conseiller bancaire", "Apply: Mental Health Nurse", "Passport Office Clerk"],
)
def test_page_and_job_title_headings_make_no_block(heading: str) -> None:
    assert categories_of("Full name", section=heading) == {C.NAME}
    assert categories_of("Email", kind=FieldKind.EMAIL, input_type="email", section=heading) == {C.EMAIL}
    assert categories_of("Why do you want this job?", kind=FieldKind.TEXTAREA, section=heading) == set()
