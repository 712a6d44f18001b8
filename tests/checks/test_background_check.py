"""Background-check consent bundled into the application (FCRA stand-alone disclosure)."""

from __future__ import annotations

from formaudit.models.categories import Category
from formaudit.models.context import Stage
from formaudit.models.fields import FieldKind
from formaudit.models.findings import Severity
from tests.checks.factories import ask, context, form, run

CONSENT = "I authorize the company to obtain consumer reports about me"


def test_consent_inside_the_application_is_high_in_the_us() -> None:
    found = run(
        "background-check-bundled",
        form(
            ask("Upload your résumé", Category.RESUME_UPLOAD, kind=FieldKind.FILE),
            ask(CONSENT, Category.BACKGROUND_CHECK_CONSENT, kind=FieldKind.CHECKBOX, required=True),
        ),
        context(jurisdictions=["US-CA"]),
    )
    assert [f.severity for f in found] == [Severity.HIGH]
    assert "before any offer" in found[0].message and "other question" in found[0].message
    assert {b.jurisdiction for b in found[0].legal_basis} == {"US", "US-CA"}


def test_stand_alone_disclosure_at_offer_stage_is_fine() -> None:
    standalone = form(
        ask("Full legal name", Category.NAME, required=True),
        ask("Date of birth", Category.DATE_OF_BIRTH, kind=FieldKind.DATE, required=True),
        ask(CONSENT, Category.BACKGROUND_CHECK_CONSENT, kind=FieldKind.CHECKBOX, required=True),
    )
    assert run("background-check-bundled", standalone, context(stage=Stage.OFFER, jurisdictions=["US"])) == []


def test_liability_waiver_in_the_consent_is_flagged_even_at_offer_stage() -> None:
    waiver = ask(
        CONSENT + " and release the company from all liability",
        Category.BACKGROUND_CHECK_CONSENT,
        kind=FieldKind.CHECKBOX,
        required=True,
    )
    found = run("background-check-bundled", form(waiver), context(stage=Stage.OFFER, jurisdictions=["US"]))
    assert [f.severity for f in found] == [Severity.HIGH]
    assert "other terms" in found[0].message


def test_an_accuracy_statement_beside_a_uk_consent_at_onboarding_is_not_flagged() -> None:
    consent = ask(
        CONSENT + ". I declare that the information I have provided is true and complete.",
        Category.BACKGROUND_CHECK_CONSENT,
        kind=FieldKind.CHECKBOX,
        required=True,
    )
    assert run("background-check-bundled", form(consent), context(stage=Stage.ONBOARDING, jurisdictions=["GB"])) == []
    us = run("background-check-bundled", form(consent), context(stage=Stage.ONBOARDING, jurisdictions=["US"]))
    assert [f.severity for f in us] == [Severity.HIGH]
