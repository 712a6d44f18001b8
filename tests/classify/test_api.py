"""The classifier's public contract: pure functions, evidence that explains, a documented scale, speed."""

from __future__ import annotations

import formaudit.classify as classify_module
from formaudit.classify import classify_field, classify_form
from formaudit.classify.signals import combine
from formaudit.models.categories import Category
from formaudit.models.classification import ClassifiedField, ClassifiedForm, EvidenceSource
from formaudit.models.fields import FieldKind, Form
from tests.classify.helpers import classify, make_field

C = Category


def test_public_api_is_the_two_functions() -> None:
    assert classify_module.__all__ == ["classify_field", "classify_form"]


def test_classify_field_returns_the_field_with_its_matches() -> None:
    field = make_field("Passport number", name="passport_no")
    result = classify_field(field)
    assert isinstance(result, ClassifiedField)
    assert result.field is field
    assert result.categories == {C.IDENTITY_DOCUMENT}


def test_evidence_names_the_source_the_text_as_written_and_the_rule() -> None:
    match = classify("Upload a copy of your Passport", kind=FieldKind.FILE).match_for(C.IDENTITY_DOCUMENT)
    assert match is not None
    evidence = match.evidence[0]
    assert evidence.source is EvidenceSource.LABEL
    assert evidence.text == "Passport"
    assert evidence.rule == "identity_document.passport"


def test_agreeing_signals_raise_confidence_and_are_all_kept_as_evidence() -> None:
    label_only = classify("Date of birth").match_for(C.DATE_OF_BIRTH)
    everything = classify("Date of birth", name="dob", autocomplete="bday",
                          kind=FieldKind.DATE).match_for(C.DATE_OF_BIRTH)
    assert label_only is not None and everything is not None
    assert label_only.confidence == 0.95
    assert everything.confidence > label_only.confidence
    sources = {e.source for e in everything.evidence}
    assert {EvidenceSource.LABEL, EvidenceSource.NAME, EvidenceSource.AUTOCOMPLETE} <= sources


def test_confidence_follows_the_documented_scale() -> None:
    def confidence(category: Category, label: str = "", **attributes: object) -> float:
        match = classify(label, **attributes).match_for(category)
        assert match is not None
        return match.confidence

    assert confidence(C.DATE_OF_BIRTH, "Geburtsdatum") == 0.95
    assert confidence(C.DATE_OF_BIRTH, "", autocomplete="bday") == 0.90
    assert confidence(C.EMAIL, "", kind=FieldKind.EMAIL, input_type="email") == 0.85
    assert confidence(C.GOVERNMENT_ID, "", name="ssn") == 0.80
    assert confidence(C.SEX_GENDER, "Select", kind=FieldKind.SELECT, options=("Male", "Female")) == 0.80
    assert confidence(C.CREDIT_CHECK, "I agree", kind=FieldKind.CHECKBOX,
                      description="We will run a credit check before any offer.") == 0.75
    assert confidence(C.PHOTO, "Video") == 0.70
    assert confidence(C.EMERGENCY_CONTACT, "Phone", section="Next of kin") == 0.80
    assert confidence(C.CRIMINAL_HISTORY, "Give details", section="Criminal record declaration") == 0.60


def test_combine_is_a_capped_noisy_or() -> None:
    assert combine([0.95]) == 0.95
    assert combine([0.7, 0.8]) == 0.94
    assert combine([0.95, 0.95, 0.95]) == 0.99
    assert combine([]) == 0.0


def test_a_field_may_ask_for_several_categories_or_none() -> None:
    several = classify("I authorise background checks including a credit check and a criminal record check",
                       kind=FieldKind.CHECKBOX)
    assert several.categories == {C.BACKGROUND_CHECK_CONSENT, C.CREDIT_CHECK, C.CRIMINAL_HISTORY}
    assert classify("Why do you want this job?", kind=FieldKind.TEXTAREA).matches == ()


def test_matches_are_ordered_by_confidence() -> None:
    result = classify("Passport number", group_label="Documents",
                      description="or your driving licence number")
    confidences = [m.confidence for m in result.matches]
    assert confidences == sorted(confidences, reverse=True)


def test_classify_form_keeps_every_field_in_order_including_hidden_ones() -> None:
    fields = (
        make_field("Email", field_id="a", kind=FieldKind.EMAIL),
        make_field("", field_id="b", name="h-captcha-response", visible=False),
        make_field("Nationality", field_id="c"),
    )
    result = classify_form(Form(form_id="f", fields=fields))
    assert isinstance(result, ClassifiedForm)
    assert [f.field.field_id for f in result.fields] == ["a", "b", "c"]
    assert result.fields[1].categories == {C.CAPTCHA}
    assert [f.field.field_id for f in result.with_category(C.CAPTCHA)] == []
    assert [f.field.field_id for f in result.with_category(C.NATIONAL_ORIGIN)] == ["c"]


def test_hostile_and_empty_text_is_classified_without_error() -> None:
    fields = (
        make_field(""),
        make_field("<script>alert('passport')</script>" * 500),
        make_field("\u0000\ufeff\u202e"),
        make_field("?" * 5000, description="(" * 3000),
        make_field("Ｐａｓｓｐｏｒｔ　Ｎｏ．"),  # full-width letters fold like ASCII
    )
    results = classify_form(Form(form_id="f", fields=fields)).fields
    assert results[0].matches == ()
    assert C.IDENTITY_DOCUMENT in results[4].categories


def test_five_thousand_distinct_fields_are_each_classified_on_their_own() -> None:
    """Speed is measured in benchmarks/bench_classify.py; this checks a big form is read right."""
    labels = ["Passport number", "Emergency contact phone", "Referee email", "Current salary", "Gender",
              "Why do you want to join us?", "Date available to start", "Phone", "Geburtsdatum",
              "Nationalité"]
    fields = tuple(
        make_field(f"{labels[i % len(labels)]} {i}", field_id=f"f{i}", name=f"q_{i}",
                   description="Please answer honestly" if i % 3 == 0 else None)
        for i in range(5000)
    )
    form = Form(form_id="big", fields=fields)
    result = classify_form(form)
    assert len(result.fields) == 5000
    # Each field keeps its own reading: the labels cycle through ten questions.
    for index in (0, 4990, 3, 1):
        assert result.fields[index].field.field_id == f"f{index}"
    assert C.IDENTITY_DOCUMENT in result.fields[0].categories and C.IDENTITY_DOCUMENT in result.fields[4990].categories
    assert C.SALARY_HISTORY in result.fields[3].categories
    assert C.EMERGENCY_CONTACT in result.fields[1].categories
