"""Each category: how it is asked in English, German, French, Spanish and Dutch, and what it is not.

The labelled data (tests/fixtures/labelled/) scores the classifier at scale; these cases pin the
behaviour that matters most, one readable line each, with phrasings of their own.
"""

from __future__ import annotations

from typing import Any

import pytest

from formaudit.models.categories import SENSITIVE_CATEGORIES, Category
from formaudit.models.fields import FieldKind
from tests.classify.helpers import categories_of

C = Category
YES_NO = {"kind": FieldKind.RADIO_GROUP, "options": ("Yes", "No")}
FILE = {"kind": FieldKind.FILE}
TICK = {"kind": FieldKind.CHECKBOX}
REFERRAL_SOURCES = {"kind": FieldKind.SELECT, "options": ("Referral", "Job board", "Other")}
COUNTRIES = {"kind": FieldKind.SELECT, "options": ("France", "Germany", "Spain")}

# (category, language, label, extra field attributes)
ASKED: list[tuple[Category, str, str, dict[str, Any]]] = [
    (C.IDENTITY_DOCUMENT, "en", "Scan of your passport (photo page)", FILE),
    (C.IDENTITY_DOCUMENT, "de", "Personalausweis (Vorder- und Rückseite)", FILE),
    (C.IDENTITY_DOCUMENT, "fr", "Numéro de passeport ou de carte d'identité", {}),
    (C.IDENTITY_DOCUMENT, "es", "Copia del pasaporte", FILE),
    (C.IDENTITY_DOCUMENT, "nl", "Rijbewijsnummer en vervaldatum", {}),
    (C.GOVERNMENT_ID, "en", "Social Security No.", {}),
    (C.GOVERNMENT_ID, "de", "Sozialversicherungs-Nr.", {}),
    (C.GOVERNMENT_ID, "fr", "Numéro de sécu", {}),
    (C.GOVERNMENT_ID, "es", "NIF / NIE", {}),
    (C.GOVERNMENT_ID, "nl", "Burgerservicenummer (BSN)", {}),
    (C.DATE_OF_BIRTH, "en", "Your date of birth", {"kind": FieldKind.DATE}),
    (C.DATE_OF_BIRTH, "de", "Geburtsjahr", {}),
    (C.DATE_OF_BIRTH, "fr", "Date de naissance (JJ/MM/AAAA)", {}),
    (C.DATE_OF_BIRTH, "es", "Edad", {"kind": FieldKind.NUMBER}),
    (C.DATE_OF_BIRTH, "nl", "Geboortedatum", {}),
    (C.CREDIT_CHECK, "en", "Have you ever been declared bankrupt?", YES_NO),
    (C.CREDIT_CHECK, "de", "Bitte reichen Sie eine SCHUFA-Selbstauskunft ein", FILE),
    (C.CREDIT_CHECK, "fr", "Êtes-vous en situation de surendettement ?", YES_NO),
    (C.CREDIT_CHECK, "es", "¿Figura en el fichero de morosos ASNEF?", YES_NO),
    (C.CREDIT_CHECK, "nl", "Staat u geregistreerd bij het BKR?", YES_NO),
    (C.BACKGROUND_CHECK_CONSENT, "en", "I authorize a background check", TICK),
    (C.BACKGROUND_CHECK_CONSENT, "de", "Ich stimme einer Hintergrundüberprüfung zu", TICK),
    (C.BACKGROUND_CHECK_CONSENT, "fr", "J'accepte le contrôle des antécédents", TICK),
    (C.BACKGROUND_CHECK_CONSENT, "es", "Acepto la comprobación de antecedentes", TICK),
    (C.BACKGROUND_CHECK_CONSENT, "nl", "Akkoord met een screening door een extern bureau", TICK),
    (C.CRIMINAL_HISTORY, "en", "Have you ever been convicted of a criminal offence?", YES_NO),
    (C.CRIMINAL_HISTORY, "de", "Liegen Eintragungen im Führungszeugnis vor?", YES_NO),
    (C.CRIMINAL_HISTORY, "fr", "Bulletin n°3 du casier judiciaire", FILE),
    (C.CRIMINAL_HISTORY, "es", "¿Tiene antecedentes penales?", YES_NO),
    (C.CRIMINAL_HISTORY, "nl", "Kunt u een VOG overleggen?", YES_NO),
    (C.SALARY_HISTORY, "en", "Current salary (gross per year)", {}),
    (C.SALARY_HISTORY, "de", "Letztes Bruttojahresgehalt", {}),
    (C.SALARY_HISTORY, "fr", "Joindre vos trois dernières fiches de paie", FILE),
    (C.SALARY_HISTORY, "es", "Sueldo actual", {}),
    (C.SALARY_HISTORY, "nl", "Huidig jaarsalaris", {}),
    (C.MARITAL_STATUS, "en", "Marital status", {}),
    (C.MARITAL_STATUS, "de", "Familienstand", {}),
    (C.MARITAL_STATUS, "fr", "Situation familiale", {}),
    (C.MARITAL_STATUS, "es", "Estado civil", {}),
    (C.MARITAL_STATUS, "nl", "Burgerlijke staat", {}),
    (C.FAMILY, "en", "How many children do you have?", {}),
    (C.FAMILY, "de", "Anzahl der Kinder", {}),
    (C.FAMILY, "fr", "Profession du conjoint", {}),
    (C.FAMILY, "es", "Número de hijos", {}),
    (C.FAMILY, "nl", "Aantal kinderen", {}),
    (C.PREGNANCY, "en", "Are you pregnant or planning a pregnancy?", YES_NO),
    (C.PREGNANCY, "de", "Besteht eine Schwangerschaft?", YES_NO),
    (C.PREGNANCY, "fr", "Êtes-vous enceinte ?", YES_NO),
    (C.PREGNANCY, "es", "¿Está embarazada?", YES_NO),
    (C.PREGNANCY, "nl", "Heeft u een kinderwens?", YES_NO),
    (C.EMERGENCY_CONTACT, "en", "In case of emergency, please contact", {}),
    (C.EMERGENCY_CONTACT, "de", "Notfallkontakt (Name, Telefon)", {}),
    (C.EMERGENCY_CONTACT, "fr", "Personne à prévenir en cas d'urgence", {}),
    (C.EMERGENCY_CONTACT, "es", "Contacto de emergencia", {}),
    (C.EMERGENCY_CONTACT, "nl", "Noodcontact", {}),
    (C.REFERENCES, "en", "Referee's email address", {"kind": FieldKind.EMAIL}),
    (C.REFERENCES, "de", "Referenzen (Name, Firma, Telefon)", {}),
    (C.REFERENCES, "fr", "Deux références professionnelles", {}),
    (C.REFERENCES, "es", "Referencias laborales", {}),
    (C.REFERENCES, "nl", "Referenties", {}),
    (C.OTHER_APPLICATIONS, "en", "Which other companies are you interviewing with?", {}),
    (C.OTHER_APPLICATIONS, "de", "Laufende Bewerbungen bei anderen Unternehmen", {}),
    (C.OTHER_APPLICATIONS, "fr", "Autres processus de recrutement en cours", {}),
    (C.OTHER_APPLICATIONS, "es", "Otros procesos de selección en curso", {}),
    (C.OTHER_APPLICATIONS, "nl", "Lopende sollicitaties bij andere werkgevers", {}),
    (C.BANK_DETAILS, "en", "IBAN / account number", {}),
    (C.BANK_DETAILS, "de", "Bankverbindung (IBAN, BIC)", {}),
    (C.BANK_DETAILS, "fr", "RIB", FILE),
    (C.BANK_DETAILS, "es", "Datos bancarios", {}),
    (C.BANK_DETAILS, "nl", "Rekeningnummer", {}),
    (C.PHOTO, "en", "Upload a photo of yourself", FILE),
    (C.PHOTO, "de", "Bewerbungsfoto", FILE),
    (C.PHOTO, "fr", "Photo récente", FILE),
    (C.PHOTO, "es", "Foto reciente", FILE),
    (C.PHOTO, "nl", "Pasfoto", FILE),
    (C.PHYSICAL_TRAITS, "en", "Your height and weight", {}),
    (C.PHYSICAL_TRAITS, "de", "Körpergröße", {}),
    (C.PHYSICAL_TRAITS, "fr", "Poids (kg)", {}),
    (C.PHYSICAL_TRAITS, "es", "Estatura (cm)", {}),
    (C.PHYSICAL_TRAITS, "nl", "Lengte (cm)", {}),
    (C.HEALTH, "en", "Do you have any disabilities?", YES_NO),
    (C.HEALTH, "de", "Liegt eine Schwerbehinderung vor?", YES_NO),
    (C.HEALTH, "fr", "Êtes-vous bénéficiaire de la RQTH ?", YES_NO),
    (C.HEALTH, "es", "¿Tiene alguna discapacidad reconocida?", YES_NO),
    (C.HEALTH, "nl", "Hoeveel ziekteverzuim had u vorig jaar?", {}),
    (C.RELIGION, "en", "Religion", {}),
    (C.RELIGION, "de", "Konfession", {}),
    (C.RELIGION, "fr", "Confession religieuse", {}),
    (C.RELIGION, "es", "Religión", {}),
    (C.RELIGION, "nl", "Geloofsovertuiging", {}),
    (C.ETHNICITY, "en", "Ethnic background", {}),
    (C.ETHNICITY, "de", "Ethnische Zugehörigkeit", {}),
    (C.ETHNICITY, "fr", "Origine ethnique", {}),
    (C.ETHNICITY, "es", "Origen étnico", {}),
    (C.ETHNICITY, "nl", "Etnische achtergrond", {}),
    (C.NATIONAL_ORIGIN, "en", "Citizenship", {}),
    (C.NATIONAL_ORIGIN, "de", "Staatsangehörigkeit", {}),
    (C.NATIONAL_ORIGIN, "fr", "Lieu de naissance", {}),
    (C.NATIONAL_ORIGIN, "es", "Nacionalidad", {}),
    (C.NATIONAL_ORIGIN, "nl", "Moedertaal", {}),
    (C.SEXUAL_ORIENTATION, "en", "Sexual orientation", {}),
    (C.SEXUAL_ORIENTATION, "de", "Sexuelle Identität", {}),
    (C.SEXUAL_ORIENTATION, "fr", "Orientation sexuelle", {}),
    (C.SEXUAL_ORIENTATION, "es", "Orientación sexual", {}),
    (C.SEXUAL_ORIENTATION, "nl", "Seksuele geaardheid", {}),
    (C.SEX_GENDER, "en", "Gender identity", {}),
    (C.SEX_GENDER, "de", "Geschlecht", {}),
    (C.SEX_GENDER, "fr", "Sexe", {}),
    (C.SEX_GENDER, "es", "Sexo", {}),
    (C.SEX_GENDER, "nl", "Geslacht", {}),
    (C.UNION_MEMBERSHIP, "en", "Trade union membership", {}),
    (C.UNION_MEMBERSHIP, "de", "Gewerkschaftsmitglied?", YES_NO),
    (C.UNION_MEMBERSHIP, "fr", "Appartenance syndicale", {}),
    (C.UNION_MEMBERSHIP, "es", "Afiliación sindical", {}),
    (C.UNION_MEMBERSHIP, "nl", "Lid van een vakbond?", YES_NO),
    (C.POLITICAL_OPINION, "en", "Political affiliation", {}),
    (C.POLITICAL_OPINION, "de", "Politische Einstellung", {}),
    (C.POLITICAL_OPINION, "fr", "Opinions politiques", {}),
    (C.POLITICAL_OPINION, "es", "Afiliación política", {}),
    (C.POLITICAL_OPINION, "nl", "Politieke voorkeur", {}),
    (C.VETERAN_STATUS, "en", "Are you a protected veteran?", YES_NO),
    (C.VETERAN_STATUS, "de", "Grundwehrdienst abgeleistet?", YES_NO),
    (C.VETERAN_STATUS, "fr", "Service militaire effectué ?", YES_NO),
    (C.VETERAN_STATUS, "es", "Servicio militar", {}),
    (C.VETERAN_STATUS, "nl", "Militaire dienst vervuld?", YES_NO),
    (C.SOCIAL_MEDIA, "en", "Instagram profile", {"kind": FieldKind.URL}),
    (C.SOCIAL_MEDIA, "de", "Links zu Ihren Social-Media-Profilen", {}),
    (C.SOCIAL_MEDIA, "fr", "Vos réseaux sociaux", {}),
    (C.SOCIAL_MEDIA, "es", "Redes sociales", {}),
    (C.SOCIAL_MEDIA, "nl", "Sociale media", {}),
    (C.SOCIAL_MEDIA_CREDENTIALS, "en", "Your Facebook login and password", {}),
    (C.SOCIAL_MEDIA_CREDENTIALS, "de", "Passwort Ihres Instagram-Kontos", {"kind": FieldKind.PASSWORD}),
    (C.SOCIAL_MEDIA_CREDENTIALS, "fr", "Mot de passe Facebook", {"kind": FieldKind.PASSWORD}),
    (C.SOCIAL_MEDIA_CREDENTIALS, "es", "Contraseña de su cuenta de Instagram", {"kind": FieldKind.PASSWORD}),
    (C.SOCIAL_MEDIA_CREDENTIALS, "nl", "Wachtwoord van je Facebook-account", {"kind": FieldKind.PASSWORD}),
    (C.PREVIOUS_NAMES, "en", "Maiden name", {}),
    (C.PREVIOUS_NAMES, "de", "Geburtsname", {}),
    (C.PREVIOUS_NAMES, "fr", "Nom de jeune fille", {}),
    (C.PREVIOUS_NAMES, "es", "Apellido de soltera", {}),
    (C.PREVIOUS_NAMES, "nl", "Meisjesnaam", {}),
]


@pytest.mark.parametrize(
    ("category", "language", "label", "attributes"), ASKED,
    ids=[f"{c.value}-{lang}" for c, lang, _, _ in ASKED],
)
def test_each_sensitive_category_is_recognised_in_five_languages(
    category: Category, language: str, label: str, attributes: dict[str, Any]
) -> None:
    assert category in categories_of(label, **attributes)


def test_every_sensitive_category_has_a_case_in_every_language() -> None:
    covered = {(category, language) for category, language, _, _ in ASKED}
    missing = [(c.value, lang) for c in SENSITIVE_CATEGORIES for lang in ("en", "de", "fr", "es", "nl")
               if (c, lang) not in covered]
    assert missing == []


# (what it is, label, attributes, the category it must NOT be, the category it is or None)
NOT_CONFUSED: list[tuple[str, str, dict[str, Any], Category, Category | None]] = [
    ("passport-size photo", "Passport-size photograph", FILE, C.IDENTITY_DOCUMENT, C.PHOTO),
    ("passbild", "Biometrisches Passbild", FILE, C.IDENTITY_DOCUMENT, C.PHOTO),
    ("photo ID", "Copy of your photo ID", FILE, C.PHOTO, C.IDENTITY_DOCUMENT),
    ("job reference number", "Job reference number", {}, C.REFERENCES, None),
    ("Referenznummer", "Referenznummer der Ausschreibung", {}, C.REFERENCES, None),
    ("Kennziffer", "Kennziffer", {}, C.REFERENCES, None),
    ("numero de reference", "Numéro de référence du poste", {}, C.REFERENCES, None),
    ("teacher reference number", "Teacher reference number (TRN)", {}, C.REFERENCES, None),
    ("salary expectations", "What are your salary expectations?", {}, C.SALARY_HISTORY, C.SALARY_EXPECTATION),
    ("Gehaltsvorstellung", "Ihre Gehaltsvorstellung", {}, C.SALARY_HISTORY, C.SALARY_EXPECTATION),
    ("legally authorised", "Are you legally authorised to work in the UK?", YES_NO, C.NATIONAL_ORIGIN,
     C.WORK_AUTHORIZATION),
    ("require sponsorship", "Will you require sponsorship?", YES_NO, C.NATIONAL_ORIGIN, C.VISA_SPONSORSHIP),
    ("start date", "Date available to start", {"kind": FieldKind.DATE}, C.DATE_OF_BIRTH, None),
    ("Eintrittsdatum", "Frühestmögliches Eintrittsdatum", {"kind": FieldKind.DATE}, C.DATE_OF_BIRTH, None),
    ("emergency response", "Emergency response experience", {}, C.EMERGENCY_CONTACT, None),
    ("bank holiday", "Are you able to work bank holidays?", YES_NO, C.BANK_DETAILS, None),
    ("referral", "How did you hear about us?", REFERRAL_SOURCES, C.REFERENCES, None),
    ("referred by", "Referred by (employee name)", {}, C.REFERENCES, None),
    ("software licence", "Software licence management experience", {}, C.IDENTITY_DOCUMENT, None),
    ("licence category", "Which driving licence categories do you hold?", {}, C.IDENTITY_DOCUMENT, None),
    ("Anrede", "Anrede", {"kind": FieldKind.SELECT, "options": ("Herr", "Frau", "Divers")}, C.SEX_GENDER,
     C.NAME),
    ("civilite", "Civilité", {"kind": FieldKind.RADIO_GROUP, "options": ("M.", "Mme")}, C.SEX_GENDER, C.NAME),
    ("minimum age", "Are you 18 or older?", YES_NO, C.DATE_OF_BIRTH, None),
    ("country of residence", "Country of residence", COUNTRIES, C.NATIONAL_ORIGIN, C.ADDRESS),
    ("essential functions", "Can you do the essential functions of the job with or without accommodation?",
     YES_NO, C.HEALTH, None),
    ("interview adjustments", "Do you need any adjustments for your interview?", YES_NO, C.HEALTH, None),
    ("lifting ability", "Can you lift 25 kg?", YES_NO, C.PHYSICAL_TRAITS, None),
    ("work with children", "Experience of working with children", {}, C.FAMILY, None),
    ("relatives employed", "Are any of your relatives employed by us?", YES_NO, C.FAMILY, None),
    ("good faith", "I confirm these answers are true to the best of my knowledge and belief", TICK,
     C.RELIGION, None),
    ("credit union", "Name of your credit union", {}, C.UNION_MEMBERSHIP, None),
    ("EU citizen", "Are you an EU citizen?", YES_NO, C.UNION_MEMBERSHIP, C.NATIONAL_ORIGIN),
    ("sexual offence", "Have you been convicted of a sexual offence?", YES_NO, C.SEX_GENDER,
     C.CRIMINAL_HISTORY),
    ("social media marketing", "Social media marketing experience", {}, C.SOCIAL_MEDIA, None),
    ("LinkedIn", "LinkedIn profile URL", {"kind": FieldKind.URL}, C.SOCIAL_MEDIA, None),
    ("mother's maiden name", "Mother's maiden name", {}, C.PREVIOUS_NAMES, C.FAMILY),
    ("company name", "Company name", {}, C.NAME, None),
    ("health and safety", "Health and safety training completed?", YES_NO, C.HEALTH, None),
    ("healthcare sector", "Erfahrung im Gesundheitswesen", {}, C.HEALTH, None),
    ("genre de poste", "Quel genre de poste recherchez-vous ?", {}, C.SEX_GENDER, None),
    ("mobile developer", "Mobile app development experience", {}, C.PHONE, None),
    ("preferred location", "Preferred work location", {}, C.ADDRESS, None),
    ("email address", "Adresse e-mail", {}, C.ADDRESS, C.EMAIL),
    ("reason for contacting employer", "May we contact your current employer?", YES_NO, C.WORK_HISTORY,
     C.REFERENCES),
]


@pytest.mark.parametrize(
    ("label", "attributes", "not_this", "but_this"),
    [case[1:] for case in NOT_CONFUSED],
    ids=[case[0] for case in NOT_CONFUSED],
)
def test_lookalike_questions_are_not_confused(
    label: str, attributes: dict[str, Any], not_this: Category, but_this: Category | None
) -> None:
    found = categories_of(label, **attributes)
    assert not_this not in found
    if but_this is not None:
        assert but_this in found


@pytest.mark.parametrize(
    ("label", "attributes", "expected"),
    [
        ("First name", {"autocomplete": "given-name"}, {C.NAME}),
        ("E-mail", {"kind": FieldKind.EMAIL, "input_type": "email"}, {C.EMAIL}),
        ("Confirm your e-mail address", {"kind": FieldKind.EMAIL}, {C.EMAIL_CONFIRMATION}),
        ("Mobile number", {"kind": FieldKind.TEL, "input_type": "tel"}, {C.PHONE}),
        ("Postcode", {}, {C.ADDRESS}),
        ("Upload your CV", FILE, {C.RESUME_UPLOAD}),
        ("Lettre de motivation", FILE, {C.COVER_LETTER}),
        ("Reason for leaving", {"section": "Employment history"}, {C.WORK_HISTORY}),
        ("Highest degree obtained", {}, {C.EDUCATION}),
        ("Do you have the right to work in the EU?", YES_NO, {C.WORK_AUTHORIZATION}),
        ("Will you need visa sponsorship?", YES_NO, {C.VISA_SPONSORSHIP}),
        ("Desired salary", {}, {C.SALARY_EXPECTATION}),
        ("Create a password", {"kind": FieldKind.PASSWORD, "input_type": "password"}, {C.ACCOUNT_PASSWORD}),
        ("", {"name": "g-recaptcha-response", "visible": False}, {C.CAPTCHA}),
    ],
)
def test_ordinary_questions_get_their_ordinary_category(
    label: str, attributes: dict[str, Any], expected: set[Category]
) -> None:
    assert categories_of(label, **attributes) == expected
