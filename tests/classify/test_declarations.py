"""Declarations ask for consent, not details; a name attribute alone does not overrule a clear label."""

from __future__ import annotations

from formaudit.models.categories import Category as C
from tests.classify.helpers import categories_of

DECLARATION = (
    "I authorise Acme Ltd to carry out the following background checks: take up employment and "
    "character references, a credit check, a criminal record check and a passport check."
)
CERTIFICATION = (
    "I certify that the facts set forth in this application are true and complete. I authorize the "
    "employer to investigate any of them. The employer may contact any listed references."
)


def test_a_signature_under_a_consent_declaration_is_consent_to_the_checks_it_names() -> None:
    found = categories_of("Applicant signature", description=DECLARATION)
    assert {C.CREDIT_CHECK, C.CRIMINAL_HISTORY} <= found
    assert not found & {C.REFERENCES, C.IDENTITY_DOCUMENT}


def test_a_certification_mentioning_references_does_not_ask_for_referees() -> None:
    assert C.REFERENCES not in categories_of(CERTIFICATION)


def test_a_short_question_about_references_is_still_a_references_question() -> None:
    assert C.REFERENCES in categories_of("Please give the names of two referees")


def test_a_pasted_name_does_not_make_a_clear_label_sensitive() -> None:
    assert categories_of("Position applying for", name="ssn", html_id="ssn") == frozenset()
    assert categories_of("Date you can start work", name="ssn") == frozenset()


def test_a_label_less_or_slot_label_field_still_learns_from_its_name() -> None:
    assert C.GOVERNMENT_ID in categories_of("", name="ssn")
    assert C.GOVERNMENT_ID in categories_of("ID number", name="ssn")
