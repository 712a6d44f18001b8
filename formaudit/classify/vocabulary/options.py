"""What the choices of a select, radio or checkbox group give away.

Each rule reads the folded option labels one by one. A field's options say "sex" when at least two
of them are sexes (Male, Female, Non-binary), "religion" when two are religions, and so on; one
match is not enough, since "Other" or a lone "Man" in a list of job titles says nothing. Ethnicity
additionally needs one unambiguous term, so a colour list (White, Black, Silver) stays a colour list.
Country lists deliberately have no rule: a country-of-residence select is not a nationality question.
"""

from __future__ import annotations

from dataclasses import dataclass

from formaudit.classify.vocabulary.base import alt
from formaudit.models.categories import Category


@dataclass(frozen=True, slots=True)
class OptionRule:
    category: Category
    name: str
    pattern: str  # matched at the start of each folded option (re.match)
    min_matches: int = 2
    distinctive: str | None = None  # at least one option must also match this
    anywhere: bool = False  # search the option instead of matching its start

    @property
    def rule(self) -> str:
        return f"{self.category.value}.options.{self.name}"


def _starts(*words: str) -> str:
    """Options that start with one of these words."""
    return rf"(?:{alt(*words)})\b"


def _whole(*words: str) -> str:
    """Options that are exactly one of these words."""
    return rf"(?:{alt(*words)})$"


OPTION_RULES: tuple[OptionRule, ...] = (
    OptionRule(Category.SEX_GENDER, "sexes", _whole(
        "male", "female", "man", "woman", "men", "women", "non ?binary", "genderqueer", "gender ?fluid",
        "agender", "intersex", "transgender", "other gender identity",
        "mannlich", "weiblich",
        "homme", "femme", "masculin", "feminin", "non binaire",
        "hombre", "mujer", "masculino", "femenino", "no binario",
        "vrouw", "non ?binair",
    )),
    OptionRule(Category.MARITAL_STATUS, "marital", _starts(
        "single", "married", "divorced", "widowed", "separated", "(?:in a )?civil partnership",
        "domestic partnership", "in a relationship", "cohabiting",
        "ledig", "verheiratet", "geschieden", "verwitwet", "getrennt lebend",
        "eingetragene lebenspartnerschaft",
        "celibataire", "mariee?", "marie e", "divorcee?", "divorce e", "veuf", "veuve", "pacsee?", "pacse e",
        "separee?", "separe e", "en couple", "concubinage",
        "solter[oa]", "casad[oa]", "divorciad[oa]", "viud[oa]", "separad[oa]", "pareja de hecho",
        "union libre",
        "ongehuwd", "gehuwd", "gescheiden", "weduwe", "weduwnaar", "samenwonend", r"geregistreerd partner\w*",
    )),
    OptionRule(Category.RELIGION, "religions", _starts(
        r"buddhis\w*", r"christian\w*", r"hindu\w*", "jewish", "judaism", "muslim", r"islam\w*", r"sikh\w*",
        "catholic", "protestant", r"atheis\w*", "agnostic", "no religion", "orthodox",
        "evangelisch", "katholisch", "romisch katholisch", "muslimisch", "judisch", "konfessionslos",
        "catholique", "protestante?", "musulmane?", "juif", "juive", "bouddhiste", "sans religion", "athee",
        "catolic[oa]", "cristian[oa]", "musulman[ae]?", "judi[oa]", "budista", "ate[oa]", "evangelic[oa]",
        "rooms katholiek", "katholiek", "protestants", "islamitisch", "joods", r"boeddhist\w*", r"hindoe\w*",
        "geen geloof",
    )),
    OptionRule(Category.ETHNICITY, "ethnic_groups", _starts(
        "white", "black", "asian", "hispanic", "latin[oax]", "mixed", "multiple ethnic", "two or more races",
        "african", "caribbean", "pacific islander", "native (?:hawaiian|american)", "american indian",
        "alaska native", "caucasian", "arab", "gypsy", "irish traveller", "indigenous", "aboriginal",
        "middle eastern",
    ), distinctive=alt(
        _starts(
            "asian", "hispanic", "latin", "mixed", "multiple", "two or more", "african", "caribbean",
            "pacific", "native", "american indian", "alaska", "caucasian", "arab", "gypsy", "irish traveller",
            "indigenous", "aboriginal", "middle eastern",
        ),
        r".*\b(?:hispanic|latino|ethnic|races?)\b",
    )),
    OptionRule(Category.SEXUAL_ORIENTATION, "orientations", _starts(
        r"heterosexual\w*", "straight", "gay", "lesbian", r"bisexual\w*", "asexual", "pansexual", "queer",
        r"homosexual\w*", r"heterosexuel\w*", r"homosexuel\w*", r"bisexuel\w*", "lesbisch", "schwul",
        "lesbienne", "gai", "lesbiana", "heteroseksueel", "homoseksueel", "biseksueel",
    )),
    OptionRule(Category.VETERAN_STATUS, "veteran", r"\b(?:protected )?(?:veterans?|veteraan|veterano)\b",
               min_matches=1, anywhere=True),
    OptionRule(Category.HEALTH, "disability",
               r"\b(?:disabilit\w*|disabled|behinderung\w*|handicap\w*|discapacidad|beperking\w*)\b",
               min_matches=1, anywhere=True),
    # "I have no criminal convictions / I have convictions to declare": the answers say what is asked.
    OptionRule(Category.CRIMINAL_HISTORY, "declaration",
               r"\b(?:criminal|convictions?|convicted|cautions|vorstraf\w*|vorbestraft|casier judiciaire"
               r"|condamnations?|antecedentes penales|condenas?|strafblad|veroordeeld|veroordelingen)\b",
               min_matches=1, anywhere=True),
    OptionRule(Category.NAME, "salutations", _whole(
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr", "frau", "monsieur", "madame", "mademoiselle",
        "m", "mme", "mlle", "sr", "sra", "srta", "senor", "senora", "senorita", "dhr", "mevr", "mevrouw",
        "de heer", "heer",
    )),
)

# Age bands ("Under 25", "25 to 29", "65+") are recognised by their numbers in structure.py.
AGE_BAND_EXCLUSIONS = (
    r"experience|erfahrung|ervaring|experiencia|hours|stunden|heures|horas|uren|employees|kg|cm"
)

_MONTHS = """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    januar februar marz mai juni juli oktober dezember
    janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
    januari februari maart mei augustus
"""
MONTH_NAMES: frozenset[str] = frozenset(_MONTHS.split())

# Words around a day/month/year triple that make it some other date than a birth date.
NOT_A_BIRTH_DATE = alt(
    r"start\w*",
    r"begin\w*",
    r"availab\w*",
    r"from",
    r"until",
    r"to",
    r"end\w*",
    r"graduat\w*",
    r"expir\w*",
    r"issue\w*",
    r"valid\w*",
    r"sign\w*",
    r"interview\w*",
    r"employ\w*",
    r"education",
    r"school",
    r"degree",
    r"eintritt\w*",
    r"verfugbar\w*",
    r"ab wann",
    r"bis",
    r"ablauf\w*",
    r"debut",
    r"disponib\w*",
    r"fin",
    r"obtention",
    r"inicio",
    r"incorporacion",
    r"caducidad",
    r"expedicion",
    r"beschikbaar\w*",
    r"startdatum",
    r"ingangsdatum",
    r"vervaldatum",
    r"afgifte",
    r"einde",
)
