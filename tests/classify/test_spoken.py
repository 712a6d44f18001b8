"""Questions asked in plain words: spoken phrasings, bundled consents, answers that say what is asked.

Blind rounds 4 and 5 (tests/fixtures/labelled/round*_blind.json) showed where recall was lost: a
recruiter writes "Who should we call if something happens to you?" rather than "Emergency contact",
"problems with the law" rather than "criminal record", and one consent box covers three checks.
These cases use wordings of their own (not the labelled ones), so they pin the generalised patterns
rather than memorised strings, together with the lookalikes those patterns must leave alone.
"""

from __future__ import annotations

from typing import Any

import pytest

from formaudit.models.categories import Category
from formaudit.models.fields import FieldKind
from tests.classify.helpers import categories_of, classify_fields, make_field

C = Category
YES_NO = {"kind": FieldKind.RADIO_GROUP, "options": ("Yes", "No")}
TICK = {"kind": FieldKind.CHECKBOX}
FILE = {"kind": FieldKind.FILE}

SPOKEN: list[tuple[frozenset[Category], str, str, dict[str, Any]]] = [
    # Emergency contacts and next of kin, without the words "emergency contact".
    (frozenset({C.EMERGENCY_CONTACT}), "en", "Whom should we ring if anything happens to you on shift?", {}),
    (frozenset({C.EMERGENCY_CONTACT}), "en", "Someone we can contact if you are taken ill at work", {}),
    (frozenset({C.EMERGENCY_CONTACT}), "de", "Wen dürfen wir anrufen, falls Ihnen etwas zustößt?", {}),
    (frozenset({C.EMERGENCY_CONTACT}), "fr", "Qui prévenir s'il vous arrivait quelque chose ?", {}),
    (frozenset({C.EMERGENCY_CONTACT}), "es", "Si te pasa algo, ¿a quién llamamos?", {}),
    (frozenset({C.EMERGENCY_CONTACT}), "nl", "Wie bellen we bij een ongeval?", {}),
    (frozenset({C.EMERGENCY_CONTACT}), "en", "Someone to phone if you feel unwell on site", {}),
    (frozenset({C.EMERGENCY_CONTACT}), "de", "Im Notfall erreichbare Kontaktperson", {}),
    # Referees, described rather than named.
    (frozenset({C.REFERENCES}), "en", "Two managers who could speak to your performance", {}),
    (frozenset({C.REFERENCES}), "en", "Who can vouch for you? Name and mobile, please", {}),
    (frozenset({C.REFERENCES}), "fr", "Un ancien manager que nous pourrions appeler", {}),
    (frozenset({C.REFERENCES}), "nl", "Mogen we je vorige leidinggevende bellen?", YES_NO),
    (frozenset({C.REFERENCES}), "en", "Two supervisors who have managed you, with phone numbers", {}),
    (frozenset({C.REFERENCES}), "en", "Your manager at your last job: may we ring them?", {}),
    (frozenset({C.REFERENCES}), "fr", "Deux personnes prêtes à vous recommander", {}),
    (frozenset({C.REFERENCES}), "es", "Alguien que pueda recomendarte, con su teléfono", {}),
    # Other employers' processes.
    (frozenset({C.OTHER_APPLICATIONS}), "en", "Are you in process anywhere else right now?", YES_NO),
    (frozenset({C.OTHER_APPLICATIONS}), "en", "Have you had offers from any other firms?", YES_NO),
    (frozenset({C.OTHER_APPLICATIONS}), "en", "The hiring manager you met at the other company", {}),
    (frozenset({C.OTHER_APPLICATIONS}), "de", "Liegen Ihnen parallele Jobangebote vor?", YES_NO),
    (frozenset({C.OTHER_APPLICATIONS}), "fr", "Chez quelles autres entreprises avez-vous postulé ?", {}),
    (frozenset({C.OTHER_APPLICATIONS}), "es", "¿Con qué otras empresas hablas ahora mismo?", {}),
    (frozenset({C.OTHER_APPLICATIONS}), "es", "¿Tienes otra entrevista pendiente?", YES_NO),
    (frozenset({C.OTHER_APPLICATIONS}), "de", "Sind Sie mit weiteren Unternehmen im Gespräch?", YES_NO),
    (frozenset({C.OTHER_APPLICATIONS}), "nl", "Heb je elders gesolliciteerd?", YES_NO),
    # Salary history, as people say it.
    (frozenset({C.SALARY_HISTORY}), "en", "How much are you currently paid?", {}),
    (frozenset({C.SALARY_HISTORY}), "de", "Wie viel verdienst du momentan?", {}),
    (frozenset({C.SALARY_HISTORY}), "fr", "Combien touchez-vous actuellement ?", {}),
    (frozenset({C.SALARY_HISTORY}), "es", "¿Cuánto ganas en tu empleo actual?", {}),
    (frozenset({C.SALARY_HISTORY}), "nl", "Hoeveel verdient u op dit moment?", {}),
    (frozenset({C.SALARY_HISTORY}), "de", "Derzeitiges Grundgehalt", {}),
    # Birth date and age.
    (frozenset({C.DATE_OF_BIRTH}), "de", "In welchem Jahr sind Sie geboren?", {}),
    (frozenset({C.DATE_OF_BIRTH}), "fr", "Quand êtes-vous née ?", {}),
    (frozenset({C.DATE_OF_BIRTH}), "es", "¿Cuándo naciste?", {"kind": FieldKind.DATE}),
    (frozenset({C.DATE_OF_BIRTH}), "nl", "In welk jaar ben je geboren?", {}),
    # Family, pregnancy, marital status.
    (frozenset({C.PREGNANCY}), "en", "Are you hoping to become a mum soon?", YES_NO),
    (frozenset({C.PREGNANCY}), "de", "Erwarten Sie Nachwuchs?", YES_NO),
    (frozenset({C.PREGNANCY}), "es", "¿Quieres tener un bebé en los próximos años?", YES_NO),
    (frozenset({C.PREGNANCY}), "nl", "Ben je in verwachting?", YES_NO),
    (frozenset({C.PREGNANCY}), "fr", "Vous attendez un bébé ?", YES_NO),
    (frozenset({C.MARITAL_STATUS}), "es", "¿Eres casada?", YES_NO),
    (frozenset({C.FAMILY}), "es", "¿Tienes hijos o hijas?", YES_NO),
    # Criminal record, in euphemism.
    (frozenset({C.CRIMINAL_HISTORY}), "en", "Ever been in trouble with the police?", YES_NO),
    (frozenset({C.CRIMINAL_HISTORY}), "fr", "Avez-vous eu des ennuis avec la justice ?", YES_NO),
    (frozenset({C.CRIMINAL_HISTORY}), "nl", "Ben je ooit in aanraking geweest met justitie?", YES_NO),
    # Credit, in the words of a loan officer.
    (frozenset({C.CREDIT_CHECK}), "en", "Have you defaulted on any credit agreement?", YES_NO),
    (frozenset({C.CREDIT_CHECK}), "en", "Any court judgments registered against you?", YES_NO),
    (frozenset({C.CREDIT_CHECK}), "de", "Läuft gegen Sie ein Verbraucherinsolvenzverfahren?", YES_NO),
    # National origin, body, union, military service.
    (frozenset({C.NATIONAL_ORIGIN}), "en", "Which country are you originally from?", {}),
    (frozenset({C.NATIONAL_ORIGIN}), "de", "Wo sind Sie geboren?", {}),
    (frozenset({C.NATIONAL_ORIGIN}), "es", "¿En qué país nació usted?", {}),
    (frozenset({C.NATIONAL_ORIGIN}), "nl", "Waar kom je oorspronkelijk vandaan?", {}),
    (frozenset({C.PHYSICAL_TRAITS}), "fr", "Combien pesez-vous ?", {}),
    (frozenset({C.PHYSICAL_TRAITS}), "nl", "Hoe lang ben je (in cm)?", {}),
    (frozenset({C.ETHNICITY}), "nl", "Tot welke etnische groep reken je jezelf?", {}),
    (frozenset({C.UNION_MEMBERSHIP}), "en", "Have you ever joined a trade union?", YES_NO),
    (frozenset({C.VETERAN_STATUS}), "en", "Did you serve with the National Guard?", YES_NO),
    (frozenset({C.VETERAN_STATUS}), "es", "¿Sirvió en las fuerzas armadas?", YES_NO),
    (frozenset({C.VETERAN_STATUS}), "en", "Have you served in the British Army?", YES_NO),
    (frozenset({C.PREVIOUS_NAMES}), "es", "Otros apellidos que haya usado", {}),
    # Documents.
    (frozenset({C.IDENTITY_DOCUMENT}), "en", "Upload a clear scan of your ID", FILE),
    (frozenset({C.WORK_AUTHORIZATION}), "en", "Which visa are you on at the moment?", {}),
]

BUNDLED: list[tuple[frozenset[Category], str, str | None]] = [
    (frozenset({C.BACKGROUND_CHECK_CONSENT, C.CREDIT_CHECK, C.CRIMINAL_HISTORY}),
     "I agree to background, credit, and police checks", None),
    (frozenset({C.CREDIT_CHECK, C.CRIMINAL_HISTORY}), "I agree",
     "You consent to identity, credit and DBS checks before interview."),
    (frozenset({C.BACKGROUND_CHECK_CONSENT}), "I accept",
     "I authorise you to check my employment history with my former employers."),
    (frozenset({C.CREDIT_CHECK}), "I authorise you to obtain my credit file", None),
]

LOOKALIKES: list[tuple[frozenset[Category], str, str, dict[str, Any]]] = [
    # Experience with checks is not consent to one.
    (frozenset(), "en", "Experience with credit and background checks (years)", {"kind": FieldKind.NUMBER}),
    (frozenset(), "en", "Are you familiar with criminal record checks for care staff?", YES_NO),
    # Scenarios and procedures mention accidents; they do not ask whom to call.
    (frozenset(), "en", "How would you respond if something happened to a customer?",
     {"kind": FieldKind.TEXTAREA}),
    (frozenset(), "nl", "Wat doe je bij een ongeval op de bouwplaats?", {"kind": FieldKind.TEXTAREA}),
    (frozenset(), "en", "Who should we contact if we have questions about your portfolio?", {}),
    # Newsletters, referrals and recommendations are not other offers or referees.
    (frozenset(), "de", "Ich möchte weitere Angebote erhalten", TICK),
    (frozenset(), "de", "Wen würden Sie uns empfehlen?", {}),
    (frozenset(), "nl", "Vermeld als referentie het vacaturenummer", {}),
    (frozenset(), "en", "Other roles you have applied for with us", {}),
    # Document dates and wording about a document are not ages or document requests.
    (frozenset({C.CRIMINAL_HISTORY}), "de", "Führungszeugnis (höchstens drei Monate alt)", FILE),
    (frozenset({C.NAME}), "en", "Full name as it appears on your passport", {}),
    (frozenset(), "de", "Sind Sie älter als 18 Jahre?", YES_NO),
    # What someone wants to earn is an expectation, however it is phrased.
    (frozenset({C.SALARY_EXPECTATION}), "en", "What are you hoping to earn?", {}),
    (frozenset({C.SALARY_EXPECTATION}), "en", "Desired annual base salary", {}),
    (frozenset({C.SALARY_EXPECTATION}), "fr", "Combien souhaitez-vous gagner ?", {}),
    (frozenset({C.SALARY_EXPECTATION}), "nl", "Wat wil je graag verdienen?", {}),
    (frozenset({C.SALARY_EXPECTATION}), "de", "Was möchten Sie verdienen?", {}),
    (frozenset(), "en", "What do you make of our mission statement?", {"kind": FieldKind.TEXTAREA}),
    # Bank and HR wording that borrows the words of sensitive questions.
    (frozenset({C.BANK_DETAILS}), "es", "Cuenta bancaria para el abono de la nómina", {}),
    (frozenset(), "en", "Can you do the essential duties of the role, with or without accommodation?",
     YES_NO),
    (frozenset(), "en", "Member of the students' union committee?", YES_NO),
    (frozenset(), "nl", "Hoe lang ben je al werkzaam in de zorg?", {}),
    (frozenset({C.ADDRESS}), "en", "In which city are you based?", {}),
    (frozenset({C.ADDRESS}), "nl", "In welke gemeente woont u?", {}),
    (frozenset({C.SALARY_EXPECTATION}), "es", "¿Qué sueldo pretendes cobrar?", {}),
    (frozenset({C.SALARY_EXPECTATION}), "nl", "Wat zijn uw looneisen?", {}),
    # Everyday wording near the round-5 patterns.
    (frozenset(), "en", "Do you have regular contact with the police in your role?", YES_NO),
    (frozenset(), "en", "Are there any other interview dates we should avoid?", {}),
    (frozenset(), "de", "Aktuelle Lohnsteuerklasse", {}),
    (frozenset(), "de", "Haben Sie schon bei anderen Unternehmen gearbeitet?", YES_NO),
    (frozenset(), "es", "Otras ofertas de nuestra empresa que te interesen", {}),
    (frozenset(), "nl", "In verwachting van uw reactie", TICK),
]


@pytest.mark.parametrize(("expected", "lang", "label", "attributes"), SPOKEN, ids=lambda v: str(v)[:40])
def test_spoken_and_indirect_questions_are_recognised(
    expected: frozenset[Category], lang: str, label: str, attributes: dict[str, Any]
) -> None:
    assert categories_of(label, **attributes) == expected, (lang, label)


@pytest.mark.parametrize(("expected", "label", "description"), BUNDLED, ids=lambda v: str(v)[:40])
def test_a_consent_counts_every_check_it_lists(
    expected: frozenset[Category], label: str, description: str | None
) -> None:
    assert categories_of(label, kind=FieldKind.CHECKBOX, description=description) == expected


@pytest.mark.parametrize(("expected", "lang", "label", "attributes"), LOOKALIKES, ids=lambda v: str(v)[:40])
def test_lookalikes_of_the_new_phrasings_stay_apart(
    expected: frozenset[Category], lang: str, label: str, attributes: dict[str, Any]
) -> None:
    assert categories_of(label, **attributes) == expected, (lang, label)


def test_answers_alone_can_name_a_criminal_record_question() -> None:
    options = ("I have no unspent convictions", "I have something to declare")
    assert categories_of("Please choose one", kind=FieldKind.RADIO_GROUP, options=options) == {
        C.CRIMINAL_HISTORY
    }


def test_a_generic_upload_under_an_identity_check_heading_is_a_document() -> None:
    assert categories_of("Upload file", kind=FieldKind.FILE, section="Verification of identity") == {
        C.IDENTITY_DOCUMENT
    }


def test_a_salary_with_its_period_in_an_employment_block_is_what_the_job_paid() -> None:
    fields = classify_fields(
        make_field("Employer name", section="Employment history"),
        make_field("Annual gross salary", section="Employment history"),
    )
    assert [f.categories for f in fields] == [{C.WORK_HISTORY}, {C.SALARY_HISTORY}]


def test_the_same_salary_outside_any_block_is_an_expectation() -> None:
    assert categories_of("Annual gross salary") == {C.SALARY_EXPECTATION}
