"""Laws and guidance the catalogue cites, written once. Facts come from the project's legal catalogue
(docs/legal-catalogue.md in the shared notes); links are to the primary text where it was reachable.

This is not legal advice: severities are product defaults, and the lists of states and cities that
restrict a question change every year.
"""

from __future__ import annotations

from formaudit.models.checks import Reference
from formaudit.models.findings import LegalBasis, Severity

HIGH, MEDIUM, LOW = Severity.HIGH, Severity.MEDIUM, Severity.LOW


def ref(title: str, url: str) -> Reference:
    return Reference(title=title, url=url)


def rule(
    jurisdiction: str, severity: Severity, law: str, url: str, note: str | None = None
) -> LegalBasis:
    return LegalBasis(jurisdiction=jurisdiction, severity=severity, law=law, url=url, note=note)


def leginfo_ca(code: str, section: str) -> str:
    return (
        "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml"
        f"?lawCode={code}&sectionNum={section}"
    )


# --- EU and member states -------------------------------------------------------------------
GDPR_URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj"
GDPR = ref("GDPR (EU) 2016/679, Art. 5(1)(c) data minimisation", GDPR_URL)
GDPR_ART9 = ref("GDPR (EU) 2016/679, Art. 9 special categories of personal data", GDPR_URL)
PAY_TRANSPARENCY_URL = "https://eur-lex.europa.eu/eli/dir/2023/970/oj"
SEX_EQUALITY_DIRECTIVE_URL = "https://eur-lex.europa.eu/eli/dir/2006/54/oj"
WP29_SOCIAL_MEDIA_URL = (
    "https://datonomy.eu/2017/07/24/article-29-working-party-warns-employers-about-snooping-on-job-"
    "applicant-social-media-accounts/"
)
AGG_URL = "https://www.gesetze-im-internet.de/agg/"
DE_SCHUFA_URL = (
    "https://www.fachportal-datenschutzbeauftragter.de/artikel/datenschutz-schufa-auskunft-bewerber.html"
)
DE_PREGNANCY_URL = (
    "https://haufe.de/recht/deutsches-anwalt-office-premium/6-fragerecht-des-arbeitgebers-bei-der-"
    "einstellung-eine-vii-schwangerschaft_idesk_PI17574_HI15820391.html"
)
DE_PHOTO_URL = "https://www.personalwissen.de/issue/wie-sie-teure-fehler-in-ihrer-stellenanzeige-vermeiden/"
DE_QUESTIONS_URL = "https://gmbh-gf.de/thema/zulassige-fragen"
CNIL_FORBIDDEN_URL = "https://cnil.fr/fr/recrutement-et-donnees-personnelles-dans-les-tpepme-cinq-questions-incontournables-se-poser"
CNIL_FORBIDDEN = ref(
    "CNIL: recrutement et données personnelles — ce qu'il est interdit de demander", CNIL_FORBIDDEN_URL
)
CNIL_NOTICE_URL = (
    "https://cnil.fr/fr/recrutement-la-cnil-met-en-demeure-une-societe-de-minimiser-la-collecte-de-"
    "donnees-personnelles-de"
)
CNIL_SALARY_URL = (
    "https://www.groupe-2s.com/single-post/données-personnelles-de-candidats-dans-le-processus-de-"
    "recrutement-la-cnil-rappelle-l-importance-d"
)
FR_L1221_6_URL = (
    "https://dalcortivo-avocats.com/2018/04/09/recrutement-que-peut-on-demander-%C3%A0-un-candidat"
)
NL_ID_COPY_URL = "https://www.rendement.nl/privacy/nieuws/kopie-id-bewijs-maken-is-zelden-toegestaan.html"
NL_BSN_URL = (
    "https://olafnijeboer.nl/2017/12/29/bsn-verwerken-kopie-identiteitsbewijs-alleen-wettelijke-basis/"
)
NL_NVP_URL = (
    "https://www.randstad.nl/werkgevers/werkpocket/werving-selectie/regels-richtlijnen-werving-en-selectie/"
    "sollicitatiecode"
)
NL_WMK_URL = "https://www.aanstellingskeuringen.nl/keuring/toetsingscriteria.aspx"
ES_EQUAL_TREATMENT_URL = (
    "https://luquez-associats.com/es/ley-15-2022-de-12-de-julio-integral-para-la-igualdad-de-trato-y-la-no-"
    "discriminacion"
)

# --- United Kingdom ---------------------------------------------------------------------------
ICO_BASE = "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/employment/recruitment-and-selection/"
ICO_RECRUITMENT = ref("ICO: data protection and recruitment", ICO_BASE + "data-protection-and-recruitment/")
ICO_VERIFYING_URL = ICO_BASE + "verifying-candidates/"
ICO_VETTING_URL = ICO_BASE + "pre-employment-vetting-of-candidates/"
ICO_CANDIDATE_INFO_URL = ICO_BASE + "information-provided-by-candidates/"
GOVUK_RTW_URL = "https://www.gov.uk/government/publications/right-to-work-checks-employers-guide"
ECNI_URL = (
    "https://www.equalityni.org/Employers-Service-Providers/Public-Authorities/Employment-Issues/"
    "Hiring-staff-Factors/Application-process"
)
ECNI = ref("Equality Commission for Northern Ireland: the application process", ECNI_URL)
ACAS_URL = "https://acas.org.uk/hiring-someone/follow-discrimination-law"
ACAS = ref("Acas: follow discrimination law when hiring", ACAS_URL)
EQUALITY_ACT_S60_URL = "https://www.legislation.gov.uk/ukpga/2010/15/section/60"
ROA_URL = "https://www.legislation.gov.uk/ukpga/1974/53"
BITC_URL = "https://www.bitc.org.uk/fact-sheet/why-ban-the-box/"
UNLOCK_URL = "https://recruit.unlock.org.uk/knowledgebase/self-disclosure/"

# --- United States ----------------------------------------------------------------------------
EEOC_CITIZENSHIP_URL = "https://www.eeoc.gov/laws/practices/inquiries_citizenship.cfm"
EEOC_GENDER_URL = "https://www.eeoc.gov/pre-employment-inquiries-and-gender"
EEOC_GENDER = ref("EEOC: pre-employment inquiries and gender", EEOC_GENDER_URL)
EEOC_DISABILITY_URL = "https://www.eeoc.gov/laws/guidance/enforcement-guidance-preemployment-disability-related-questions-and-medical"
EEOC_FINANCIAL_URL = "https://www.eeoc.gov/laws/practices/financial_information.cfm"
EEOC_SELECTION_LETTER_URL = "https://www.eeoc.gov/node/130395"
EVERIFY_URL = (
    "https://e-verify.gov/e-verify-quick-reference-guide-for-employers-30-initial-verification/"
    "31-form-i-9-and-e-verify"
)
DOJ_IER_URL = "https://www.justice.gov/crt/best-practices-recruiting-and-hiring-workers"
FTC_SCAM_URL = "https://hayspost.com/posts/5c2c1736-9fa3-435f-ad9f-0bdc834b3f7b"
ADEA_APPLICATIONS_URL = "https://www.ecfr.gov/current/title-29/section-1625.5"
COLORADO_JAFA_URL = "https://leg.colorado.gov/bills/sb23-058"
CONNECTICUT_AGE_URL = "https://www.shrm.org/in/topics-tools/employment-law-compliance/connecticut-limits-inquiries-age-job-applicants"
CREDIT_STATES_URL = "https://pinkerton.com/our-insights/blog/states-laws-that-regulate-credit-report-restrictions-for-employment-purposes"
ILLINOIS_CREDIT_URL = "https://complianceposter.com/?p=4398"
NYC_CREDIT_URL = "https://nyc.gov/site/cchr/law/stop-credit-discrimination-employment-act.page"
FCRA_URL = "https://www.law.cornell.edu/uscode/text/15/1681b"
SYED_URL = "https://law.justia.com/cases/federal/appellate-courts/ca9/14-17186/14-17186-2017-03-20.html"
GILBERG_URL = (
    "https://calemploymentlawupdate.proskauer.com/2019/03/employer-violated-fcra-with-improper-background-check-"
    "notice/"
)
NELP_URL = "https://www.nelp.org/area_of_expertise/fair-chance-hiring/"
CA_FAIR_CHANCE_URL = "https://selfhelp.courts.ca.gov/clean-your-record/fair-chance-act"
NYC_FAIR_CHANCE_URL = (
    "https://www.confirmchoice.com/adverse-action/new-york-city-new-guidance-issued-for-fair-chance-act/"
)
FAIR_CHANCE_ACT_URL = "https://www.congress.gov/congressional-report/116th-congress/senate-report/33"
NY_SALARY_URL = "https://www.nysenate.gov/legislation/laws/LAB/194-A"
AAUW_SALARY_URL = "https://www.aauw.org/resources/policy/state-and-local-salary-history-bans/"
SALARY_STATES_URL = "https://www.corporatescreening.com/guide-to-salary-history-legislation"
ADA_URL = "https://www.law.cornell.edu/uscode/text/42/12112"
GINA_URL = "https://www.law.cornell.edu/cfr/text/29/1635.8"
NCSL_SOCIAL_URL = (
    "https://www.ncsl.org/technology-and-communication/privacy-of-employee-and-student-social-media-accounts"
)
NYC_HEIGHT_WEIGHT_URL = "https://council.nyc.gov/press/2023/11/26/2508/"
MICHIGAN_ELCRA_URL = (
    "https://law.com/newyorklawjournal/2024/02/23/nyc-takes-on-weight-and-height-discrimination-key-takeaways-"
    "for-employers"
)
EEOC_PHOTO_URL = "https://www.bizjournals.com/baltimore/how-to/human-resources/2012/04/employers-arent-allowed-to-ask-for.html"
MTAS_URL = "https://mtas.tennessee.edu/reference/unlawful-inquiries-religion-military-photo-citizenship-education-conviction"
OFCCP_2025_URL = "https://ofccp.com/regulations/ofccp-compliance-what-e-o-14173-means-for-your-obligations-in-2025-and-beyond"
OFCCP_SELF_ID_URL = (
    "https://www.dol.gov/agencies/ofccp/manual/fccm/2h-section-503-aap-and-additional-requirements/"
    "2h02-invitation-self"
)
SHRM_ABANDON_URL = (
    "https://www.shrm.org/mena/topics-tools/news/technology/study-job-seekers-abandon-online-job-applications"
)
SHRM_TIPS_URL = "https://clarifacts.com/news/losing-top-talent-due-online-job-application-process/"
