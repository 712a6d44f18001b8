"""The circumstances of an audit: the hiring stage the form serves and the jurisdictions of the job."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from formaudit.models.road import Road

# Members of a union listed by code; a law of "EU" applies to a job in any of them.
EU_MEMBERS: frozenset[str] = frozenset(
    {
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
        "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    }
)


class Stage(StrEnum):
    """Hiring stages in the order a candidate passes through them."""

    APPLICATION = "application"
    INTERVIEW = "interview"
    OFFER = "offer"
    ONBOARDING = "onboarding"

    @property
    def rank(self) -> int:
        return list(Stage).index(self)

    def at_or_after(self, other: Stage) -> bool:
        return self.rank >= other.rank


class FrictionBudget(BaseModel):
    """Limits past which the friction and coverage checks speak up. None switches a limit off."""

    model_config = ConfigDict(frozen=True)

    max_questions: int | None = 25
    max_required_questions: int | None = 15
    max_minutes: float | None = 15.0
    max_unrecognised_share: float | None = Field(
        default=0.30, ge=0.0, le=1.0,
        description="Share of a form's questions formaudit may fail to recognise before it says so.")
    max_clicks_to_form: int | None = Field(
        default=2, ge=0, description="Clicks from the page named to the first question before `long-road` speaks.")


class AuditContext(BaseModel):
    """What a check needs to know besides the form itself."""

    model_config = ConfigDict(frozen=True)

    target: str = Field(description="The target as named by the user or the config.")
    stage: Stage = Stage.APPLICATION
    jurisdictions: tuple[str, ...] = ()
    budget: FrictionBudget = Field(default_factory=FrictionBudget)
    road: Road | None = Field(default=None, description="How the collector got to the form, when it walked there.")


def normalise_jurisdiction(code: str) -> str:
    """``us-ca`` -> ``US-CA``; ``UK`` -> ``GB`` (ISO 3166 says GB)."""
    code = code.strip().upper().replace("_", "-")
    return "GB" if code == "UK" else code


def jurisdiction_covers(law: str, job: str) -> bool:
    """True when a law of jurisdiction ``law`` applies to a job located in ``job``.

    A law of ``US`` covers ``US-CA`` and ``US-NYC``; a law of ``US-NY`` covers ``US-NYC`` (the city
    sits in the state); a law of ``EU`` covers every member state; a law of ``DE`` does not cover ``EU``
    (a job said to be "in the EU" is not thereby in Germany).
    """
    law, job = normalise_jurisdiction(law), normalise_jurisdiction(job)
    if law == job:
        return True
    if law == "EU":
        return job == "EU" or job.split("-")[0] in EU_MEMBERS
    if job.startswith(law + "-"):
        return True
    # New York City lies in New York State although the codes do not nest textually.
    return law == "US-NY" and job == "US-NYC"


def covered_by_any(law: str, jobs: tuple[str, ...]) -> bool:
    return any(jurisdiction_covers(law, job) for job in jobs)
