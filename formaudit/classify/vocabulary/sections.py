"""Headings that make a block of fields about someone or something else.

A section heading is read with the field vocabulary of the categories below, plus the heading-only
phrases of the lexicons (``[headings]``: "Employer 2", "Qualifications", "Referees"). Which of them a
field inherits, and how, is decided in ``formaudit.classify.context``. These block kinds are the same
in every language.
"""

from __future__ import annotations

from formaudit.models.categories import Category

# Blocks about third parties (or about a document): their name/phone/email fields are not the
# candidate's own contact details and take the block's category instead.
THIRD_PARTY_BLOCKS: frozenset[Category] = frozenset({
    Category.EMERGENCY_CONTACT,
    Category.REFERENCES,
    Category.OTHER_APPLICATIONS,
    Category.BANK_DETAILS,
    Category.FAMILY,
    Category.PREVIOUS_NAMES,
    Category.IDENTITY_DOCUMENT,
})

# Blocks that describe the candidate's past: a company phone or a school's city belongs to them.
HISTORY_BLOCKS: frozenset[Category] = frozenset({Category.WORK_HISTORY, Category.EDUCATION})

# Blocks whose unlabelled follow-up fields ("Give details", "Lower range") share their subject.
SUBJECT_BLOCKS: frozenset[Category] = frozenset({
    Category.CRIMINAL_HISTORY,
    Category.HEALTH,
    Category.SALARY_EXPECTATION,
    Category.SALARY_HISTORY,  # "Bonus included?" under "Current salary" (Korean and Chinese round 7)
    Category.CREDIT_CHECK,
})

# Blocks that say whose a field is: an account password under "Log in with your Instagram account"
# is that platform's password (a real single sign-on is a button, not a field).
CLAIMING_BLOCKS: dict[Category, frozenset[Category]] = {
    Category.SOCIAL_MEDIA_CREDENTIALS: frozenset({Category.ACCOUNT_PASSWORD}),
}

INHERITABLE: frozenset[Category] = THIRD_PARTY_BLOCKS | HISTORY_BLOCKS | SUBJECT_BLOCKS

# Headings are often page or job titles ("Apply: Childcare Assistant", "Education Officer"). Only
# categories whose field vocabulary is specific enough read headings with it; the others need one of
# the heading phrases below, anchored to the whole heading.
NAMED_BY_FIELD_WORDS: frozenset[Category] = frozenset({
    Category.EMERGENCY_CONTACT,
    Category.REFERENCES,
    Category.OTHER_APPLICATIONS,
    Category.BANK_DETAILS,
    Category.PREVIOUS_NAMES,
    Category.CRIMINAL_HISTORY,
    Category.SALARY_EXPECTATION,
})
