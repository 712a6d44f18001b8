"""The built-in checks, listed explicitly: what is here is what runs, nothing is discovered."""

from __future__ import annotations

from formaudit.checks.age_proxy import GraduationDate
from formaudit.checks.background_check import BackgroundCheckBundled
from formaudit.checks.coverage import LanguageNotCovered, StepsNotRead, UnrecognisedQuestions
from formaudit.checks.friction.barriers import AccountWall, Captcha
from formaudit.checks.friction.decline import NoDeclineOption
from formaudit.checks.friction.duplication import CvReentry, EmailConfirmation
from formaudit.checks.friction.effort import WorkBeforeInterview
from formaudit.checks.friction.length import FormLength
from formaudit.checks.friction.road import LongRoad
from formaudit.checks.pre_offer import DEFINITIONS, PreOfferCheck
from formaudit.models.checks import Check


def builtin_checks() -> tuple[Check, ...]:
    """Every built-in check: the pre-offer catalogue, graduation dates, bundled consent, friction, then
    coverage (what formaudit could not read)."""
    return (
        *(PreOfferCheck(definition) for definition in DEFINITIONS),
        GraduationDate(),
        BackgroundCheckBundled(),
        FormLength(),
        CvReentry(),
        AccountWall(),
        EmailConfirmation(),
        Captcha(),
        LongRoad(),
        WorkBeforeInterview(),
        NoDeclineOption(),
        LanguageNotCovered(),
        UnrecognisedQuestions(),
        StepsNotRead(),
    )
