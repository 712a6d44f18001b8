"""Check metadata for test results, worded the way formaudit's catalogue speaks to recruiters."""

from __future__ import annotations

from formaudit.models.categories import Category
from formaudit.models.checks import CheckMeta, LegalBasis, Reference
from formaudit.models.context import Stage
from formaudit.models.findings import Severity

ICO_RECRUITMENT = Reference(
    title="ICO: recruitment and selection",
    url=(
        ""
        "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/employment/recruitment-and-selection/"
    ),
)
GDPR_MINIMISATION = Reference(
    title="GDPR Art. 5(1)(c): data minimisation", url="https://eur-lex.europa.eu/eli/reg/2016/679/oj"
)

IDENTITY_DOCUMENT = CheckMeta(
    id="identity-document",
    title="Passport or ID document asked for before an offer",
    severity=Severity.MEDIUM,
    rationale=(
        "A passport copy reveals nationality, age and a photo, and is exactly what identity thieves want. "
        "Asked of every applicant, it tells a strong candidate the process is careless with their data, "
        "and many withdraw. Only the person you hire needs a right-to-work check, before they start."
    ),
    remediation=(
        'Ask "Are you legally allowed to work in the UK?" instead, and check documents only for the '
        "candidate who accepts your offer, before their first day."
    ),
    references=(ICO_RECRUITMENT,),
    tags=("pre-offer", "privacy", "identity"),
    categories=(Category.IDENTITY_DOCUMENT,),
    acceptable_from=Stage.ONBOARDING,
    jurisdictions=(
        LegalBasis(
            jurisdiction="GB",
            severity=Severity.HIGH,
            law="Home Office: right to work checks, an employer's guide",
            url="https://www.gov.uk/government/publications/right-to-work-checks-employers-guide",
            note="Check before employment starts, the same way for every candidate.",
        ),
        LegalBasis(
            jurisdiction="US",
            severity=Severity.HIGH,
            law="EEOC: pre-employment inquiries and citizenship",
            url="https://www.eeoc.gov/laws/practices/inquiries_citizenship.cfm",
            note="Form I-9 only after the offer is accepted.",
        ),
    ),
    help_uri="https://formaudit.example/rules/identity-document",
)

GOVERNMENT_ID = CheckMeta(
    id="government-id",
    title="Social Security or National Insurance number asked for before an offer",
    severity=Severity.HIGH,
    rationale=(
        "A national ID number is the key to a person's identity. Regulators list recruiters asking for it "
        "up front as a sign of a job scam, so careful candidates stop here."
    ),
    remediation="Collect the number at onboarding, for payroll, from the person you hired.",
    references=(GDPR_MINIMISATION,),
    tags=("pre-offer", "privacy"),
    categories=(Category.GOVERNMENT_ID,),
    acceptable_from=Stage.ONBOARDING,
)

DATE_OF_BIRTH = CheckMeta(
    id="date-of-birth",
    title="Date of birth asked for before an offer",
    severity=Severity.MEDIUM,
    rationale=(
        "Age is a protected characteristic. A date-of-birth field invites age discrimination claims and "
        "makes older candidates expect to be screened out."
    ),
    remediation='Remove the field, or ask "Are you 18 or over?" when a minimum age applies.',
    references=(
        Reference(title="Acas: age discrimination", url="https://www.acas.org.uk/age-discrimination"),
    ),
    tags=("pre-offer", "discrimination"),
    categories=(Category.DATE_OF_BIRTH,),
    acceptable_from=Stage.ONBOARDING,
    jurisdictions=(
        LegalBasis(
            jurisdiction="GB",
            severity=Severity.MEDIUM,
            law="Equality Act 2010 (age)",
            url="https://www.legislation.gov.uk/ukpga/2010/15/contents",
        ),
        LegalBasis(
            jurisdiction="US-CO",
            severity=Severity.HIGH,
            law="C.R.S. 8-2-131 (Job Application Fairness Act)",
            url="https://leg.colorado.gov/bills/sb23-058",
        ),
    ),
)

CRIMINAL_HISTORY = CheckMeta(
    id="criminal-history",
    title="Criminal record asked about on the application",
    severity=Severity.MEDIUM,
    rationale=(
        "A conviction box on the first form rules people out before anyone reads what they can do. Fair "
        "chance laws move the question to after a conditional offer."
    ),
    remediation="Remove the question; if the role needs a check, run it after a conditional offer.",
    references=(
        Reference(title="Business in the Community: Ban the Box", url="https://www.bitc.org.uk/ban-the-box/"),
    ),
    tags=("pre-offer", "fair-chance"),
    categories=(Category.CRIMINAL_HISTORY,),
    acceptable_from=Stage.OFFER,
    jurisdictions=(
        LegalBasis(
            jurisdiction="GB",
            severity=Severity.HIGH,
            law="Rehabilitation of Offenders Act 1974",
            url="https://www.legislation.gov.uk/ukpga/1974/53",
            note="Spent convictions need not be disclosed outside exempted roles.",
        ),
        LegalBasis(
            jurisdiction="US-CA",
            severity=Severity.HIGH,
            law="Cal. Gov. Code § 12952 (Fair Chance Act)",
            url="https://calcivilrights.ca.gov/fair-chance-act/",
        ),
        LegalBasis(
            jurisdiction="US-NYC",
            severity=Severity.HIGH,
            law="NYC Fair Chance Act",
            url="https://www.nyc.gov/site/cchr/law/fair-chance-act.page",
        ),
    ),
)

CREDIT_CHECK = CheckMeta(
    id="credit-check",
    title="Credit check consent asked for before an offer",
    severity=Severity.MEDIUM,
    rationale=(
        'Consent to a credit check on the first form says "we will look at your debts" to every '
        "applicant, for a role that rarely needs it. Candidates who have been through hard times leave."
    ),
    remediation=(
        "Drop the consent from the application. Run checks only where the role needs one, after an offer."
    ),
    references=(ICO_RECRUITMENT,),
    tags=("pre-offer", "privacy"),
    categories=(Category.CREDIT_CHECK,),
    acceptable_from=Stage.OFFER,
    jurisdictions=(
        LegalBasis(
            jurisdiction="GB",
            severity=Severity.HIGH,
            law="ICO employment practices: vetting",
            url="https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/employment/",
        ),
        LegalBasis(
            jurisdiction="US-CA",
            severity=Severity.HIGH,
            law="Cal. Lab. Code § 1024.5",
            url=(
                ""
                "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=LAB&sectionNum=1024.5"
            ),
        ),
    ),
)

EMERGENCY_CONTACT = CheckMeta(
    id="emergency-contact",
    title="Next of kin or emergency contact asked for before an offer",
    severity=Severity.LOW,
    rationale=(
        "Nobody needs to reach a candidate's family in an emergency before they work for you. Asking "
        "signals paperwork for its own sake and hands you a third person's data without their consent."
    ),
    remediation="Collect an emergency contact on the first day, from the new employee.",
    references=(ICO_RECRUITMENT,),
    tags=("pre-offer", "privacy"),
    categories=(Category.EMERGENCY_CONTACT,),
    acceptable_from=Stage.ONBOARDING,
)

REFERENCES = CheckMeta(
    id="references",
    title="Referees asked for before an interview",
    severity=Severity.MEDIUM,
    rationale=(
        "Candidates who are still employed cannot risk their manager hearing they are looking. Asking "
        "for referees before an interview makes them choose between applying and their current job."
    ),
    remediation=(
        "Ask for referees at the final stage, with consent, and only for the candidate you mean to hire."
    ),
    references=(ICO_RECRUITMENT,),
    tags=("pre-offer", "privacy"),
    categories=(Category.REFERENCES,),
    acceptable_from=Stage.OFFER,
)

OTHER_APPLICATIONS = CheckMeta(
    id="other-applications",
    title="Other employers the candidate is interviewing with",
    severity=Severity.MEDIUM,
    rationale=(
        "Asking which other companies a candidate is talking to, and their hiring managers' numbers, is "
        "none of the employer's business. Good candidates read it as a "
        "recruiter fishing for leads and walk away."
    ),
    remediation=(
        'Remove the question. If timing matters, ask "Do you have other deadlines we should know about?"'
    ),
    references=(GDPR_MINIMISATION,),
    tags=("pre-offer", "privacy"),
    categories=(Category.OTHER_APPLICATIONS,),
    acceptable_from=None,
)

SALARY_HISTORY = CheckMeta(
    id="salary-history",
    title="Current or past salary asked for",
    severity=Severity.MEDIUM,
    rationale=(
        "Pay history carries past pay gaps into the new offer, and candidates who are underpaid now know it."
    ),
    remediation="Ask for salary expectations instead, and publish the range.",
    references=(
        Reference(
            title="EU Pay Transparency Directive 2023/970, Art. 5",
            url="https://eur-lex.europa.eu/eli/dir/2023/970/oj",
        ),
    ),
    tags=("pre-offer", "pay-equity"),
    categories=(Category.SALARY_HISTORY,),
    acceptable_from=None,
    jurisdictions=(
        LegalBasis(
            jurisdiction="US-CA",
            severity=Severity.HIGH,
            law="Cal. Lab. Code § 432.3",
            url=(
                ""
                "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=LAB&sectionNum=432.3"
            ),
        ),
        LegalBasis(
            jurisdiction="US-NY",
            severity=Severity.HIGH,
            law="N.Y. Lab. Law § 194-a",
            url="https://www.nysenate.gov/legislation/laws/LAB/194-A",
        ),
        LegalBasis(
            jurisdiction="EU",
            severity=Severity.HIGH,
            law="Pay Transparency Directive 2023/970, Art. 5(2)",
            url="https://eur-lex.europa.eu/eli/dir/2023/970/oj",
        ),
    ),
)

CV_REENTRY = CheckMeta(
    id="cv-reentry",
    title="CV uploaded, then typed in again",
    severity=Severity.LOW,
    rationale=(
        "Retyping a CV that was just uploaded costs a candidate twenty minutes and says their time is free."
    ),
    remediation="Use the uploaded CV, or make the history fields optional.",
    references=(GDPR_MINIMISATION,),
    tags=("friction",),
    categories=(Category.RESUME_UPLOAD, Category.WORK_HISTORY),
)

ACCOUNT_WALL = CheckMeta(
    id="account-wall",
    title="Account and password required before applying",
    severity=Severity.LOW,
    rationale=(
        "Making candidates create an account before they can apply loses a share of them at the first screen."
    ),
    remediation="Let candidates apply without an account; offer one afterwards to track the application.",
    references=(GDPR_MINIMISATION,),
    tags=("friction",),
    categories=(Category.ACCOUNT_PASSWORD,),
)

EMAIL_CONFIRMATION = CheckMeta(
    id="email-confirmation",
    title="Email address typed twice",
    severity=Severity.NOTE,
    rationale=(
        "A second email field adds effort and blocks paste on some sites; a confirmation email does the job."
    ),
    remediation="Remove the confirmation field.",
    references=(GDPR_MINIMISATION,),
    tags=("friction",),
    categories=(Category.EMAIL_CONFIRMATION,),
)

FORM_LENGTH = CheckMeta(
    id="form-length",
    title="Form longer than the friction budget",
    severity=Severity.LOW,
    rationale="Every required question loses candidates, and the best ones have the least time.",
    remediation="Keep the first form to what you need to decide on an interview: contact details and a CV.",
    references=(GDPR_MINIMISATION,),
    tags=("friction",),
)

ALL_CHECKS: tuple[CheckMeta, ...] = (
    IDENTITY_DOCUMENT,
    GOVERNMENT_ID,
    DATE_OF_BIRTH,
    CRIMINAL_HISTORY,
    CREDIT_CHECK,
    EMERGENCY_CONTACT,
    REFERENCES,
    OTHER_APPLICATIONS,
    SALARY_HISTORY,
    CV_REENTRY,
    ACCOUNT_WALL,
    EMAIL_CONFIRMATION,
    FORM_LENGTH,
)
