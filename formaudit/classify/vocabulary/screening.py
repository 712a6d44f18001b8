"""Checks run on the candidate: credit history, background-check consent, criminal record.

Legal catalogue §4, §5, §6. A consent text names every check it covers; each one counts, so "I
authorise background checks including a credit check and a criminal record check" asks for all
three (catalogue §5: the bundled consent is itself the finding).
"""

from __future__ import annotations

from formaudit.classify.vocabulary.base import Phrase, alt
from formaudit.models.categories import Category

CREDIT = Category.CREDIT_CHECK
BACKGROUND = Category.BACKGROUND_CHECK_CONSENT
CRIMINAL = Category.CRIMINAL_HISTORY

# Bundled consents list their checks before one noun: "background, credit and criminal record checks".
_CHECK_WORD = (
    r"(?:background|credit|criminal|record|police|dbs|reference|references|identity|id|passport|drug"
    r"|medical|sanctions?|employment|education|right to work|security|financial|fraud)"
)
_CHECK_NOUN = r"(?:checks?|screenings?|vetting|searches|verifications?)"
# HR and finance jobs ask about running checks for others: that is experience, not consent.
_HANDLING_CHECKS = (
    r"(?:experience|experienced|familiar\w*|knowledge|skills?) (?:\w+ ){0,3}(?:with|in|of|conducting|running"
    r"|processing|performing|managing|carrying out|doing)"
)


def _in_check_list(word: str) -> str:
    """``word`` anywhere in a list of checks that ends in "checks" (commas fold away)."""
    before = rf"(?:{_CHECK_WORD} (?:(?:and|or) )?){{0,4}}"
    after = rf"(?: (?:(?:and|or) )?{_CHECK_WORD}){{0,4}}"
    return rf"{before}(?:{word}){after} {_CHECK_NOUN}"


PHRASES: tuple[Phrase, ...] = (
    Phrase(CREDIT, "credit", alt(
        r"credit (?:checks?|reports?|history|histories|scores?|ratings?|references?|background|search"
        r"|searches|worthiness|records?|files?|reference agenc\w*)",
        r"creditworthiness",
        r"credit (?:and|or) (?:\w+ )?checks?",
        r"own or rent (?:your )?(?:home|house|property|accommodation)",
        r"homeowner",
        r"consumer credit",
        r"bankrupt\w*",
        r"insolven\w*",
        r"county court judg\w*",
        r"ccjs?",
        r"garnish\w*",
        r"schufa\w*",
        r"bonitat\w*",
        r"kreditwurdigkeit",
        r"(?:privat|verbraucher)insolvenz\w*",
        r"insolvenzverfahren",
        r"(?:lohn)?pfandung\w*",
        r"schulden",
        r"verschuld\w*",
        r"solvabilite",
        r"enquete de credit",
        r"(?:sur)?endettement",
        r"credits? en cours",
        r"situation financiere",
        r"historial (?:crediticio|de credito)",
        r"buro de credito",
        r"informe de solvencia",
        r"(?:ficheros?|consulta|informe) de solvencia",
        r"asnef",
        r"(?:fichero de )?morosos?",
        r"morosidad",
        r"deudas?",
        r"bkr\w*",
        r"kredietcheck",
        r"kredietwaardigheid",
        r"kredietregistratie",
        r"schuldsanering",
    ), unless=_HANDLING_CHECKS),
    Phrase(CREDIT, "check_list", _in_check_list("credit"), unless=_HANDLING_CHECKS),
    Phrase(CREDIT, "defaults", alt(
        r"default\w* on (?:a |any |your |the )?(?:\w+ )?(?:loans?|debts?|credit|mortgage|payments?|finance)",
        r"(?:loan|mortgage|credit|payment) defaults?",
        r"(?:missed|late) (?:loan |mortgage |credit card |rent )?(?:repayments|payments)",
        r"individual voluntary arrangements?",
        r"debt relief orders?",
        r"judg(?:e)?ments? (?:\w+ ){0,2}against you",
        r"(?:financial|civil) judg(?:e)?ments?",
        r"repossess\w*",
    )),
    Phrase(CREDIT, "debts", r"(?:outstanding |unpaid |personal |any )?debts?", unless=alt(
        r"debt (?:collection|recovery|management|advice|analyst|counsel\w*)",
        r"experience",
        r"collections?",
    )),
    Phrase(BACKGROUND, "background_check", alt(
        r"background (?:checks?|screening|investigations?|verifications?|reports?|search|searches)",
        r"consumer reports?",
        r"investigative consumer",
        r"pre ?employment (?:screening|checks?|vetting)",
        r"employment screening",
        r"vetting",
        r"screening (?:checks?|consent)",
        r"sanctions? checks?",
        r"adverse media",
        r"authori[sz]\w* (?:\w+ ){0,8}"
        r"(?:investigat\w*|to obtain (?!(?:\w+ ){0,2}credit)"
        r"|to contact (?:my )?(?:former|previous) employers)",
        r"release (?:\w+ ){0,8}(?:from )?(?:all |any )?liabilit\w*",
        r"hold harmless",
        r"hintergrund(?:prufung|check|uberprufung)\w*",
        r"sicherheitsuberprufung\w*",
        r"uberprufung (?:meiner|der|ihrer) angaben",
        r"verification (?:de |des |d )?(?:mes |vos )?antecedents",
        r"controle (?:de |des )?antecedents",
        r"enquete (?:de moralite|administrative)",
        r"verificacion de (?:antecedentes|referencias)",
        r"comprobacion de antecedentes",
        r"investigacion de antecedentes",
        r"antecedentenonderzoek",
        r"(?:toestemming|akkoord) (?:\w+ ){0,4}screening",
        r"screeningsonderzoek",
    ), unless=_HANDLING_CHECKS),
    Phrase(BACKGROUND, "check_list", _in_check_list("background"), unless=_HANDLING_CHECKS),
    # "I allow you to verify my employment and education history": a check of what the candidate wrote.
    Phrase(BACKGROUND, "verify_history", alt(
        r"(?:allow|authori[sz]e|permit|consent|agree|accept)\w* (?:\w+ ){0,6}"
        r"(?:verify|verifying|verification of|check|checking) (?:\w+ ){0,3}"
        r"(?:employment|education|work|career|qualifications|credentials"
        r"|(?:the )?information (?:i|you) (?:have )?(?:provided|given))",
        r"(?:third party|external) (?:screening|vetting|background) (?:provider|company|agency|firm)",
    )),
    Phrase(CRIMINAL, "criminal_record", alt(
        r"criminal (?:records?|history|convictions?|offen[cs]es?|background|charges?|proceedings"
        r"|record checks?)",
        r"convict\w*",
        r"felon\w*",
        r"misdemean\w*",
        r"pending charges?",
        r"charged with",
        r"(?:a|any) crimes?",
        r"(?:pled|pleaded|found) guilty",
        r"no contest",
        r"nolo contendere",
        r"on bail",
        r"awaiting (?:trial|sentencing|a court)",
        r"pending (?:trial|court)",
        r"verurteil\w*",
        r"(?:conditional|simple|police|adult) cautions?",
        r"cautions? (?:or|and) convictions?",
        r"(?:spent|unspent) (?:\w+ ){0,2}(?:convictions?|cautions?)",
        r"rehabilitation of offenders",
        r"dbs",
        r"disclosure and barring",
        r"disclosure scotland",
        r"barred list",
        r"barred from",
        r"police (?:records?|checks?|clearance|certificates?|record checks?)",
        r"known to (?:\w+ ){0,7}police",
        r"safeguarding issues?",
        r"deferred adjudication",
        r"nature of the offen[cs]e",
        r"(?:sexual|sex) offen\w*",
        r"vorstraf\w*",
        r"vorbestraft",
        r"f(?:u|ue)hrungszeugnis\w*",
        r"strafregister\w*",
        r"ermittlungsverfahren",
        r"strafverfahren",
        r"strafrechtlich\w*",
        r"casier judiciaire",
        r"condamn\w*",
        r"bulletin n ?3",
        r"antecedentes penales",
        r"penales",
        r"condenad\w*",
        r"condenas?",
        r"delitos?",
        r"strafblad",
        r"verklaring omtrent (?:het )?gedrag",
        r"vog",
        r"veroordeel\w*",
        r"veroordeling\w*",
        r"strafrechtelijk\w*",
    ), unless=_HANDLING_CHECKS),
    Phrase(CRIMINAL, "check_list", _in_check_list(r"criminal(?: record)?|police|dbs"),
           unless=_HANDLING_CHECKS),
    # Euphemisms: "trouble with the law", "problemas con la justicia", "Ärger mit der Polizei".
    Phrase(CRIMINAL, "trouble_with_the_law", alt(
        r"(?:trouble|problems?|issues?|difficult\w*|dealings) (?:\w+ )?"
        r"with the (?:law|police|courts?)",
        r"(?:arger|probleme|konflikt\w*|schwierigkeiten) mit (?:der |dem )?(?:polizei|justiz|gesetz)",
        r"mit dem gesetz in konflikt",
        r"(?:ennuis|problemes?|demeles) (?:\w+ )?avec la (?:justice|police|loi)",
        r"problemas? (?:\w+ )?con la (?:justicia|ley|policia)",
        r"(?:problemen|in aanraking|aanvaring\w*) (?:\w+ )?met (?:justitie|de politie|de wet)",
    ), unless=_HANDLING_CHECKS),
    Phrase(CRIMINAL, "arrest", r"arrest(?:ed|s)?", unless=r"cardiac|respiratory|cardio\w*"),
)
