"""Identity, money and looks: documents, ID numbers, birth date, former names, photos, body data, bank."""

from __future__ import annotations

from formaudit.checks.pre_offer import sources as s
from formaudit.checks.pre_offer.mechanism import Modifier, PreOfferDefinition
from formaudit.models.categories import Category
from formaudit.models.checks import CheckMeta
from formaudit.models.context import Stage

HIGH, MEDIUM, LOW = s.HIGH, s.MEDIUM, s.LOW

IDENTITY_DOCUMENT = PreOfferDefinition(
    asks="identity-document details (passport, ID card, driving licence or right-to-work papers)",
    meta=CheckMeta(
        id="identity-document",
        title="Identity documents requested before an offer",
        severity=MEDIUM,
        rationale=(
            "A passport or ID card shows nationality, place and date of birth and a photo: proxies for "
            "national origin, age and race that no one screening a CV should see. A copy is also the "
            "prize of identity thieves, and fake recruiters ask for exactly this, so careful candidates, "
            "often the experienced ones with options, stop here rather than send it to an employer that "
            "has not even interviewed them. Only the person hired needs to prove identity and right to work."
        ),
        remediation=(
            'Ask only "Are you legally entitled to work in <country>?" and "Will you need visa '
            'sponsorship?" on the application. Check documents once an offer has been accepted, the same '
            "way for every new hire. Driving roles can ask whether the candidate holds a valid licence of "
            "the required category."
        ),
        references=(
            s.ref(
                "EEOC: pre-employment inquiries and citizenship (no I-9 before acceptance)",
                s.EEOC_CITIZENSHIP_URL,
            ),
            s.ref("E-Verify: Form I-9 only after an offer is accepted", s.EVERIFY_URL),
            s.ref("ICO: verifying candidates (verify successful candidates only)", s.ICO_VERIFYING_URL),
            s.ref("Home Office: right to work checks, an employer's guide", s.GOVUK_RTW_URL),
        ),
        tags=("pre-offer", "privacy", "identity-theft", "discrimination"),
        categories=(Category.IDENTITY_DOCUMENT,),
        acceptable_from=Stage.ONBOARDING,
        jurisdictions=(
            s.rule(
                "US",
                MEDIUM,
                "INA 8 U.S.C. §1324a/§1324b; EEOC: no I-9 or E-Verify before an offer is accepted",
                s.EEOC_CITIZENSHIP_URL,
            ),
            s.rule(
                "GB",
                MEDIUM,
                "UK GDPR and ICO recruitment guidance: verify successful candidates only",
                s.ICO_VERIFYING_URL,
            ),
            s.rule(
                "FR", MEDIUM, "CNIL: identity details and copies only at the hiring stage", s.CNIL_NOTICE_URL
            ),
            s.rule(
                "NL",
                MEDIUM,
                "Wet op de loonbelasting: ID copy at entry into service; copying otherwise rarely allowed",
                s.NL_ID_COPY_URL,
            ),
        ),
    ),
    raise_when=(
        Modifier(
            pattern=r"cop(y|ie|ia)|scan(ned)?|upload|attach|photo ?cop(y|ie)|kopie|ausweiskopie|"
            r"foto ?kopie|fichier|adjunt(ar|e)|bijlage",
            severity=HIGH,
            reason="it asks for a copy of the document, not just a number",
        ),
    ),
    exempt_when=(
        r"(do|does) (you|the candidate) (hold|have|possess) (a )?(valid|current|full|clean) (uk |us |eu )?"
        r"(driving|driver s|drivers) licen[cs]e",
        r"(hold|have) (a )?(valid )?(driving|driver s) licen[cs]e( of)?( category| class)?",
        r"fuhrerschein(klasse)? vorhanden|besitzen sie (einen|den) fuhrerschein",
    ),
)

GOVERNMENT_ID = PreOfferDefinition(
    asks="a government ID number (social security, national insurance, BSN, tax id)",
    meta=CheckMeta(
        id="government-id",
        title="Government ID number requested before an offer",
        severity=HIGH,
        rationale=(
            "A social-security, national-insurance or tax number says nothing about ability and is the "
            "master key to a person's identity, credit and benefits. Asking every applicant for it is the "
            "classic sign of a recruitment scam, so candidates who know better abandon the form, and every "
            "stored number is a breach waiting to happen. Payroll needs it only from the person hired."
        ),
        remediation=(
            "Remove the field from the application. Collect the number at onboarding for payroll and tax, "
            "or after a conditional offer when a lawful background check needs it."
        ),
        references=(
            s.CNIL_FORBIDDEN,
            s.ECNI,
            s.ref("FTC: job scams ask for Social Security or bank numbers up front", s.FTC_SCAM_URL),
            s.GDPR,
        ),
        tags=("pre-offer", "privacy", "identity-theft", "fraud-signal"),
        categories=(Category.GOVERNMENT_ID,),
        acceptable_from=Stage.ONBOARDING,
        jurisdictions=(
            s.rule(
                "FR",
                HIGH,
                "CNIL: the social security number may not be asked of candidates",
                s.CNIL_FORBIDDEN_URL,
            ),
            s.rule(
                "NL",
                HIGH,
                "UAVG: the BSN may only be processed with a legal basis (payroll, at entry into service)",
                s.NL_BSN_URL,
            ),
            s.rule(
                "GB",
                HIGH,
                "Equality Commission NI: no national insurance number on application forms",
                s.ECNI_URL,
            ),
            s.rule("EU", HIGH, "GDPR Art. 5(1)(c) and Art. 87 (national identification numbers)", s.GDPR_URL),
        ),
    ),
)

DATE_OF_BIRTH = PreOfferDefinition(
    asks="date of birth or age",
    self_identification=True,
    meta=CheckMeta(
        id="date-of-birth",
        title="Date of birth or age requested before an offer",
        severity=MEDIUM,
        rationale=(
            "Age tells a screener nothing about ability but invites age bias, and experienced candidates "
            "know it: many leave a form that wants their birth date before anyone has read their CV. An "
            "age question on an application is treated as evidence in age-discrimination claims, and "
            "Colorado and Connecticut ban it outright on initial applications."
        ),
        remediation=(
            'Remove it. If the job has a legal minimum age, ask "Are you 18 or over?" instead. Collect the '
            "date of birth at onboarding, or after a conditional offer when a background check needs it; "
            "age bands for diversity monitoring belong on a separate, voluntary form."
        ),
        references=(
            s.ref("29 CFR §1625.5: employment applications (ADEA)", s.ADEA_APPLICATIONS_URL),
            s.ref("Colorado Job Application Fairness Act (SB23-058)", s.COLORADO_JAFA_URL),
            s.ACAS,
            s.ECNI,
        ),
        tags=("pre-offer", "discrimination", "age"),
        categories=(Category.DATE_OF_BIRTH,),
        acceptable_from=Stage.OFFER,
        jurisdictions=(
            s.rule(
                "US",
                MEDIUM,
                "ADEA, 29 CFR §1625.5: age questions are closely scrutinised",
                s.ADEA_APPLICATIONS_URL,
            ),
            s.rule(
                "US-CO",
                HIGH,
                "C.R.S. §8-2-131 (Job Application Fairness Act): no age or birth date on "
                "an initial application",
                s.COLORADO_JAFA_URL,
            ),
            s.rule(
                "US-CT",
                HIGH,
                "Conn. Gen. Stat. §46a-60 (PA 21-69): no age or birth date on an initial application",
                s.CONNECTICUT_AGE_URL,
            ),
            s.rule(
                "GB",
                MEDIUM,
                "Equality Act 2010 (age); Acas: keep age out of the application form",
                s.ACAS_URL,
            ),
            s.rule("DE", MEDIUM, "AGG §§1, 7, 11: age-neutral recruitment", s.AGG_URL),
            s.rule("EU", MEDIUM, "Directive 2000/78/EC (age) and GDPR Art. 5(1)(c)", s.GDPR_URL),
        ),
    ),
    exempt_when=(
        r"(are|is) (you|the candidate) (at least|over|aged|older than) (16|17|18|19|20|21|25)",
        r"(16|18|21) (years|yrs)( of age)? or (older|over|above)",
        r"(minimum|legal) (working )?age",
        r"(mindestens|uber) (16|18) (jahre|jahren)|volljahrig",
        r"(avez vous|etes vous) (au moins |plus de )?(16|18) ans|majeur",
        r"(mayor de edad|tienes (al menos )?18 anos)",
        r"(ben je|bent u) (ouder dan |minimaal )?(16|18)( jaar)?",
    ),
)

PREVIOUS_NAMES = PreOfferDefinition(
    asks="previous or maiden names",
    meta=CheckMeta(
        id="previous-names",
        title="Previous or maiden names requested before an offer",
        severity=LOW,
        rationale=(
            "Former names reveal marriage, divorce or a gender transition: things a candidate may not want "
            "a stranger to know before they have even been interviewed. They matter only for the identity "
            "and background checks done on the person chosen."
        ),
        remediation=(
            "Remove the question from the application and ask for previous names with the pre-employment "
            "checks after an offer."
        ),
        references=(s.EEOC_GENDER, s.ECNI),
        tags=("pre-offer", "privacy", "discrimination"),
        categories=(Category.PREVIOUS_NAMES,),
        acceptable_from=Stage.OFFER,
        jurisdictions=(
            s.rule(
                "US",
                MEDIUM,
                "EEOC: questions about maiden names are generally not job-related (Title VII)",
                s.EEOC_GENDER_URL,
            ),
        ),
    ),
    raise_when=(
        Modifier(
            pattern=r"maiden|geburtsname|nom de (jeune fille|naissance)|apellido de soltera|meisjesnaam",
            severity=MEDIUM,
            reason="a maiden name reveals marital status",
        ),
    ),
)

PHOTO = PreOfferDefinition(
    asks="a photo of the candidate",
    meta=CheckMeta(
        id="photo",
        title="Photo requested before an offer",
        severity=MEDIUM,
        rationale=(
            "A photo shows sex, skin colour, age, religious dress and some disabilities before a single "
            "qualification is read, which is why anonymised applications leave it out. Candidates who have "
            "met bias before read the request as a warning sign and look elsewhere."
        ),
        remediation=(
            "Remove the photo upload. Take a photo for the staff badge after the offer is accepted; roles "
            "where appearance is the job (acting, modelling) should say so in the advert."
        ),
        references=(
            s.ref("EEOC guidance on photographs, as quoted", s.EEOC_PHOTO_URL),
            s.ref("MTAS: unlawful inquiries (photographs)", s.MTAS_URL),
            s.ref("AGG (Germany): no photo requirement", s.DE_PHOTO_URL),
        ),
        tags=("pre-offer", "discrimination"),
        categories=(Category.PHOTO,),
        acceptable_from=Stage.ONBOARDING,
        jurisdictions=(
            s.rule(
                "US",
                MEDIUM,
                "EEOC: a photograph may be taken after an offer is made and accepted",
                s.EEOC_PHOTO_URL,
            ),
            s.rule("DE", HIGH, "AGG §§1, 7: a photo can reveal origin or religion", s.DE_PHOTO_URL),
            s.rule(
                "FR",
                HIGH,
                "Code du travail L1221-6 and L1132-1: only information directly linked to the job",
                s.FR_L1221_6_URL,
            ),
            s.rule(
                "NL", HIGH, "NVP Sollicitatiecode: only information relevant to suitability", s.NL_NVP_URL
            ),
        ),
    ),
)

PHYSICAL_TRAITS = PreOfferDefinition(
    asks="height, weight or other body measurements",
    meta=CheckMeta(
        id="physical-traits",
        title="Height, weight or body measurements requested",
        severity=MEDIUM,
        rationale=(
            "Height and weight exclude women and some ethnic groups far more often than they predict how "
            "someone does a job. A body-measurement question tells candidates they will be judged on their "
            "looks; New York City and Michigan protect both traits by law."
        ),
        remediation=(
            'Remove it. Where a job has a genuine physical demand, describe the task ("can you lift 25 kg '
            'with or without adjustments?"); uniform sizes come after hiring.'
        ),
        references=(
            s.ref("NYC Local Law 61 of 2023 (height and weight)", s.NYC_HEIGHT_WEIGHT_URL),
            s.CNIL_FORBIDDEN,
        ),
        tags=("pre-offer", "discrimination"),
        categories=(Category.PHYSICAL_TRAITS,),
        acceptable_from=None,
        jurisdictions=(
            s.rule(
                "US-NYC",
                HIGH,
                "NYC Human Rights Law as amended by Local Law 61/2023 (height, weight)",
                s.NYC_HEIGHT_WEIGHT_URL,
            ),
            s.rule(
                "US-MI",
                HIGH,
                "Michigan Elliott-Larsen Civil Rights Act, MCL 37.2202 (height, weight)",
                s.MICHIGAN_ELCRA_URL,
            ),
            s.rule(
                "FR",
                HIGH,
                "CNIL: measurements and weight may not be asked (save named roles)",
                s.CNIL_FORBIDDEN_URL,
            ),
        ),
    ),
    exempt_when=(
        r"(lift|carry|push|pull|stand|walk|climb)",
        r"heben|tragen",
        r"soulever|porter",
        r"levantar|cargar",
        r"tillen|dragen",
    ),
)

BANK_DETAILS = PreOfferDefinition(
    asks="bank account details",
    meta=CheckMeta(
        id="bank-details",
        title="Bank details requested before an offer",
        severity=HIGH,
        rationale=(
            "Bank details serve payroll and nothing else. A form that wants an IBAN or routing number from "
            "applicants looks exactly like the fake job offers consumer agencies warn about, so genuine "
            "candidates leave and the employer stores payment data it cannot justify."
        ),
        remediation="Remove the fields; collect bank details at onboarding, after the offer is accepted.",
        references=(
            s.ref("FTC: job scams ask for bank account numbers up front", s.FTC_SCAM_URL),
            s.CNIL_FORBIDDEN,
        ),
        tags=("pre-offer", "privacy", "identity-theft", "fraud-signal"),
        categories=(Category.BANK_DETAILS,),
        acceptable_from=Stage.ONBOARDING,
        jurisdictions=(
            s.rule("FR", HIGH, "CNIL: bank details may not be asked of candidates", s.CNIL_FORBIDDEN_URL),
            s.rule("EU", HIGH, "GDPR Art. 5(1)(c) data minimisation", s.GDPR_URL),
            s.rule("US", HIGH, "FTC consumer guidance on job scams", s.FTC_SCAM_URL),
        ),
    ),
)

IDENTITY_DEFINITIONS: tuple[PreOfferDefinition, ...] = (
    IDENTITY_DOCUMENT,
    GOVERNMENT_ID,
    DATE_OF_BIRTH,
    PREVIOUS_NAMES,
    PHOTO,
    PHYSICAL_TRAITS,
    BANK_DETAILS,
)
