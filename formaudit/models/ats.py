"""Applicant-tracking systems: which vendor a form belongs to, and a job read from a vendor's API.

Several ATS vendors publish every job's application questions without a login; ``formaudit.ats`` reads
them into the same ``Form``/``Field`` model as a rendered page, so every check, report and baseline
works unchanged. These models travel between that stage, the pipeline and the reporters.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from formaudit.models.fields import PageInventory


class Vendor(StrEnum):
    """ATS vendors formaudit recognises. The first six publish questions it reads through their API."""

    GREENHOUSE = "greenhouse"
    LEVER = "lever"
    ASHBY = "ashby"
    WORKABLE = "workable"
    RECRUITEE = "recruitee"
    SMARTRECRUITERS = "smartrecruiters"
    WORKDAY = "workday"
    ICIMS = "icims"
    TALEO = "taleo"
    SUCCESSFACTORS = "successfactors"
    TEAMTAILOR = "teamtailor"
    PERSONIO = "personio"
    BAMBOOHR = "bamboohr"
    JAZZHR = "jazzhr"


API_VENDORS: tuple[Vendor, ...] = (
    Vendor.GREENHOUSE, Vendor.LEVER, Vendor.ASHBY, Vendor.WORKABLE, Vendor.RECRUITEE, Vendor.SMARTRECRUITERS,
)

VENDOR_NAMES: dict[Vendor, str] = {
    Vendor.GREENHOUSE: "Greenhouse",
    Vendor.LEVER: "Lever",
    Vendor.ASHBY: "Ashby",
    Vendor.WORKABLE: "Workable",
    Vendor.RECRUITEE: "Recruitee",
    Vendor.SMARTRECRUITERS: "SmartRecruiters",
    Vendor.WORKDAY: "Workday",
    Vendor.ICIMS: "iCIMS",
    Vendor.TALEO: "Oracle Taleo / Recruiting Cloud",
    Vendor.SUCCESSFACTORS: "SAP SuccessFactors",
    Vendor.TEAMTAILOR: "Teamtailor",
    Vendor.PERSONIO: "Personio",
    Vendor.BAMBOOHR: "BambooHR",
    Vendor.JAZZHR: "JazzHR",
}


class AtsTarget(BaseModel):
    """``greenhouse:acme`` (the whole board) or ``greenhouse:acme/4012345`` (one job)."""

    model_config = ConfigDict(frozen=True)

    vendor: Vendor
    account: str = Field(description="Board token, site, company or account slug, as the vendor names it.")
    job_id: str | None = None

    @property
    def name(self) -> str:
        return f"{self.vendor.value}:{self.account}" + (f"/{self.job_id}" if self.job_id else "")


class JobRef(BaseModel):
    """One job on a board, as the vendor's job list describes it (enough to filter and to fetch it)."""

    model_config = ConfigDict(frozen=True)

    vendor: Vendor
    account: str
    job_id: str
    title: str | None = None
    url: str | None = Field(default=None, description="The job's public page, for the report to link to.")
    department: str | None = None
    office: str | None = None
    location: str | None = None

    @property
    def target(self) -> AtsTarget:
        return AtsTarget(vendor=self.vendor, account=self.account, job_id=self.job_id)


class JobFilter(BaseModel):
    """Which jobs of a board to audit: case-insensitive substrings; empty means every job."""

    model_config = ConfigDict(frozen=True)

    department: str | None = None
    office: str | None = None
    location: str | None = None
    title: str | None = None

    def keeps(self, job: JobRef) -> bool:
        wanted = ((self.department, job.department), (self.office, job.office), (self.location, job.location),
                  (self.title, job.title))
        return all(want is None or (have is not None and want.casefold() in have.casefold())
                   for want, have in wanted)


class DataCompliance(BaseModel):
    """A data-protection block a job's form carries (Greenhouse ``data_compliance``, SmartRecruiters
    privacy policies): facts the report shows, not questions."""

    model_config = ConfigDict(frozen=True)

    kind: str = Field(description="gdpr, privacy-policy, ...")
    requires_consent: bool = False
    retention_days: int | None = None
    text: str = Field(description="One plain sentence for the report.")


class AtsSource(BaseModel):
    """Where a target's questions came from: the vendor, the job, and the data-protection facts."""

    model_config = ConfigDict(frozen=True)

    vendor: Vendor
    account: str | None = None
    job_id: str | None = None
    job_url: str | None = None
    api: bool = Field(default=True, description="Read through the vendor's API (or a saved definition); "
                                                "False when recognised on a rendered page.")
    data_compliance: tuple[DataCompliance, ...] = ()


class AtsJob(BaseModel):
    """One job's application form read from a vendor's published definition."""

    model_config = ConfigDict(frozen=True)

    source: AtsSource
    inventory: PageInventory
