"""The classifier's vocabulary: typed data, one module per group of categories.

* ``identity``  identity documents, government numbers, former names
* ``life``      age, marital status, family, pregnancy
* ``body``      sex, orientation, physical traits, photos
* ``screening`` credit checks, background-check consent, criminal record
* ``money``     salary history and expectations, bank details
* ``third_parties``  emergency contacts, referees, other employers' processes
* ``health``    health, disability, medication, sick leave, vaccination
* ``special``   religion, ethnicity, national origin, unions, politics, military service
* ``online``    social media, credentials, passwords, captchas
* ``contact``   name, email, phone, address, CV, cover letter
* ``career``    work history, education, work authorisation, sponsorship
* ``sections``  headings that make a block of fields about someone else
* ``statements`` equal-opportunity statements (grounds listed, not asked)
* ``options`` / ``autocomplete``  what option lists and autofill tokens say

Every pattern is written against folded text (``formaudit.text.fold``).
"""

from __future__ import annotations

from formaudit.classify.vocabulary import (
    body,
    career,
    contact,
    health,
    identity,
    life,
    money,
    online,
    screening,
    special,
    third_parties,
)
from formaudit.classify.vocabulary.base import Phrase, Where, alt

FIELD_PHRASES: tuple[Phrase, ...] = (
    identity.PHRASES
    + life.PHRASES
    + body.PHRASES
    + screening.PHRASES
    + money.PHRASES
    + third_parties.PHRASES
    + health.PHRASES
    + special.PHRASES
    + online.PHRASES
    + contact.PHRASES
    + career.PHRASES
)

__all__ = ["FIELD_PHRASES", "Phrase", "Where", "alt"]
