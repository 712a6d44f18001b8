"""Family life: marital status, spouse and children, pregnancy, next of kin."""

from __future__ import annotations

from formaudit.checks.pre_offer import sources as s
from formaudit.checks.pre_offer.mechanism import Modifier, PreOfferDefinition
from formaudit.models.categories import Category
from formaudit.models.checks import CheckMeta
from formaudit.models.context import Stage

HIGH, MEDIUM, LOW = s.HIGH, s.MEDIUM, s.LOW

MARITAL_STATUS = PreOfferDefinition(
    asks="marital status",
    meta=CheckMeta(
        id="marital-status",
        title="Marital status asked about before an offer",
        severity=MEDIUM,
        rationale=(
            "Whether someone is married, single or divorced has nothing to do with the job and is classic "
            "evidence in sex-discrimination cases; it also hints at sexual orientation. Women especially "
            "read it as a question about future children and leave."
        ),
        remediation=(
            "Remove it, and make any title field optional with a neutral choice (Mx, none). Ask for "
            "marital status only at onboarding where tax or benefits require it."
        ),
        references=(s.EEOC_GENDER, s.ECNI, s.ICO_RECRUITMENT),
        tags=("pre-offer", "discrimination", "family"),
        categories=(Category.MARITAL_STATUS,),
        acceptable_from=Stage.ONBOARDING,
        jurisdictions=(
            s.rule(
                "US",
                MEDIUM,
                "Title VII; EEOC: marital status questions are generally not job-related",
                s.EEOC_GENDER_URL,
            ),
            s.rule(
                "GB", MEDIUM, "Equality Act 2010 (marriage and civil partnership); ECNI guidance", s.ECNI_URL
            ),
            s.rule("DE", MEDIUM, "AGG §§1, 7 (Fragerecht: Familienstand)", s.AGG_URL),
            s.rule(
                "FR", MEDIUM, "CNIL: family situation is not collected from candidates", s.CNIL_NOTICE_URL
            ),
        ),
    ),
)

FAMILY = PreOfferDefinition(
    asks="details of the candidate's spouse, children or family",
    meta=CheckMeta(
        id="family",
        title="Spouse, children or family asked about before an offer",
        severity=MEDIUM,
        rationale=(
            "Questions about children, childcare, a spouse's job or parents are how caring "
            "responsibilities, mostly women's, get screened out without anyone saying so. Candidates "
            "recognise the pattern and take their skills to employers who judge their work instead."
        ),
        remediation=(
            "Remove it. Dependants' details belong to benefits enrolment after hiring; a question about "
            "relatives already working at the company (conflict-of-interest rules) can stay."
        ),
        references=(s.EEOC_GENDER, s.ICO_RECRUITMENT, s.CNIL_FORBIDDEN),
        tags=("pre-offer", "discrimination", "family"),
        categories=(Category.FAMILY,),
        acceptable_from=Stage.ONBOARDING,
        jurisdictions=(
            s.rule(
                "US",
                MEDIUM,
                "Title VII; EEOC: number and ages of children, childcare, spouse are not job-related",
                s.EEOC_GENDER_URL,
            ),
            s.rule(
                "GB", MEDIUM, "UK GDPR; ICO: not whether candidates have dependants", s.ICO_RECRUITMENT.url
            ),
            s.rule("DE", MEDIUM, "AGG §§1, 7 (Fragerecht: Kinder, Familie)", s.AGG_URL),
            s.rule("FR", HIGH, "CNIL: no questions about family members", s.CNIL_FORBIDDEN_URL),
        ),
    ),
    raise_when=(
        Modifier(
            pattern=r"child ?care|childminder|kinderbetreuung|garde d enfants?|"
            r"cuidado de (los )?(hijos|ninos)|kinderopvang",
            severity=HIGH,
            reason="childcare arrangements are a proxy for sex discrimination",
        ),
    ),
    exempt_when=(
        r"(relatives?|family members?) (currently )?(working|employed) (at|for|with|here|by)",
        r"related to (any|an) (employee|member of staff)",
        r"close relationship(s)? with (any )?(staff|employee|governor|trustee)",
    ),
)

PREGNANCY = PreOfferDefinition(
    asks="pregnancy or plans for children",
    meta=CheckMeta(
        id="pregnancy",
        title="Pregnancy or family plans asked about",
        severity=HIGH,
        rationale=(
            "Asking whether a candidate is pregnant or plans to have children is pregnancy discrimination "
            "in the making, unlawful in every jurisdiction formaudit knows, and German law even lets "
            "candidates answer it falsely. There is no stage at which it becomes a fair question."
        ),
        remediation="Remove the question entirely.",
        references=(
            s.EEOC_GENDER,
            s.ref("Directive 2006/54/EC (equal treatment of men and women)", s.SEX_EQUALITY_DIRECTIVE_URL),
            s.ref("BAG: the pregnancy question is inadmissible (AGG)", s.DE_PREGNANCY_URL),
        ),
        tags=("pre-offer", "discrimination", "family"),
        categories=(Category.PREGNANCY,),
        acceptable_from=None,
        jurisdictions=(
            s.rule("US", HIGH, "Title VII / Pregnancy Discrimination Act", s.EEOC_GENDER_URL),
            s.rule("GB", HIGH, "Equality Act 2010 (pregnancy and maternity)", s.ACAS_URL),
            s.rule(
                "DE",
                HIGH,
                "AGG §§1, 7; BAG case law: the pregnancy question is inadmissible",
                s.DE_PREGNANCY_URL,
            ),
            s.rule("FR", HIGH, "CNIL: no question about wishing to have children", s.CNIL_FORBIDDEN_URL),
            s.rule("EU", HIGH, "Directive 2006/54/EC", s.SEX_EQUALITY_DIRECTIVE_URL),
        ),
    ),
)

EMERGENCY_CONTACT = PreOfferDefinition(
    asks="an emergency contact or next of kin",
    meta=CheckMeta(
        id="emergency-contact",
        title="Emergency contact or next of kin requested before an offer",
        severity=LOW,
        rationale=(
            "An employer needs to know whom to call in an emergency only once someone works there. Asking "
            "applicants for next of kin and their phone numbers collects relatives' data for nothing, can "
            "reveal a partner's sex, and tells the candidate the process was not built with them in mind: "
            "it is one of the requests candidates cite when they cancel interviews."
        ),
        remediation="Remove it from the application and collect emergency contacts on the first day.",
        references=(s.ICO_RECRUITMENT, s.GDPR),
        tags=("pre-offer", "privacy", "third-party-data", "friction"),
        categories=(Category.EMERGENCY_CONTACT,),
        acceptable_from=Stage.ONBOARDING,
        jurisdictions=(
            s.rule("EU", MEDIUM, "GDPR Art. 5(1)(c) data minimisation (third parties' data)", s.GDPR_URL),
            s.rule(
                "GB",
                MEDIUM,
                "UK GDPR; ICO: avoid asking early for information needed later",
                s.ICO_RECRUITMENT.url,
            ),
        ),
    ),
)

FAMILY_DEFINITIONS: tuple[PreOfferDefinition, ...] = (MARITAL_STATUS, FAMILY, PREGNANCY, EMERGENCY_CONTACT)
