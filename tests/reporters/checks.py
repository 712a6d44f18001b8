"""Check metadata for the reporter tests: the real registry's, never a re-typed copy that can drift.

The scenarios render results whose findings name these checks, so every rule table, legal citation and
remediation a reporter test sees is what formaudit ships.
"""

from __future__ import annotations

from formaudit.checks import load_checks
from formaudit.models.checks import CheckMeta

REGISTRY: dict[str, CheckMeta] = {check.meta.id: check.meta for check in load_checks(plugins=False).checks}

# The checks a reporter test's result says ran (a real run lists all of them; these keep tables short).
ALL_CHECKS: tuple[CheckMeta, ...] = tuple(REGISTRY[check_id] for check_id in (
    "identity-document", "government-id", "date-of-birth", "criminal-history", "credit-check",
    "emergency-contact", "references", "other-applications", "salary-history", "cv-reentry", "account-wall",
    "email-confirmation", "form-length",
))
(IDENTITY_DOCUMENT, GOVERNMENT_ID, DATE_OF_BIRTH, CRIMINAL_HISTORY, CREDIT_CHECK, EMERGENCY_CONTACT, REFERENCES,
 OTHER_APPLICATIONS, SALARY_HISTORY, CV_REENTRY, ACCOUNT_WALL, EMAIL_CONFIRMATION, FORM_LENGTH) = ALL_CHECKS
