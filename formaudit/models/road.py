"""The road from the page a user named to the application form: what formaudit clicked, and where it stopped.

Candidates rarely start on the form. They start on a job post, dismiss a cookie banner, click
"Apply", choose "Apply manually", and may then meet a sign-in page before the first question. The
collector walks that road read-only (``formaudit.collect.road``) and records it here; reports show
it, and the ``long-road`` and ``account-wall`` checks judge it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from formaudit.models.binary import Base64Data


class RoadAction(StrEnum):
    """What one step on the road did."""

    CLICK = "click"  # a control on the way to the form ("Apply now", "Apply manually", a tab)
    COOKIES = "cookies"  # a cookie banner dismissed with its reject or necessary-only choice
    REVEAL = "reveal"  # questions a click shows without answering anything ("Show more questions")


class RoadStep(BaseModel):
    """One click, with the page it led to."""

    model_config = ConfigDict(frozen=True)

    action: RoadAction
    text: str = Field(description="The control's visible text (or accessible name), as the candidate sees it.")
    url: str = Field(description="The page's URL after the click.")
    screenshot_jpeg: Base64Data | None = Field(default=None, description="The page as it was when this click "
                                               "was made (the viewport, JPEG).")


class WallKind(StrEnum):
    """What stands between the candidate and the first question."""

    LOGIN = "login"  # sign in with a password
    ACCOUNT_CREATION = "account-creation"  # create an account (a new password) first
    EMAIL_CODE = "email-code"  # an email address, then a code sent to it
    SSO = "sso"  # only "Continue with Google / Microsoft / LinkedIn"
    CAPTCHA = "captcha"  # prove you are human before seeing the questions


class Wall(BaseModel):
    """A page that asks for an account, a code or a puzzle before any question: the walk stops there."""

    model_config = ConfigDict(frozen=True)

    kind: WallKind
    asks: tuple[str, ...] = Field(default=(), description='What the wall asks for ("email", "password", '
                                  '"Google account", "captcha").')
    heading: str | None = Field(default=None, description="The wall page's own heading or title, as evidence.")
    url: str


class StepFlow(BaseModel):
    """An application split into steps ("Step 1 of 5"): only the step on screen can be read."""

    model_config = ConfigDict(frozen=True)

    current: int | None = None
    total: int | None = None
    names: tuple[str, ...] = Field(default=(), description="The steps' names where the page lists them.")
    evidence: str = Field(description='What showed the steps ("Step 1 of 5", a progress bar, a step list).')
    read: int = Field(default=1, description="Steps formaudit read: the one on screen.")
    unread_reason: str = ("the next step opens only once this one is answered and sent, and formaudit never "
                          "types or sends anything")


Reached = Literal["form", "wall", "nothing"]


class Road(BaseModel):
    """How formaudit got from the target to the form, or why it could not."""

    model_config = ConfigDict(frozen=True)

    start_url: str
    steps: tuple[RoadStep, ...] = ()
    reached: Reached
    wall: Wall | None = None
    flow: StepFlow | None = None
    refused: tuple[str, ...] = Field(default=(), description="Controls the click guard would not press, and "
                                     "why (a submit button, a third-party sign-in, ...).")
    note: str | None = Field(default=None, description="Why the walk ended where it did, when not at a form.")
    side_forms_only: bool = Field(default=False, description="Where the road ended, the page's only questions "
                                  "were a search box or a job-alert or newsletter sign-up.")
    by_steps: bool = Field(default=False, description="The config's own steps brought the form on screen; "
                           "no search was made.")

    @property
    def clicks(self) -> int:
        """Clicks a candidate makes before the first question (cookie banners included: they are clicks)."""
        return sum(1 for step in self.steps if step.action is not RoadAction.REVEAL)

    @property
    def walked(self) -> bool:
        return bool(self.steps) or self.reached != "form"
