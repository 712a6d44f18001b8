"""Headings that make a block of fields about someone or something else.

A section heading is read with the field vocabulary of the categories below, plus the heading-only
phrases here ("Employer 2", "Qualifications", "Referees"). Which of them a field inherits, and how,
is decided in ``formaudit.classify.context``.
"""

from __future__ import annotations

from formaudit.classify.vocabulary.base import Phrase, Where, alt
from formaudit.models.categories import Category

# Blocks about third parties (or about a document): their name/phone/email fields are not the
# candidate's own contact details and take the block's category instead.
THIRD_PARTY_BLOCKS: frozenset[Category] = frozenset({
    Category.EMERGENCY_CONTACT,
    Category.REFERENCES,
    Category.OTHER_APPLICATIONS,
    Category.BANK_DETAILS,
    Category.FAMILY,
    Category.PREVIOUS_NAMES,
    Category.IDENTITY_DOCUMENT,
})

# Blocks that describe the candidate's past: a company phone or a school's city belongs to them.
HISTORY_BLOCKS: frozenset[Category] = frozenset({Category.WORK_HISTORY, Category.EDUCATION})

# Blocks whose unlabelled follow-up fields ("Give details", "Lower range") share their subject.
SUBJECT_BLOCKS: frozenset[Category] = frozenset({
    Category.CRIMINAL_HISTORY,
    Category.HEALTH,
    Category.SALARY_EXPECTATION,
    Category.CREDIT_CHECK,
})

INHERITABLE: frozenset[Category] = THIRD_PARTY_BLOCKS | HISTORY_BLOCKS | SUBJECT_BLOCKS

# Headings are often page or job titles ("Apply: Childcare Assistant", "Education Officer"). Only
# categories whose field vocabulary is specific enough read headings with it; the others need one of
# the heading phrases below, anchored to the whole heading.
NAMED_BY_FIELD_WORDS: frozenset[Category] = frozenset({
    Category.EMERGENCY_CONTACT,
    Category.REFERENCES,
    Category.OTHER_APPLICATIONS,
    Category.BANK_DETAILS,
    Category.PREVIOUS_NAMES,
    Category.CRIMINAL_HISTORY,
    Category.SALARY_EXPECTATION,
})

# A heading that introduces the whole application names no block ("Apply: Shift Supervisor").
PAGE_TITLE = alt(
    r"^apply\b",
    r"^application (?:for|form)\b",
    r"^job application\b",
    r"^bewerbung\b",
    r"^bewerben\b",
    r"^candidature\b",
    r"^postuler\b",
    r"^solicitud\b",
    r"^postularse\b",
    r"^sollicitatie\b",
    r"^solliciteren\b",
)

_TAIL = r"(?: (?:and|und|et|y|en) \w+| history| details| background| record| \d+)?$"

HEADING_PHRASES: tuple[Phrase, ...] = (
    Phrase(Category.WORK_HISTORY, "heading", alt(
        rf"^(?:your |previous |recent |relevant )?(?:work|employment|professional|career)"
        rf" (?:experience|history)s?{_TAIL}",
        rf"^employers?(?: \d+)?{_TAIL}",
        rf"^(?:employment|experience|experiences|career){_TAIL}",
        rf"^(?:berufserfahrung|beruflicher werdegang|berufliche? (?:stationen|laufbahn)|werdegang){_TAIL}",
        rf"^(?:experiences? professionnelles?|historique professionnel|parcours professionnel){_TAIL}",
        rf"^experiencia(?: laboral| profesional)?{_TAIL}",
        rf"^(?:werkervaring|loopbaan|arbeidsverleden){_TAIL}",
        # Instructions that open an employment block: "Start with your present or most recent employment".
        r"(?:work|employment) (?:history|record)",
        r"(?:present|current|most recent|previous|past|former|last)"
        r" (?:employment|employers?|jobs?|positions?|roles?)",
        r"list (?:\w+ ){0,3}(?:employers|jobs|positions held)",
    ), where=Where.TEXT),
    Phrase(Category.EDUCATION, "heading", alt(
        rf"^(?:education|educational background|qualifications?|schooling|training"
        rf"|academic (?:background|history|qualifications)){_TAIL}",
        rf"^(?:ausbildung|bildungsweg|schulbildung|studium|schulische ausbildung){_TAIL}",
        rf"^(?:formations?|etudes|diplomes?|formation academique){_TAIL}",
        rf"^(?:formacion(?: academica)?|educacion|estudios){_TAIL}",
        rf"^(?:opleiding\w*|onderwijs){_TAIL}",
        # Instructions that open an education block: "Please list any education or training ...".
        r"list (?:\w+ ){0,3}(?:education|schools|qualifications|degrees)",
        r"education (?:and|or|&) training",
        r"(?:educational|academic) (?:background|history|record)",
    ), where=Where.TEXT),
    Phrase(Category.REFERENCES, "heading", r"^references?$|^referees?$|referentiepersonen|referenties",
           where=Where.TEXT),
    Phrase(Category.EMERGENCY_CONTACT, "heading", alt(
        r"^emergency$",
        r"emergency contacts?",
        r"next of kin",
        r"nachste angehorige",
        r"notfall\w*",
        r"urgence",
        r"emergencia",
        r"nood\w*",
    ), where=Where.TEXT),
    Phrase(Category.OTHER_APPLICATIONS, "heading", alt(
        r"other (?:applications|interviews|processes|offers|opportunities)",
        r"job search",
        r"laufende bewerbungen",
        r"autres candidatures",
        r"otros procesos",
        r"lopende sollicitaties",
    ), where=Where.TEXT),
    Phrase(Category.BANK_DETAILS, "heading", alt(
        r"^bank\b",
        r"bank details",
        r"banking details",
        r"payment details",
        r"payroll details",
        r"gehaltskonto",
        r"coordonnees bancaires",
        r"datos bancarios",
        r"bankgegevens",
    ), where=Where.TEXT),
    Phrase(Category.IDENTITY_DOCUMENT, "heading", alt(
        rf"^(?:passport|driv\w* licen[cs]e|identity|id|identification|travel)"
        rf" (?:details|documents?|information){_TAIL}",
        rf"^(?:identity documents?|identification|reisepass|ausweisdokumente|piece d identite|pasaporte"
        rf"|identiteitsbewijs){_TAIL}",
        r"^(?:proof of )?(?:identity|id) (?:verification|check|checks|proof)\b",
        r"(?:verification|proof|confirmation) of (?:your )?identity",
        r"identitats(?:prufung|nachweis|feststellung)",
        r"verification (?:de (?:l |votre )?|d )identite",
        r"verificacion de (?:la )?identidad",
        r"identiteits(?:controle|verificatie)",
    ), where=Where.TEXT),
    Phrase(Category.FAMILY, "heading", alt(
        rf"^(?:spouse|partner|family|dependants?)(?: s)?"
        rf"(?: details| information| members| situation)?{_TAIL}",
        rf"^(?:familienangaben|angaben zum ehepartner|situation familiale|datos familiares|gezinssituatie"
        rf"|gezinsgegevens){_TAIL}",
    ), where=Where.TEXT),
    Phrase(Category.HEALTH, "heading", alt(
        rf"^(?:health|medical)(?: declaration| questionnaire| information| history| assessment)?{_TAIL}",
        rf"^(?:voluntary )?(?:self identification of )?disability(?: status| self identification)?{_TAIL}",
        rf"^(?:gesundheitsfragebogen|questionnaire medical|cuestionario de salud"
        rf"|gezondheidsverklaring){_TAIL}",
    ), where=Where.TEXT),
    Phrase(Category.CREDIT_CHECK, "heading",
           rf"^(?:credit (?:check|history)|financial (?:history|situation)){_TAIL}", where=Where.TEXT),
)

# Form plumbing that never inherits a block's subject: progress questions, dates and signatures,
# consent to the privacy notice.
NO_INHERITANCE = alt(
    r"completed this section",
    r"come back to it later",
    r"^date$",
    r"dates? signed",
    r"signature",
    r"signed",
    r"today s date",
    r"^datum$",
    r"unterschrift",
    r"date de signature",
    r"^fecha$",
    r"firma del (?:candidato|solicitante)",
    r"handtekening",
    r"privacy",
    r"terms and conditions",
    r"datenschutz\w*",
    r"confidentialite",
    r"privacidad",
    r"privacyverklaring",
)
