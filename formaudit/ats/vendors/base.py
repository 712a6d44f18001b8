"""What every vendor module provides: pure functions from a vendor's published JSON (or page) to jobs.

A vendor module never does I/O. ``formaudit.ats.client`` fetches what ``list_request``/``job_request``
describe and hands the parsed body to ``parse_list``/``parse_job``; a saved definition on disk goes
straight to ``recognise`` and ``parse_job``. Malformed documents raise ``DefinitionError`` with a
one-line reason naming what is missing.
"""

from __future__ import annotations

from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict

from formaudit.models.ats import AtsJob, AtsTarget, JobRef, Vendor


class DefinitionError(ValueError):
    """A vendor document without the shape its vendor publishes (truncated, changed, or another vendor's)."""


class ApiRequest(BaseModel):
    """One HTTP request a vendor module asks the client to make."""

    model_config = ConfigDict(frozen=True)

    method: Literal["GET", "POST"] = "GET"
    url: str
    json_body: dict[str, Any] | None = None
    headers: dict[str, str] = {}
    expect: Literal["json", "html"] = "json"


class JobList(BaseModel):
    """One page of a board's job list, and the request for the next page (None: last page)."""

    model_config = ConfigDict(frozen=True)

    jobs: tuple[JobRef, ...]
    next: ApiRequest | None = None


class VendorModule(Protocol):
    """The functions and constants of ``formaudit.ats.vendors.<vendor>``."""

    VENDOR: Vendor
    DEFAULT_API: str  # base URL of the public API (overridable: config [ats.<vendor>] api, FORMAUDIT_API_<VENDOR>)

    def list_request(self, account: str, api: str, token: str | None = None) -> ApiRequest: ...
    def parse_list(self, document: Any, account: str, api: str, token: str | None = None) -> JobList: ...
    def job_request(self, target: AtsTarget, api: str, token: str | None = None) -> ApiRequest: ...
    def parse_job(self, document: Any, target: AtsTarget, job: JobRef | None = None) -> AtsJob: ...
    def recognise(self, document: Any) -> bool: ...
    def target_from_url(self, url: str) -> AtsTarget | None: ...
    def public_url(self, target: AtsTarget) -> str: ...
