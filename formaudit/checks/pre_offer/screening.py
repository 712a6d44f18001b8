"""Screening before anyone has met the candidate: credit, criminal record, pay history, referees,
other employers, social media."""

from __future__ import annotations

from formaudit.checks.pre_offer import sources as s
from formaudit.checks.pre_offer.mechanism import Modifier, PreOfferDefinition
from formaudit.models.categories import Category
from formaudit.models.checks import CheckMeta
from formaudit.models.context import Stage

HIGH, MEDIUM, LOW = s.HIGH, s.MEDIUM, s.LOW

_CREDIT_LAW = "restricts employer credit checks and credit questions"
CREDIT_CHECK = PreOfferDefinition(
    asks="consent to a credit check or the candidate's debts",
    meta=CheckMeta(
        id="credit-check",
        title="Credit check or debts asked about before an offer",
        severity=MEDIUM,
        rationale=(
            "Credit history predicts little about work, falls hardest on people who were ill, divorced or "
            "laid off, and shows up differently by race and sex. Asking every applicant to consent to a "
            "credit check, or to list debts and bankruptcies, before an interview tells good candidates the "
            "process distrusts them, and in many places it is simply unlawful."
        ),
        remediation=(
            "Remove it from the application. Where a role legally requires a credit check (regulated "
            "finance, authority over large sums), run it after a conditional offer, for that role only, "
            "with a stand-alone disclosure."
        ),
        references=(
            s.ref("EEOC: pre-employment inquiries and financial information", s.EEOC_FINANCIAL_URL),
            s.ref("NYC Stop Credit Discrimination in Employment Act", s.NYC_CREDIT_URL),
            s.ref(
                "ICO: pre-employment vetting (vet only where there is a particular risk)", s.ICO_VETTING_URL
            ),
        ),
        tags=("pre-offer", "privacy", "discrimination", "background-check"),
        categories=(Category.CREDIT_CHECK,),
        acceptable_from=Stage.OFFER,
        jurisdictions=(
            s.rule(
                "US",
                MEDIUM,
                "FCRA: a credit report is a consumer report (disclosure and consent rules)",
                s.FCRA_URL,
            ),
            s.rule("US-CA", HIGH, "Cal. Lab. Code §1024.5 " + _CREDIT_LAW, s.leginfo_ca("LAB", "1024.5")),
            s.rule(
                "US-IL",
                HIGH,
                "Illinois Employee Credit Privacy Act (bars even asking)",
                s.ILLINOIS_CREDIT_URL,
            ),
            s.rule(
                "US-NYC",
                HIGH,
                "NYC Admin. Code §8-107(24) (Stop Credit Discrimination in Employment Act)",
                s.NYC_CREDIT_URL,
            ),
            *(
                s.rule(state, HIGH, f"{name} {_CREDIT_LAW}", s.CREDIT_STATES_URL)
                for state, name in (
                    ("US-CO", "Colorado"),
                    ("US-CT", "Connecticut"),
                    ("US-HI", "Hawaii"),
                    ("US-MD", "Maryland"),
                    ("US-NV", "Nevada"),
                    ("US-OR", "Oregon"),
                    ("US-VT", "Vermont"),
                    ("US-WA", "Washington"),
                )
            ),
            s.rule(
                "GB",
                HIGH,
                "UK GDPR and ICO vetting guidance: do not routinely vet all candidates",
                s.ICO_VETTING_URL,
            ),
            s.rule(
                "DE",
                HIGH,
                "§26 BDSG: SCHUFA reports from applicants are not necessary (Bremen DPA)",
                s.DE_SCHUFA_URL,
            ),
            s.rule("EU", HIGH, "GDPR Art. 5(1)(c) data minimisation", s.GDPR_URL),
        ),
    ),
)

CRIMINAL_HISTORY = PreOfferDefinition(
    asks="criminal record",
    meta=CheckMeta(
        id="criminal-history",
        title="Criminal record asked about before an offer",
        severity=MEDIUM,
        rationale=(
            "A conviction box on the first form screens people out before anyone has looked at their "
            "skills, falls unevenly by race, and treats arrests, which prove nothing, as if they were "
            "guilt. Fair-chance laws in dozens of US states and cities, the UK Rehabilitation of Offenders "
            "Act and the GDPR all move the question to after a conditional offer, for roles that need it."
        ),
        remediation=(
            "Remove the question from the application. After a conditional offer, and only for roles that "
            "require it, ask about unspent convictions or run the lawful check, then assess the person "
            "individually."
        ),
        references=(
            s.ref("NELP: fair-chance hiring (state and local laws)", s.NELP_URL),
            s.ref("California Fair Chance Act, Gov. Code §12952", s.CA_FAIR_CHANCE_URL),
            s.ref("Rehabilitation of Offenders Act 1974", s.ROA_URL),
            s.ref("Business in the Community: Ban the Box", s.BITC_URL),
        ),
        tags=("pre-offer", "discrimination", "fair-chance", "background-check"),
        categories=(Category.CRIMINAL_HISTORY,),
        acceptable_from=Stage.OFFER,
        jurisdictions=(
            s.rule(
                "US",
                MEDIUM,
                "Fair Chance to Compete for Jobs Act 2019 (federal agencies and contractors)",
                s.FAIR_CHANCE_ACT_URL,
            ),
            s.rule(
                "US-CA",
                HIGH,
                "Cal. Gov. Code §12952 (Fair Chance Act): no conviction questions before a conditional offer",
                s.leginfo_ca("GOV", "12952"),
            ),
            s.rule("US-NYC", HIGH, "NYC Admin. Code §8-107(11-a) (Fair Chance Act)", s.NYC_FAIR_CHANCE_URL),
            s.rule(
                "GB",
                HIGH,
                "Rehabilitation of Offenders Act 1974; ICO/Unlock: ask the preferred candidate only",
                s.UNLOCK_URL,
            ),
            s.rule(
                "EU", HIGH, "GDPR Art. 10: criminal-offence data only where law authorises it", s.GDPR_URL
            ),
        ),
    ),
    raise_when=(
        Modifier(
            pattern=r"arrest(ed|s)?|charged|pending charges|festgenommen|verhaftet|interpell[ee]|detenid[oa]|"
            r"gearresteerd|aangehouden",
            severity=HIGH,
            reason="an arrest or charge is not evidence of guilt",
        ),
        Modifier(
            pattern=r"spent",
            severity=HIGH,
            reason="spent convictions need not be disclosed outside exempted roles",
        ),
    ),
)

SALARY_HISTORY = PreOfferDefinition(
    asks="current or past pay",
    meta=CheckMeta(
        id="salary-history",
        title="Salary history requested",
        severity=MEDIUM,
        rationale=(
            "Basing an offer on what someone was paid before carries yesterday's pay gaps into tomorrow's "
            "salary, which is why twenty-odd US states and the EU Pay Transparency Directive ban the "
            "question. Candidates who were underpaid, and those paid well who fear being priced out, both "
            "read it as the start of a lowball negotiation."
        ),
        remediation=("Remove it and publish the pay range instead. Asking for salary expectations is fine."),
        references=(
            s.ref("EU Pay Transparency Directive 2023/970, Art. 5(2)", s.PAY_TRANSPARENCY_URL),
            s.ref("New York Labor Law §194-a", s.NY_SALARY_URL),
            s.ref("AAUW: state and local salary history bans", s.AAUW_SALARY_URL),
        ),
        tags=("pre-offer", "pay-equity", "discrimination"),
        categories=(Category.SALARY_HISTORY,),
        acceptable_from=None,
        jurisdictions=(
            s.rule(
                "US-CA",
                HIGH,
                "Cal. Lab. Code §432.3: employers may not seek salary history",
                s.leginfo_ca("LAB", "432.3"),
            ),
            s.rule("US-NY", HIGH, "N.Y. Labor Law §194-a: no salary history inquiries", s.NY_SALARY_URL),
            s.rule("US-MA", HIGH, "M.G.L. c.149 §105A: no salary history inquiries", s.SALARY_STATES_URL),
            s.rule(
                "US-CO",
                HIGH,
                "Colorado Equal Pay for Equal Work Act: no salary history inquiries",
                s.SALARY_STATES_URL,
            ),
            *(
                s.rule(state, HIGH, f"{name} salary history ban", s.AAUW_SALARY_URL)
                for state, name in (
                    ("US-CT", "Connecticut"),
                    ("US-DE", "Delaware"),
                    ("US-HI", "Hawaii"),
                    ("US-IL", "Illinois"),
                    ("US-ME", "Maine"),
                    ("US-MD", "Maryland"),
                    ("US-MN", "Minnesota"),
                    ("US-NV", "Nevada"),
                    ("US-NJ", "New Jersey"),
                    ("US-OR", "Oregon"),
                    ("US-RI", "Rhode Island"),
                    ("US-VT", "Vermont"),
                    ("US-WA", "Washington"),
                    ("US-PR", "Puerto Rico"),
                )
            ),
            s.rule(
                "EU",
                HIGH,
                "Pay Transparency Directive (EU) 2023/970 Art. 5(2) (transposition by 7 June 2026)",
                s.PAY_TRANSPARENCY_URL,
            ),
            s.rule(
                "NL",
                HIGH,
                "NVP Sollicitatiecode: no payslip from the current or previous employer",
                s.NL_NVP_URL,
            ),
            s.rule("FR", HIGH, "CNIL: pay in previous jobs is not to be collected", s.CNIL_SALARY_URL),
        ),
    ),
    exempt_when=(
        r"(expected|desired|target|expectation(s)?|requirement(s)?) (salary|pay|compensation)",
        r"salary expectation(s)?",
        r"gehaltsvorstellung",
        r"pretentions? salariale(s)?",
        r"expectativa(s)? salarial(es)?",
        r"salarisindicatie|gewenst salaris",
    ),
)

REFERENCES = PreOfferDefinition(
    asks="referees' contact details",
    optional_severity=LOW,
    meta=CheckMeta(
        id="references",
        title="Referees requested before any offer",
        severity=MEDIUM,
        rationale=(
            "Referees are a favour a candidate can ask only a few times, and a call to the current employer "
            "can cost them their job. Demanding names, phone numbers and emails from every applicant, "
            "before an interview, spends that goodwill on people who will never be contacted and hands the "
            "employer third parties' data it has no use for. Candidates with choices stop here."
        ),
        remediation=(
            "Remove the referee fields from the application. Ask the finalist for referees at offer stage, "
            "with their consent, and say when they will be contacted."
        ),
        references=(
            s.ref("ICO: verifying candidates (references for successful candidates)", s.ICO_VERIFYING_URL),
            s.ref("SHRM tips: don't ask for references until the offer stage", s.SHRM_TIPS_URL),
            s.ref("NVP Sollicitatiecode: references only with consent", s.NL_NVP_URL),
        ),
        tags=("pre-offer", "privacy", "third-party-data", "friction"),
        categories=(Category.REFERENCES,),
        acceptable_from=Stage.OFFER,
        jurisdictions=(
            s.rule(
                "GB",
                MEDIUM,
                "UK GDPR; ICO: verify the information of successful candidates only",
                s.ICO_VERIFYING_URL,
            ),
            s.rule(
                "NL",
                MEDIUM,
                "NVP Sollicitatiecode: references only with the applicant's prior consent",
                s.NL_NVP_URL,
            ),
            s.rule(
                "FR",
                MEDIUM,
                "Code du travail L1221-9: no collection by methods not disclosed beforehand",
                s.FR_L1221_6_URL,
            ),
            s.rule(
                "EU", MEDIUM, "GDPR Art. 5(1)(c) and Art. 14 (data about people never contacted)", s.GDPR_URL
            ),
        ),
    ),
)

OTHER_APPLICATIONS = PreOfferDefinition(
    asks="the other employers the candidate is talking to",
    optional_severity=LOW,
    meta=CheckMeta(
        id="other-applications",
        title="Other applications or their hiring managers asked about",
        severity=MEDIUM,
        rationale=(
            "Which other companies a candidate is interviewing with, and the names and phone numbers of "
            "their hiring managers, has no bearing on ability. It exposes a confidential job search, hands "
            "over third parties' contact details, and reads as a recruiter fishing for business leads. "
            "Candidates say it is the point at which they cancel interviews."
        ),
        remediation=(
            'Remove it. If timing matters, an optional "Do you have deadlines we should know about?" '
            "free-text question is enough."
        ),
        references=(
            s.GDPR,
            s.ref("ICO: collect only what you need from candidates", s.ICO_CANDIDATE_INFO_URL),
        ),
        tags=("pre-offer", "privacy", "third-party-data", "friction"),
        categories=(Category.OTHER_APPLICATIONS,),
        acceptable_from=None,
        jurisdictions=(
            s.rule("EU", MEDIUM, "GDPR Art. 5(1)(c) and Art. 14 (third parties' data)", s.GDPR_URL),
            s.rule(
                "GB",
                MEDIUM,
                "UK GDPR; ICO: only collect information relevant and necessary",
                s.ICO_CANDIDATE_INFO_URL,
            ),
        ),
    ),
    raise_when=(
        Modifier(
            pattern=r"(hiring )?manager s? (name|phone|telephone|number|email|contact)|"
            r"(name|phone|telephone|number|email|contact)s? of (the )?(hiring )?manager|hiring manager",
            severity=MEDIUM,
            reason="it wants the hiring managers' contact details at other companies (third-party data)",
        ),
    ),
)

SOCIAL_MEDIA = PreOfferDefinition(
    asks="personal social-media profiles",
    optional_severity=LOW,
    meta=CheckMeta(
        id="social-media",
        title="Personal social-media profiles requested",
        severity=MEDIUM,
        rationale=(
            "Personal profiles show religion, family, politics, health and friends: everything a fair "
            "process keeps away from the decision. Requiring them makes candidates wonder what will be "
            "judged, and European regulators say screening them needs a job-related reason disclosed in "
            "advance. A professional profile or portfolio link is a different, milder request."
        ),
        remediation=(
            "Make professional links (LinkedIn, portfolio, code) optional and drop requests for personal "
            "accounts (Facebook, Instagram, TikTok, X)."
        ),
        references=(
            s.ref(
                "Article 29 Working Party Opinion 2/2017 on data processing at work", s.WP29_SOCIAL_MEDIA_URL
            ),
            s.ref("NCSL: social media privacy laws", s.NCSL_SOCIAL_URL),
        ),
        tags=("pre-offer", "privacy"),
        categories=(Category.SOCIAL_MEDIA,),
        acceptable_from=None,
        jurisdictions=(
            s.rule(
                "EU",
                MEDIUM,
                "Article 29 WP Opinion 2/2017: screening must be necessary, relevant and disclosed",
                s.WP29_SOCIAL_MEDIA_URL,
            ),
        ),
    ),
    cap_when=(
        Modifier(
            pattern=r"linkedin|xing|github|gitlab|portfolio|behance|dribbble|stack ?overflow|"
            r"personal (web ?site|homepage)|website",
            severity=LOW,
            reason="a professional profile is a milder request",
        ),
    ),
)

SOCIAL_MEDIA_CREDENTIALS = PreOfferDefinition(
    asks="social-media passwords or account access",
    meta=CheckMeta(
        id="social-media-credentials",
        title="Social-media passwords or account access requested",
        severity=HIGH,
        rationale=(
            "A password opens private messages, friends' data and every protected trait a person has. No "
            "applicant can refuse such a request freely, 27 US states ban it, and European regulators say "
            "there is no basis for it. Any candidate with a choice leaves."
        ),
        remediation="Remove it. Never ask for passwords, logins or friend requests to personal accounts.",
        references=(
            s.ref("NCSL: social media privacy laws (27 states)", s.NCSL_SOCIAL_URL),
            s.ref(
                "Article 29 Working Party Opinion 2/2017 on data processing at work", s.WP29_SOCIAL_MEDIA_URL
            ),
        ),
        tags=("pre-offer", "privacy", "security"),
        categories=(Category.SOCIAL_MEDIA_CREDENTIALS,),
        acceptable_from=None,
        jurisdictions=(
            s.rule("US", HIGH, "State social-media privacy laws (27 states, per NCSL)", s.NCSL_SOCIAL_URL),
            s.rule(
                "EU",
                HIGH,
                "Article 29 WP Opinion 2/2017: no basis to require access to profiles",
                s.WP29_SOCIAL_MEDIA_URL,
            ),
        ),
    ),
)

SCREENING_DEFINITIONS: tuple[PreOfferDefinition, ...] = (
    CREDIT_CHECK,
    CRIMINAL_HISTORY,
    SALARY_HISTORY,
    REFERENCES,
    OTHER_APPLICATIONS,
    SOCIAL_MEDIA,
    SOCIAL_MEDIA_CREDENTIALS,
)
