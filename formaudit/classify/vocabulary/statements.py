"""Equal-opportunity statements: texts that list protected grounds in order to promise not to use them.

"We do not discriminate on the basis of race, religion, sex, age or disability" names five
categories and asks for none. The classifier drops the grounds of a text that names three or more
of them next to one of the ``non_discrimination`` cues of the lexicons.
"""

from __future__ import annotations

from formaudit.models.categories import Category

PROTECTED_GROUNDS: frozenset[Category] = frozenset({
    Category.DATE_OF_BIRTH, Category.HEALTH, Category.RELIGION, Category.ETHNICITY, Category.NATIONAL_ORIGIN,
    Category.SEXUAL_ORIENTATION, Category.SEX_GENDER, Category.VETERAN_STATUS, Category.MARITAL_STATUS,
    Category.PREGNANCY, Category.POLITICAL_OPINION, Category.UNION_MEMBERSHIP, Category.FAMILY,
})
