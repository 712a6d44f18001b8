"""Protected characteristics and special categories: health, beliefs, origin, sexuality, sex, unions,
politics, military service. Most may be asked in voluntary equal-opportunity monitoring."""

from __future__ import annotations

from formaudit.checks.pre_offer import sources as s
from formaudit.checks.pre_offer.mechanism import Modifier, PreOfferDefinition
from formaudit.models.categories import Category
from formaudit.models.checks import CheckMeta
from formaudit.models.context import Stage
from formaudit.models.findings import LegalBasis

HIGH, MEDIUM, LOW = s.HIGH, s.MEDIUM, s.LOW

_MONITORING = (
    ' Voluntary equal-opportunity monitoring, on a separate form or section with "prefer not to say", '
    "kept away from those who decide, is the lawful way to ask."
)


def _special_category_rules(what: str) -> tuple[LegalBasis, ...]:
    """The EU/UK rules that every special category of data shares."""
    return (
        s.rule("EU", HIGH, f"GDPR Art. 9(1): {what} is a special category of data", s.GDPR_URL),
        s.rule(
            "GB", HIGH, "Equality Act 2010; ECNI: use a separate, confidential monitoring form", s.ECNI_URL
        ),
        s.rule("DE", HIGH, "AGG §§1, 7, 11", s.AGG_URL),
    )


HEALTH = PreOfferDefinition(
    asks="health, disability or medical history",
    self_identification=True,
    meta=CheckMeta(
        id="health",
        title="Health or disability asked about before an offer",
        severity=HIGH,
        rationale=(
            "Health and disability questions before an offer let a hidden condition decide the outcome "
            "before qualifications are weighed, which is why US, UK, Spanish and Dutch law forbid them. "
            "Disabled candidates, and anyone with a past illness, learn to walk away from such forms."
        ),
        remediation=(
            "Remove it. Ask instead whether the candidate needs adjustments for the interview, or whether "
            "they can perform the job's essential functions with or without reasonable accommodation. "
            "Medical questions, where justified, come after a conditional offer." + _MONITORING
        ),
        references=(
            s.ref("EEOC: pre-employment disability-related questions", s.EEOC_DISABILITY_URL),
            s.ref("ADA, 42 U.S.C. §12112(d)", s.ADA_URL),
            s.ref("Equality Act 2010, s.60 (health questions before offering work)", s.EQUALITY_ACT_S60_URL),
            s.ref("GINA, 29 CFR §1635.8 (genetic information and family medical history)", s.GINA_URL),
        ),
        tags=("pre-offer", "discrimination", "special-category", "self-identification"),
        categories=(Category.HEALTH,),
        acceptable_from=Stage.OFFER,
        jurisdictions=(
            s.rule("US", HIGH, "ADA 42 U.S.C. §12112(d)(2); 29 CFR §1630.13; GINA 29 CFR §1635.8", s.ADA_URL),
            s.rule(
                "GB",
                HIGH,
                "Equality Act 2010 s.60: no health questions before offering work",
                s.EQUALITY_ACT_S60_URL,
            ),
            s.rule(
                "ES",
                HIGH,
                "Ley 15/2022: the employer may not ask about an applicant's health",
                s.ES_EQUAL_TREATMENT_URL,
            ),
            s.rule(
                "NL",
                HIGH,
                "Wet op de medische keuringen: health questions only at the end of selection, "
                "for special requirements",
                s.NL_WMK_URL,
            ),
            s.rule("EU", HIGH, "GDPR Art. 9(1): health data is a special category", s.GDPR_URL),
        ),
    ),
    exempt_when=(
        r"adjustments?|accommodations?",
        r"(special )?arrangements? for (the|your|an) (interview|assessment|test)",
        r"essential functions",
        r"support (during|for|at) (the|your) (interview|application|recruitment)",
        r"anpassungen (im|fur das) (vorstellungsgesprach|auswahlverfahren)",
        r"amenagement(s)? (pour|de) l entretien",
        r"adaptaciones? (para|en) (la )?(entrevista|prueba)",
        r"aanpassingen (voor|tijdens) (het )?(gesprek|sollicitatiegesprek)",
    ),
)

RELIGION = PreOfferDefinition(
    asks="religion or belief",
    self_identification=True,
    meta=CheckMeta(
        id="religion",
        title="Religion asked about in the application",
        severity=HIGH,
        rationale=(
            "Religion is a protected ground everywhere and a special category of data in Europe. Asking it "
            "in the main application implies it counts, and candidates of minority faiths take the hint."
            + _MONITORING
        ),
        remediation=(
            'Remove it from the application; ask availability questions ("can you work Saturdays?") '
            'about the job instead. Move religion to a voluntary monitoring form with "prefer not to say".'
        ),
        references=(
            s.GDPR_ART9,
            s.ECNI,
            s.ref("EEOC informal letter on pre-employment inquiries", s.EEOC_SELECTION_LETTER_URL),
        ),
        tags=("pre-offer", "discrimination", "special-category", "self-identification"),
        categories=(Category.RELIGION,),
        acceptable_from=None,
        jurisdictions=(
            s.rule(
                "US",
                HIGH,
                "Title VII: inquiries are evidence of discrimination unless kept separate",
                s.EEOC_SELECTION_LETTER_URL,
            ),
            *_special_category_rules("religious or philosophical belief"),
            s.rule("FR", HIGH, "Code du travail L1132-1 and L1221-6", s.FR_L1221_6_URL),
        ),
    ),
)

ETHNICITY = PreOfferDefinition(
    asks="race or ethnic origin",
    self_identification=True,
    meta=CheckMeta(
        id="ethnicity",
        title="Race or ethnicity asked about in the application",
        severity=HIGH,
        rationale=(
            "Race and ethnicity asked in the main form, required, and visible to screeners look like "
            "selection criteria, whatever the intent; candidates from minorities notice." + _MONITORING
        ),
        remediation=(
            'Move the question to a separate, voluntary self-identification form with "decline to '
            'answer", and keep answers away from reviewers.'
        ),
        references=(
            s.GDPR_ART9,
            s.ECNI,
            s.ACAS,
            s.ref("EEOC informal letter on pre-employment inquiries", s.EEOC_SELECTION_LETTER_URL),
        ),
        tags=("pre-offer", "discrimination", "special-category", "self-identification"),
        categories=(Category.ETHNICITY,),
        acceptable_from=None,
        jurisdictions=(
            s.rule(
                "US",
                HIGH,
                "Title VII: race inquiries are evidence of discrimination unless kept separate",
                s.EEOC_SELECTION_LETTER_URL,
            ),
            *_special_category_rules("racial or ethnic origin"),
            s.rule("FR", HIGH, "Code du travail L1132-1; CNIL", s.CNIL_NOTICE_URL),
        ),
    ),
)

NATIONAL_ORIGIN = PreOfferDefinition(
    asks="nationality, citizenship or place of birth",
    meta=CheckMeta(
        id="national-origin",
        title="Nationality, citizenship or place of birth asked about",
        severity=HIGH,
        rationale=(
            "Nationality, citizenship, place of birth or mother tongue sort candidates by origin, not by "
            "whether they may work here. The lawful question is the right to work; asking for the passport "
            "behind it drives away the very migrants and dual nationals who are entitled to the job."
        ),
        remediation=(
            'Replace it with "Are you legally entitled to work in <country>?" and "Will you need visa '
            'sponsorship?". Ask about language skill ("Do you speak fluent French?") when the job needs '
            "it, never native language. Citizenship only where a law or contract requires it."
        ),
        references=(
            s.ref("EEOC: pre-employment inquiries and citizenship", s.EEOC_CITIZENSHIP_URL),
            s.ref("DOJ IER: best practices for recruiting and hiring", s.DOJ_IER_URL),
            s.ref("CNIL: formal notice over nationality and place of birth", s.CNIL_NOTICE_URL),
        ),
        tags=("pre-offer", "discrimination"),
        categories=(Category.NATIONAL_ORIGIN,),
        acceptable_from=Stage.ONBOARDING,
        jurisdictions=(
            s.rule(
                "US",
                HIGH,
                "INA 8 U.S.C. §1324b; EEOC: do not ask citizenship before an offer",
                s.EEOC_CITIZENSHIP_URL,
            ),
            s.rule("EU", HIGH, "GDPR Art. 9 (data revealing ethnic origin, CJEU C-184/20)", s.GDPR_URL),
            s.rule("GB", HIGH, "Equality Act 2010 (race includes nationality); ECNI guidance", s.ECNI_URL),
            s.rule("FR", HIGH, "CNIL: formal notice over nationality and place of birth", s.CNIL_NOTICE_URL),
            s.rule("DE", HIGH, "AGG §§1, 7 (ethnic origin)", s.AGG_URL),
        ),
    ),
    exempt_when=(
        r"(legally )?(authori[sz]ed|entitled|eligible|permitted) to work",
        r"right to work",
        r"(require|need) (visa )?sponsorship",
        r"arbeitserlaubnis|autorisation de travail|permiso de trabajo|werkvergunning",
    ),
)

SEXUAL_ORIENTATION = PreOfferDefinition(
    asks="sexual orientation",
    self_identification=True,
    meta=CheckMeta(
        id="sexual-orientation",
        title="Sexual orientation asked about in the application",
        severity=HIGH,
        rationale=(
            "Sexual orientation is nobody's business in a hiring decision. Asked in the application, it "
            "forces candidates to out themselves or lie, and many simply stop." + _MONITORING
        ),
        remediation="Remove it; if you monitor diversity, do it on a separate, voluntary form.",
        references=(s.GDPR_ART9, s.ECNI, s.EEOC_GENDER),
        tags=("pre-offer", "discrimination", "special-category", "self-identification"),
        categories=(Category.SEXUAL_ORIENTATION,),
        acceptable_from=None,
        jurisdictions=(
            s.rule(
                "US",
                HIGH,
                "Title VII (sex includes sexual orientation); EEOC gender guidance",
                s.EEOC_GENDER_URL,
            ),
            *_special_category_rules("sexual orientation"),
        ),
    ),
)

SEX_GENDER = PreOfferDefinition(
    asks="sex or gender",
    self_identification=True,
    meta=CheckMeta(
        id="sex-gender",
        title="Sex or gender asked about in the application",
        severity=MEDIUM,
        rationale=(
            "A required sex or gender question in the main form puts a protected characteristic in front "
            "of screeners and excludes people it offers no fitting answer to." + _MONITORING
        ),
        remediation=(
            "Remove it from the application, or move it to a voluntary self-identification section with "
            'inclusive options and "prefer not to say". Payroll records can collect it after hiring.'
        ),
        references=(
            s.EEOC_GENDER,
            s.ECNI,
            s.ref("Directive 2006/54/EC (equal treatment of men and women)", s.SEX_EQUALITY_DIRECTIVE_URL),
        ),
        tags=("pre-offer", "discrimination", "self-identification"),
        categories=(Category.SEX_GENDER,),
        acceptable_from=Stage.ONBOARDING,
        jurisdictions=(
            s.rule(
                "US",
                HIGH,
                "Title VII; EEOC: questions about sex are generally not job-related",
                s.EEOC_GENDER_URL,
            ),
            s.rule("GB", MEDIUM, "Equality Act 2010; ECNI: keep monitoring separate", s.ECNI_URL),
            s.rule("DE", MEDIUM, "AGG §§1, 7, 11: gender-neutral recruitment", s.AGG_URL),
            s.rule("EU", MEDIUM, "Directive 2006/54/EC", s.SEX_EQUALITY_DIRECTIVE_URL),
        ),
    ),
)

UNION_MEMBERSHIP = PreOfferDefinition(
    asks="trade-union membership",
    meta=CheckMeta(
        id="union-membership",
        title="Trade-union membership asked about",
        severity=HIGH,
        rationale=(
            "Union membership is a special category of data and a classic ground of blacklisting. Asking "
            "it tells candidates their rights at work will count against them."
        ),
        remediation="Remove the question.",
        references=(
            s.GDPR_ART9,
            s.ref("Fragerecht: union membership is inadmissible (AGG)", s.DE_QUESTIONS_URL),
        ),
        tags=("pre-offer", "discrimination", "special-category"),
        categories=(Category.UNION_MEMBERSHIP,),
        acceptable_from=None,
        jurisdictions=(
            s.rule("EU", HIGH, "GDPR Art. 9(1): trade-union membership is a special category", s.GDPR_URL),
            s.rule(
                "DE",
                HIGH,
                "AGG; the union question is inadmissible outside Tendenzbetriebe",
                s.DE_QUESTIONS_URL,
            ),
            s.rule(
                "FR",
                HIGH,
                "Code du travail L1132-1; CNIL: union membership is not collected",
                s.CNIL_SALARY_URL,
            ),
            s.rule("GB", HIGH, "UK GDPR Art. 9 (trade-union membership)", s.ICO_RECRUITMENT.url),
        ),
    ),
)

POLITICAL_OPINION = PreOfferDefinition(
    asks="political opinions or affiliation",
    meta=CheckMeta(
        id="political-opinion",
        title="Political opinions asked about",
        severity=HIGH,
        rationale=(
            "Political affiliation has no bearing on most jobs, is a special category of data in Europe, "
            "and asking it suggests a loyalty test; candidates of every persuasion find it alarming."
        ),
        remediation="Remove the question.",
        references=(s.GDPR_ART9, s.ECNI),
        tags=("pre-offer", "discrimination", "special-category"),
        categories=(Category.POLITICAL_OPINION,),
        acceptable_from=None,
        jurisdictions=(
            s.rule("EU", HIGH, "GDPR Art. 9(1): political opinions are a special category", s.GDPR_URL),
            s.rule("GB", HIGH, "ECNI: no questions on political opinion on application forms", s.ECNI_URL),
            s.rule(
                "FR",
                HIGH,
                "Code du travail L1132-1; CNIL: political opinions are not collected",
                s.CNIL_SALARY_URL,
            ),
        ),
    ),
)

VETERAN_STATUS = PreOfferDefinition(
    asks="veteran or military status",
    self_identification=True,
    meta=CheckMeta(
        id="veteran-status",
        title="Veteran or military status asked about outside voluntary self-identification",
        severity=LOW,
        rationale=(
            "US federal contractors invite veterans to self-identify, voluntarily and separately. A "
            "required veteran or discharge question in the main application instead exposes service "
            "history, and discharge type, to screeners." + _MONITORING
        ),
        remediation=(
            "Keep veteran status in the voluntary self-identification section with \"I don't wish to "
            'answer"; never ask about the type of discharge.'
        ),
        references=(s.ref("OFCCP obligations after EO 14173 (VEVRAA remains)", s.OFCCP_2025_URL),),
        tags=("pre-offer", "discrimination", "self-identification", "us"),
        categories=(Category.VETERAN_STATUS,),
        acceptable_from=None,
        jurisdictions=(
            s.rule(
                "US", LOW, "VEVRAA: voluntary self-identification for federal contractors", s.OFCCP_2025_URL
            ),
        ),
    ),
    raise_when=(
        Modifier(
            pattern=r"discharge(d)?", severity=MEDIUM, reason="the type of discharge is not job-related"
        ),
    ),
)

PROTECTED_DEFINITIONS: tuple[PreOfferDefinition, ...] = (
    HEALTH,
    RELIGION,
    ETHNICITY,
    NATIONAL_ORIGIN,
    SEXUAL_ORIENTATION,
    SEX_GENDER,
    UNION_MEMBERSHIP,
    POLITICAL_OPINION,
    VETERAN_STATUS,
)
