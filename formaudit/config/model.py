"""The shape of ``formaudit.toml`` (or ``[tool.formaudit]`` in ``pyproject.toml``), validated by pydantic.

Every table forbids unknown keys, so a typo is an error that names the key instead of a setting that
silently does nothing. Relative paths are resolved later, against the directory of the config file.
Secrets (header and cookie values) are either literal strings or ``{ env = "NAME" }`` references that
are only read from the environment when a browser run needs them (see ``formaudit.config.secrets``).
"""

from __future__ import annotations

import re
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator

from formaudit.collect.guard import origin_of
from formaudit.collect.options import Step
from formaudit.gate.levels import Level
from formaudit.gate.waivers import Waiver
from formaudit.models.ats import API_VENDORS, Vendor
from formaudit.models.context import Stage, normalise_jurisdiction
from formaudit.models.findings import Severity
from formaudit.targets import is_ats_target

MAX_SITEMAP_LIMIT = 10_000

_JURISDICTION = re.compile(r"^(EU|[A-Z]{2}(-[A-Z0-9]{1,8})?)$")
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# The keys that say where a target entry's pages come from; exactly one per entry.
SOURCE_KEYS: tuple[str, ...] = ("url", "file", "glob", "sitemap", "list", "ats")


class _Table(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _jurisdictions(values: tuple[str, ...] | None) -> tuple[str, ...] | None:
    if values is None:
        return None
    normalised = tuple(normalise_jurisdiction(v) for v in values)
    for value in normalised:
        if not _JURISDICTION.match(value):
            raise ValueError(f"{value!r} is not a jurisdiction code (e.g. GB, EU, DE, US-CA, US-NYC)")
    return normalised


class EnvRef(_Table):
    """A value read from an environment variable, so the secret never sits in the config file."""

    env: str

    @field_validator("env")
    @classmethod
    def _name(cls, value: str) -> str:
        if not _ENV_NAME.match(value):
            raise ValueError(f"{value!r} is not an environment variable name")
        return value


# A literal value is a SecretStr from the moment it is read: it prints as ********** everywhere.
SecretValue = SecretStr | EnvRef


class CookieConfig(_Table):
    """One ``auth.cookies`` entry. ``value`` is a secret; ``domain`` or ``url`` says which site gets it."""

    name: str = Field(min_length=1)
    value: SecretValue = Field(repr=False)
    domain: str | None = None
    path: str = "/"
    url: str | None = None

    @model_validator(mode="after")
    def _placed(self) -> CookieConfig:
        if self.domain is None and self.url is None:
            raise ValueError("a cookie needs `domain` or `url` to say which site it belongs to")
        return self


class AuthConfig(_Table):
    """How to reach forms behind a login. Values are never printed, reported or saved in snapshots.

    Where headers and cookies go: only to the sites in ``origins`` (``https://careers.example.com``;
    scheme, host and port, no path). Targets on any other site get neither, and within a page the
    headers go only to requests for those origins, never to the third parties the page loads. Without
    ``origins``, the credentials belong to the site of the *first* ``url`` target in the file and to no
    other: one config often mixes the company's own careers site with a third-party applicant tracking
    system, and a token meant for one must not reach the other. With no ``url`` target at all, and no
    ``origins``, headers and cookies are sent nowhere (a warning says so). Secret values belong in
    environment variables (``{ env = "NAME" }``); a value written in the file gets a warning.
    """

    storage_state: str | None = Field(default=None, description="A Playwright storage-state JSON file.")
    headers: dict[str, SecretValue] = Field(default_factory=dict, repr=False)
    cookies: tuple[CookieConfig, ...] = Field(default=(), repr=False)
    origins: tuple[str, ...] | None = Field(
        default=None, description="The sites (scheme://host[:port]) that receive headers and cookies.")

    @field_validator("origins")
    @classmethod
    def _origins(cls, values: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if values is None:
            return None
        for value in values:
            if origin_of(value) is None or urlsplit(value).path not in ("", "/"):
                raise ValueError(f"{value!r} is not an origin (scheme://host[:port], e.g. "
                                 "https://careers.example.com, with no path)")
        return tuple(str(origin_of(value)) for value in values)

    @property
    def configured(self) -> bool:
        """True when any credential (storage state, header or cookie) is configured."""
        return bool(self.storage_state or self.headers or self.cookies)


class DefaultsConfig(_Table):
    """``[defaults]``: the stage and jurisdictions of every target that does not name its own."""

    stage: Stage = Stage.APPLICATION
    jurisdictions: tuple[str, ...] = ()

    @field_validator("jurisdictions")
    @classmethod
    def _codes(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return _jurisdictions(values) or ()


class BudgetConfig(_Table):
    """Friction budgets. ``false`` switches a limit off (TOML has no null)."""

    max_questions: int | Literal[False] | None = Field(default=None, ge=0)
    max_required_questions: int | Literal[False] | None = Field(default=None, ge=0)
    max_minutes: float | Literal[False] | None = Field(default=None, ge=0)
    # The share (0-1) of a form's questions formaudit may not recognise before `unrecognised-questions` speaks.
    max_unrecognised_share: float | Literal[False] | None = Field(default=None, ge=0, le=1)
    # Clicks from the page named to the first question before `long-road` speaks (default 3).
    max_clicks_to_form: int | Literal[False] | None = Field(default=None, ge=0)


class TargetConfig(_Table):
    """One ``[[targets]]`` entry: where its pages come from and the job they recruit for."""

    url: str | None = None
    file: str | None = None
    glob: str | None = None
    sitemap: str | None = None
    list_file: str | None = Field(default=None, alias="list", description="A file with one target a line.")
    ats: str | None = Field(default=None, description="An ATS board or job read through the vendor's API: "
                            "greenhouse:acme, lever:acme/UUID, ashby:, workable:, recruitee:, smartrecruiters:.")
    department: str | None = Field(default=None, description="ats boards: keep jobs whose department contains it.")
    office: str | None = Field(default=None, description="ats boards: keep jobs whose office contains it.")
    location: str | None = Field(default=None, description="ats boards: keep jobs whose location contains it.")
    title: str | None = Field(default=None, description="ats boards: keep jobs whose title contains it.")
    name: str | None = Field(default=None, min_length=1)
    stage: Stage | None = None
    jurisdictions: tuple[str, ...] | None = None
    steps: tuple[Step, ...] = ()
    limit: int | None = Field(default=None, ge=1, le=MAX_SITEMAP_LIMIT)
    include: tuple[str, ...] = Field(default=(), description="Regexes: keep only matching URLs/paths.")
    exclude: tuple[str, ...] = Field(default=(), description="Regexes: drop matching URLs/paths.")
    levels: dict[str, Level] = Field(default_factory=dict, description="Overrides the top-level levels.")

    @field_validator("jurisdictions")
    @classmethod
    def _codes(cls, values: tuple[str, ...] | None) -> tuple[str, ...] | None:
        return _jurisdictions(values)

    @field_validator("url")
    @classmethod
    def _http(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://[^/\s]+", value):
            raise ValueError(f"expected an http(s):// URL, got {value!r} (`file` is for local pages)")
        return value

    @field_validator("ats")
    @classmethod
    def _ats(cls, value: str | None) -> str | None:
        if value is not None and not is_ats_target(value):
            vendors = ", ".join(f"{v.value}:" for v in API_VENDORS)
            raise ValueError(f"expected VENDOR:BOARD or VENDOR:BOARD/JOB with a vendor of {vendors}; got {value!r}")
        return value

    @field_validator("include", "exclude")
    @classmethod
    def _regexes(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        for value in values:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"{value!r} is not a regular expression ({exc})") from exc
        return values

    @model_validator(mode="after")
    def _one_source(self) -> TargetConfig:
        given = [key for key in SOURCE_KEYS if getattr(self, "list_file" if key == "list" else key)]
        if len(given) != 1:
            named = " and ".join(given) if given else "none"
            raise ValueError(f"give exactly one of {', '.join(SOURCE_KEYS)} (got {named})")
        source = given[0]
        if self.name is not None and source not in ("url", "file"):
            raise ValueError(f"`name` names one page; a `{source}` entry names each page by its URL or path")
        if self.limit is not None and source != "sitemap":
            raise ValueError("`limit` applies to `sitemap` entries only")
        if (self.include or self.exclude) and source in ("url", "file", "ats"):
            raise ValueError("`include`/`exclude` filter the pages of a glob, list or sitemap entry")
        if source != "ats" and any((self.department, self.office, self.location, self.title)):
            raise ValueError("`department`, `office`, `location` and `title` filter the jobs of an `ats` board")
        return self

    @property
    def source(self) -> tuple[str, str]:
        """(kind, value): which source key the entry uses and its value."""
        for key in SOURCE_KEYS:
            value = getattr(self, "list_file" if key == "list" else key)
            if value:
                return key, value
        raise AssertionError("validated entries always have a source")


class AtsVendorConfig(_Table):
    """``[ats.greenhouse]``: where that vendor's API is (an EU data centre, a test server)."""

    api: str | None = Field(default=None, description="Base URL of the vendor's public API.")

    @field_validator("api")
    @classmethod
    def _http(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://[^/\s]+", value):
            raise ValueError(f"expected an http(s):// base URL, got {value!r}")
        return value


class FormauditConfig(_Table):
    """Everything a config file can say. Command-line options override these."""

    fail_on: Severity = Field(default=Severity.MEDIUM, description="Findings at or above this fail the run.")
    baseline: str | None = None
    concurrency: int | None = Field(default=None, ge=1, le=32)
    timeout: float | None = Field(default=None, gt=0, le=600, description="Seconds per target.")
    max_clicks: int | None = Field(default=None, ge=0, le=20, description="Clicks formaudit may make on its own "
                                   "from a page to its application form (Apply, Apply manually, tabs); 0: none.")
    browser: bool = True
    screenshots: bool = True
    formats: tuple[str, ...] = ()
    output_dir: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    defaults: DefaultsConfig = Field(default_factory=DefaultsConfig)
    levels: dict[str, Level] = Field(default_factory=dict)
    budget: BudgetConfig = Field(default_factory=BudgetConfig)
    auth: AuthConfig = Field(default_factory=AuthConfig)
    ats: dict[Vendor, AtsVendorConfig] = Field(default_factory=dict, description="Per-vendor API settings.")
    targets: tuple[TargetConfig, ...] = ()
    waivers: tuple[Waiver, ...] = ()
