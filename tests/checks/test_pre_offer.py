"""The pre-offer catalogue: stage, jurisdictions, grouping, modifiers and voluntary self-identification."""

from __future__ import annotations

from formaudit.models.categories import Category
from formaudit.models.classification import EvidenceSource
from formaudit.models.context import Stage
from formaudit.models.fields import FieldKind
from formaudit.models.findings import Severity
from tests.checks.factories import ask, context, form, run

C = Category


# --- the seed list: what candidates complained about ---------------------------------------------


def test_passport_copy_upload_is_high_severity_with_evidence() -> None:
    found = run(
        "identity-document",
        form(ask("Upload a copy of your passport", C.IDENTITY_DOCUMENT, kind=FieldKind.FILE, required=True)),
    )
    assert [(f.rule_id, f.severity) for f in found] == [("identity-document", Severity.HIGH)]
    assert found[0].field_label == "Upload a copy of your passport"
    assert found[0].evidence[0].text == "Upload a copy of your passport"
    assert "copy of the document" in found[0].message


def test_passport_number_alone_is_medium() -> None:
    found = run("identity-document", form(ask("Passport number", C.IDENTITY_DOCUMENT)))
    assert [f.severity for f in found] == [Severity.MEDIUM]


def test_credit_check_consent_is_flagged_and_high_where_credit_checks_are_restricted() -> None:
    consent = form(ask("I authorise a credit check", C.CREDIT_CHECK, kind=FieldKind.CHECKBOX, required=True))
    assert [f.severity for f in run("credit-check", consent)] == [Severity.MEDIUM]
    found = run("credit-check", consent, context(jurisdictions=["US-NYC"]))
    assert found[0].severity is Severity.HIGH
    assert [b.jurisdiction for b in found[0].legal_basis] == ["US", "US-NYC"]


def test_next_of_kin_block_gives_one_finding_not_one_per_field() -> None:
    block = "Next of kin (emergency contact)"
    found = run(
        "emergency-contact",
        form(
            ask(
                "Full name",
                C.EMERGENCY_CONTACT,
                group=block,
                required=True,
                source=EvidenceSource.GROUP_LABEL,
            ),
            ask("Relationship", C.EMERGENCY_CONTACT, group=block, source=EvidenceSource.GROUP_LABEL),
            ask("Emergency phone number", C.EMERGENCY_CONTACT, C.PHONE, group=block, required=True),
        ),
    )
    assert len(found) == 1
    assert found[0].field_label == block
    assert "Emergency phone number" in found[0].message
    assert len(found[0].evidence) == 3


def test_two_identical_referee_blocks_give_two_findings_with_one_fingerprint() -> None:
    fields = [
        ask(label, C.REFERENCES, group="Referee", required=True, source=EvidenceSource.GROUP_LABEL)
        for _ in range(2)
        for label in ("Name", "Phone", "Email")
    ]
    found = run("references", form(*fields))
    assert len(found) == 2
    assert found[0].fingerprint == found[1].fingerprint
    assert {f.severity for f in found} == {Severity.MEDIUM}


def test_referees_in_differently_named_blocks_have_different_fingerprints() -> None:
    g = EvidenceSource.GROUP_LABEL
    found = run(
        "references",
        form(
            ask("Name", C.REFERENCES, group="Referee 1", required=True, source=g),
            ask("Phone", C.REFERENCES, group="Referee 1", required=True, source=g),
            ask("Name", C.REFERENCES, group="Referee 2", required=True, source=g),
        ),
    )
    assert len(found) == 2
    assert found[0].fingerprint != found[1].fingerprint


def test_distinct_questions_in_a_generic_fieldset_stay_separate_findings() -> None:
    found = run(
        "national-origin",
        form(
            ask("Nationality", C.NATIONAL_ORIGIN, group="Personal details", section="Apply now"),
            ask("Place of birth", C.NATIONAL_ORIGIN, group="Personal details", section="Apply now"),
        ),
    )
    assert [f.field_label for f in found] == [
        "Personal details — Nationality",
        "Personal details — Place of birth",
    ]


def test_optional_references_are_low() -> None:
    found = run("references", form(ask("Referee email", C.REFERENCES)))
    assert [f.severity for f in found] == [Severity.LOW]


def test_hiring_manager_contacts_at_other_companies_are_medium_even_when_optional() -> None:
    section = "Other companies you are interviewing with"
    found = run(
        "other-applications",
        form(
            ask("Company", C.OTHER_APPLICATIONS, section=section, source=EvidenceSource.SECTION),
            ask("Hiring manager's name", C.OTHER_APPLICATIONS, section=section),
            ask("Hiring manager's phone number", C.OTHER_APPLICATIONS, C.PHONE, section=section),
        ),
    )
    assert len(found) == 1
    assert found[0].severity is Severity.MEDIUM
    assert found[0].field_label == section
    assert "third-party" in found[0].message


def test_other_processes_asked_optionally_without_contacts_is_low() -> None:
    found = run(
        "other-applications", form(ask("Are you in other recruitment processes?", C.OTHER_APPLICATIONS))
    )
    assert [f.severity for f in found] == [Severity.LOW]


# --- stage and jurisdictions ---------------------------------------------------------------------


def test_no_finding_once_the_stage_makes_the_data_acceptable() -> None:
    passport = form(ask("Passport number", C.IDENTITY_DOCUMENT))
    assert run("identity-document", passport, context(stage=Stage.OFFER))
    assert run("identity-document", passport, context(stage=Stage.ONBOARDING)) == []
    credit = form(ask("Consent to a credit check", C.CREDIT_CHECK))
    assert run("credit-check", credit, context(stage=Stage.INTERVIEW))
    assert run("credit-check", credit, context(stage=Stage.OFFER)) == []


def test_data_never_acceptable_is_flagged_at_every_stage() -> None:
    pregnant = form(ask("Are you pregnant?", C.PREGNANCY))
    for stage in Stage:
        assert [f.severity for f in run("pregnancy", pregnant, context(stage=stage))] == [Severity.HIGH]


def test_jurisdiction_rule_raises_severity_and_is_cited() -> None:
    dob = form(ask("Date of birth", C.DATE_OF_BIRTH, kind=FieldKind.DATE, required=True))
    plain = run("date-of-birth", dob)
    assert plain[0].severity is Severity.MEDIUM
    assert plain[0].legal_basis == ()
    colorado = run("date-of-birth", dob, context(jurisdictions=["us-co"]))
    assert colorado[0].severity is Severity.HIGH
    assert "US-CO" in {b.jurisdiction for b in colorado[0].legal_basis}
    assert any("8-2-131" in b.law for b in colorado[0].legal_basis)
    assert all(b.url.startswith("https://") for b in colorado[0].legal_basis)


def test_eu_rule_covers_a_member_state() -> None:
    found = run(
        "salary-history", form(ask("Current salary", C.SALARY_HISTORY)), context(jurisdictions=["DE"])
    )
    assert found[0].severity is Severity.HIGH
    assert [b.jurisdiction for b in found[0].legal_basis] == ["EU"]


def test_rules_of_other_jurisdictions_do_not_apply() -> None:
    found = run(
        "salary-history", form(ask("Current salary", C.SALARY_HISTORY)), context(jurisdictions=["GB"])
    )
    assert found[0].severity is Severity.MEDIUM
    assert found[0].legal_basis == ()


def test_nyc_job_is_covered_by_new_york_state_law() -> None:
    found = run(
        "salary-history", form(ask("Current salary", C.SALARY_HISTORY)), context(jurisdictions=["US-NYC"])
    )
    assert [b.jurisdiction for b in found[0].legal_basis] == ["US-NY"]


# --- confidence, modifiers, exemptions -----------------------------------------------------------


def test_low_confidence_match_becomes_a_note_and_very_low_is_dropped() -> None:
    maybe = run("criminal-history", form(ask("Any record?", (C.CRIMINAL_HISTORY, 0.5))))
    assert [f.severity for f in maybe] == [Severity.NOTE]
    assert maybe[0].confidence == 0.5
    assert run("criminal-history", form(ask("Any record?", (C.CRIMINAL_HISTORY, 0.2)))) == []


def test_arrest_question_is_high_everywhere() -> None:
    found = run("criminal-history", form(ask("Have you ever been arrested?", C.CRIMINAL_HISTORY)))
    assert found[0].severity is Severity.HIGH
    assert "arrest" in found[0].message


def test_legal_minimum_age_question_is_not_a_date_of_birth_finding() -> None:
    assert run("date-of-birth", form(ask("Are you 18 years or older?", C.DATE_OF_BIRTH))) == []


def test_interview_adjustments_question_is_not_a_health_finding() -> None:
    assert run("health", form(ask("Do you need any adjustments for the interview?", C.HEALTH))) == []


def test_linkedin_profile_is_capped_at_low_even_when_required() -> None:
    found = run("social-media", form(ask("LinkedIn profile", C.SOCIAL_MEDIA, required=True)))
    assert [f.severity for f in found] == [Severity.LOW]
    personal = run("social-media", form(ask("Instagram handle", C.SOCIAL_MEDIA, required=True)))
    assert [f.severity for f in personal] == [Severity.MEDIUM]


def test_salary_expectations_are_not_salary_history() -> None:
    assert run("salary-history", form(ask("Expected salary", C.SALARY_HISTORY))) == []


def test_hidden_fields_are_not_reported() -> None:
    assert run("religion", form(ask("Religion", C.RELIGION, visible=False))) == []


# --- voluntary self-identification ---------------------------------------------------------------


def _gender(**overrides: object) -> object:
    settings: dict[str, object] = {
        "kind": FieldKind.SELECT,
        "section": "Voluntary self-identification",
        "options": ("Female", "Male", "Non-binary", "I don't wish to answer"),
    }
    settings.update(overrides)
    return ask("Gender", C.SEX_GENDER, **settings)  # type: ignore[arg-type]


def test_voluntary_self_identification_with_decline_option_is_only_a_note() -> None:
    found = run("sex-gender", form(_gender()), context(jurisdictions=["US"]))  # type: ignore[arg-type]
    assert [f.severity for f in found] == [Severity.NOTE]
    assert "voluntary" in found[0].message


def test_required_self_identification_is_a_finding() -> None:
    found = run("sex-gender", form(_gender(required=True)), context(jurisdictions=["US"]))  # type: ignore[arg-type]
    assert [f.severity for f in found] == [Severity.HIGH]
    assert "voluntary, yet it is required" in found[0].message


def test_self_identification_without_decline_option_is_a_finding() -> None:
    field = _gender(options=("Female", "Male"))
    found = run("sex-gender", form(field))  # type: ignore[arg-type]
    assert [f.severity for f in found] == [Severity.MEDIUM]
    assert "no way to decline" in found[0].message


def test_gender_in_the_main_form_with_decline_option_is_still_a_finding() -> None:
    found = run("sex-gender", form(_gender(section="Personal details")))  # type: ignore[arg-type]
    assert [f.severity for f in found] == [Severity.MEDIUM]


def test_monitoring_in_german_dutch_french_and_spanish_is_recognised() -> None:
    cases = [
        ("Freiwillige Angaben", ("weiblich", "männlich", "divers", "Keine Angabe")),
        ("Diversiteit (vrijwillig)", ("vrouw", "man", "Zeg ik liever niet")),
        ("Questionnaire facultatif", ("femme", "homme", "Je ne souhaite pas répondre")),
        ("Datos voluntarios", ("mujer", "hombre", "Prefiero no decirlo")),
    ]
    for section, options in cases:
        found = run("sex-gender", form(_gender(section=section, options=options)))  # type: ignore[arg-type]
        assert [f.severity for f in found] == [Severity.NOTE], section


def test_decline_checkbox_next_to_the_question_counts_as_a_way_to_decline() -> None:
    group = "Ethnicity (voluntary)"
    found = run(
        "ethnicity",
        form(
            ask(
                "Ethnicity",
                C.ETHNICITY,
                kind=FieldKind.CHECKBOX_GROUP,
                group=group,
                options=("Asian", "Black", "White"),
            ),
            ask("I prefer not to say", kind=FieldKind.CHECKBOX, group=group),
        ),
    )
    assert [f.severity for f in found] == [Severity.NOTE]


def test_categories_outside_monitoring_get_no_voluntary_exemption() -> None:
    field = ask(
        "Trade union member?",
        C.UNION_MEMBERSHIP,
        kind=FieldKind.SELECT,
        section="Voluntary information",
        options=("Yes", "No", "Prefer not to say"),
    )
    assert [f.severity for f in run("union-membership", form(field))] == [Severity.HIGH]


# --- fingerprints -------------------------------------------------------------------------------


def test_fingerprint_ignores_field_ids_and_cosmetic_label_changes() -> None:
    before = run("photo", form(ask("Upload a photo *", C.PHOTO, field_id="fa-12")))
    after = run("photo", form(ask("upload a photo", C.PHOTO, field_id="x-99")))
    reworded = run("photo", form(ask("Attach your headshot", C.PHOTO)))
    assert before[0].fingerprint == after[0].fingerprint
    assert before[0].fingerprint != reworded[0].fingerprint


def test_fingerprint_depends_on_the_target() -> None:
    one = run("photo", form(ask("Photo", C.PHOTO)), context(target="a"))
    two = run("photo", form(ask("Photo", C.PHOTO)), context(target="b"))
    assert one[0].fingerprint != two[0].fingerprint


def test_graduation_year_is_an_age_proxy_and_expected_graduation_is_not() -> None:
    found = run(
        "graduation-date",
        form(ask("Year of graduation", C.EDUCATION, kind=FieldKind.NUMBER)),
        context(jurisdictions=["US-CT"]),
    )
    assert [f.severity for f in found] == [Severity.HIGH]
    assert (
        run("graduation-date", form(ask("Expected graduation date", C.EDUCATION, kind=FieldKind.DATE))) == []
    )
    assert (
        run(
            "graduation-date",
            form(ask("Year of graduation", kind=FieldKind.NUMBER)),
            context(stage=Stage.OFFER),
        )
        == []
    )


def test_unlabelled_fields_in_a_references_section_make_one_finding_with_a_readable_label() -> None:
    section = "Please list three professional references"
    cells = [ask("", C.REFERENCES, section=section, source=EvidenceSource.SECTION) for _ in range(6)]
    found = run("references", form(*cells))
    assert len(found) == 1
    assert found[0].field_label == section
    assert "“”" not in found[0].message
