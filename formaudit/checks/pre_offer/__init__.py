"""The pre-offer catalogue: one data-driven check per category of data asked too early.

``mechanism`` holds the one check class; ``identity``, ``screening``, ``family`` and ``protected``
hold the definitions (metadata, legal rules, wording); ``sources`` the laws and guidance they cite.
"""

from __future__ import annotations

from formaudit.checks.pre_offer.family import FAMILY_DEFINITIONS
from formaudit.checks.pre_offer.identity import IDENTITY_DEFINITIONS
from formaudit.checks.pre_offer.mechanism import Modifier, PreOfferCheck, PreOfferDefinition
from formaudit.checks.pre_offer.protected import PROTECTED_DEFINITIONS
from formaudit.checks.pre_offer.screening import SCREENING_DEFINITIONS

DEFINITIONS: tuple[PreOfferDefinition, ...] = (
    *IDENTITY_DEFINITIONS,
    *SCREENING_DEFINITIONS,
    *FAMILY_DEFINITIONS,
    *PROTECTED_DEFINITIONS,
)

__all__ = ["DEFINITIONS", "Modifier", "PreOfferCheck", "PreOfferDefinition"]
