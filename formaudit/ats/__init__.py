"""Read the application questions ATS vendors publish: whole boards in one request per job, no browser.

    read_targets([AtsTarget(...)], AtsOptions()) -> one list of AtsJob (or the reason there is none) per target
    read_saved(path) -> AtsJob, or None when the file is no vendor's definition

A board (``greenhouse:acme``) lists its jobs, filtered by department, office, location and title, and
each job's definition is fetched concurrently (``client``: per-host limits, retries honouring
Retry-After, an optional revalidating cache). A job (``greenhouse:acme/4012345``) is fetched alone.
Each vendor's mapping from its published JSON to ``Form``/``Field`` is a pure module in ``vendors``.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import re
from functools import cache
from pathlib import Path
from typing import Any, cast

from pydantic import BaseModel, ConfigDict, Field

from formaudit.ats.client import AtsClient, ClientOptions
from formaudit.ats.vendors.base import ApiRequest, DefinitionError, VendorModule
from formaudit.errors import FormauditError, TargetContentError, TargetError
from formaudit.files import read_bytes_file
from formaudit.models.ats import API_VENDORS, AtsJob, AtsTarget, JobFilter, JobRef, Vendor

# One job list page after another; a board longer than this is cut, with a warning.
MAX_LIST_PAGES = 50
SMARTRECRUITERS_TOKEN = "SMARTRECRUITERS_TOKEN"
Outcome = list[AtsJob | TargetError] | TargetError  # a target's jobs, or why it gave no job list
_TARGET = re.compile(rf"^({'|'.join(v.value for v in API_VENDORS)}):([A-Za-z0-9._~-]+)(?:/([A-Za-z0-9._~-]+))?/?$",
                     re.IGNORECASE)


class AtsOptions(BaseModel):
    """How boards and jobs are read: the HTTP client, API base URLs, keys, filters and a job cap."""

    model_config = ConfigDict(frozen=True)

    client: ClientOptions = Field(default_factory=ClientOptions)
    api: dict[Vendor, str] = Field(default_factory=dict, description="Base URL per vendor (EU data centres, "
                                   "tests); else FORMAUDIT_API_<VENDOR>, else the vendor's public API.")
    tokens: dict[Vendor, str] = Field(default_factory=dict, description="Employer keys (SmartRecruiters).")
    max_jobs: int = Field(default=1000, ge=1, description="Jobs read from one board at most.")


class AtsError(FormauditError):
    """Nothing could be read for one ATS target."""


@cache
def vendor_module(vendor: Vendor) -> VendorModule:
    return cast(VendorModule, importlib.import_module(f"formaudit.ats.vendors.{vendor.value}"))


def ats_cache_dir() -> Path:
    """Where the command line keeps vendors' answers for revalidation: FORMAUDIT_CACHE_DIR, else the
    user's cache directory. A nightly run over an unchanged board then costs 304s."""
    configured = os.environ.get("FORMAUDIT_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "formaudit" / "ats"


def parse_target(raw: str) -> AtsTarget | None:
    """``greenhouse:acme`` / ``lever:acme/UUID``; None for anything else."""
    found = _TARGET.match(raw.strip())
    if found is None:
        return None
    return AtsTarget(vendor=Vendor(found.group(1).lower()), account=found.group(2), job_id=found.group(3))


def target_from_url(url: str) -> AtsTarget | None:
    """The vendor job or board behind a job or apply URL (``jobs.lever.co/acme/UUID/apply``)."""
    for vendor in API_VENDORS:
        found = vendor_module(vendor).target_from_url(url)
        if found is not None:
            return found
    return None


def api_base(vendor: Vendor, options: AtsOptions) -> str:
    return (options.api.get(vendor) or os.environ.get(f"FORMAUDIT_API_{vendor.value.upper()}")
            or vendor_module(vendor).DEFAULT_API)


def token_for(vendor: Vendor, options: AtsOptions) -> str | None:
    if vendor in options.tokens:
        return options.tokens[vendor]
    return os.environ.get(SMARTRECRUITERS_TOKEN) if vendor is Vendor.SMARTRECRUITERS else None


def read_targets(targets: list[AtsTarget], options: AtsOptions | None = None,
                 filters: list[JobFilter | None] | None = None) -> list[Outcome]:
    """Every target's jobs, in order (a job that could not be read gives its reason in its place); a
    target that gives no job list gives the reason instead."""
    wanted = filters or [None] * len(targets)
    return asyncio.run(_read_all(targets, options or AtsOptions(), wanted))


async def _read_all(targets: list[AtsTarget], options: AtsOptions, filters: list[JobFilter | None]) -> list[Outcome]:
    async with AtsClient(options.client) as client:
        found = await asyncio.gather(*(_read_one(client, target, options, job_filter or JobFilter())
                                       for target, job_filter in zip(targets, filters, strict=True)),
                                     return_exceptions=True)
    results: list[Outcome] = []
    for target, outcome in zip(targets, found, strict=True):
        if isinstance(outcome, TargetError):
            results.append(outcome)
        elif isinstance(outcome, DefinitionError):
            results.append(TargetContentError(target.name, str(outcome)))
        elif isinstance(outcome, BaseException):
            results.append(TargetError(target.name, f"formaudit failed reading it ({type(outcome).__name__}: "
                                                    f"{outcome})"))
        else:
            results.append(outcome)
    return results


async def _read_one(client: AtsClient, target: AtsTarget, options: AtsOptions,
                    job_filter: JobFilter) -> list[AtsJob | TargetError]:
    module = vendor_module(target.vendor)
    api = api_base(target.vendor, options)
    token = token_for(target.vendor, options)
    if target.job_id is not None:
        return [await _read_job(client, module, target, None, api, token)]
    jobs = await _list_jobs(client, module, target, api, token, options, job_filter)
    return list(await asyncio.gather(*(_read_job(client, module, job.target, job, api, token) for job in jobs)))


async def _list_jobs(client: AtsClient, module: VendorModule, target: AtsTarget, api: str, token: str | None,
                     options: AtsOptions, job_filter: JobFilter) -> list[JobRef]:
    request: ApiRequest | None = module.list_request(target.account, api, token)
    jobs: list[JobRef] = []
    pages = 0
    while request is not None and pages < MAX_LIST_PAGES and len(jobs) < options.max_jobs:
        document = await client.fetch(request, target.name)
        try:
            page = module.parse_list(document, target.account, api, token)
        except DefinitionError as exc:
            raise TargetContentError(target.name, str(exc)) from None
        jobs += [job for job in page.jobs if job_filter.keeps(job)]
        request = page.next
        pages += 1
    return jobs[: options.max_jobs]


async def _read_job(client: AtsClient, module: VendorModule, target: AtsTarget, job: JobRef | None, api: str,
                    token: str | None) -> AtsJob | TargetError:
    try:
        document = await client.fetch(module.job_request(target, api, token), target.name)
        return module.parse_job(document, target, job)
    except TargetError as exc:
        return exc
    except DefinitionError as exc:
        return TargetContentError(target.name, str(exc))


def read_saved(path: Path, name: str) -> AtsJob | None:
    """A vendor's job definition saved to a file (JSON, or a Lever apply page); None if it is neither."""
    raw = read_bytes_file(path, what="saved job definition")
    document: Any
    if path.suffix.lower() == ".json":
        try:
            document = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError):
            return None
    else:
        document = raw.decode("utf-8", errors="replace")
    for vendor in API_VENDORS:
        module = vendor_module(vendor)
        if module.recognise(document):
            target = AtsTarget(vendor=vendor, account="saved", job_id=None)
            try:
                job = module.parse_job(document, target, None)
            except DefinitionError as exc:
                raise TargetContentError(name, str(exc)) from None
            return job
    return None
