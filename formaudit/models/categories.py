"""The data categories a field can ask for. Ids are stable: baselines and plugins depend on them."""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    """What a field asks for. Sensitive categories (``SENSITIVE_CATEGORIES``) are the data no employer
    needs before an offer; the ordinary ones describe the rest of an application."""

    # Sensitive: data no employer needs before an offer, or never.
    IDENTITY_DOCUMENT = "identity_document"
    GOVERNMENT_ID = "government_id"
    DATE_OF_BIRTH = "date_of_birth"
    CREDIT_CHECK = "credit_check"
    BACKGROUND_CHECK_CONSENT = "background_check_consent"
    CRIMINAL_HISTORY = "criminal_history"
    SALARY_HISTORY = "salary_history"
    MARITAL_STATUS = "marital_status"
    FAMILY = "family"
    PREGNANCY = "pregnancy"
    EMERGENCY_CONTACT = "emergency_contact"
    REFERENCES = "references"
    OTHER_APPLICATIONS = "other_applications"
    BANK_DETAILS = "bank_details"
    PHOTO = "photo"
    PHYSICAL_TRAITS = "physical_traits"
    HEALTH = "health"
    RELIGION = "religion"
    ETHNICITY = "ethnicity"
    NATIONAL_ORIGIN = "national_origin"
    SEXUAL_ORIENTATION = "sexual_orientation"
    SEX_GENDER = "sex_gender"
    UNION_MEMBERSHIP = "union_membership"
    POLITICAL_OPINION = "political_opinion"
    SOCIAL_MEDIA = "social_media"
    SOCIAL_MEDIA_CREDENTIALS = "social_media_credentials"
    PREVIOUS_NAMES = "previous_names"
    VETERAN_STATUS = "veteran_status"
    # Ordinary: what friction checks and context need.
    NAME = "name"
    EMAIL = "email"
    EMAIL_CONFIRMATION = "email_confirmation"
    PHONE = "phone"
    ADDRESS = "address"
    RESUME_UPLOAD = "resume_upload"
    COVER_LETTER = "cover_letter"
    WORK_HISTORY = "work_history"
    EDUCATION = "education"
    WORK_AUTHORIZATION = "work_authorization"
    VISA_SPONSORSHIP = "visa_sponsorship"
    SALARY_EXPECTATION = "salary_expectation"
    ACCOUNT_PASSWORD = "account_password"
    CAPTCHA = "captcha"


SENSITIVE_CATEGORIES: frozenset[Category] = frozenset(
    {
        Category.IDENTITY_DOCUMENT,
        Category.GOVERNMENT_ID,
        Category.DATE_OF_BIRTH,
        Category.CREDIT_CHECK,
        Category.BACKGROUND_CHECK_CONSENT,
        Category.CRIMINAL_HISTORY,
        Category.SALARY_HISTORY,
        Category.MARITAL_STATUS,
        Category.FAMILY,
        Category.PREGNANCY,
        Category.EMERGENCY_CONTACT,
        Category.REFERENCES,
        Category.OTHER_APPLICATIONS,
        Category.BANK_DETAILS,
        Category.PHOTO,
        Category.PHYSICAL_TRAITS,
        Category.HEALTH,
        Category.RELIGION,
        Category.ETHNICITY,
        Category.NATIONAL_ORIGIN,
        Category.SEXUAL_ORIENTATION,
        Category.SEX_GENDER,
        Category.UNION_MEMBERSHIP,
        Category.POLITICAL_OPINION,
        Category.SOCIAL_MEDIA,
        Category.SOCIAL_MEDIA_CREDENTIALS,
        Category.PREVIOUS_NAMES,
        Category.VETERAN_STATUS,
    }
)

# What a language read at "core" level covers (formaudit/lexicons/*.toml, ``level = 'core'``): the
# requests most often unlawful before an offer. A "full" language covers every category.
CORE_CATEGORIES: frozenset[Category] = frozenset(
    {
        Category.DATE_OF_BIRTH,
        Category.SEX_GENDER,
        Category.MARITAL_STATUS,
        Category.FAMILY,
        Category.PREGNANCY,
        Category.NATIONAL_ORIGIN,
        Category.RELIGION,
        Category.ETHNICITY,
        Category.HEALTH,
        Category.CRIMINAL_HISTORY,
        Category.SALARY_HISTORY,
        Category.PHOTO,
        Category.GOVERNMENT_ID,
        Category.IDENTITY_DOCUMENT,
        Category.EMERGENCY_CONTACT,
        Category.REFERENCES,
        Category.VETERAN_STATUS,
    }
)

# Short, plain-language names for reports ("asks for ...").
CATEGORY_TITLES: dict[Category, str] = {
    Category.IDENTITY_DOCUMENT: "passport, ID card or driving-licence details",
    Category.GOVERNMENT_ID: "a government ID number (SSN, NI, BSN, tax id)",
    Category.DATE_OF_BIRTH: "date of birth or age",
    Category.CREDIT_CHECK: "consent to a credit check",
    Category.BACKGROUND_CHECK_CONSENT: "consent to a background check",
    Category.CRIMINAL_HISTORY: "criminal record",
    Category.SALARY_HISTORY: "current or past pay",
    Category.MARITAL_STATUS: "marital status",
    Category.FAMILY: "spouse, children or other family",
    Category.PREGNANCY: "pregnancy or family plans",
    Category.EMERGENCY_CONTACT: "emergency contact or next of kin",
    Category.REFERENCES: "referees' contact details",
    Category.OTHER_APPLICATIONS: "other employers the candidate is interviewing with",
    Category.BANK_DETAILS: "bank details",
    Category.PHOTO: "a photo",
    Category.PHYSICAL_TRAITS: "height, weight or other physical traits",
    Category.HEALTH: "health, disability or medical history",
    Category.RELIGION: "religion",
    Category.ETHNICITY: "race or ethnicity",
    Category.NATIONAL_ORIGIN: "nationality, citizenship or place of birth",
    Category.SEXUAL_ORIENTATION: "sexual orientation",
    Category.SEX_GENDER: "sex or gender",
    Category.UNION_MEMBERSHIP: "trade-union membership",
    Category.POLITICAL_OPINION: "political opinions",
    Category.SOCIAL_MEDIA: "personal social-media profiles",
    Category.SOCIAL_MEDIA_CREDENTIALS: "social-media passwords or account access",
    Category.PREVIOUS_NAMES: "previous or maiden names",
    Category.VETERAN_STATUS: "veteran or military status",
    Category.NAME: "name",
    Category.EMAIL: "email address",
    Category.EMAIL_CONFIRMATION: "email address typed a second time",
    Category.PHONE: "phone number",
    Category.ADDRESS: "postal address",
    Category.RESUME_UPLOAD: "a CV / résumé upload",
    Category.COVER_LETTER: "a cover letter",
    Category.WORK_HISTORY: "work history typed in",
    Category.EDUCATION: "education typed in",
    Category.WORK_AUTHORIZATION: "whether the candidate may work here",
    Category.VISA_SPONSORSHIP: "whether the candidate needs visa sponsorship",
    Category.SALARY_EXPECTATION: "salary expectations",
    Category.ACCOUNT_PASSWORD: "an account password",
    Category.CAPTCHA: "a captcha",
}


def is_sensitive(category: Category) -> bool:
    return category in SENSITIVE_CATEGORIES
