"""Check metadata for the reporter tests: the real registry's, never a re-typed copy that can drift.

The scenarios render results whose findings name these checks, so every rule table, legal citation and
remediation a reporter test sees is what formaudit ships.
"""

from __future__ import annotations

from formaudit.checks import load_checks
from formaudit.models.checks import CheckMeta

REGISTRY: dict[str, CheckMeta] = {check.meta.id: check.meta for check in load_checks(plugins=False).checks}

IDENTITY_DOCUMENT = REGISTRY["identity-document"]
GOVERNMENT_ID = REGISTRY["government-id"]
DATE_OF_BIRTH = REGISTRY["date-of-birth"]
CRIMINAL_HISTORY = REGISTRY["criminal-history"]
CREDIT_CHECK = REGISTRY["credit-check"]
EMERGENCY_CONTACT = REGISTRY["emergency-contact"]
REFERENCES = REGISTRY["references"]
OTHER_APPLICATIONS = REGISTRY["other-applications"]
SALARY_HISTORY = REGISTRY["salary-history"]
CV_REENTRY = REGISTRY["cv-reentry"]
ACCOUNT_WALL = REGISTRY["account-wall"]
EMAIL_CONFIRMATION = REGISTRY["email-confirmation"]
FORM_LENGTH = REGISTRY["form-length"]

# The checks a reporter test's result says ran (a real run lists all of them; these keep tables short).
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
