"""WHATWG autofill field names and what they ask for.

Only the field-name token counts; the section-*, shipping/billing and home/work/mobile/fax/pager
modifiers are skipped. There is no token for passports, national ids, references or salaries: those
come from text (field-extraction notes §2).
"""

from __future__ import annotations

from formaudit.models.categories import Category

# Exact tokens first, then prefixes (tel-national, bday-year, address-line2, cc-number, ...).
EXACT_TOKENS: dict[str, Category] = {
    "name": Category.NAME,
    "honorific-prefix": Category.NAME,
    "given-name": Category.NAME,
    "additional-name": Category.NAME,
    "family-name": Category.NAME,
    "honorific-suffix": Category.NAME,
    "nickname": Category.NAME,
    "email": Category.EMAIL,
    "street-address": Category.ADDRESS,
    "postal-code": Category.ADDRESS,
    "country": Category.ADDRESS,
    "country-name": Category.ADDRESS,
    "sex": Category.SEX_GENDER,
    "photo": Category.PHOTO,
    "new-password": Category.ACCOUNT_PASSWORD,
    "current-password": Category.ACCOUNT_PASSWORD,
    "username": Category.ACCOUNT_PASSWORD,
    "organization": Category.WORK_HISTORY,
    "organization-title": Category.WORK_HISTORY,
}

PREFIX_TOKENS: tuple[tuple[str, Category], ...] = (
    ("tel", Category.PHONE),
    ("bday", Category.DATE_OF_BIRTH),
    ("address-line", Category.ADDRESS),
    ("address-level", Category.ADDRESS),
    ("cc-", Category.BANK_DETAILS),
)

MODIFIER_TOKENS: frozenset[str] = frozenset(
    {"shipping", "billing", "home", "work", "mobile", "fax", "pager", "webauthn", "on", "off"}
)


def category_for_autocomplete(value: str) -> tuple[str, Category] | None:
    """The field-name token of an autocomplete attribute and its category, if it names one."""
    tokens = [t for t in value.lower().split() if not t.startswith("section-") and t not in MODIFIER_TOKENS]
    if not tokens:
        return None
    token = tokens[-1]
    if token in EXACT_TOKENS:
        return token, EXACT_TOKENS[token]
    for prefix, category in PREFIX_TOKENS:
        if token.startswith(prefix):
            return token, category
    return None
